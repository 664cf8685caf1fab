/**
 * @jest-environment jsdom
 */
/** The incentive form: plan schema messages beside tiers and pay fields, preview of the plan's sheets. */
import { screen } from "@testing-library/react";
import { incentiveTexts } from "../../src/i18n/sheets/incentives";
import { ROSTER_CSV, fakeWriter, fakeServices, findView, renderPane } from "./support";
import { choose, click, messageOf, pasteRoster, type } from "./interact";

describe("incentive table form", () => {
  it("previews the plan's sheets for the roster and downloads them", async () => {
    const writer = fakeWriter(undefined, true);
    renderPane({ view: "incentives", services: fakeServices({ writer }) });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    expect((screen.getByRole("textbox", { name: "First month" }) as HTMLInputElement).value).toBe("2027-04");
    await click("Preview");
    // Monthly pay over 3 months: 3 pay periods.
    expect(screen.getByText("6 reps × 3 pay period(s), 1 measure(s).")).toBeTruthy();
    const sheets = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    // The generator names the sheets (its English sheet texts); no awards or clawbacks in this plan.
    const names = incentiveTexts("en-US").sheet;
    expect(sheets).toEqual([names.plan, names.calculation, names.statements, names.teams, names.credits]);
    await click("Download .xlsx");
    expect(writer.writes[0].request.fileName).toBe("incentives-2027-04.xlsx");
    expect(screen.getByTestId("write-success").textContent).toContain("Downloaded incentives-2027-04.xlsx");
  });

  it("puts the rule that tiers must rise next to the tier that breaks it", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    const third = await type("Tier 3 from (amount)", "200000");
    await click("Preview");
    expect(messageOf(third)).toContain("tier thresholds (from) must rise from one tier to the next");
    expect(screen.queryByTestId("preview")).toBeNull();
  });

  it("says so in Chinese too", async () => {
    renderPane({ view: "incentives", locale: "zh-CN" });
    await findView("激励表");
    await pasteRoster(ROSTER_CSV, "使用粘贴的行");
    const third = await type("第 3 档起点(金额)", "200000");
    await click("预览");
    expect(messageOf(third)).toContain("各档起点(from)必须逐档递增");
  });

  it("asks whether a bare 5 typed as a rate meant 5%, beside the rate", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    const rate = await type("Tier 2 rate", "5");
    await click("Preview");
    expect(messageOf(rate)).toContain("did you mean 5%?");
    expect(screen.queryByTestId("preview")).toBeNull();
  });

  it("asks the same in Chinese", async () => {
    renderPane({ view: "incentives", locale: "zh-CN" });
    await findView("激励表");
    await pasteRoster(ROSTER_CSV, "使用粘贴的行");
    const rate = await type("第 2 档提成比例", "5");
    await click("预览");
    expect(messageOf(rate)).toContain("是否想写 5%?");
  });

  it("refuses pay periods that do not divide the plan's months", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    await type("Months", "4");
    await choose("Paid", "Quarterly");
    await click("Preview");
    expect(messageOf(screen.getByRole("combobox", { name: "Paid" }))).toContain(
      "quarterly pay periods do not divide 4 months",
    );
  });

  it("adds and removes tiers", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    await click("Add a tier");
    expect(screen.getByRole("textbox", { name: "Tier 4 rate" })).toBeTruthy();
    await click("Remove tier 4");
    expect(screen.queryByRole("textbox", { name: "Tier 4 rate" })).toBeNull();
  });
});
