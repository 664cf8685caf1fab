/**
 * @jest-environment jsdom
 */
/** The incentive form: plan schema messages beside tiers and pay fields, preview of the plan's sheets. */
import { screen } from "@testing-library/react";
import { incentiveTexts } from "../../src/i18n/sheets/incentives";
import { ROSTER_CSV, fakeFiles, fakeWriter, fakeServices, findView, renderPane } from "./support";
import { choose, click, messageOf, pasteRoster, type, previewShown, submit } from "./interact";

describe("incentive table form", () => {
  it("previews the plan's sheets for the roster and downloads them", async () => {
    const writer = fakeWriter(undefined, true);
    renderPane({ view: "incentives", services: fakeServices({ writer }) });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    expect((screen.getByRole("textbox", { name: "First month" }) as HTMLInputElement).value).toBe("2027-04");
    await previewShown();
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

  it("makes each rep's private pay statement as a file of its own, in one .zip (browser mode)", async () => {
    const files = fakeFiles();
    const writer = fakeWriter();
    renderPane({ view: "incentives", services: fakeServices({ files, writer }) });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    // The team workbook's preview first: choosing the output must build the preview again.
    await previewShown();
    await screen.findByText("6 reps × 3 pay period(s), 1 measure(s).");
    await choose("What to make", "Pay statements per rep (one private file each)");
    expect(
      await screen.findByText(/6 pay statement workbook\(s\), one per rep/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    await click("Download .zip");
    expect(writer.writes).toHaveLength(0);
    // The roster's six reps (support.tsx), each in a file named by the rep.
    expect(files.calls[0].files.map((f) => f.fileName)).toEqual([
      "Li Wei.xlsx",
      "Wang Fang.xlsx",
      "Zhang Jie.xlsx",
      "Huang Min.xlsx",
      "Zhao Qiang.xlsx",
      "Ma Lin.xlsx",
    ]);
    // Each file holds its own rep's name and no other's.
    const texts = (i: number) => JSON.stringify(files.calls[0].files[i].spec);
    expect(texts(0)).toContain("Li Wei");
    expect(texts(0)).not.toMatch(/Wang Fang|Zhang Jie|Huang Min|Zhao Qiang|Ma Lin/);
    expect(files.calls[0].request.zipName).toBe("pay-statements-2027-04.zip");
  });

  it("puts the rule that tiers must rise next to the tier that breaks it", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    const third = await type("Tier 3 from (amount)", "200000");
    await submit();
    expect(messageOf(third)).toContain("tier thresholds (from) must rise from one tier to the next");
    expect(screen.queryByTestId("preview")).toBeNull();
  });

  it("says so in Chinese too", async () => {
    renderPane({ view: "incentives", locale: "zh-CN" });
    await findView("激励表");
    await pasteRoster(ROSTER_CSV, "使用粘贴的行");
    const third = await type("第 3 档起点（金额）", "200000");
    await submit();
    expect(messageOf(third)).toContain("各档起点（from）必须逐档递增");
  });

  it("reads a rate typed as 5 as 5% (the box shows %), and shows what each number was read as", async () => {
    const writer = fakeWriter(undefined, true);
    renderPane({ view: "incentives", services: fakeServices({ writer }) });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    const rate = await type("Tier 2 rate", "5");
    expect(messageOf(rate)).toContain("= 5%");
    expect(rate.parentElement!.textContent).toContain("%");
    const quota = await type("Quota per pay period", "100万");
    expect(messageOf(quota)).toContain("= 1,000,000");
    expect(messageOf(await type("Tier 2 from (amount)", "$1,200,000"))).toContain("= 1,200,000");
    expect(messageOf(await type("Tier 3 from (amount)", "1.5M"))).toContain("= 1,500,000");
    await type("Award bonus", "300k");
    expect(messageOf(screen.getByRole("textbox", { name: "Award bonus" }))).toContain("= 300,000");
    // A yuan amount in a dollar plan is refused, never converted.
    const draw = await type("Draw per pay period", "¥5,000");
    expect(messageOf(draw)).toContain("amounts are not converted");
  });

  it("asks to confirm a rate above 100% before it is used", async () => {
    const writer = fakeWriter(undefined, true);
    renderPane({ view: "incentives", services: fakeServices({ writer }) });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    const rate = await type("Tier 2 rate", "500");
    await submit();
    expect(messageOf(rate)).toContain('500% is above 100%: tick "Rates above 100% are intended" below');
    expect(writer.writes).toHaveLength(0);
    await click("Rates above 100% are intended", "checkbox");
    expect(messageOf(rate)).toContain("= 500%");
    await submit();
    expect(writer.writes).toHaveLength(1);
  });

  it("asks the same in Chinese", async () => {
    renderPane({ view: "incentives", locale: "zh-CN" });
    await findView("激励表");
    await pasteRoster(ROSTER_CSV, "使用粘贴的行");
    const rate = await type(/^第 2 档(费率|提成比例)$/, "500");
    await submit();
    expect(messageOf(rate)).toContain("500% 超过 100%");
    expect(messageOf(await type(/^第 1 档(费率|提成比例)$/, "3"))).toContain("= 3%");
  });

  it("works the plan through for a sample rep, and follows the plan as it is edited", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    // Before a roster: a stand-in rep at 120% of the 300,000 quota, i.e. 360,000. Marginal tiers
    // 0: 3%, 300,000: 5%: 300,000 x 3% = 9,000 and 60,000 x 5% = 3,000, 12,000 in all.
    const example = screen.getByTestId("worked-example");
    expect(example.textContent).toContain("A sample rep sells $360,000 of");
    expect(example.textContent).toContain("120% of a $300,000 quota.");
    expect(example.textContent).toContain("$0 to $300,000: $300,000 × 3% = $9,000");
    expect(example.textContent).toContain("$300,000 to $450,000: $60,000 × 5% = $3,000");
    expect(example.textContent).toContain("Commission: $12,000");
    // With the roster, its first rep; a second-tier rate of 6%: 9,000 + 60,000 x 6% = 12,600.
    await pasteRoster(ROSTER_CSV);
    await type("Tier 2 rate", "6");
    expect(screen.getByTestId("worked-example").textContent).toContain("Li Wei sells $360,000");
    expect(screen.getByTestId("worked-example").textContent).toContain("Commission: $12,600");
    // A plan that cannot be read shows no example rather than a wrong one.
    await type("Tier 2 rate", "five");
    expect(screen.getByTestId("worked-example").textContent).toContain("Complete the tiers");
  });

  it("works the example in Chinese", async () => {
    renderPane({ view: "incentives", locale: "zh-CN" });
    await findView("激励表");
    const example = screen.getByTestId("worked-example");
    expect(example.textContent).toContain("示例销售人员");
    expect(example.textContent).toContain("¥0 至 ¥300,000：¥300,000 × 3% = ¥9,000");
    expect(example.textContent).toContain("提成：¥12,000");
  });

  it("refuses pay periods that do not divide the plan's months", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    await type("Months", "4");
    await choose("Paid", "Quarterly");
    await submit();
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
