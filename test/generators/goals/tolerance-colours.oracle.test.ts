/**
 * The colour rules of pace and score, evaluated by LibreOffice. The oracle returns cell values, not
 * colours, so each rule's formula (taken from the generated spec, not retyped) is copied into probe
 * cells beside the rows it colours, on the same sheet: written for the rule's top-left row and moved
 * down row by row as Excel moves a rule's relative references, it is TRUE exactly where the rule
 * colours the cell. The tolerance input on the settings sheet is then edited, as a manager would,
 * and the colours must follow it (the status words already did).
 */
import { generateGoalWorkbook, goalLayout } from "../../../src/generators/goals";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { GoalPlan, validateGoalInput } from "../../../src/schemas/goals";
import { parseRosterCsv } from "../../../src/schemas/roster";
import { columnLetter } from "../../../src/workbook/a1";
import type { SheetSpec, WorkbookSpec } from "../../../src/workbook/spec";
import { validateWorkbookSpec } from "../../../src/workbook/validate";
import {
  RecalculatedWorkbook,
  describeWithLibreOffice,
  expectClose,
  recalculate,
} from "../../oracle/libreoffice";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const REPS = ["Ann", "Bo", "Cy", "Dee", "Eve"];
const FILLS = { green: "#C6EFCE", amber: "#FFEB9C", red: "#FFC7CE" } as const;
type Colour = keyof typeof FILLS | null;

/**
 * One month, as of its last day, one revenue metric of weight 1, no ramp. Every working day has
 * passed, so each rep's expected-to-date is the whole target, and with targets of 100,000:
 *   pace = 1 + (actual - 100000) / 100000 = actual / 100000
 *   Ann 92,000 -> 0.92   Bo 85,000 -> 0.85   Cy 100,000 -> 1.00   Dee 79,000 -> 0.79
 * Eve's target is 0: nothing is expected, pace is "" (text) and must stay uncoloured.
 * Score = weight 1 x attainment (actual / period target) = the same figures; Eve's is 0.
 */
