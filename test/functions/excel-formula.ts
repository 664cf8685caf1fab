/**
 * Reads the catalogue's example formulas the way Excel would hand their arguments to a custom
 * function: numbers, "text", TRUE/FALSE, DATE(y,m,d), array constants {1,2;3,4} (as 2-D arrays) and
 * empty arguments (omitted: null). Deliberately small: the examples use nothing else.
 */

export type Cell = number | string | boolean | null;
export type Arg = Cell | Cell[][];

export interface Call {
  name: string;
  args: Arg[];
}

/** Excel serial of a date through JavaScript's calendar (valid from 1900-03-01), not the code under test. */
export function dateSerial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Splits on a separator at nesting depth 0, outside "strings". */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inString = !inString;
    else if (inString) continue;
    else if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") depth--;
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseCell(raw: string): Cell {
  const t = raw.trim();
  if (t === "") return null;
  if (/^".*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (/^TRUE$/i.test(t)) return true;
  if (/^FALSE$/i.test(t)) return false;
  const date = /^DATE\((\d+),\s*(\d+),\s*(\d+)\)$/i.exec(t);
  if (date) return dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
  const n = Number(t);
  if (!Number.isNaN(n)) return n;
  throw new Error(`cannot read ${JSON.stringify(t)}`);
}

/** A value: a cell or an array constant ("," separates columns, ";" rows). */
export function parseValue(raw: string): Arg {
  const t = raw.trim();
  if (t.startsWith("{") && t.endsWith("}")) {
    return splitTop(t.slice(1, -1), ";").map((row) => splitTop(row, ",").map(parseCell));
  }
  return parseCell(t);
}

/** "=SALES.NAME(a, b, , {..})" -> { name, args }. */
export function parseCall(formula: string): Call {
  const m = /^=SALES\.([A-Z]+)\((.*)\)$/.exec(formula.trim());
  if (!m) throw new Error(`not a SALES call: ${formula}`);
  return { name: m[1], args: splitTop(m[2], ",").map(parseValue) };
}
