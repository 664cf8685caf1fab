/**
 * Argument readers shared by the KPI functions: Excel hands over numbers, strings, booleans,
 * null (omitted) or 2-D arrays (ranges); each reader returns a plain value or a KpiError naming
 * the argument (and the row and column inside a range). Validation lives here, once.
 */
import { MSG, at } from "./messages";
import { KpiError, kpiError } from "./result";

/** The last day Excel knows: 9999-12-31. */
export const MAX_DATE_SERIAL = 2958465;

/** A single cell may arrive as a 1x1 matrix; unwrap it. */
function unwrap(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
    return value[0][0];
  }
  return value;
}

/** Blank cell or omitted argument. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** A number, or a KpiError for text, ranges and non-finite values; blank is 0 and TRUE/FALSE 1/0. */
export function readCellNumber(v: unknown, name: string, row?: number, column?: number): number | KpiError {
  if (typeof v === "number") {
    return v === v && v !== Infinity && v !== -Infinity
      ? v
      : kpiError("num", MSG.notFinite(at(name, row, column)));
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === undefined || v === "") return 0;
  return kpiError("value", MSG.notNumber(at(name, row, column)));
}

export function readNumber(value: unknown, name: string): number | KpiError {
  return readCellNumber(unwrap(value), name);
}

/** An optional number: omitted or blank gives the fallback. */
export function readOptionalNumber<F extends number | null>(
  value: unknown,
  name: string,
  fallback: F,
): number | F | KpiError {
  const v = unwrap(value);
  return isBlank(v) ? fallback : readCellNumber(v, name);
}

/** Counts and amounts that cannot be negative (customers, deals, spend): a negative one is #NUM!. */
export function readNonNegative(value: unknown, name: string): number | KpiError {
  const n = readNumber(value, name);
  if (typeof n === "number" && n < 0) return kpiError("num", MSG.negative(at(name)));
  return n;
}

/** A fraction from 0 to 1 (win rate, churn rate, gross margin). */
export function readFraction(value: unknown, name: string): number | KpiError {
  const n = readNumber(value, name);
  if (typeof n === "number" && (n < 0 || n > 1)) return kpiError("num", MSG.notFraction(at(name)));
  return n;
}

/** An Excel serial date; the time of day is dropped, as NETWORKDAYS does. */
export function readDate(value: unknown, name: string): number | KpiError {
  const n = readNumber(value, name);
  if (typeof n !== "number") return n;
  if (n < 0 || n >= MAX_DATE_SERIAL + 1) return kpiError("num", MSG.notDate(at(name)));
  return Math.floor(n);
}

/** An optional date: omitted or blank gives null. */
export function readOptionalDate(value: unknown, name: string): number | null | KpiError {
  return isBlank(unwrap(value)) ? null : readDate(value, name);
}

/** An optional TRUE/FALSE; numbers count as Excel counts them (0 is FALSE), "TRUE"/"FALSE" text too. */
export function readBoolean(value: unknown, name: string, fallback: boolean): boolean | KpiError {
  const v = unwrap(value);
  if (isBlank(v)) return fallback;
  if (typeof v === "boolean") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v !== 0;
  if (typeof v === "string") {
    const lower = v.trim().toLowerCase();
    if (lower === "true") return true;
    if (lower === "false") return false;
  }
  return kpiError("value", MSG.notBoolean(at(name)));
}

/** An optional text choice such as direction or basis; omitted or blank gives the default. */
export function readChoice<T extends string>(
  value: unknown,
  name: string,
  choices: readonly T[],
  fallback: T,
): T | KpiError {
  const v = unwrap(value);
  if (v === null || v === undefined || v === "") return fallback;
  if (typeof v === "string") {
    const lower = v.trim().toLowerCase();
    const found = choices.find((c) => c === lower);
    if (found) return found;
  }
  return kpiError("value", MSG.notChoice(name, choices.map((c) => `"${c}"`).join(", ")));
}

/**
 * A range as rows of cells. A single cell may arrive as a scalar; a 1-D array is read as one
 * column. Rows of different lengths are #VALUE!.
 */
