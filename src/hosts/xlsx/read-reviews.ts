/**
 * Reads returned review workbooks with ExcelJS. A generated form carries a manifest (marker + JSON)
 * in row 1 of one sheet naming its answer cells and the label cells that must be unchanged; this
 * reader follows it and returns the raw answers, or a bilingual reason the file was skipped. What the
 * answers mean is decided by the pure summary code in generators/reviews/.
 */
import ExcelJS from "exceljs";
import { oversizedPart } from "./zip-limits";
import { parseCell } from "../../workbook/a1";

export type FormValue = string | number | boolean | null;

export interface ReadForm {
  readonly file: string;
  readonly form: string;
  readonly version: number;
  /** The manifest's form-specific data, unchecked (the summary validates it). */
  readonly data: unknown;
  /** Answers by field key; Excel dates come back as serial numbers. */
  readonly values: Readonly<Record<string, FormValue>>;
}

export type ReadProblemKind = "damaged" | "not-a-form" | "layout-changed";

export interface ReadFormProblem {
  readonly file: string;
  readonly kind: ReadProblemKind;
  readonly en: string;
  readonly zh: string;
}

export type ReadFormResult =
  { readonly ok: true; readonly form: ReadForm } | { readonly ok: false; readonly problem: ReadFormProblem };

interface ManifestCheck {
  sheet: string;
  cell: string;
  text: string;
}

interface ManifestField {
  key: string;
  sheet: string;
  cell: string;
}

