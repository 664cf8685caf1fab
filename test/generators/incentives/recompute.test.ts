/**
 * "Changing any plan input cell recomputes everything": each case edits one input cell of the
 * generated Plan sheet (found by its defined name, or in the reps table), recalculates in LibreOffice
 * and compares the whole workbook with the engine run on the correspondingly changed plan. Each
 * change must move some result, so no case passes by having no effect.
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { computePlan } from "../../../src/kpi/plan/engine";
import type { PlanMeasure, PlanModel, PlanRep } from "../../../src/kpi/plan/model";
import { serialFromYmd } from "../../../src/schemas/dates";
import { cellAddress, parseCell, parseRange } from "../../../src/workbook/a1";
import type { CellInput, WorkbookSpec } from "../../../src/workbook/spec";
import { describeWithLibreOffice, recalculate } from "../../oracle/libreoffice";
import { compareWorkbook } from "./compare";
import { richPlan } from "./rich-plan";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A deep copy whose cells can be edited. */
function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** Sets the k-th cell of a defined name's range (or a sheet cell) in a copied spec. */
function setCell(spec: WorkbookSpec, sheet: string, address: string, value: CellInput): void {
  const target = spec.sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  const { row, col } = parseCell(address);
  const rows = target.blocks[0].rows as CellInput[][];
  while (rows.length <= row) rows.push([]);
  const line = rows[row];
  while (line.length <= col) line.push(null);
  line[col] = value;
}

function setName(spec: WorkbookSpec, name: string, value: CellInput, index = 0): void {
  const def = spec.names?.find((n) => n.name === name);
  if (!def) throw new Error(`no name ${name}`);
  const [sheetPart, range] = def.refersTo.replace(/^=/, "").split("!");
  const sheet = sheetPart.replace(/^'|'$/g, "").replace(/''/g, "'");
  const r = parseRange(range);
  setCell(spec, sheet, cellAddress(r.start.row + index, r.start.col), value);
}

const withMeasure = (model: PlanModel, i: number, change: (m: Mutable<PlanMeasure>) => void): PlanModel => {
  const next = clone(model);
  change(next.measures[i] as Mutable<PlanMeasure>);
  return next;
};

const withReps = (model: PlanModel, change: (r: Mutable<PlanRep>) => void): PlanModel => {
  const next = clone(model);
  next.reps.forEach((r) => change(r as Mutable<PlanRep>));
  return next;
};

interface Change {
  readonly title: string;
  readonly edit: (spec: WorkbookSpec, model: PlanModel) => void;
  readonly apply: (model: PlanModel) => PlanModel;
}

const tiersOf = (m: PlanMeasure) =>
  (m.payout.type === "tiers" ? (m.payout as Mutable<typeof m.payout>) : null)!;
const curveOf = (m: PlanMeasure) =>
  (m.payout.type === "curve" ? (m.payout as Mutable<typeof m.payout>) : null)!;

/** 2027-01-20 and 2027-02-05 as serials (days since 1899-12-30). */
const HIRED = serialFromYmd(2027, 1, 20);
const LEFT = serialFromYmd(2027, 2, 5);

