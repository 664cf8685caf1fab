/**
 * The green/amber/red rules on pace (goals sheet) and score (scorecard) read the tolerance from the
 * settings sheet's input cell, through a sheet-scoped name, instead of a number baked in when the
 * sheets were generated: editing the tolerance recolours them as it re-words the status column.
 * Checked in the spec, in the .xlsx the file host writes and in the fake Excel of the Office.js host;
 * tolerance-colours.oracle.test.ts evaluates the rules themselves in LibreOffice.
 */
import { generateGoalWorkbook, goalLayout } from "../../../src/generators/goals";
import { applyWorkbookSpec } from "../../../src/hosts/excel";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { GoalPlan, validateGoalInput } from "../../../src/schemas/goals";
import { parseRosterCsv } from "../../../src/schemas/roster";
import { columnLetter } from "../../../src/workbook/a1";
import { resolveNames } from "../../../src/workbook/resolve";
import type { CellInput, SheetSpec, WorkbookSpec } from "../../../src/workbook/spec";
import { validateWorkbookSpec } from "../../../src/workbook/validate";
import { unzip } from "../../hosts/unzip";
import { FakeExcel } from "../../support/fake-excel";

/** The colours the rules have always used (Excel's "good", "neutral" and "bad" fills). */
const GREEN = "#C6EFCE";
const AMBER = "#FFEB9C";
const RED = "#FFC7CE";
const NAME = "GoalTolerance";

