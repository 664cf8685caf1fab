/**
 * Excel's limits checked on a written .xlsx package, read from its sheet XML: every formula within
 * 8,192 characters and 255 arguments to one function, every text within 32,767 characters, at most
 * 1,026 manual page breaks per sheet (Microsoft's "Excel specifications and limits").
 */
import { unzip } from "../hosts/unzip";
import { readXmlParts } from "./sheet-xml";

export const EXCEL_LIMITS = {
  formulaLength: 8192,
  functionArguments: 255,
  textLength: 32767,
  pageBreaks: 1026,
} as const;

/**
 * The most arguments one function call has in `formula`, counted here on the formula's characters,
 * independently of the product's tokenizer (src/workbook/formula-limits.ts) that the spec checker
 * uses: an oracle that shared that counter would share its mistakes. A call is a name followed by
 * "("; its arguments are the commas at its own depth plus one (none for "()"). Text in double quotes
 * ("" escapes a quote) and sheet names in single quotes are skipped; array constants {1,2} and
 * grouping parentheses nest without being calls.
 */
export function mostArguments(formula: string): { name: string; count: number } | null {
  const stack: { name: string | null; commas: number; empty: boolean }[] = [];
  let best: { name: string; count: number } | null = null;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // Skip to the closing quote; a doubled quote stays inside.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch))
        j += formula[j] === ch ? 2 : 1;
      if (stack.length) stack[stack.length - 1].empty = false;
      i = j;
      continue;
    }
    if (ch === "(" || ch === "{") {
      const name = ch === "(" ? nameBefore(formula, i) : null;
      if (stack.length) stack[stack.length - 1].empty = false;
      stack.push({ name, commas: 0, empty: true });
      continue;
    }
    if (ch === ")" || ch === "}") {
      const frame = stack.pop();
      if (frame?.name) {
        const count = frame.empty ? 0 : frame.commas + 1;
        if (!best || count > best.count) best = { name: frame.name.toUpperCase(), count };
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) continue;
    if (ch === ",") top.commas++;
    if (ch !== " ") top.empty = false;
  }
  return best;
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_.]/;

/**
 * The function name that ends just before `end`: the longest run of letters, digits, "_" and "."
 * there, from its first letter or "_" on (what /([A-Za-z_][A-Za-z0-9_.]*)$/ finds in the text up to
 * `end`, scanned backwards so that a long formula is not rescanned at each parenthesis).
 */
function nameBefore(formula: string, end: number): string | null {
  let start = end;
  while (start > 0 && NAME_PART.test(formula[start - 1])) start--;
  while (start < end && !NAME_START.test(formula[start])) start++;
  return start < end ? formula.slice(start, end) : null;
}

export interface LimitReport {
  readonly formulas: number;
  /** The longest formula's length and the most arguments of one call, over the whole package. */
  readonly longestFormula: number;
  readonly widestCall: number;
  readonly longestText: number;
  readonly violations: string[];
}

export function checkExcelLimits(data: Uint8Array): LimitReport {
  const parts = unzip(data);
  const book = readXmlParts(parts);
  const violations: string[] = [];
  let formulas = 0;
  let longestFormula = 0;
  let widest = 0;
  let longestText = 0;
  for (const [sheet, cells] of book.sheets) {
    for (const [address, cell] of cells) {
      if (cell.formula) {
        formulas++;
        // The stored formula has no "="; Excel's limit counts the formula as typed, with it.
        const length = cell.formula.length + 1;
        longestFormula = Math.max(longestFormula, length);
        if (length > EXCEL_LIMITS.formulaLength)
          violations.push(`'${sheet}'!${address}: formula of ${length} characters`);
        const call = mostArguments(cell.formula);
        if (call) {
          widest = Math.max(widest, call.count);
          if (call.count > EXCEL_LIMITS.functionArguments)
            violations.push(`'${sheet}'!${address}: ${call.name} with ${call.count} arguments`);
        }
      } else if (typeof cell.value === "string") {
        longestText = Math.max(longestText, cell.value.length);
        if (cell.value.length > EXCEL_LIMITS.textLength)
          violations.push(`'${sheet}'!${address}: text of ${cell.value.length} characters`);
      }
    }
  }
  for (const [part, xml] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(part)) continue;
    const breaks = (xml.match(/<brk\b/g) ?? []).length;
    if (breaks > EXCEL_LIMITS.pageBreaks) violations.push(`${part}: ${breaks} manual page breaks`);
  }
  return { formulas, longestFormula, widestCall: widest, longestText, violations };
}