interface Manifest {
  form: string;
  version: number;
  checks: ManifestCheck[];
  fields: ManifestField[];
  data: unknown;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Only row 1 is searched, and only this far: the manifest sits in a hidden column near the table. */
const MANIFEST_SEARCH_COLUMNS = 64;

function isAddress(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    parseCell(value);
    return true;
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The manifest's shape, checked field by field: the file came from outside. */
function asManifest(value: unknown): Manifest | null {
  if (!isRecord(value)) return null;
  const { form, version, checks, fields } = value;
  if (
    typeof form !== "string" ||
    typeof version !== "number" ||
    !Array.isArray(checks) ||
    !Array.isArray(fields)
  ) {
    return null;
  }
  const okCheck = (c: unknown) =>
    isRecord(c) && typeof c.sheet === "string" && isAddress(c.cell) && typeof c.text === "string";
  const okField = (f: unknown) =>
    isRecord(f) && typeof f.key === "string" && typeof f.sheet === "string" && isAddress(f.cell);
  if (!checks.every(okCheck) || !fields.every(okField)) return null;
  return {
    form,
    version,
    checks: checks as ManifestCheck[],
    fields: fields as ManifestField[],
    data: value.data,
  };
}

/** A cell's value as plain data: rich text joined, formulas by their cached result, dates as serials. */
export function plainValue(value: ExcelJS.CellValue | undefined): FormValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((p) => p.text).join("");
  if ("formula" in v || "sharedFormula" in v) return plainValue(v.result as ExcelJS.CellValue);
  if (typeof v.error === "string") return v.error;
  if (typeof v.text === "string") return v.text;
  return null;
}

function cellText(ws: ExcelJS.Worksheet, address: string): string {
  const v = plainValue(ws.getCell(address).value);
  return v === null ? "" : String(v).trim();
}

function findManifest(wb: ExcelJS.Workbook, marker: string): { text: string } | null {
  for (const ws of wb.worksheets) {
    const row = ws.getRow(1);
    const end = Math.min(row.cellCount, MANIFEST_SEARCH_COLUMNS);
    for (let c = 1; c <= end; c++) {
      const v = plainValue(row.getCell(c).value);
      if (typeof v === "string" && v.startsWith(marker)) {
        // A long manifest goes on in the cells below, each opened by the continuation marker.
        const continuation = `${marker.trimEnd()}+ `;
        let text = v.slice(marker.length);
        for (let r = 2; ; r++) {
          const next = plainValue(ws.getCell(r, c).value);
          if (typeof next !== "string" || !next.startsWith(continuation)) break;
          text += next.slice(continuation.length);
        }
        return { text };
      }
    }
  }
  return null;
}

/** The first clause of a parser's message: jszip appends a paragraph of advice with a URL. */
function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split(/ : | \(|\n/)[0]
    .trim()
    .slice(0, 120);
}

function problem(file: string, kind: ReadProblemKind, en: string, zh: string): ReadFormResult {
  return { ok: false, problem: { file, kind, en, zh } };
}

/** A workbook whose parts expand past what a review or goal workbook needs (a zip bomb), refused unread. */
function tooLarge(data: Uint8Array): { en: string; zh: string } | null {
  const big = oversizedPart(data, REVIEW_PART_BYTES, REVIEW_PART_BYTES * 2);
  if (!big) return null;
  const mb = (n: number) => (Number.isFinite(n) ? `${Math.ceil(n / 1024 / 1024)} MB` : "over 4 GB");
  return {
    en: `expands to ${mb(big.bytes)} (${big.name}); a workbook read here may expand to ${mb(big.limit)}`,
    zh: `解压后达 ${mb(big.bytes)}（${big.name}）；此处读取的工作簿解压后最多 ${mb(big.limit)}`,
  };
}

/** A returned review or a goal workbook of 10,000 reps expands to far less than this. */
const REVIEW_PART_BYTES = 64 * 1024 * 1024;

/**
 * Reads one returned form. `marker` is the text that opens the manifest cell (FORM_MARKER of the
 * generators). Never throws for a bad file: damaged, foreign or rearranged files become problems.
 */
export async function readFormWorkbook(
  data: Uint8Array,
  file: string,
  marker: string,
): Promise<ReadFormResult> {
  const big = tooLarge(data);
  if (big) return problem(file, "damaged", big.en, big.zh);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    const reason = shortReason(error);
    return problem(
      file,
      "damaged",
      `cannot be opened as an .xlsx workbook (${reason})`,
      `无法作为 .xlsx 工作簿打开（${reason}）`,
    );
  }
  const found = findManifest(wb, marker);
  if (!found) {
    return problem(
      file,
      "not-a-form",
      "is not a Sales Kit review workbook, or its hidden form data was removed",
      "不是销售工具包生成的评审工作簿，或其隐藏的表单数据已被删除",
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(found.text);
  } catch {
    parsed = null;
  }
  const manifest = asManifest(parsed);
  if (!manifest) {
    return problem(file, "damaged", "its hidden form data is damaged", "其隐藏的表单数据已损坏");
  }
  for (const check of manifest.checks) {
    const ws = wb.getWorksheet(check.sheet);
    if (!ws) {
      return problem(
        file,
        "layout-changed",
        `the layout was changed: sheet "${check.sheet}" is missing or was renamed`,
        `版式已被修改：工作表"${check.sheet}"缺失或已改名`,
      );
    }
    const found = cellText(ws, check.cell);
    if (found !== check.text.trim()) {
      return problem(
        file,
        "layout-changed",
        `the layout was changed: ${check.sheet}!${check.cell} should read "${check.text}" but reads "${found}" (rows or columns inserted, moved or deleted?)`,
        `版式已被修改：${check.sheet}!${check.cell} 应为"${check.text}"，实际为"${found}"（是否插入、移动或删除了行列？）`,
      );
    }
  }
  const values: Record<string, FormValue> = {};
  for (const field of manifest.fields) {
    const ws = wb.getWorksheet(field.sheet);
    if (!ws) {
      return problem(
        file,
        "layout-changed",
        `the layout was changed: sheet "${field.sheet}" is missing or was renamed`,
        `版式已被修改：工作表"${field.sheet}"缺失或已改名`,
      );
    }
    values[field.key] = plainValue(ws.getCell(field.cell).value);
  }
  return {
    ok: true,
    form: { file, form: manifest.form, version: manifest.version, data: manifest.data, values },
  };
}

/**
 * Header texts that identify the columns of a goal sheet; any of the alternatives matches. The
 * English header first, then the Chinese, then any earlier wordings (a workbook keeps the words it
 * was written with): the first two name the columns when none is found.
 */
export interface GoalHeaders {
  readonly rep: readonly string[];
  readonly metric: readonly string[];
  readonly target: readonly string[];
  readonly actual: readonly string[];
}

export interface GoalNumberRow {
  readonly rep: string;
  readonly metric: string;
  readonly target: number | null;
  readonly actual: number | null;
}

export type ReadGoalsResult =
  | { readonly ok: true; readonly sheet: string; readonly rows: readonly GoalNumberRow[] }
  | { readonly ok: false; readonly en: string; readonly zh: string };

/** The Chinese header of a column's alternatives (the second), for the message naming it. */
function zhName(alternatives: readonly string[]): string {
  return alternatives[1] ?? alternatives[0];
}

/** How far down a sheet the header row is looked for. */
const GOAL_HEADER_SEARCH_ROWS = 20;

function numberOrNull(value: FormValue): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * Reads each rep's goals from a goal workbook: the first sheet with a row holding the rep, metric,
 * target and actual headers; one line per row below it with a rep and a metric. Formula cells give
 * their saved result; a workbook that no spreadsheet program has saved has none, and is refused.
 */
export async function readGoalNumbers(
  data: Uint8Array,
  file: string,
  headers: GoalHeaders,
): Promise<ReadGoalsResult> {
  const big = tooLarge(data);
  if (big) return { ok: false, ...big };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    const reason = shortReason(error);
    return {
      ok: false,
      en: `cannot be opened as an .xlsx workbook (${reason})`,
      zh: `无法作为 .xlsx 工作簿打开（${reason}）`,
    };
  }
  const norm = (s: string) => s.trim().toLowerCase();
  const want = {
    rep: headers.rep.map(norm),
    metric: headers.metric.map(norm),
    target: headers.target.map(norm),
    actual: headers.actual.map(norm),
  };
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(GOAL_HEADER_SEARCH_ROWS, ws.rowCount); r++) {
      const row = ws.getRow(r);
      const cols: Partial<Record<keyof GoalHeaders, number>> = {};
      for (let c = 1; c <= row.cellCount; c++) {
        const v = plainValue(row.getCell(c).value);
        if (typeof v !== "string") continue;
        for (const key of Object.keys(want) as (keyof GoalHeaders)[]) {
          if (cols[key] === undefined && want[key].includes(norm(v))) cols[key] = c;
        }
      }
      if (
        cols.rep === undefined ||
        cols.metric === undefined ||
        cols.target === undefined ||
        cols.actual === undefined
      ) {
        continue;
      }
      const rows: GoalNumberRow[] = [];
      let unsaved = 0;
      for (let i = r + 1; i <= ws.rowCount; i++) {
        const line = ws.getRow(i);
        const rep = plainValue(line.getCell(cols.rep).value);
        const metric = plainValue(line.getCell(cols.metric).value);
        if (
          typeof rep !== "string" ||
          rep.trim() === "" ||
          typeof metric !== "string" ||
          metric.trim() === ""
        )
          continue;
        // The goal sheet's chart data below the table heads its rep column alike: not a rep.
        if (want.rep.includes(norm(rep))) break;
        const targetCell = line.getCell(cols.target);
        const target = numberOrNull(plainValue(targetCell.value));
        if (target === null && targetCell.type === ExcelJS.ValueType.Formula) unsaved++;
        rows.push({
          rep: rep.trim(),
          metric: metric.trim(),
          target,
          actual: numberOrNull(plainValue(line.getCell(cols.actual).value)),
        });
      }
      if (rows.length && unsaved === rows.length) {
        return {
          ok: false,
          en: "its targets are formulas without saved results (the file was never opened and saved in a spreadsheet program): open it in Excel, WPS or LibreOffice, save it and run again",
          zh: "其目标是没有保存计算结果的公式（文件从未在电子表格软件中打开并保存）：请用 Excel、WPS 或 LibreOffice 打开并保存后重试",
        };
      }
      return { ok: true, sheet: ws.name, rows };
    }
  }
  return {
    ok: false,
    en: `has no goal sheet (no row with the headers ${headers.rep[0]}, ${headers.metric[0]}, ${headers.target[0]}, ${headers.actual[0]})`,
    zh: `没有目标表（找不到含有表头 ${zhName(headers.rep)}、${zhName(headers.metric)}、${zhName(headers.target)}、${zhName(headers.actual)} 的行）`,
  };
}