function plan(period: string, asOf: string): GoalPlan {
  const roster = parseRosterCsv(`name,team,manager\n${REPS.map((r) => `${r},East,Kim`).join("\n")}\n`);
  if (!roster.ok) throw new Error(JSON.stringify(roster.issues));
  const actual = { Ann: 92000, Bo: 85000, Cy: 100000, Dee: 79000, Eve: 5000 };
  const result = validateGoalInput(roster.value, {
    period,
    asOf,
    tolerance: 0.1,
    metrics: [{ id: "revenue", weight: 1 }],
    targets: Object.fromEntries(REPS.map((r) => [r, { revenue: r === "Eve" ? 0 : 100000 }])),
    actuals: Object.fromEntries(Object.entries(actual).map(([r, v]) => [r, { revenue: [v] }])),
    ramp: [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const PACE = [0.92, 0.85, 1, 0.79, null];
const SCORE = [0.92, 0.85, 1, 0.79, 0];

/**
 * Worked by hand from the rules "green at >= 1, amber above 1 - tolerance, red at or below it":
 * tolerance 0.1 (floor 0.9): 0.92 amber, 0.85 red, 1 green, 0.79 red;
 * tolerance 0.2 (floor 0.8): 0.92 amber, 0.85 amber, 1 green, 0.79 red. Score 0 is red either way.
 */
const PACE_COLOURS: Record<string, Colour[]> = {
  "0.1": ["amber", "red", "green", "red", null],
  "0.2": ["amber", "amber", "green", "red", null],
};
const SCORE_COLOURS: Record<string, Colour[]> = {
  "0.1": ["amber", "red", "green", "red", "red"],
  "0.2": ["amber", "amber", "green", "red", "red"],
};
/** The status words the sheet writes: behind by at least tolerance x expected is OFF TRACK. */
const STATUS: Record<string, string[]> = {
  "0.1": ["AT RISK", "OFF TRACK", "ON TRACK", "OFF TRACK", "NOT STARTED"],
  "0.2": ["AT RISK", "AT RISK", "ON TRACK", "OFF TRACK", "NOT STARTED"],
};

interface Probe {
  readonly sheet: string;
  /** First and last row of the coloured range. */
  readonly rows: readonly [number, number];
  /** Probe column for each colour. */
  readonly cols: Record<keyof typeof FILLS, string>;
}

/**
 * Copies the rules on `column` (rows first..last) into probe cells from column `at` on: one column
 * per colour. Each rule is written for row `first` with a column-absolute, row-relative reference
 * ($S7); in row r it reads $S<r>, as Excel applies it there.
 */
function addProbes(
  sheet: SheetSpec,
  column: string,
  first: number,
  last: number,
  at: number,
): { sheet: SheetSpec; probe: Probe } {
  const range = `${column}${first}:${column}${last}`;
  const rules = (sheet.conditionalFormats ?? []).filter((cf) => cf.range === range);
  const colours = Object.keys(FILLS) as (keyof typeof FILLS)[];
  const formulas = colours.map((colour) => {
    const rule = rules.find((cf) => cf.type === "expression" && cf.style.fill === FILLS[colour]);
    if (!rule || rule.type !== "expression") throw new Error(`no ${colour} rule on ${range}`);
    // Nothing but the coloured cell may be a relative reference, or moving it by hand below is wrong.
    const refs = rule.formula.match(/\$?[A-Z]{1,3}\$?\d+/g) ?? [];
    if (refs.some((ref) => ref !== `$${column}${first}`))
      throw new Error(`unexpected reference in ${rule.formula}`);
    return rule.formula;
  });
  const rows = [];
  for (let r = first; r <= last; r++)
    rows.push(formulas.map((f) => ({ formula: f.split(`$${column}${first}`).join(`$${column}${r}`) })));
  const cols = Object.fromEntries(colours.map((c, k) => [c, columnLetter(at + k)])) as Probe["cols"];
  return {
    sheet: { ...sheet, blocks: [...sheet.blocks, { start: `${columnLetter(at)}${first}`, rows }] },
    probe: { sheet: sheet.name, rows: [first, last], cols },
  };
}

/** The goal workbook of `p` with probes on pace and score, and its tolerance input set to `tolerance`. */
function probed(p: GoalPlan, tolerance: number): { spec: WorkbookSpec; pace: Probe; score: Probe } {
  const layout = goalLayout(p, p.locale);
  const N = layout.names;
  const g = layout.goals;
  const sc = layout.scorecard;
  let pace: Probe | undefined;
  let score: Probe | undefined;
  const sheets = generateGoalWorkbook(p).sheets.map((s) => {
    if (s.name === N.goals) {
      const out = addProbes(s, columnLetter(g.cols.pace), g.firstRow, g.lastRow, g.cols.count + 1);
      pace = out.probe;
      return out.sheet;
    }
    if (s.name === N.scorecard) {
      const last = sc.firstRow + p.reps.length - 1;
      const out = addProbes(s, columnLetter(sc.scoreCol), sc.firstRow, last, sc.rankCol + 2);
      score = out.probe;
      return out.sheet;
    }
    // The manager's edit: a later block over the tolerance input (B8) replaces the plan's 0.1.
    if (s.name === N.settings && tolerance !== p.tolerance)
      return {
        ...s,
        blocks: [...s.blocks, { start: `B${layout.settings.toleranceRow}`, rows: [[tolerance]] }],
      };
    return s;
  });
  return { spec: { sheets }, pace: pace!, score: score! };
}

function colourOf(wb: RecalculatedWorkbook, probe: Probe, row: number): Colour {
  const on = (Object.keys(FILLS) as (keyof typeof FILLS)[]).filter((c) => {
    const v = wb.get(probe.sheet, `${probe.cols[c]}${row}`);
    if (typeof v !== "boolean")
      throw new Error(`${probe.sheet}!${probe.cols[c]}${row}: ${JSON.stringify(v)}`);
    return v;
  });
  if (on.length > 1) throw new Error(`${probe.sheet} row ${row}: ${on.join(" and ")} at once`);
  return on[0] ?? null;
}

describeWithLibreOffice("goal sheet colours follow the tolerance input (LibreOffice)", () => {
  const march = plan("2027-03", "2027-03-31");
  const april = plan("2027-04", "2027-04-30");
  const cases = {
    "tolerance 0.1": probed(march, 0.1),
    "tolerance edited to 0.2": probed(march, 0.2),
  };
  // Two periods in one workbook, each with its own GoalTolerance: March keeps 0.1, April is edited.
  const m = probed(march, 0.1);
  const a = probed(april, 0.2);
  const twoPeriods = { spec: { sheets: [...m.spec.sheets, ...a.spec.sheets] }, march: m, april: a };
  let results: Map<string, RecalculatedWorkbook>;

  beforeAll(async () => {
    const files = [
      ...Object.entries(cases).map(([name, c]) => ({ name, spec: c.spec })),
      { name: "two periods", spec: twoPeriods.spec },
    ];
    for (const f of files) expect(validateWorkbookSpec(f.spec)).toEqual([]);
    results = await recalculate(
      await Promise.all(files.map(async (f) => ({ name: f.name, data: await writeXlsx(f.spec) }))),
    );
  }, 180_000);

  function check(
    wb: RecalculatedWorkbook,
    c: { pace: Probe; score: Probe },
    p: GoalPlan,
    tolerance: "0.1" | "0.2",
  ): void {
    const layout = goalLayout(p, p.locale);
    const g = layout.goals;
    const paces = REPS.map((_, i) => wb.get(c.pace.sheet, `${columnLetter(g.cols.pace)}${g.row(i, 0)}`));
    PACE.forEach((v, i) => (v === null ? expect(paces[i]).toBe("") : expectClose(paces[i], v)));
    const scoreCol = columnLetter(layout.scorecard.scoreCol);
    REPS.forEach((_, i) =>
      expectClose(wb.get(c.score.sheet, `${scoreCol}${layout.scorecard.firstRow + i}`), SCORE[i]),
    );
    expect(REPS.map((_, i) => wb.get(c.pace.sheet, `${columnLetter(g.cols.status)}${g.row(i, 0)}`))).toEqual(
      STATUS[tolerance],
    );
    expect(REPS.map((_, i) => colourOf(wb, c.pace, g.row(i, 0)))).toEqual(PACE_COLOURS[tolerance]);
    expect(REPS.map((_, i) => colourOf(wb, c.score, layout.scorecard.firstRow + i))).toEqual(
      SCORE_COLOURS[tolerance],
    );
  }

  it("colours 0.92 amber and 0.85 red at the plan's tolerance of 0.1", () => {
    check(results.get("tolerance 0.1")!, cases["tolerance 0.1"], march, "0.1");
  });

  it("colours 0.85 amber once the tolerance input says 0.2, as the status words turn AT RISK", () => {
    check(results.get("tolerance edited to 0.2")!, cases["tolerance edited to 0.2"], march, "0.2");
  });

  it("keeps two periods' tolerances apart in one workbook", () => {
    const wb = results.get("two periods")!;
    check(wb, twoPeriods.march, march, "0.1");
    check(wb, twoPeriods.april, april, "0.2");
  });
});
