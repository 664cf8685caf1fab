/**
 * End to end in Excel mode: the built pane in headless Chromium with the in-memory fake Excel
 * installed as the Office and Excel globals, so the real Excel host writes the goal sheets. Checks
 * the sheets written beside the user's own, the round trips counted, the all-or-nothing failure,
 * renaming on a second run, and settings saved in the workbook's custom XML part.
 */
import type { BrowserContext, Page } from "playwright-core";
import { goalLayout } from "../../src/generators/goals";
import { validateGoalInput } from "../../src/schemas/goals";
import { parseRosterCsv } from "../../src/schemas/roster";
import { cellAddress } from "../../src/workbook/a1";
import type { WorkbookSnapshot } from "../support/fake-excel";
import { describeWithChromium, paneContext } from "./support/chromium";
import "./support/fake-excel-page-types";
import { ROSTER_TSV } from "./support/fixtures";
import { openPane, pageErrors } from "./support/pane-page";
import { withPaneBrowser } from "./support/suite";
import { eventually, openTab, pasteRoster, typeInto } from "./support/user";

interface FakeState {
  snapshot: WorkbookSnapshot;
  requests: { bytes: number; actions: number; calcSuspended: boolean; screenSuspended: boolean }[];
  parts: number;
}

function fakeState(page: Page): Promise<FakeState> {
  return page.evaluate(() => {
    const f = window.__fakeExcel!;
    return {
      snapshot: f.excel.snapshot(),
      requests: f.excel.requests.map((r) => ({ ...r })),
      parts: f.parts.filter((p) => !p.deleted).length,
    };
  });
}

async function fillGoalForm(page: Page): Promise<void> {
  await openTab(page, "Goal sheet");
  await pasteRoster(page, ROSTER_TSV);
  await typeInto(page, "Period", "2027-Q1");
  await typeInto(page, "As-of date", "2027-03-31");
  await page.getByTestId("preview").waitFor();
}

async function create(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Create sheets" }).click();
  await page
    .locator("[data-testid=write-success], [data-testid=write-error]")
    .first()
    .waitFor({ timeout: 30000 });
}