export function readRows(value: unknown, name: string): readonly (readonly unknown[])[] | KpiError {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return value;
  const first = value[0];
  if (!Array.isArray(first)) {
    for (let i = 0; i < value.length; i++) {
      if (Array.isArray(value[i])) return kpiError("value", MSG.ragged(name));
    }
    return value.map((v) => [v]);
  }
  const width = first.length;
  for (let i = 0; i < value.length; i++) {
    const row = value[i];
    if (!Array.isArray(row) || row.length !== width) return kpiError("value", MSG.ragged(name));
    for (let j = 0; j < width; j++) {
      if (Array.isArray(row[j])) return kpiError("value", MSG.ragged(name));
    }
  }
  return width === 0 ? [] : (value as unknown[][]);
}

/**
 * Every cell of a range as a number, row by row. blanks "zero": a blank cell counts as 0
 * (numeric data); "skip": blank cells are left out (lists such as holidays).
 */
export function readNumbers(value: unknown, name: string, blanks: "zero" | "skip"): number[] | KpiError {
  const rows = readRows(value, name);
  if (!Array.isArray(rows)) return rows as KpiError;
  return numbersOf(rows, name, blanks);
}

function numbersOf(
  rows: readonly (readonly unknown[])[],
  name: string,
  blanks: "zero" | "skip",
): number[] | KpiError {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (blanks === "skip" && isBlank(v)) continue;
      const n = readCellNumber(v, name, i + 1, j + 1);
      if (typeof n !== "number") return n;
      out.push(n);
    }
  }
  return out;
}

/** A single column or a single row of numbers (a schedule of periods). */
export function readVector(value: unknown, name: string, blanks: "zero" | "skip"): number[] | KpiError {
  const rows = readRows(value, name);
  if (!Array.isArray(rows)) return rows as KpiError;
  if (rows.length > 1 && rows[0].length > 1) return kpiError("value", MSG.notVector(name));
  return numbersOf(rows, name, blanks);
}

/** Optional list of dates (holidays): omitted gives []; blanks are skipped; times dropped. */
export function readDateList(value: unknown, name: string): number[] | KpiError {
  if (value === null || value === undefined) return [];
  const list = readNumbers(value, name, "skip");
  if (!Array.isArray(list)) return list;
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (d < 0 || d >= MAX_DATE_SERIAL + 1) return kpiError("num", MSG.notDate(at(name)));
    list[i] = Math.floor(d);
  }
  return list;
}

/** A two-column table (tiers, curve points, clawback bands) as parallel arrays. */
export interface PairTable {
  /** First column: strictly ascending. */
  readonly keys: number[];
  readonly values: number[];
  /** The row of each entry inside the range (1-based), for messages. */
  readonly rows: number[];
}

/** Every row an array of exactly two cells: the shape Excel hands over for a two-column range. */
function isPairRows(value: unknown): value is unknown[][] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const row = value[i];
    if (!Array.isArray(row) || row.length !== 2) return false;
  }
  return true;
}

/**
 * A two-column table whose first column rises strictly from row to row, as lookups by "the last
 * row at or below" need. A fully blank row is skipped, so a user can select a larger range than
 * the table; a blank cell in a used row counts as 0. Read in one pass, without per-row objects:
 * COMMISSION reads its tier table on every call.
 */
export function readPairs(value: unknown, name: string, keyColumn: string): PairTable | KpiError {
  let rows: readonly (readonly unknown[])[];
  if (isPairRows(value)) {
    rows = value;
  } else {
    const read = readRows(value, name);
    if (!Array.isArray(read)) return read as KpiError;
    if (read.length > 0 && read[0].length !== 2) return kpiError("value", MSG.columns(name, 2));
    rows = read;
  }
  const keys: number[] = [];
  const values: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const k = rows[i][0];
    const v = rows[i][1];
    if (isBlank(k) && isBlank(v)) continue;
    const key = readCellNumber(k, name, i + 1, 1);
    if (typeof key !== "number") return key;
    const val = readCellNumber(v, name, i + 1, 2);
    if (typeof val !== "number") return val;
    if (keys.length > 0 && !(key > keys[keys.length - 1])) {
      return kpiError("value", MSG.notAscending(name, i + 1, keyColumn));
    }
    keys.push(key);
    values.push(val);
    at.push(i + 1);
  }
  if (keys.length === 0) return kpiError("value", MSG.empty(name));
  return { keys, values, rows: at };
}
