/**
 * Linking a CRM import to a goal sheet already in the workbook: the sheet read back is checked
 * against the plan's layout (a moved row, a missing rep, a missing sheet are named by their first
 * cell), and only the empty monthly actual cells get formulas pointing at the KPI sheet's final name.
 * Every address and formula below is worked out by hand from the goal sheet's layout: header row 5,
 * rep i's metric k on row 7 + 3i + k (three metrics), columns A rep, D metric, H target, I:K monthly
 * targets, L:N monthly actuals, O actual, P attainment, Q gap (three months).
 */
import {
  KpiLayout,
  actualsOutcome,
  goalActualsFill,
  goalKpiPeriods,
  goalSheetBlock,
  matchGoalSheet,
} from "../../../src/generators/crm";
import { generateGoalWorkbook } from "../../../src/generators/goals";
import { GoalPlan, validateGoalInput } from "../../../src/schemas/goals";
import type { Rep } from "../../../src/schemas/roster";
import { parseCell } from "../../../src/workbook/a1";
import { sheetGrid } from "../../../src/workbook/blocks";
import { isFormula, isText } from "../../../src/workbook/spec";

const ROSTER: Rep[] = [
  { name: "Ann Lee", role: "AE", team: "East", manager: "Zhou Min", hireDate: null },
  { name: "王芳", role: "AE", team: "East", manager: "Zhou Min", hireDate: null },
  { name: "O'Brien", role: "AE", team: "West", manager: "Emily Carter", hireDate: null },
];