describeWithChromium("pane in Excel (fake Excel in the page)", () => {
  const pane = withPaneBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await paneContext(pane.browser);
    page = await openPane(context, pane.server, { fakeExcel: { displayLanguage: "en-US" } });
  }, 60000);

  afterEach(async () => {
    expect(pageErrors(page)).toEqual([]);
    await context?.close();
  });

  it("writes the goal sheets beside the user's sheet in few round trips", async () => {
    await fillGoalForm(page);
    const before = await fakeState(page);
    await create(page);
    // The recorded settings show in the form's list once it has read them again: no request after.
    await page.getByRole("combobox", { name: "Saved settings" }).waitFor();
    const after = await fakeState(page);
    const success = await page.getByTestId("write-success").textContent();
    expect(success).toContain("Created 5 sheet(s)");
    // Then the goal form records the sheets' settings in the workbook, for the CRM import's link
    // (its plans part looked for, written, and read again for the list of saved settings).
    expect(success).toContain('Its settings are saved in this workbook as "Goals 2027-Q1"');

    const roster = parseRosterCsv(ROSTER_TSV);
    if (!roster.ok) throw new Error("roster");
    const plan = validateGoalInput(roster.value, {
      period: "2027-Q1",
      asOf: "2027-03-31",
      metrics: [
        { id: "revenue", weight: 0.5, target: 900000, cap: 1.5 },
        { id: "newCustomers", weight: 0.3, target: 15, cap: 1.5 },
        { id: "conversionRate", weight: 0.2, target: 0.15, gate: 0.8 },
      ],
    });
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
    const layout = goalLayout(plan.value, "en-US");
    const names = Object.values(layout.names);
    const sheets = after.snapshot.sheets.map((s) => s.name);
    expect(sheets[0]).toBe("Sheet1");
    expect(new Set(sheets.slice(1))).toEqual(new Set(names));
    // The user's own cells are untouched.
    const mine = after.snapshot.sheets[0];
    expect(mine.cells.A1.content).toEqual({ value: "Q1 notes" });
    expect(mine.cells.B2.content).toEqual({ value: 42 });
    // Li Wei's revenue line: name as a value, the target as a formula.
    const goals = after.snapshot.sheets.find((s) => s.name === layout.names.goals)!;
    const row = layout.goals.row(0, 0) - 1;
    expect(goals.cells[cellAddress(row, layout.goals.cols.rep)].content).toEqual({ value: "Li Wei" });
    expect(goals.cells[cellAddress(row, layout.goals.cols.target)].content).toHaveProperty("formula");
    expect(after.snapshot.activeSheet).toBe(layout.names.goals);

    // One read of the names in use, then the writes, all with calculation suspended.
    // The write ends with its last request under suspended calculation; the record's come after.
    const since = after.requests.slice(before.requests.length);
    const lastWrite = since.map((r) => r.calcSuspended).lastIndexOf(true);
    const write = since.slice(0, lastWrite + 1);
    expect(write.length).toBeGreaterThanOrEqual(2);
    expect(write.length).toBeLessThanOrEqual(3);
    expect(write.slice(1).every((r) => r.calcSuspended && r.screenSuspended)).toBe(true);
    expect(write.every((r) => r.bytes < 5 * 1024 * 1024)).toBe(true);

    await page.getByRole("button", { name: `Go to ${layout.names.goals}` }).click();
    // Activating the sheet is one more round trip.
    const requests = await eventually(
      async () => (await fakeState(page)).requests.length,
      (n) => n > after.requests.length,
    );
    expect(requests).toBe(after.requests.length + 1);
  }, 120000);

  it("leaves the workbook as it was when a write fails, and says so", async () => {
    await fillGoalForm(page);
    const before = await fakeState(page);
    await page.evaluate(() => window.__fakeExcel!.failNextWriteAt(2));
    await create(page);
    const error = await page.getByTestId("write-error").textContent();
    expect(error).toContain("Could not create the sheets");
    expect(error).toContain("Injected failure at sync");
    expect(error).toContain("Nothing was changed in your workbook.");
    expect((await fakeState(page)).snapshot).toEqual(before.snapshot);
  }, 120000);

  it("renames the new sheets when the names are taken by an earlier run", async () => {
    await fillGoalForm(page);
    await create(page);
    const first = (await fakeState(page)).snapshot.sheets.length;
    await create(page);
    const sheets = (await fakeState(page)).snapshot.sheets.map((s) => s.name);
    expect(sheets).toHaveLength(first + 5);
    expect(sheets.filter((s) => s.endsWith(" (2)"))).toHaveLength(5);
    expect(await page.getByTestId("write-success").textContent()).toMatch(/Sheets: .* \(2\)/);
  }, 120000);

  it("saves the settings in the workbook and reopens them", async () => {
    await openTab(page, "Goal sheet");
    await typeInto(page, "Period", "2027-H2");
    await typeInto(page, "Name", "Second half");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText('Saved "Second half" in this workbook.').waitFor();
    expect((await fakeState(page)).parts).toBe(1);
    await typeInto(page, "Period", "2028");
    await page.getByRole("button", { name: "Reopen" }).click();
    const period = page.getByRole("textbox", { name: "Period", exact: true });
    expect(
      await eventually(
        () => period.inputValue(),
        (v) => v === "2027-H2",
      ),
    ).toBe("2027-H2");
  }, 120000);

  it("works on an Excel with only ExcelApi 1.4: writes the data, names what it left out", async () => {
    const old = await openPane(context, pane.server, { fakeExcel: { apiVersion: "1.4" } });
    await fillGoalForm(old);
    await create(old);
    const success = (await old.getByTestId("write-success").textContent()) ?? "";
    expect(success).toContain("Created 5 sheet(s)");
    // Features of later sets are reported per sheet, with the set they need.
    expect(success).toContain("left out frozen panes (needs ExcelApi 1.7)");
    expect(success).toContain("left out data validation (needs ExcelApi 1.8)");
    expect(success).toContain("(needs ExcelApi 1.6)");
    // No custom XML parts (1.5) and no document settings in this fake: saving is not offered.
    expect(await old.getByRole("button", { name: "Save", exact: true }).count()).toBe(0);
    expect((await fakeState(old)).snapshot.sheets).toHaveLength(6);
    expect(pageErrors(old)).toEqual([]);
  }, 120000);
});
