/**
 * @jest-environment jsdom
 */
/**
 * The CRM form linked to a goal sheet of the open workbook, end to end over the fake Excel: the goal
 * sheet made by the goal form (its settings saved), the CRM import that chooses it, the KPI sheet's
 * targets pointing at the goal sheet and the goal sheet's empty actuals pointing at the KPI sheet's
 * final name, a typed actual kept; and a goal sheet that does not match its plan stopping the import
 * with nothing written, in English and in Chinese.
 *
 * Goal sheet layout used below (6 reps x 3 metrics: revenue, new customers, conversion rate; 2027-Q1):
 * rep i's metric k on row 7 + 3i + k; H target, L:N the actuals of Jan..Mar, Q the gap.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { generateGoalWorkbook } from "../../src/generators/goals";
import { parseRosterCsv } from "../../src/schemas/roster";
import { defaultGoalForm, validateGoalForm } from "../../src/taskpane/forms/goals/goal-form";
import { planStore } from "../../src/taskpane/plan-store";
import type { PlanStore, WorkbookAccess } from "../../src/taskpane/services";
import { parseCell } from "../../src/workbook/a1";
import { FakeExcel } from "../support/fake-excel";
import type { SheetSnapshot, WorkbookSnapshot } from "../support/fake-excel";
import { cellAt } from "../support/fake-excel/model";
import {
  choose,
  click,
  messageOf,
  openView,
  pasteRoster,
  type,
  upload,
  previewShown,
  submit,
} from "./interact";
import { ROSTER_CSV, TODAY, findView, memoryBackend, renderPane } from "./support";
import { fakeExcelServices } from "./fake-excel-services";

const GOALS = "Goals 2027-Q1";

/** Five deals of 2027-Q1 as Zoho CRM exports them. */
const EXPORT = [
  "Deal Owner,Deal Name,Account Name,Stage,Amount,Closing Date,Created Time",
  "Li Wei,D1,Acme,Closed Won,10000,2027-01-10,2026-12-01",
  "Wang Fang,D2,Beta,Closed Won,20000,2027-01-20,2026-12-05",
  "Wang Fang,D3,Gamma,Closed Won,5000,2027-02-14,2027-01-02",
  "Zhang Jie,D4,Delta,Closed Lost,7000,2027-03-03,2027-01-15",
  "Huang Min,D5,Epsilon,Qualification,30000,2027-03-30,2027-02-01",
].join("\n");

function exportFile(): File {
  return new File([EXPORT], "deals.csv", { type: "text/csv" });
}

const excelServices = (fake: FakeExcel, store: PlanStore) => fakeExcelServices(fake, { store });

