/**
 * The pane's Dashboard action as data: what is missing is named in both languages (no goal sheet,
 * no CRM KPI sheet); with both there, the weekly dashboard over the recorded goal sheet, added, or
 * replacing the one added before.
 */
import { goalLayout } from "../../src/generators/goals";
import { validateGoalInput } from "../../src/schemas/goals";
import { parseRosterCsv } from "../../src/schemas/roster";
import { dashboardPlan } from "../../src/taskpane/forms/dashboard/dashboard-plan";
import type { GoalSheetChoice } from "../../src/taskpane/forms/crm/goal-link";
import { isFormula } from "../../src/workbook/spec";
import { ROSTER_CSV } from "./support";
import { excelWorkbookAccess } from "../../src/taskpane/office/workbook-access";
import { FakeExcel } from "../support/fake-excel";

const roster = parseRosterCsv(ROSTER_CSV);
if (!roster.ok) throw new Error("roster");
const validated = validateGoalInput(roster.value, {
  period: "2027-Q1",
  asOf: "2027-03-31",
  metrics: [
    { id: "revenue", weight: 0.6, target: 900000 },
    { id: "newCustomers", weight: 0.4, target: 15 },
  ],
});
if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
const plan = validated.value;
const names = goalLayout(plan, plan.locale).names;
const choice: GoalSheetChoice = { planName: names.goals, sheet: names.goals, plan };
const GOAL_SHEETS = [names.goals, names.scorecard, names.teams, names.settings];

describe("the pane's dashboard plan", () => {
  it("names both missing sheets, in English and Chinese", () => {
    const result = dashboardPlan([], "", ["Sheet1"], "en-US");
    if (result.ok) throw new Error("expected issues");
    expect(result.issues.map((i) => i.en)).toEqual([
      expect.stringContaining("no goal sheet made by Sales Kit"),
      expect.stringContaining("no CRM KPI sheet"),
    ]);
    expect(result.issues.map((i) => i.zh)).toEqual([
      expect.stringContaining("没有用销售工具包生成的目标表"),
      expect.stringContaining("没有 CRM 指标表"),
    ]);
  });

  it("a goal sheet without the CRM KPI sheet: only that is missing", () => {
    const result = dashboardPlan([choice], "", ["Sheet1", ...GOAL_SHEETS], "en-US");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.en)).toEqual([expect.stringContaining("no CRM KPI sheet")]);
  });

  it("the KPI sheet in either language counts (Excel ignores case)", () => {
    expect(dashboardPlan([choice], "", [...GOAL_SHEETS, "crm kpis"], "en-US").ok).toBe(true);
    expect(dashboardPlan([choice], "", [...GOAL_SHEETS, "CRM指标"], "en-US").ok).toBe(true);
  });

  it("adds the dashboard, every figure a formula over the goal sheets", () => {
    const result = dashboardPlan([choice], "", ["Sheet1", ...GOAL_SHEETS, "CRM KPIs", "Follow-ups"], "en-US");
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.replaces).toBeNull();
    expect(result.goalSheet).toBe(names.goals);
    expect(result.spec.sheets.map((s) => s.name)).toEqual(["Weekly dashboard"]);
    const formulas = result.spec.sheets[0].blocks.flatMap((b) =>
      "rows" in b ? b.rows.flat().filter((c) => c !== null && c !== undefined && isFormula(c)) : [],
    );
    expect(formulas.length).toBeGreaterThan(0);
    expect(JSON.stringify(formulas)).toContain(names.goals);
  });

  it("a second run refreshes: the dashboard already there is the one to replace", () => {
    const result = dashboardPlan([choice], "", [...GOAL_SHEETS, "CRM KPIs", "weekly dashboard"], "en-US");
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.replaces).toBe("weekly dashboard");
  });
});

describe("refreshing in the workbook (fake Excel)", () => {
  it("the fresh dashboard takes the old one's name and place; the user's sheets stay", async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: "Sheet1", cells: { A1: "mine" } },
        { name: "Weekly dashboard", cells: { A1: "last week" } },
        { name: "Weekly dashboard (2)", cells: { A1: "this week" } },
      ],
    });
    const access = excelWorkbookAccess((batch) =>
      fake.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    );
    await access.replaceSheet("Weekly dashboard", "Weekly dashboard (2)");
    const snap = fake.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Sheet1", "Weekly dashboard"]);
    expect(snap.sheets[1].cells.A1.content).toEqual({ value: "this week" });
    expect(snap.sheets[0].cells.A1.content).toEqual({ value: "mine" });
    expect(snap.activeSheet).toBe("Weekly dashboard");
  });
});
