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
  for (let i = 1; i < value.length; i++) {
    const row = value[i];
    if (!Array.isArray(row) || row.length !== width) return kpiError("value", MSG.ragged(name));
  }
  for (let i = 0; i < value.length; i++) {
    const row = value[i] as unknown[];
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
  return readNumbers(rows, name, blanks);
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

/** One row of a table with the sheet row it came from (1-based inside the range), for messages. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly number[];
}

/**
 * A table of `columns` numeric columns (tiers, curves, schedules). A fully blank row is skipped so a
 * user can select a larger range than the table; a blank cell in a used row counts as 0.
 */
export function readTable(value: unknown, name: string, columns: number): TableRow[] | KpiError {
  const rows = readRows(value, name);
  if (!Array.isArray(rows)) return rows as KpiError;
  if (rows.length > 0 && rows[0].length !== columns) return kpiError("value", MSG.columns(name, columns));
  const out: TableRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let blank = true;
    for (let j = 0; j < columns; j++) {
      if (!isBlank(row[j])) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    const cells: number[] = new Array(columns);
    for (let j = 0; j < columns; j++) {
      const n = readCellNumber(row[j], name, i + 1, j + 1);
      if (typeof n !== "number") return n;
      cells[j] = n;
    }
    out.push({ row: i + 1, cells });
  }
  if (out.length === 0) return kpiError("value", MSG.empty(name));
  return out;
}

/**
 * A table whose first column must rise strictly from row to row (thresholds, attainment points,
 * months), as lookups by "the last row at or below" need.
 */
export function readAscendingTable(
  value: unknown,
  name: string,
  columns: number,
  keyColumn: string,
): TableRow[] | KpiError {
  const table = readTable(value, name, columns);
  if (!Array.isArray(table)) return table;
  for (let i = 1; i < table.length; i++) {
    if (!(table[i].cells[0] > table[i - 1].cells[0])) {
      return kpiError("value", MSG.notAscending(name, table[i].row, keyColumn));
    }
  }
  return table;
}