function plan(period: string, tolerance: number): GoalPlan {
  const roster = parseRosterCsv("name,team,manager\nAnn Lee,East,Kim\nBo Chen,East,Kim\n");
  if (!roster.ok) throw new Error(JSON.stringify(roster.issues));
  const result = validateGoalInput(roster.value, {
    period,
    tolerance,
    metrics: [
      { id: "revenue", weight: 0.7, target: 300000 },
      { id: "conversionRate", weight: 0.3, target: 0.15 },
    ],
    ramp: [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function sheet(spec: WorkbookSpec, name: string): SheetSpec {
  const found = spec.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${spec.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

/** A cell of a sheet spec by 1-based row and 0-based column (rows blocks only: what the goal sheets write). */
function cellOf(s: SheetSpec, row: number, col: number): CellInput | undefined {
  for (const block of s.blocks) {
    if (!("rows" in block)) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(block.start)!;
    const startCol = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r = row - Number(m[2]);
    if (r >= 0 && r < block.rows.length && col >= startCol) {
      const v = block.rows[r][col - startCol];
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** The rules on `range`, keyed by fill colour. */
function rulesOn(s: SheetSpec, range: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const cf of s.conditionalFormats ?? [])
    if (cf.range === range && cf.type === "expression" && cf.style.fill) out[cf.style.fill] = cf.formula;
  return out;
}

describe("goal sheet colours follow the tolerance cell", () => {
  const p = plan("2027-Q1", 0.15);
  const layout = goalLayout(p, p.locale);
  const spec = generateGoalWorkbook(p);
  const N = layout.names;
  const g = layout.goals;
  const sc = layout.scorecard;
  // 2 reps x 2 metrics: goal rows 7..10; scorecard rows 5..6; tolerance in B8 of the settings sheet.
  const pace = columnLetter(g.cols.pace);
  const score = columnLetter(sc.scoreCol);
  const toleranceCell = `='${N.settings}'!$B$8`;

  it("keeps the plan's tolerance as the settings sheet's input, in B8", () => {
    expect(g.firstRow).toBe(7);
    expect(g.lastRow).toBe(10);
    expect(layout.settings.toleranceRow).toBe(8);
    expect(cellOf(sheet(spec, N.settings), 8, 1)).toBe(0.15);
  });

  it("names that cell on the goals sheet and the scorecard", () => {
    for (const s of [N.goals, N.scorecard])
      expect(sheet(spec, s).names).toEqual([{ name: NAME, refersTo: toleranceCell }]);
    expect(spec.names).toBeUndefined();
  });

  it("colours pace and score green at 100%, amber above 1 - tolerance, red at or below it, by the name", () => {
    expect(rulesOn(sheet(spec, N.goals), `${pace}7:${pace}10`)).toEqual({
      [GREEN]: `=AND(ISNUMBER($${pace}7),$${pace}7>=1)`,
      [AMBER]: `=AND(ISNUMBER($${pace}7),$${pace}7<1,$${pace}7>1-${NAME})`,
      [RED]: `=AND(ISNUMBER($${pace}7),$${pace}7<=1-${NAME})`,
    });
    expect(rulesOn(sheet(spec, N.scorecard), `${score}5:${score}6`)).toEqual({
      [GREEN]: `=AND(ISNUMBER($${score}5),$${score}5>=1)`,
      [AMBER]: `=AND(ISNUMBER($${score}5),$${score}5<1,$${score}5>1-${NAME})`,
      [RED]: `=AND(ISNUMBER($${score}5),$${score}5<=1-${NAME})`,
    });
  });

  it("writes the same rules and names whatever the plan's tolerance", () => {
    const other = generateGoalWorkbook(plan("2027-Q1", 0.3));
    const rules = (w: WorkbookSpec) => w.sheets.map((s) => [s.name, s.conditionalFormats, s.names]);
    expect(rules(other)).toEqual(rules(spec));
    // 1 - 0.15 = 0.85 and 1 - 0.3 = 0.7 were the old baked-in floors.
    const text = JSON.stringify(spec.sheets.map((s) => s.conditionalFormats));
    expect(text).not.toMatch(/0\.85|0\.7\b/);
  });

  it("keeps the goal sheets of two periods apart in one workbook", () => {
    const q2 = plan("2027-Q2", 0.2);
    const both: WorkbookSpec = { sheets: [...spec.sheets, ...generateGoalWorkbook(q2).sheets] };
    expect(validateWorkbookSpec(both)).toEqual([]);
    const resolved = resolveNames(both).spec;
    const n2 = goalLayout(q2, q2.locale).names;
    for (const [names, settings] of [
      [N, N.settings],
      [n2, n2.settings],
    ] as const)
      for (const s of [names.goals, names.scorecard])
        expect(sheet(resolved, s).names).toEqual([{ name: NAME, refersTo: `='${settings}'!$B$8` }]);
  });

  it("is written by the file host as a name local to each sheet that uses it", async () => {
    const q2 = plan("2027-Q2", 0.2);
    const n2 = goalLayout(q2, q2.locale).names;
    const both: WorkbookSpec = { sheets: [...spec.sheets, ...generateGoalWorkbook(q2).sheets] };
    const files = unzip(await writeXlsx(both));
    const workbook = files.get("xl/workbook.xml")!;
    const defined = [
      ...workbook.matchAll(/<definedName name="GoalTolerance"([^>]*)>([^<]*)<\/definedName>/g),
    ];
    // Sheets in order: goals, scorecard, teams, settings, ramp of Q1, then the same five of Q2.
    expect(both.sheets.map((s) => s.name).indexOf(n2.goals)).toBe(5);
    const q1Settings = `&apos;${N.settings}&apos;!$B$8`;
    const q2Settings = `&apos;${n2.settings}&apos;!$B$8`;
    expect(defined.map((m) => [m[1].trim(), m[2]])).toEqual([
      ['localSheetId="0"', q1Settings],
      ['localSheetId="1"', q1Settings],
      ['localSheetId="5"', q2Settings],
      ['localSheetId="6"', q2Settings],
    ]);
    // The goals sheet is sheet1.xml; its amber pace rule carries the name, unprefixed.
    expect(files.get("xl/worksheets/sheet1.xml")).toContain(
      `<formula>AND(ISNUMBER($${pace}7),$${pace}7&lt;1,$${pace}7&gt;1-GoalTolerance)</formula>`,
    );
  });

  it("is written by the Office.js host next to a user's own GoalTolerance and a taken sheet name", async () => {
    const fake = new FakeExcel({
      sheets: [{ name: N.settings, cells: { B8: 0.5 } }],
      names: [{ name: NAME, formula: "=0.5" }],
    });
    const result = await fake.run((ctx) =>
      applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, {
        isSetSupported: fake.isSetSupported,
      }),
    );
    const settings = `${N.settings} (2)`;
    expect(result.sheets.find((s) => s.requested === N.settings)?.name).toBe(settings);
    const snap = fake.snapshot();
    // The user's workbook name stays as it was; each new sheet's own name points at the new settings.
    expect(snap.names).toEqual([{ name: NAME, formula: "=0.5" }]);
    for (const s of [N.goals, N.scorecard]) {
      const added = snap.sheets.find((x) => x.name === s)!;
      expect(added.names).toEqual([{ name: NAME, formula: `='${settings}'!$B$8` }]);
    }
    const goals = snap.sheets.find((x) => x.name === N.goals)!;
    const custom = goals.conditionalFormats.filter((c) => c.range === `${pace}7:${pace}10`);
    expect(custom.map((c) => [c.type, c.settings["rule.formula"], c.settings["format.fill.color"]])).toEqual([
      ["Custom", `=AND(ISNUMBER($${pace}7),$${pace}7>=1)`, GREEN],
      ["Custom", `=AND(ISNUMBER($${pace}7),$${pace}7<1,$${pace}7>1-${NAME})`, AMBER],
      ["Custom", `=AND(ISNUMBER($${pace}7),$${pace}7<=1-${NAME})`, RED],
    ]);
  });
});
