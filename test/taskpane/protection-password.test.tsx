/**
 * @jest-environment jsdom
 */
/**
 * The optional password of the goal and incentive forms: a masked field with its help in English and
 * Chinese; in Excel the goal sheets and the incentive input sheets are protected with it through
 * protect(options, password) on the fake Excel (which needs ExcelApi 1.7 for the password, as
 * documented); it is never saved with the form's settings.
 */
import { screen } from "@testing-library/react";
import { incentiveTexts } from "../../src/i18n/sheets/incentives";
import { planStore } from "../../src/taskpane/plan-store";
import type { PlanStore } from "../../src/taskpane/services";
import { FakeExcel } from "../support/fake-excel";
import { act, fireEvent } from "@testing-library/react";
import { click, pasteRoster, type } from "./interact";
import { ROSTER_CSV, findView, memoryBackend, renderPane } from "./support";
import { fakeExcelServices } from "./fake-excel-services";

const excelServices = (fake: FakeExcel, store: PlanStore) => fakeExcelServices(fake, { store });

/** The masked field (an input of type password has no textbox role): found by its label. */
function passwordBox(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

async function typePassword(label: string, value: string): Promise<void> {
  const box = passwordBox(label);
  await act(async () => {
    fireEvent.change(box, { target: { value } });
  });
}

describe("password of the input sheets' protection in the pane", () => {
  it("goal form: masked, explained, and the goal sheets protected with it in Excel", async () => {
    const fake = new FakeExcel();
    const backend = memoryBackend();
    const store = planStore(backend, "workbook");
    renderPane({ view: "goals", services: excelServices(fake, store) });
    await findView("Goal sheet");
    const box = passwordBox("Password for the sheet protection");
    expect(box.type).toBe("password");
    expect(document.body.textContent).toContain(
      "Optional. Protects the input sheets; Excel's sheet protection is not encryption.",
    );
    await pasteRoster(ROSTER_CSV);
    await type("Period", "2027-Q1");
    await typePassword("Password for the sheet protection", "Q1-lock");
    await click("Create sheets");
    await screen.findByTestId("write-success", {}, { timeout: 20000 });
    const sheets = fake.snapshot().sheets.filter((s) => s.protection);
    // Goals, scorecard, team roll-ups, settings, ramp.
    expect(sheets).toHaveLength(5);
    for (const s of sheets) expect(s.protection).toMatchObject({ password: "Q1-lock" });
    // The goal form records the sheet's settings in the workbook: without the password.
    expect(backend.text).toBeTruthy();
    expect(backend.text).not.toContain("Q1-lock");
  });

  it("goal form on Excel before 1.7: protected without the password, and the pane says so", async () => {
    const fake = new FakeExcel({ apiVersion: "1.6" });
    renderPane({ view: "goals", services: excelServices(fake, planStore(memoryBackend(), "workbook")) });
    await findView("Goal sheet");
    await pasteRoster(ROSTER_CSV);
    await type("Period", "2027-Q1");
    await typePassword("Password for the sheet protection", "Q1-lock");
    await click("Create sheets");
    const success = await screen.findByTestId("write-success", {}, { timeout: 20000 });
    expect(success.textContent).toContain(
      "left out the password of the sheet protection (the sheet is protected without it) (needs ExcelApi 1.7)",
    );
    for (const s of fake.snapshot().sheets.filter((x) => x.protection))
      expect(s.protection).not.toHaveProperty("password");
  });

  it("incentive form: the input sheets protected with the password, the others not", async () => {
    const fake = new FakeExcel();
    renderPane({ view: "incentives", services: excelServices(fake, planStore(memoryBackend(), "workbook")) });
    await findView("Incentive table");
    await pasteRoster(ROSTER_CSV);
    await typePassword("Password for the sheet protection", "pay-2027");
    await click("Create sheets");
    await screen.findByTestId("write-success", {}, { timeout: 20000 });
    const names = incentiveTexts("en-US").sheet;
    const bySheet = new Map(fake.snapshot().sheets.map((s) => [s.name, s.protection]));
    for (const input of [names.plan, names.calculation, names.credits])
      expect(bySheet.get(input)).toMatchObject({ password: "pay-2027" });
    expect(bySheet.get(names.statements)).toBeNull();
    expect(bySheet.get(names.teams)).toBeNull();
  });

  it("the field and its help in Chinese", async () => {
    renderPane({ view: "incentives", locale: "zh-CN" });
    await findView("激励表");
    expect(passwordBox("工作表保护密码").type).toBe("password");
    expect(document.body.textContent).toContain("选填。用于保护输入工作表；Excel 的工作表保护不是加密。");
  });
});
