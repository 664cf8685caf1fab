/**
 * The dashboard's input read back from a workbook's cells (the pane reads the live workbook through
 * the same function): the goal workbook the goals generator describes, read through a small
 * in-memory cell reader over its spec, gives the plan's reps, teams, metrics and currency; a changed
 * or missing part is named by sheet and cell, in English and Chinese.
 */
import path from "path";
import { loadGoalPlan } from "../../../src/cli/commands/goals";
import {
  CellValue,
  WorkbookCells,
  currencyOfFormat,
  dashboardInputFromWorkbook,
} from "../../../src/generators/dashboard/from-workbook";
import { generateGoalWorkbook } from "../../../src/generators/goals";
import { CRM_TEXTS } from "../../../src/i18n/sheets/crm";
import { GOAL_SHEET_TEXTS } from "../../../src/i18n/sheets/goals";
import { HISTORY_TEXTS } from "../../../src/i18n/sheets/history";
import { parseCell, parseRange } from "../../../src/workbook/a1";
import { blockCell, blockHeight, blockWidth, cellBlocks } from "../../../src/workbook/blocks";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { mixedWorkbook } from "./mixed-language";

const EXAMPLES = path.resolve(__dirname, "../../../examples");

/** The cells of a spec as a saved file holds them: texts and numbers; formulas without results. */
function cellsOf(spec: WorkbookSpec, edit: Record<string, CellValue> = {}): WorkbookCells {
  const values = new Map<string, CellValue>();
  const formats = new Map<string, string>();
  for (const sheet of spec.sheets) {
    for (const b of cellBlocks(sheet)) {
      const s = parseCell(b.start);
      for (let r = 0; r < blockHeight(b); r++)
        for (let c = 0; c < blockWidth(b); c++) {
          const v = blockCell(b, r, c);
          const key = `${sheet.name}!${s.row + r + 1}:${s.col + c}`;
          if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") values.set(key, v);
          else if (v && typeof v === "object" && "text" in v) values.set(key, v.text);
        }
    }
    for (const f of sheet.numberFormats ?? []) {
      const { start, end } = parseRange(f.range);
      for (let r = start.row; r <= end.row; r++)
        for (let c = start.col; c <= end.col; c++) formats.set(`${sheet.name}!${r + 1}:${c}`, f.format);
    }
  }
  for (const [key, v] of Object.entries(edit)) values.set(key, v);
  return {
    sheetNames: spec.sheets.map((s) => s.name),
    value: (sheet, row, col) => values.get(`${sheet}!${row}:${col}`) ?? null,
    numberFormat: (sheet, row, col) => formats.get(`${sheet}!${row}:${col}`) ?? "",
  };
}

async function plan(locale: "en-US" | "zh-CN") {
  const file = locale === "zh-CN" ? "goals.zh-CN.yaml" : "goals.yaml";
  const roster = locale === "zh-CN" ? "roster.zh-CN.csv" : "roster.csv";
  const loaded = await loadGoalPlan(path.join(EXAMPLES, "goals"), roster, file, { locale });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.plan;
}

