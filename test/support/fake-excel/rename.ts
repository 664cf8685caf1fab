/**
 * What Excel does to the workbook when a sheet is renamed: every reference to the sheet by name is
 * rewritten to the new name, in formulas of any sheet, in defined names (workbook and sheet scope),
 * in chart series and sources, and in validation and conditional-format formulas. Text inside
 * string literals ("Old!A1" typed as text) is left alone, as Excel leaves it.
 */
import { quoteSheetName } from "../../../src/workbook/a1";
import { WORD, WORD_START, quotedName, stringEnd } from "./formula-text";
import type { FakeState } from "./model";

/** `formula` with each reference to sheet `from` ('From'!, From!, any case) naming `to`. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  return replaceSheetPrefix(formula, from, `${quoteSheetName(to)}!`);
}

/** Each "From!" prefix (quoted or not, any case) outside string literals replaced by `ref`. */
function replaceSheetPrefix(formula: string, from: string, ref: string): string {
  const target = from.toLowerCase();
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = stringEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "'") {
      const { name, close: j } = quotedName(formula, i);
      if (formula[j + 1] === "!" && name.toLowerCase() === target) {
        out += ref;
        i = j + 2;
      } else {
        out += formula.slice(i, j + 1);
        i = j + 1;
      }
      continue;
    }
    if (WORD_START.test(ch)) {
      const word = WORD.exec(formula.slice(i))![0];
      if (formula[i + word.length] === "!" && word.toLowerCase() === target) {
        out += ref;
        i += word.length + 1;
      } else {
        out += word;
        i += word.length;
      }
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** A chart's "Sheet!A1:B5" (the sheet's raw name before the last !) after the rename. */
function renameChartRef(ref: string, from: string, to: string): string {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return ref;
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return sheet.toLowerCase() === from.toLowerCase() ? `${to}${ref.slice(bang)}` : ref;
}

/** Formulas ("=...") anywhere in a rule or settings object, rewritten. */
function renameDeep(value: unknown, from: string, to: string): unknown {
  if (typeof value === "string") return value.startsWith("=") ? renameSheetInFormula(value, from, to) : value;
  if (Array.isArray(value)) return value.map((v) => renameDeep(v, from, to));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameDeep(v, from, to)]));
  return value;
}

/** Rewrites the workbook's references to sheet `from`, now named `to`. */
export function renameSheetReferences(state: FakeState, from: string, to: string): void {
  const rename = (f: string) => renameSheetInFormula(f, from, to);
  for (const n of state.names) n.formula = rename(n.formula);
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.values())
      if (cell.content && "formula" in cell.content) cell.content = { formula: rename(cell.content.formula) };
    for (const n of sheet.names) n.formula = rename(n.formula);
    for (const v of sheet.validations) if (v.rule !== undefined) v.rule = renameDeep(v.rule, from, to);
    for (const c of sheet.conditionalFormats)
      c.settings = renameDeep(c.settings, from, to) as Record<string, unknown>;
    for (const chart of sheet.charts) {
      chart.source = renameChartRef(chart.source, from, to);
      for (const s of chart.series) {
        s.values = renameChartRef(s.values, from, to);
        if (s.categories !== undefined) s.categories = renameChartRef(s.categories, from, to);
      }
    }
  }
}

/**
 * What Excel does to formulas of the other sheets when a sheet is deleted: each reference to it
 * becomes #REF! ('Old'!A1 reads =#REF!A1 and computes #REF!).
 */
export function deleteSheetReferences(state: FakeState, deleted: string): void {
  for (const sheet of state.sheets)
    for (const cell of sheet.cells.values())
      if (cell.content && "formula" in cell.content) {
        const formula = replaceSheetPrefix(cell.content.formula, deleted, "#REF!");
        if (formula !== cell.content.formula) cell.content = { formula };
      }
}
