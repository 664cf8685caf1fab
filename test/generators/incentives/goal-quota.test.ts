/**
 * Quotas taken from the goal sheet of the same workbook (quotaFrom: goal): the Plan sheet's quota
 * cells are formulas on the goal sheet's monthly targets (summed per quarterly pay period), a plan
 * override still wins, months the goal period does not cover keep the default; LibreOffice
 * recalculates goal and incentive sheets together and every quota, attainment and payable must equal
 * the engine run on quotas taken from the goal plan's targets. Also: quotaFrom: roster.
 */
import { generateGoalWorkbook, goalLayout } from "../../../src/generators/goals";
import { buildPlanModel, generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { computePlan } from "../../../src/kpi/plan/engine";
import type { PlanModel } from "../../../src/kpi/plan/model";
import { GoalPlan, validateGoalInput } from "../../../src/schemas/goals";
import { parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import type { Rep } from "../../../src/schemas/roster";
import { isFormula } from "../../../src/workbook/spec";
import type { CellInput, WorkbookSpec } from "../../../src/workbook/spec";
import { describeWithLibreOffice, expectClose, recalculate } from "../../oracle/libreoffice";
import { compareWorkbook } from "./compare";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const roster: Rep[] = [
  { name: "Ann Lee", role: "AE", team: "East", manager: "Zhou Min", hireDate: null },
  { name: "Bo Chen", role: "AE", team: "East", manager: "Zhou Min", hireDate: null, quota: 12000 },
  // Hired mid-February: the goal sheet ramps and prorates her targets.
  { name: "Cai Na", role: "AE", team: "West", manager: "Emily Carter", hireDate: 46433 },
  { name: "Dee O'Neil", role: "AE", team: "West", manager: "Emily Carter", hireDate: null },
];

function goalPlan(): GoalPlan {
  const result = validateGoalInput(roster, {
    period: "2027-H1",
    locale: "en-US",
    metrics: [
      { id: "revenue", weight: 0.5, target: 60000 },
      {
        id: "winRate",
        name: { en: "Win rate", zh: "赢单率" },
        unit: "percent",
        aggregation: "average",
        weight: 0.5,
        target: 0.5,
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const planInput = (revenueFrom: "goal" | "roster") => ({
  name: "Goal-linked plan",
  currency: "CNY",
  period: { start: "2027-01", months: 9 },
  payFrequency: "quarterly",
  basis: "bookings",
  compensation: { targetIncentive: 40000 },
  measures: [
    {
      id: "revenue",
      name: "Revenue",
      quota: 99999,
      quotaFrom: revenueFrom,
      payout: {
        type: "tiers",
        on: "attainment",
        method: "marginal",
        tiers: [
          { from: 0, rate: 0.05 },
          { from: 1, rate: 0.08 },
        ],
      },
    },
    {
      id: "wins",
      name: "Win rate",
      quota: 0.4,
      quotaFrom: "goal",
      goalMetric: "winRate",
      weight: 1,
      payout: {
        type: "curve",
        points: [
          { attainment: 0.5, payout: 0.5 },
          { attainment: 1, payout: 1 },
          { attainment: 1.5, payout: 2 },
        ],
        cap: 2,
      },
    },
  ],
  reps: [{ name: "Dee O'Neil", quotas: { revenue: 25000 } }],
  actuals: [
    { rep: "Ann Lee", measure: "revenue", values: [27000, 36000, 90000] },
    { rep: "Bo Chen", measure: "revenue", values: [31000, 18000, 50000] },
    { rep: "Cai Na", measure: "revenue", values: [9000, 26000, 70000] },
    { rep: "Dee O'Neil", measure: "revenue", values: [30000, 20000, 10000] },
    { rep: "Ann Lee", measure: "wins", values: [0.45, 0.6, 0.3] },
    { rep: "Bo Chen", measure: "wins", values: [0.2, 0.5, 0.5] },
    { rep: "Cai Na", measure: "wins", values: [0.55, 0.7, 0.4] },
    { rep: "Dee O'Neil", measure: "wins", values: [0.5, 0.25, 0.6] },
  ],
});

function build(revenueFrom: "goal" | "roster" = "goal") {
  const goals = goalPlan();
  const layout = goalLayout(goals, "en-US");
  const plan = parseIncentivePlan(planInput(revenueFrom));
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  const model = buildPlanModel(plan.value, roster, {}, { goals: { plan: goals, layout } });
  if (!model.ok) throw new Error(JSON.stringify(model.issues));
  const incentives = generateIncentiveWorkbook(model.value, { locale: "en-US" });
  const goalSpec = generateGoalWorkbook(goals, { locale: "en-US" });
  const spec: WorkbookSpec = {
    sheets: [...goalSpec.sheets, ...incentives.spec.sheets],
    names: [...(goalSpec.names ?? []), ...(incentives.spec.names ?? [])],
  };
  return { goals, layout, model: model.value, incentives, spec };
}

/** The cell of a spec sheet at (row, column) 0-based, walking its blocks. */
function specCell(spec: WorkbookSpec, sheet: string, row: number, col: number): CellInput | undefined {
  const s = spec.sheets.find((x) => x.name === sheet)!;
  for (const b of s.blocks) {
    const m = /^([A-Z]+)(\d+)$/.exec(b.start)!;
    const r = row - (Number(m[2]) - 1);
    if (m[1] === "A" && r >= 0 && r < b.rows.length) return b.rows[r][col];
  }
  return undefined;
}

describe("quotas from the goal sheet (model and spec)", () => {
  const { model, incentives, spec, layout } = build();
  const quotaCell = (r: number, m: number, p: number) =>
    specCell(
      spec,
      incentives.layout.sheets.plan,
      incentives.layout.plan.repRow(r),
      incentives.layout.plan.col.quota(m, p),
    );
  const goalsSheet = `'${layout.names.goals}'`;

  it("takes each quarter's quota as the sum of the goal's monthly targets, by hand", () => {
    // Ann: 60,000 for the half, even split: 10,000 a month, 30,000 a quarter; Q3 is outside the goal
    // period, so the plan default 99,999. Win rate is an average metric: its level 0.5 each quarter.
    expect(model.reps[0].quotas[0][0]).toBeCloseTo(30000, 9);
    expect(model.reps[0].quotas[0][1]).toBeCloseTo(30000, 9);
    expect(model.reps[0].quotas[0][2]).toBe(99999);
    expect(model.reps[0].quotas[1]).toEqual([0.5, 0.5, 0.4]);
    // Cai starts mid-February: January carries nothing, so her Q1 quota is below 20,000.
    expect(model.reps[2].quotas[0][0]).toBeGreaterThan(0);
    expect(model.reps[2].quotas[0][0]).toBeLessThan(20000);
    // Dee's plan override wins over the goal sheet.
    expect(model.reps[3].quotas[0]).toEqual([25000, 25000, 25000]);
  });

  it("writes the quota cells as formulas pointing at the goal sheet, overrides as values", () => {
    const q1 = quotaCell(0, 0, 0);
    // Goal rows start at 7, monthly targets at column I: January to March are I7:K7.
    expect(isFormula(q1!) && q1.formula).toBe(`=SUM(${goalsSheet}!$I$7:$K$7)`);
    const wins = quotaCell(0, 1, 1);
    // Average metric: the level of the quarter's first month (April, month 4 of the half).
    expect(isFormula(wins!) && wins.formula).toBe(`=${goalsSheet}!$L$8`);
    expect(quotaCell(0, 0, 2)).toEqual({ formula: "=M1_Quota" });
    expect(quotaCell(3, 0, 0)).toBe(25000);
  });

  it("explains where quotas come from and which wins, in both languages", () => {
    const texts = JSON.stringify(spec.sheets.find((s) => s.name === incentives.layout.sheets.plan));
    expect(texts).toContain("Precedence: a quota set for the rep in the plan (reps[].quotas) first");
    expect(texts).toContain("优先级：方案中为该销售单独设定的指标");
  });

  it("reports a goal metric the goal sheet does not have", () => {
    const goals = goalPlan();
    const input = planInput("goal");
    input.measures[1].goalMetric = "visits";
    const plan = parseIncentivePlan(input);
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
    const model = buildPlanModel(
      plan.value,
      roster,
      {},
      { goals: { plan: goals, layout: goalLayout(goals, "en-US") } },
    );
    expect(model.ok).toBe(false);
    if (!model.ok) expect(model.issues[0]).toMatchObject({ field: "measures[1].goalMetric" });
  });

  it("keeps the plan's quotas when no goal sheet is given", () => {
    const plan = parseIncentivePlan(planInput("goal"));
    if (!plan.ok) throw new Error("plan");
    const model = buildPlanModel(plan.value, roster);
    if (!model.ok) throw new Error("model");
    expect(model.value.reps[0].quotas).toEqual([
      [99999, 99999, 99999],
      [0.4, 0.4, 0.4],
    ]);
    expect(model.value.reps[0].quotaLinks).toBeUndefined();
    expect(model.value.quotaSources).toBeUndefined();
  });
});

describe("quotas from the roster", () => {
  it("uses the roster's quota column where given, the default elsewhere, overrides first", () => {
    const { model, incentives, spec } = build("roster");
    const revenue = (r: number) => model.reps[r].quotas[0];
    expect(revenue(0)).toEqual([99999, 99999, 99999]); // no quota in the roster
    expect(revenue(1)).toEqual([12000, 12000, 12000]); // the roster's 12,000
    expect(revenue(3)).toEqual([25000, 25000, 25000]); // the plan override
    const cell = specCell(
      spec,
      incentives.layout.sheets.plan,
      incentives.layout.plan.repRow(1),
      incentives.layout.plan.col.quota(0, 0),
    );
    expect(cell).toBe(12000);
  });
});

describeWithLibreOffice("quotas from the goal sheet, recalculated by LibreOffice", () => {
  it("computes quota, attainment and payable as the engine does from the goal plan's targets", async () => {
    const { model, incentives, spec } = build();
    const wb = (await recalculate([{ name: "linked", data: await writeXlsx(spec) }])).get("linked")!;
    const L = incentives.layout;
    let quotas = 0;
    model.reps.forEach((rep, r) =>
      model.measures.forEach((_, m) =>
        model.periods.forEach((__, p) => {
          const planCell = at(L.plan.repRow(r), L.plan.col.quota(m, p));
          expectClose(wb.get(L.sheets.plan, planCell), rep.quotas[m][p]);
          const calcCell = at(L.calc.row(r, p), L.calc.col.measures[m].quota);
          expectClose(wb.get(L.sheets.calculation, calcCell), rep.quotas[m][p]);
          quotas += 2;
        }),
      ),
    );
    expect(quotas).toBe(4 * 2 * 3 * 2);
    // Ann's Q1 revenue quota by hand: 30,000 (see above), on the recalculated sheet.
    expectClose(wb.get(L.sheets.plan, at(L.plan.repRow(0), L.plan.col.quota(0, 0))), 30000);
    const result = computePlan(model as PlanModel);
    const { mismatches, cells } = compareWorkbook("goal-linked", model, result, L, wb);
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(100);
  }, 240_000);
});