function sheet(fake: FakeExcel, name: string): SheetSnapshot {
  const found = fake.snapshot().sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function content(s: SheetSnapshot, address: string): unknown {
  return s.cells[address]?.content;
}

/** The KPI sheet's cells by what they say: the column of a header, the row of a period and rep. */
function kpiCell(s: SheetSnapshot, header: string, period: string, rep: string): string {
  const at = Object.entries(s.cells).map(([address, c]) => ({ ...parseCell(address), c: c.content }));
  const text = (c: unknown) => (c && typeof c === "object" && "value" in c ? String(c.value) : "");
  const head = at.find((x) => text(x.c) === header);
  const periodHead = at.find((x) => x.row === head?.row && text(x.c) === "Period");
  const repHead = at.find((x) => x.row === head?.row && text(x.c) === "Rep");
  if (!head || !periodHead || !repHead) throw new Error(`no header ${header}`);
  const row = at.find(
    (x) =>
      x.col === periodHead.col &&
      text(x.c) === period &&
      at.some((y) => y.row === x.row && y.col === repHead.col && text(y.c) === rep),
  );
  if (!row) throw new Error(`no row ${period} ${rep}`);
  return `${address(row.row, head.col)}`;
}

function address(row: number, col: number): string {
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

/** A user's own entry (or a sort of the rows) on the goal sheet, straight into the workbook. */
function typeInto(fake: FakeExcel, sheetName: string, cell: string, value: string | number): void {
  const { row, col } = parseCell(cell);
  cellAt(fake.state.sheetByName(sheetName)!, row, col).content = { value };
}

/** The goal sheet of 2027-Q1 for `rosterCsv`, written into the workbook, its settings saved as "Q1 team". */
async function seedGoalSheet(fake: FakeExcel, store: PlanStore, rosterCsv = ROSTER_CSV): Promise<void> {
  const reps = parseRosterCsv(rosterCsv);
  if (!reps.ok) throw new Error("roster");
  const form = { ...defaultGoalForm("en-US", TODAY), period: "2027-Q1" };
  const built = validateGoalForm(form, reps.value);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  await excelServices(fake, store).writer.write(generateGoalWorkbook(built.plan), { fileName: "goals.xlsx" });
  await store.save({ kind: "goals", name: "Q1 team", savedAt: "2027-01-10T09:00:00.000Z", data: form });
}

/**
 * The goal sheet seeded and its plan saved, then the CRM form with the roster and the export loaded
 * and the goal sheet chosen; `workbook` replaces methods of the workbook access (a failing read ...).
 */
async function chooseGoalSheet(
  workbook: Partial<WorkbookAccess> = {},
): Promise<{ fake: FakeExcel; before: WorkbookSnapshot }> {
  const fake = new FakeExcel();
  const store = planStore(memoryBackend(), "workbook");
  await seedGoalSheet(fake, store);
  const before = fake.snapshot();
  const services = excelServices(fake, store);
  renderPane({ view: "crm", services: { ...services, workbook: { ...services.workbook!, ...workbook } } });
  await findView("CRM import");
  await pasteRoster(ROSTER_CSV);
  await upload("Load an export file", exportFile());
  await screen.findByTestId("crm-status", {}, { timeout: 20000 });
  await choose("Goal sheet", `${GOALS} (plan "Q1 team")`);
  return { fake, before };
}

/** From another form: the CRM tab, the export loaded, the goal sheet list opened; its options. */
async function goalSheetOptionsAfterLoad(): Promise<(string | null)[]> {
  await openView("CRM import");
  await findView("CRM import");
  await upload("Load an export file", exportFile());
  await screen.findByTestId("crm-status", {}, { timeout: 20000 });
  await act(async () => {
    fireEvent.click(screen.getByRole("combobox", { name: "Goal sheet" }));
  });
  return screen.getAllByRole("option").map((o) => o.textContent);
}

describe("CRM import linked to a goal sheet", () => {
  it("links a goal sheet the goal form made: targets read it, its empty actuals read the KPI sheet", async () => {
    // A sheet of the KPI sheet's name is already there: the new one becomes "CRM KPIs (2)".
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }, { name: "CRM KPIs", cells: { A1: "mine" } }] });
    const store = planStore(memoryBackend(), "workbook");
    renderPane({ view: "goals", services: excelServices(fake, store) });
    await findView("Goal sheet");
    await pasteRoster(ROSTER_CSV);
    await type("Period", "2027-Q1");
    // An older plan of the user's, saved before: the settings recorded with the sheet come first.
    await type("Name", "Q1 team");
    await click("Save");
    await screen.findByText('Saved "Q1 team" in this workbook.');
    await click("Create sheets");
    // The goal form records the sheet's settings under its name, without being asked.
    expect((await screen.findByTestId("write-success")).textContent).toContain(
      `Its settings are saved in this workbook as "${GOALS}", so a CRM import can link to the goal sheet.`,
    );
    expect((await store.list("goals")).map((p) => p.name)).toEqual([GOALS, "Q1 team"]);
    // The form's list of saved settings shows the record at once.
    await act(async () => {
      fireEvent.click(screen.getByRole("combobox", { name: "Saved settings" }));
    });
    expect(screen.getAllByRole("option").map((o) => o.textContent?.replace(/ · .*$/, ""))).toEqual([
      GOALS,
      "Q1 team",
    ]);
    // Li Wei's January revenue (row 7, column L), typed in before the import.
    typeInto(fake, GOALS, "L7", 50000);
    const protection = sheet(fake, GOALS).protection;
    expect(protection).not.toBeNull();

    // One choice for the sheet, named by itself.
    expect(await goalSheetOptionsAfterLoad()).toEqual(["(none)", GOALS]);
    await act(async () => {
      fireEvent.click(screen.getByRole("option", { name: GOALS }));
    });
    expect(
      (await screen.findByText(`Goal sheet "${GOALS}" matches its plan: 6 reps × 3 metrics.`)).textContent,
    ).toBeTruthy();
    expect(
      (screen.getByRole("checkbox", { name: /empty monthly actuals/ }) as HTMLInputElement).checked,
    ).toBe(true);
    await previewShown();
    // No periods typed: the goal period and its months.
    expect(screen.getByText("Periods: 2027-Q1, 2027-01, 2027-02, 2027-03.")).toBeTruthy();
    await click("Create sheets");
    const success = await screen.findByTestId("write-success");

    const kpi = sheet(fake, "CRM KPIs (2)");
    const goals = sheet(fake, GOALS);
    // Wang Fang is rep 1: revenue on row 10; target H10, gap Q10.
    expect(content(kpi, kpiCell(kpi, "Target", "2027-Q1", "Wang Fang"))).toEqual({
      formula: `=IF('${GOALS}'!$H$10="","",'${GOALS}'!$H$10)`,
    });
    expect(content(kpi, kpiCell(kpi, "Remaining target", "2027-Q1", "Wang Fang"))).toEqual({
      formula: `=IF('${GOALS}'!$Q$10="","",'${GOALS}'!$Q$10)`,
    });
    // Her January revenue (L10) and February new customers (M11) read her rows of those months.
    expect(content(goals, "L10")).toEqual({
      formula: `='CRM KPIs (2)'!$${kpiCell(kpi, "Won revenue", "2027-01", "Wang Fang").replace(/(\d+)$/, "$$$1")}`,
    });
    expect(content(goals, "M11")).toEqual({
      formula: `='CRM KPIs (2)'!$${kpiCell(kpi, "New customers", "2027-02", "Wang Fang").replace(/(\d+)$/, "$$$1")}`,
    });
    // The typed actual stays; the sheet the user had keeps its cell.
    expect(content(goals, "L7")).toEqual({ value: 50000 });
    // Linked actuals look and lock as computed cells (grey, locked); the typed one stays an input
    // (yellow, unlocked); the goal sheet is protected again as it was.
    expect(goals.cells.L10.format).toMatchObject({ fill: "#F2F2F2", locked: true });
    expect(goals.cells.M11.format).toMatchObject({ fill: "#F2F2F2", locked: true });
    expect(goals.cells.L7.format).toMatchObject({ fill: "#FFF2CC", locked: false });
    expect(goals.protection).toEqual(protection);
    expect(content(sheet(fake, "CRM KPIs"), "A1")).toEqual({ value: "mine" });
    // 6 reps x 3 metrics x 3 months = 54 actual cells, one of them typed in.
    expect(success.textContent).toContain(
      `53 monthly actual cell(s) of Revenue, New customers, Conversion rate on goal sheet "${GOALS}" now read KPI sheet "CRM KPIs (2)".`,
    );
    expect(success.textContent).toContain(
      "1 actual cell(s) already held a value or formula and were kept: Li Wei 2027-01 (Revenue).",
    );
  });

  it("links a goal sheet renamed for a clash, under the name the goal form recorded it", async () => {
    const fake = new FakeExcel();
    const store = planStore(memoryBackend(), "workbook");
    // The quarter's first goal sheet, its settings saved as "Q1 team"; the goal form then writes
    // the quarter again, and the new goal sheet is renamed.
    await seedGoalSheet(fake, store);
    renderPane({ view: "goals", services: excelServices(fake, store) });
    await findView("Goal sheet");
    await pasteRoster(ROSTER_CSV);
    await type("Period", "2027-Q1");
    await click("Create sheets");
    expect((await screen.findByTestId("write-success")).textContent).toContain(
      `Its settings are saved in this workbook as "${GOALS} (2)", so a CRM import can link to the goal sheet.`,
    );
    const first = sheet(fake, GOALS);

    expect((await goalSheetOptionsAfterLoad()).sort()).toEqual([
      "(none)",
      `${GOALS} (2)`,
      `${GOALS} (plan "Q1 team")`,
    ]);
    await act(async () => {
      fireEvent.click(screen.getByRole("option", { name: `${GOALS} (2)` }));
    });
    await screen.findByText(`Goal sheet "${GOALS} (2)" matches its plan: 6 reps × 3 metrics.`);
    await click("Create sheets");
    const success = await screen.findByTestId("write-success");

    const kpi = sheet(fake, "CRM KPIs");
    const renamed = sheet(fake, `${GOALS} (2)`);
    // Wang Fang's revenue row (10) of the renamed sheet: target H10, her January actual L10.
    expect(content(kpi, kpiCell(kpi, "Target", "2027-Q1", "Wang Fang"))).toEqual({
      formula: `=IF('${GOALS} (2)'!$H$10="","",'${GOALS} (2)'!$H$10)`,
    });
    expect(content(renamed, "L10")).toEqual({
      formula: `='CRM KPIs'!$${kpiCell(kpi, "Won revenue", "2027-01", "Wang Fang").replace(/(\d+)$/, "$$$1")}`,
    });
    expect(success.textContent).toContain(
      `54 monthly actual cell(s) of Revenue, New customers, Conversion rate on goal sheet "${GOALS} (2)" now read KPI sheet "CRM KPIs".`,
    );
    // The first goal sheet is as it was.
    expect(sheet(fake, GOALS)).toEqual(first);
  });

  it("links only the targets when the actuals box is cleared", async () => {
    const { fake } = await chooseGoalSheet();
    await screen.findByText(`Goal sheet "${GOALS}" matches its plan: 6 reps × 3 metrics.`);
    await click(/empty monthly actuals/, "checkbox");
    await click("Create sheets");
    const success = await screen.findByTestId("write-success");
    expect(success.textContent).toContain(
      `Goal sheet "${GOALS}": the KPI targets and remaining targets read it.`,
    );
    expect(success.textContent).not.toContain("now read KPI sheet");
    // Li Wei (rep 0): revenue target H7 linked; his January revenue L7 still empty.
    const kpi = sheet(fake, "CRM KPIs");
    expect(content(kpi, kpiCell(kpi, "Target", "2027-Q1", "Li Wei"))).toEqual({
      formula: `=IF('${GOALS}'!$H$7="","",'${GOALS}'!$H$7)`,
    });
    expect(content(sheet(fake, GOALS), "L7")).toBeUndefined();
  });

  it("keeps the KPI sheets and says so when the actuals cannot be filled", async () => {
    const { fake } = await chooseGoalSheet({
      fillEmptyCells: async () => {
        throw new Error("The cell or chart you're trying to change is on a protected sheet.");
      },
    });
    await screen.findByText(`Goal sheet "${GOALS}" matches its plan: 6 reps × 3 metrics.`);
    await click("Create sheets");
    const success = await screen.findByTestId("write-success");
    expect(success.textContent).toContain(
      `The KPI sheets were created, but the actuals of goal sheet "${GOALS}" could not be linked: The cell or chart you're trying to change is on a protected sheet.`,
    );
    expect(fake.snapshot().sheets.some((s) => s.name === "CRM KPIs")).toBe(true);
  });

  it("fills the actuals of a goal sheet protected with a password, and says they keep the input look", async () => {
    const { fake } = await chooseGoalSheet();
    await screen.findByText(`Goal sheet "${GOALS}" matches its plan: 6 reps × 3 metrics.`);
    const goalSheet = fake.state.sheetByName(GOALS)!;
    goalSheet.protection = { options: goalSheet.protection?.options ?? {}, password: "manager" };
    await click("Create sheets");
    const success = await screen.findByTestId("write-success");
    expect(success.textContent).toContain(
      `The linked actual cells of goal sheet "${GOALS}" keep the input look: the sheet is protected with a password.`,
    );
    // Wang Fang's January revenue (L10) is linked, still yellow and unlocked; the password stays.
    const goals = sheet(fake, GOALS);
    expect(content(goals, "L10")).toMatchObject({
      formula: expect.stringMatching(/^='CRM KPIs'!\$[A-Z]+\$\d+$/),
    });
    expect(goals.cells.L10.format).toMatchObject({ fill: "#FFF2CC", locked: false });
    expect(goals.protection).toMatchObject({ password: "manager" });
  });

  it("says why when the chosen goal sheet cannot be read, and offers no preview", async () => {
    const { fake, before } = await chooseGoalSheet({
      readFormulas: async () => {
        throw new Error("Excel is busy editing a cell.");
      },
    });
    await waitFor(() =>
      expect(messageOf(screen.getByRole("combobox", { name: "Goal sheet" }))).toContain(
        `Goal sheet "${GOALS}" could not be read: Excel is busy editing a cell.`,
      ),
    );
    expect(screen.getByTestId("crm-goal-status").textContent).toBe("");
    await submit();
    expect(screen.queryByTestId("preview")).toBeNull();
    expect(fake.snapshot()).toEqual(before);
  });

  it("says when the workbook holds no goal sheet of a saved goal plan", async () => {
    // A goal sheet is there, but its settings were never saved: the pane cannot know its plan.
    const fake = new FakeExcel({ sheets: [{ name: GOALS }] });
    renderPane({ view: "crm", services: excelServices(fake, planStore(memoryBackend(), "workbook")) });
    await findView("CRM import");
    expect(await screen.findByText(/^No goal sheet of this workbook comes with its settings\./)).toBeTruthy();
  });

  it("stops when the goal sheet does not match its plan, and writes nothing", async () => {
    const fake = new FakeExcel();
    const store = planStore(memoryBackend(), "workbook");
    await seedGoalSheet(fake, store);
    const before = fake.snapshot();
    renderPane({ view: "crm", services: excelServices(fake, store) });
    await findView("CRM import");
    // The roster here lacks Wang Fang: the plan puts Zhang Jie on row 10, where the sheet has her.
    await pasteRoster(
      ROSTER_CSV.split("\n")
        .filter((l) => !l.startsWith("Wang Fang"))
        .join("\n"),
    );
    await upload("Load an export file", exportFile());
    await screen.findByTestId("crm-status", {}, { timeout: 20000 });
    await choose("Goal sheet", `${GOALS} (plan "Q1 team")`);
    const message = `Goal sheet "${GOALS}" does not match its saved plan "Q1 team" at rep Zhang Jie: cell A10 should hold "Zhang Jie" but holds "Wang Fang".`;
    await waitFor(() =>
      expect(messageOf(screen.getByRole("combobox", { name: "Goal sheet" }))).toContain(message),
    );
    await submit();
    expect(screen.queryByTestId("preview")).toBeNull();
    // Listed at the button, with focus on the goal sheet's field.
    expect(screen.getByTestId("form-problems").textContent).toContain(`Goal sheet: ${message}`);
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Goal sheet" }));
    expect(fake.snapshot()).toEqual(before);
  });

  it("names the mismatch in Chinese", async () => {
    const fake = new FakeExcel();
    const store = planStore(memoryBackend(), "workbook");
    await seedGoalSheet(fake, store);
    const before = fake.snapshot();
    renderPane({ view: "crm", locale: "zh-CN", services: excelServices(fake, store) });
    await findView("CRM 导入");
    await pasteRoster(
      ROSTER_CSV.split("\n")
        .filter((l) => !l.startsWith("Wang Fang"))
        .join("\n"),
      "使用粘贴的行",
    );
    await choose("目标表", `${GOALS}（方案“Q1 team”）`);
    await waitFor(() =>
      expect(messageOf(screen.getByRole("combobox", { name: "目标表" }))).toContain(
        `目标表“${GOALS}”与保存的方案“Q1 team”不符（销售人员 Zhang Jie）：单元格 A10 应为“Zhang Jie”，实际为“Wang Fang”。`,
      ),
    );
    expect(fake.snapshot()).toEqual(before);
  });

  it("reads the goal sheet again when creating: rows sorted since the preview stop the write", async () => {
    const { fake } = await chooseGoalSheet();
    await screen.findByText(`Goal sheet "${GOALS}" matches its plan: 6 reps × 3 metrics.`);
    await previewShown();
    expect(screen.getByTestId("preview")).toBeTruthy();
    // Li Wei's and Wang Fang's revenue rows swap names (7 and 10), as a sort by rep would leave them.
    typeInto(fake, GOALS, "A7", "Wang Fang");
    typeInto(fake, GOALS, "A10", "Li Wei");
    const before = fake.snapshot();
    await click("Create sheets");
    const error = await screen.findByTestId("write-error");
    expect(error.textContent).toContain(
      `Goal sheet "${GOALS}" does not match its saved plan "Q1 team" at rep Li Wei: cell A7 should hold "Li Wei" but holds "Wang Fang".`,
    );
    expect(error.textContent).toContain("Nothing was changed in your workbook.");
    expect(fake.snapshot()).toEqual(before);
  });
});