const CHANGES: readonly Change[] = [
  {
    title: "tier 2 rate",
    edit: (s) => setName(s, "M1_T2_Rate", 0.08),
    apply: (m) =>
      withMeasure(m, 0, (x) => void ((tiersOf(x).tiers as { from: number; rate: number }[])[1].rate = 0.08)),
  },
  {
    title: "tier 2 threshold",
    edit: (s) => setName(s, "M1_T2_From", 110000),
    apply: (m) =>
      withMeasure(
        m,
        0,
        (x) => void ((tiersOf(x).tiers as { from: number; rate: number }[])[1].from = 110000),
      ),
  },
  {
    title: "tier method marginal -> retro",
    edit: (s) => setName(s, "M1_Method", "retro"),
    apply: (m) => withMeasure(m, 0, (x) => void (tiersOf(x).method = "retro")),
  },
  {
    title: "gate",
    edit: (s) => setName(s, "M1_Gate", 0.95),
    apply: (m) => withMeasure(m, 0, (x) => void (x.gate = { attainment: 0.95, measure: 0 })),
  },
  {
    title: "attainment cap",
    edit: (s) => setName(s, "M1_AttainmentCap", 1.2),
    apply: (m) => withMeasure(m, 0, (x) => void (x.attainmentCap = 1.2)),
  },
  {
    title: "payout cap",
    edit: (s) => setName(s, "M1_PayoutCap", 5000),
    apply: (m) => withMeasure(m, 0, (x) => void (x.payoutCap = 5000)),
  },
  {
    title: "default quota (linked reps follow)",
    edit: (s) => setName(s, "M1_Quota", 80000),
    apply: (m) => {
      const next = withMeasure(m, 0, (x) => void (x.quota = 80000));
      return withReps(next, (r) =>
        r.quotas[0].forEach((_, p) => !r.quotaOverridden[0][p] && ((r.quotas[0] as number[])[p] = 80000)),
      );
    },
  },
  {
    title: "one rep's quota in the reps table",
    edit: (s, model) => {
      const { layout } = generateIncentiveWorkbook(model);
      const address = cellAddress(layout.plan.repRow(2), layout.plan.col.quota(0, 0));
      setCell(s, layout.sheets.plan, address, 90000);
    },
    apply: (m) => {
      const next = clone(m);
      (next.reps[2].quotas[0] as number[])[0] = 90000;
      return next;
    },
  },
  {
    title: "curve point payout",
    edit: (s) => setName(s, "M2_CurvePayout", 4, 2),
    apply: (m) =>
      withMeasure(
        m,
        1,
        (x) => void ((curveOf(x).points as { attainment: number; payout: number }[])[2].payout = 4),
      ),
  },
  {
    title: "curve cap",
    edit: (s) => setName(s, "M2_CurveCap", 1.2),
    apply: (m) => withMeasure(m, 1, (x) => void (curveOf(x).cap = 1.2)),
  },
  {
    title: "curve weight",
    edit: (s) => setName(s, "M2_Weight", 0.5),
    apply: (m) => withMeasure(m, 1, (x) => void (x.weight = 0.5)),
  },
  {
    title: "default OTE (linked reps follow)",
    edit: (s) => setName(s, "Plan_OTE", 300000),
    apply: (m) =>
      withReps(
        { ...clone(m), compensation: { kind: "ote", ote: 300000, baseMix: 0.6 } },
        (r) => !r.overridden.ote && (r.ote = 300000),
      ),
  },
  {
    title: "default base share",
    edit: (s) => setName(s, "Plan_BaseMix", 0.5),
    apply: (m) =>
      withReps(
        { ...clone(m), compensation: { kind: "ote", ote: 240000, baseMix: 0.5 } },
        (r) => !r.overridden.baseMix && (r.baseMix = 0.5),
      ),
  },
  {
    title: "draw amount",
    edit: (s) => setName(s, "Draw_Amount", 9000),
    apply: (m) =>
      withReps(
        { ...clone(m), draw: { amount: 9000, recoverable: true } },
        (r) => !r.overridden.draw && (r.draw = 9000),
      ),
  },
  {
    title: "draw not recoverable",
    edit: (s) => setName(s, "Draw_Recoverable", false),
    apply: (m) => ({ ...clone(m), draw: { amount: 2000, recoverable: false } }),
  },
  {
    title: "SPIFF rate",
    edit: (s) => setName(s, "S1_T1_Rate", 300),
    apply: (m) => {
      const next = clone(m);
      (next.spiffs[0].tiers as { from: number; rate: number }[])[0].rate = 300;
      return next;
    },
  },
  {
    title: "SPIFF method retro -> marginal",
    edit: (s) => setName(s, "S1_Method", "marginal"),
    apply: (m) => {
      const next = clone(m);
      (next.spiffs[0] as { method: string }).method = "marginal";
      return next;
    },
  },
  {
    title: "clawback fraction",
    edit: (s) => setName(s, "Clawback_Fraction", 0.25, 1),
    apply: (m) => {
      const next = clone(m);
      (next.clawbackSchedule as { months: number; fraction: number }[])[1].fraction = 0.25;
      return next;
    },
  },
  {
    title: "pool threshold",
    edit: (s) => setName(s, "Pool_Threshold", 1.35),
    apply: (m) => ({ ...clone(m), teamPool: { ...m.teamPool!, threshold: 1.35 } }),
  },
  {
    title: "pool amount and excess rate",
    edit: (s) => {
      setName(s, "Pool_Amount", 5000);
      setName(s, "Pool_ExcessRate", 0.02);
    },
    apply: (m) => ({ ...clone(m), teamPool: { ...m.teamPool!, amount: 5000, excessRate: 0.02 } }),
  },
  {
    title: "pool split rule",
    edit: (s) => setName(s, "Pool_Split", "equal"),
    apply: (m) => ({ ...clone(m), teamPool: { ...m.teamPool!, split: "equal" } }),
  },
  {
    title: "best salesperson minimum",
    edit: (s) => setName(s, "BestRep_MinAttainment", 1.45),
    apply: (m) => ({ ...clone(m), bestRep: { ...m.bestRep!, minAttainment: 1.45 } }),
  },
  {
    title: "best salesperson bonus",
    edit: (s) => setName(s, "BestRep_Bonus", 1500),
    apply: (m) => ({ ...clone(m), bestRep: { ...m.bestRep!, bonus: 1500 } }),
  },
  {
    title: "a rep's hire date in the reps table (mid-January)",
    edit: (s, model) => {
      const { layout } = generateIncentiveWorkbook(model);
      setCell(s, layout.sheets.plan, cellAddress(layout.plan.repRow(1), layout.plan.col.hireDate), HIRED);
    },
    apply: (m) => withReps(m, (r) => r.name === m.reps[1].name && (r.hireDate = HIRED)),
  },
  {
    title: "a rep's leave date in the reps table (early February)",
    edit: (s, model) => {
      const { layout } = generateIncentiveWorkbook(model);
      setCell(s, layout.sheets.plan, cellAddress(layout.plan.repRow(0), layout.plan.col.leaveDate), LEFT);
    },
    apply: (m) => withReps(m, (r) => r.name === m.reps[0].name && (r.leaveDate = LEFT)),
  },
  {
    title: "ramp draw months (reps without a hire date get no draw)",
    edit: (s) => setName(s, "Draw_RampMonths", 1),
    apply: (m) => ({ ...clone(m), drawRampMonths: 1 }),
  },
  {
    title: "best team bonus",
    edit: (s) => setName(s, "BestTeam_BonusPerMember", 400),
    apply: (m) => ({ ...clone(m), bestTeam: { ...m.bestTeam!, bonusPerMember: 400 } }),
  },
];

describeWithLibreOffice("changing a plan input cell recomputes the incentive workbook", () => {
  it(`${CHANGES.length} single-cell edits each move the results, and the sheets follow the engine`, async () => {
    const base = richPlan();
    const baseResult = JSON.stringify(computePlan(base));
    const { spec, layout } = generateIncentiveWorkbook(base);
    const files = await Promise.all(
      CHANGES.map(async (change, i) => {
        const edited = clone(spec);
        change.edit(edited, base);
        return { name: `change-${i}`, data: await writeXlsx(edited) };
      }),
    );
    const books = await recalculate(files);
    const problems: string[] = [];
    CHANGES.forEach((change, i) => {
      const model = change.apply(base);
      const result = computePlan(model);
      if (JSON.stringify(result) === baseResult) problems.push(`${change.title}: the change moves nothing`);
      const out = compareWorkbook(change.title, model, result, layout, books.get(`change-${i}`)!);
      problems.push(...out.mismatches);
    });
    expect(problems).toEqual([]);
  }, 300_000);
});