describe("the dashboard's input read from a workbook", () => {
  it.each(["en-US", "zh-CN"] as const)(
    "%s: reps, teams, metrics and currency as the plan has them",
    async (locale) => {
      const p = await plan(locale);
      const read = dashboardInputFromWorkbook(cellsOf(generateGoalWorkbook(p)));
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const got = read.input.plan;
      expect(read.input.locale).toBe(p.locale);
      expect(got.period.label).toBe(p.period.label);
      expect(got.period.months).toHaveLength(p.period.months.length);
      expect(got.reps.map((r) => [r.name, r.team])).toEqual(p.reps.map((r) => [r.name, r.team]));
      const name = (m: (typeof p.metrics)[number]) => (p.locale === "zh-CN" ? m.name.zh : m.name.en);
      expect(got.metrics.map((m) => [m.name.en, m.unit, m.direction, m.aggregation])).toEqual(
        p.metrics.map((m) => [name(m), m.unit, m.direction, m.aggregation]),
      );
      if (p.metrics.some((m) => m.unit === "currency")) expect(got.currency).toBe(p.currency);
      // No CRM sheets in a goal workbook: the dashboard goes without funnel, follow-ups and history.
      expect(read.input.funnel).toBeUndefined();
      expect(read.input.followUpSheet).toBeUndefined();
      expect(read.input.history).toBeUndefined();
    },
  );

  it("names the settings cell whose word it does not know, in both languages", async () => {
    const p = await plan("en-US");
    const spec = generateGoalWorkbook(p);
    const settings = `${GOAL_SHEET_TEXTS["en-US"].sheet.settings} ${p.period.label}`;
    // The first metric's row: the month table's header on row 13, the metric header three rows under
    // the last month.
    const row = 13 + p.period.months.length + 3 + 1;
    const read = dashboardInputFromWorkbook(cellsOf(spec, { [`${settings}!${row}:3`]: "median" }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues).toEqual([
      expect.objectContaining({
        field: `${settings}!D${row}`,
        en: expect.stringContaining('must be one of sum, average (found "median")'),
        zh: expect.stringContaining("应为 sum、average 之一"),
      }),
    ]);
  });

  it("asks for --period when the workbook holds two periods' goal sheets", async () => {
    const a = generateGoalWorkbook(await plan("en-US"));
    const b = generateGoalWorkbook(await plan("zh-CN"));
    const both = { sheets: [...a.sheets, ...b.sheets] };
    const read = dashboardInputFromWorkbook(cellsOf(both));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0].field).toBe("--period");
  });

  it("reads the currency of a number format", () => {
    expect(currencyOfFormat('"¥"#,##0')).toBe("¥");
    expect(currencyOfFormat("[$€-407]#,##0.00")).toBe("€");
    expect(currencyOfFormat("#,##0")).toBe("");
  });
});

describe("a CRM import in the other language than the goal sheets", () => {
  /** The names the import records on its funnel and history sheets, as a saved file lists them. */
  const scopedNamesOf = (spec: WorkbookSpec) =>
    spec.sheets.flatMap((s) =>
      (s.names ?? []).map((n) => ({ sheet: s.name, name: n.name, refersTo: n.refersTo })),
    );

  for (const [goals, crm] of [
    ["en-US", "zh-CN"],
    ["zh-CN", "en-US"],
  ] as const) {
    it(`${goals} goal sheets, ${crm} CRM sheets: funnel, follow-ups and history are found`, async () => {
      const spec = await mixedWorkbook(goals, crm);
      const c = CRM_TEXTS[crm].sheet;
      // Only the CRM language's sheets are there: nothing of the goal language's to fall back on.
      expect(spec.sheets.map((s) => s.name)).not.toContain(CRM_TEXTS[goals].sheet.funnel);
      const funnelSheet = spec.sheets.find((s) => s.name === c.funnel)!;
      // By the recorded names, and (a reader that cannot list names) by the CRM sheets' own headers.
      for (const book of [{ ...cellsOf(spec), scopedNames: scopedNamesOf(spec) }, cellsOf(spec)]) {
        const read = dashboardInputFromWorkbook(book);
        if (!read.ok) throw new Error(JSON.stringify(read.issues));
        expect(read.input.locale).toBe(goals);
        expect(read.input.funnel?.sheet).toBe(c.funnel);
        expect(read.input.followUpSheet).toBe(c.followUp);
        expect(read.input.history?.sheet).toBe(HISTORY_TEXTS[crm].sheet);
        // The funnel's per-rep summary starts on row 6, one row per rep of the roster (12 reps and
        // the new hire who has not started: every owner of the sample export is on it).
        const reps = read.input.plan.reps;
        expect(read.input.funnel!.summaryRows.map((s) => s.rep)).toEqual(reps.map((r) => r.name));
        expect(read.input.funnel!.summaryRows[0].row).toBe(6);
        // The team block's first stage row holds a stage of the funnel sheet, its last row the one above
        // the "(stage unknown)" row, in the CRM's language.
        const cell = (row: number) => book.value(funnelSheet.name, row, 0);
        expect(cell(read.input.funnel!.stageLast + 1)).toBe(CRM_TEXTS[crm].stageUnknown);
        expect(read.input.history!.firstRow).toBeGreaterThan(1);
        expect(read.input.history!.lastRow).toBeGreaterThan(read.input.history!.firstRow);
      }
    }, 60_000);
  }
});