function plan(locale: "en-US" | "zh-CN" = "en-US", period = "2027-Q1"): GoalPlan {
  const result = validateGoalInput(ROSTER, {
    locale,
    period,
    metrics: [
      { id: "revenue", weight: 0.5, target: 900000 },
      { id: "newCustomers", weight: 0.3, target: 15 },
      { id: "conversionRate", weight: 0.2, target: 0.15 },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

type Grid = (string | number | boolean | null)[][];

/** A block of a generated sheet as a workbook's formulas read it: formulas, values, "" when empty. */
function readBack(p: GoalPlan, sheetName: string, address: string): Grid {
  const cells = sheetGrid(generateGoalWorkbook(p).sheets.find((s) => s.name === sheetName)!);
  const [from, to] = address.split(":").map(parseCell);
  const grid: Grid = [];
  for (let r = from.row; r <= to.row; r++) {
    const row: Grid[number] = [];
    for (let c = from.col; c <= to.col; c++) {
      const input = cells[r]?.[c];
      if (input === undefined || input === null) row.push("");
      else if (isFormula(input)) row.push(`=${input.formula.replace(/^=/, "")}`);
      else if (isText(input)) row.push(input.text);
      else row.push(input);
    }
    grid.push(row);
  }
  return grid;
}

describe("goal sheet check", () => {
  const p = plan();

  it("reads the header row to the last rep row, rep column to gap column", () => {
    // 3 reps x 3 metrics: rows 7..15.
    expect(goalSheetBlock(p)).toEqual({ sheet: "Goals 2027-Q1", address: "A5:Q15" });
  });

  it("accepts the sheet the goal generator wrote for the plan", () => {
    expect(matchGoalSheet(p, readBack(p, "Goals 2027-Q1", "A5:Q15"))).toEqual({ kind: "ok" });
  });

  it("accepts the Chinese sheet of a Chinese plan", () => {
    const zh = plan("zh-CN");
    expect(goalSheetBlock(zh)).toEqual({ sheet: "目标 2027-Q1", address: "A5:Q15" });
    expect(matchGoalSheet(zh, readBack(zh, "目标 2027-Q1", "A5:Q15"))).toEqual({ kind: "ok" });
  });

  it("names the first cell of a moved row and its rep", () => {
    const grid = readBack(p, "Goals 2027-Q1", "A5:Q15");
    // Sheet rows 7 (Ann Lee, revenue) and 10 (王芳, revenue) swapped: grid rows 2 and 5.
    [grid[2], grid[5]] = [grid[5], grid[2]];
    expect(matchGoalSheet(p, grid)).toEqual({
      kind: "mismatch",
      sheet: "Goals 2027-Q1",
      cell: "A7",
      expected: "Ann Lee",
      found: "王芳",
      rep: "Ann Lee",
    });
  });

  it("names the rep that is not there", () => {
    const grid = readBack(p, "Goals 2027-Q1", "A5:Q15");
    // 王芳's rows 10..12 deleted: O'Brien moves up to row 10.
    grid.splice(5, 3);
    expect(matchGoalSheet(p, grid)).toEqual({
      kind: "mismatch",
      sheet: "Goals 2027-Q1",
      cell: "A10",
      expected: "王芳",
      found: "O'Brien",
      rep: "王芳",
    });
  });

  it("names a metric label that changed", () => {
    const grid = readBack(p, "Goals 2027-Q1", "A5:Q15");
    // Row 14: O'Brien's second metric; column D is the fourth of the block.
    grid[9][3] = "Deals won";
    expect(matchGoalSheet(p, grid)).toEqual({
      kind: "mismatch",
      sheet: "Goals 2027-Q1",
      cell: "D14",
      expected: "New customers",
      found: "Deals won",
      rep: "O'Brien",
    });
  });

  it("names the first monthly actual column that holds another month", () => {
    // A Q2 plan against the Q1 sheet: L5, the first monthly actual, says Jan 2027, not Apr 2027.
    const q2 = plan("en-US", "2027-Q2");
    expect(matchGoalSheet(q2, readBack(p, "Goals 2027-Q1", "A5:Q15"))).toEqual({
      kind: "mismatch",
      sheet: "Goals 2027-Q2",
      cell: "L5",
      expected: "Apr 2027",
      found: "Jan 2027",
    });
  });

  it("says when the sheet is not there", () => {
    expect(matchGoalSheet(p, null)).toEqual({ kind: "missing", sheet: "Goals 2027-Q1" });
  });

  it("reads and names a goal sheet renamed for a clash by its name in the workbook", () => {
    const renamed = "Goals 2027-Q1 (2)";
    expect(goalSheetBlock(p, renamed)).toEqual({ sheet: renamed, address: "A5:Q15" });
    expect(matchGoalSheet(p, readBack(p, "Goals 2027-Q1", "A5:Q15"), renamed)).toEqual({ kind: "ok" });
    expect(matchGoalSheet(p, null, renamed)).toEqual({ kind: "missing", sheet: renamed });
    const grid = readBack(p, "Goals 2027-Q1", "A5:Q15").map((r) => [...r]);
    grid[2][0] = "Someone else";
    expect(matchGoalSheet(p, grid, renamed)).toMatchObject({ kind: "mismatch", sheet: renamed, cell: "A7" });
  });
});

describe("goal sheet actuals from the KPI sheet", () => {
  const p = plan();
  // A KPI sheet renamed by the host; won revenue in column F, new customers in H, no conversion rate.
  const kpi: KpiLayout = {
    sheet: "CRM KPIs (2)",
    headerRow: 4,
    columns: { wonRevenue: 5, newCustomers: 7 },
    rows: [
      { period: "2027-Q1", kind: "rep", name: "Ann Lee", row: 5 },
      { period: "2027-01", kind: "rep", name: "Ann Lee", row: 9 },
      { period: "2027-01", kind: "rep", name: "王芳", row: 10 },
      { period: "2027-01", kind: "team", name: "East", row: 12 },
      { period: "2027-02", kind: "rep", name: "Ann Lee", row: 14 },
    ],
  };

  it("points each month's actual at the rep's row of that month on the KPI sheet's final name", () => {
    const fill = goalActualsFill(p, kpi);
    expect(fill.sheet).toBe("Goals 2027-Q1");
    expect(fill.address).toBe("L7:N15");
    expect(fill.links.map((l) => [l.cell, l.rep, l.metricId, l.month, l.formula])).toEqual([
      ["L7", "Ann Lee", "revenue", "2027-01", "='CRM KPIs (2)'!$F$9"],
      ["M7", "Ann Lee", "revenue", "2027-02", "='CRM KPIs (2)'!$F$14"],
      ["L8", "Ann Lee", "newCustomers", "2027-01", "='CRM KPIs (2)'!$H$9"],
      ["M8", "Ann Lee", "newCustomers", "2027-02", "='CRM KPIs (2)'!$H$14"],
      ["L10", "王芳", "revenue", "2027-01", "='CRM KPIs (2)'!$F$10"],
      ["L11", "王芳", "newCustomers", "2027-01", "='CRM KPIs (2)'!$H$10"],
    ]);
    // Nine rows of three months; null where the KPI sheet has no figure (conversion rate, March, O'Brien).
    expect(fill.formulas).toEqual([
      ["='CRM KPIs (2)'!$F$9", "='CRM KPIs (2)'!$F$14", null],
      ["='CRM KPIs (2)'!$H$9", "='CRM KPIs (2)'!$H$14", null],
      [null, null, null],
      ["='CRM KPIs (2)'!$F$10", null, null],
      ["='CRM KPIs (2)'!$H$10", null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it("fills the actuals of a goal sheet renamed for a clash on that sheet", () => {
    const fill = goalActualsFill(p, kpi, "Goals 2027-Q1 (2)");
    expect([fill.sheet, fill.address, fill.links[0].cell]).toEqual(["Goals 2027-Q1 (2)", "L7:N15", "L7"]);
  });

  it("fills only the empty cells: a typed number and a formula are kept", () => {
    const fill = goalActualsFill(p, kpi);
    const before: Grid = Array.from({ length: 9 }, () => ["", "", ""]);
    before[0][1] = 120000; // M7: Ann Lee's February revenue, typed in
    before[3][0] = "=Other!B2"; // L10: 王芳's January revenue, a formula of the user's
    before[2][0] = 0.2; // L9: conversion rate, not linked at all
    const outcome = actualsOutcome(fill, before);
    expect(outcome.filled.map((l) => l.cell)).toEqual(["L7", "L8", "M8", "L11"]);
    expect(outcome.kept.map((l) => [l.cell, l.rep, l.month])).toEqual([
      ["M7", "Ann Lee", "2027-02"],
      ["L10", "王芳", "2027-01"],
    ]);
  });

  it("gives the goal period and its months as the KPI periods", () => {
    // 2027-01-01 is serial 46388; January has 31 days, Q1 90.
    expect(goalKpiPeriods(p)).toEqual([
      { label: "2027-Q1", start: 46388, end: 46477 },
      { label: "2027-01", start: 46388, end: 46418 },
      { label: "2027-02", start: 46419, end: 46446 },
      { label: "2027-03", start: 46447, end: 46477 },
    ]);
  });
});
