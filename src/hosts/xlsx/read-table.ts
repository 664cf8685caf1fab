/**
 * Reads an exported table (CSV in any common delimiter and encoding, or .xlsx) into a header and rows
 * of raw cell values. Bytes in, no file system: the CLI reads files, the pane hands over an upload.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import {
  CsvIssue as InputIssue,
  EXCEL_MAX_CELL_TEXT,
  csvQuoteIssues,
  csvRecordIssues,
  csvSizeIssue,
} from "../../workbook/csv-checks";
import { binaryKind } from "../../workbook/file-kind";
import { loadWorkbook } from "./load-workbook";
import { DecodedText, decodeText } from "./text-encoding";
import { oversizedPart } from "./zip-limits";

export { decodeText } from "./text-encoding";

/** Raw values as the file holds them: CSV gives strings, .xlsx numbers, booleans and text too. */
export type RawCell = string | number | boolean | null;

export interface RawRow {
  /** The row number a spreadsheet program shows for this record (the header is usually row 1). */
  readonly row: number;
  readonly cells: readonly RawCell[];
}

/** A detected encoding ("utf-8-bom", "windows-1252" ...), or the WHATWG name of one given. */
export type TextEncoding = string;

export interface RawTable {
  readonly format: "csv" | "xlsx";
  /** CSV only. */
  readonly encoding?: TextEncoding;
  /** CSV only: how the encoding was chosen (a BOM, the bytes, or --encoding). */
  readonly encodingHow?: DecodedText["how"];
  /** CSV only: the delimiter papaparse found. */
  readonly delimiter?: string;
  /** .xlsx only: the worksheet read. */
  readonly sheet?: string;
  /** .xlsx only: every worksheet of the workbook, in order. */
  readonly sheets?: readonly string[];
  readonly headerRow: number;
  readonly header: readonly string[];
  /** Rows below the header; wholly empty rows are left out (they hold nothing to lose). */
  readonly rows: readonly RawRow[];
  /** Problems the parser reported (a broken quote ...), with the row they were found on. */
  readonly warnings: readonly ReadProblem[];
}

/** A bilingual message; `row` when it concerns one row. */
export interface ReadProblem {
  readonly row?: number;
  readonly en: string;
  readonly zh: string;
}

export type ReadTableResult =
  { readonly ok: true; readonly table: RawTable } | { readonly ok: false; readonly error: ReadProblem };

export interface ReadTableOptions {
  /** Used in messages. The extension also decides the format when the bytes do not. */
  readonly fileName?: string;
  /** .xlsx: the worksheet to read (default: the first visible one). */
  readonly sheet?: string;
  /** .xlsx without `sheet`: the first worksheet whose name this accepts, before the first visible one. */
  readonly preferSheet?: (name: string) => boolean;
  /**
   * Picks the header among the first rows (exports often put a title and filters above it).
   * Default: the first row that is not empty.
   */
  readonly isHeader?: (cells: readonly string[]) => boolean;
  /** CSV: the encoding to decode with (a label TextDecoder knows), instead of deciding from the bytes. */
  readonly encoding?: string;
  /** How many leading rows `isHeader` may look at (default 30). */
  readonly headerSearchRows?: number;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function fail(en: string, zh: string): ReadTableResult {
  return { ok: false, error: { en, zh } };
}

function problem(en: string, zh: string): ReadProblem {
  return { en, zh };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function isEmptyRow(cells: readonly RawCell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null || c === undefined) continue;
    if (typeof c === "string" && (c === "" || c.trim() === "")) continue;
    return false;
  }
  return true;
}

function headerText(cells: readonly RawCell[]): string[] {
  return cells.map((c) => (c === null ? "" : String(c).trim()));
}

/**
 * Splits rows into header and data rows in one pass (exports run to 100,000 rows): the header is the
 * first non-empty row, or the first `isHeader` accepts among the leading rows. Row numbers are the
 * index + 1 (CSV) or given per row (.xlsx, which skips empty rows).
 */
function splitHeader(
  all: readonly (readonly RawCell[])[],
  rowNumbers: readonly number[] | null,
  options: ReadTableOptions,
): { headerRow: number; header: string[]; rows: RawRow[] } | null {
  const limit = options.headerSearchRows ?? 30;
  let first = -1;
  let headerIndex = -1;
  for (let i = 0, seen = 0; i < all.length && seen < limit; i++) {
    if (isEmptyRow(all[i])) continue;
    if (first < 0) first = i;
    seen++;
    if (!options.isHeader || options.isHeader(headerText(all[i]))) {
      headerIndex = i;
      break;
    }
  }
  if (first < 0) return null;
  if (headerIndex < 0) headerIndex = first;
  const rowOf = (i: number) => (rowNumbers ? rowNumbers[i] : i + 1);
  return {
    headerRow: rowOf(headerIndex),
    header: headerText(all[headerIndex]),
    rows: dataRows(all, headerIndex + 1, rowNumbers),
  };
}

/**
 * The non-empty rows from `from` on, with their numbers. A module function without callbacks: its
 * optimised code serves every file read (a loop calling a function made per call was compiled again
 * on every read, and ran unoptimised meanwhile).
 */
function dataRows(
  all: readonly (readonly RawCell[])[],
  from: number,
  rowNumbers: readonly number[] | null,
): RawRow[] {
  const rows: RawRow[] = [];
  for (let i = from; i < all.length; i++) {
    const cells = all[i];
    if (!isEmptyRow(cells)) rows.push({ row: rowNumbers ? rowNumbers[i] : i + 1, cells });
  }
  return rows;
}

function fileLabel(options: ReadTableOptions): string {
  return options.fileName ? `${options.fileName}: ` : "";
}

function fileLabelZh(options: ReadTableOptions): string {
  return options.fileName ? `${options.fileName}：` : "";
}

/** The first of `issues` as the read's error, saying how many more rows have the same kind of problem. */
function failWith(issues: readonly InputIssue[], options: ReadTableOptions): ReadTableResult {
  return { ok: false, error: issuesProblem(issues, options) };
}

function issuesProblem(issues: readonly InputIssue[], options: ReadTableOptions): ReadProblem {
  const first = issues[0];
  const more = issues.length - 1;
  return {
    ...(first.row !== undefined ? { row: first.row } : {}),
    en: `${fileLabel(options)}${first.row !== undefined ? `row ${first.row}: ` : ""}${first.en}${more ? ` (and ${more} more row(s))` : ""}`,
    zh: `${fileLabelZh(options)}${first.row !== undefined ? `第 ${first.row} 行：` : ""}${first.zh}${more ? `（另有 ${more} 行）` : ""}`,
  };
}

function readCsv(bytes: Uint8Array, options: ReadTableOptions): ReadTableResult {
  const { text, encoding, how } = decodeText(bytes, options.encoding);
  // More lines than a sheet has rows: refused before papaparse builds an array per line.
  const tooLong = csvSizeIssue(text);
  if (tooLong) return failWith([tooLong], options);
  // Papaparse guesses the delimiter from the first rows; blank lines spoil its guess on short files,
  // so the guess skips them, and the real parse keeps them to number rows as a spreadsheet does.
  const guess = Papa.parse<string[]>(text, {
    delimitersToGuess: [",", "\t", ";", "|"],
    skipEmptyLines: "greedy",
    preview: 50,
  });
  const parsed = Papa.parse<string[]>(text, { delimiter: guess.meta.delimiter, skipEmptyLines: false });
  // An unterminated quote swallows every row after it: stop, naming the row, rather than lose them.
  const quotes = csvQuoteIssues(parsed.errors);
  if (quotes.length) return failWith(quotes, options);
  const sizes = csvRecordIssues(parsed.data, (i) => i + 1);
  if (sizes.length) return failWith(sizes, options);
  // Papaparse only guesses a delimiter when the text has more than one column; one column is fine.
  const warnings: ReadProblem[] = parsed.errors
    .filter((e) => e.code !== "UndetectableDelimiter")
    .map((e) => {
      const row = e.row === undefined ? undefined : e.row + 1;
      return { row, en: `CSV: ${e.message}`, zh: `CSV 解析问题：${e.message}（${e.code}）` };
    });
  const split = splitHeader(parsed.data, null, options);
  if (!split)
    return fail(`${fileLabel(options)}the file holds no rows`, `${fileLabelZh(options)}文件中没有数据行`);
  return {
    ok: true,
    table: {
      format: "csv",
      encoding,
      encodingHow: how,
      delimiter: parsed.meta.delimiter,
      ...split,
      warnings,
    },
  };
}

/** ExcelJS gives dates as JS Dates in UTC; the rest of Sales Kit works in Excel serial numbers. */
function serialFromDate(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/** OOXML's _xHHHH_ escapes of characters XML cannot carry (a line break is _x000D_ from some writers). */
function unescapeText(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** `result` is the formula's cached value, which ExcelJS leaves out of `value` when it is 0, false or "". */
function rawFromExcel(value: ExcelJS.CellValue, result?: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return unescapeText(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialFromDate(value);
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return unescapeText((v.richText as { text: string }[]).map((p) => p.text).join(""));
  // A formula in an export is never evaluated here: its cached result is the data.
  if ("formula" in v || "sharedFormula" in v)
    return rawFromExcel((v.result ?? result ?? null) as ExcelJS.CellValue);
  if (typeof v.error === "string") return v.error;
  if (typeof v.text === "string") return unescapeText(v.text);
  if (v.text && typeof v.text === "object") return rawFromExcel(v.text as ExcelJS.CellValue);
  return null;
}

/** A worksheet's rows that hold a cell, as raw values, with their row numbers. */
function worksheetCells(ws: ExcelJS.Worksheet): { all: RawCell[][]; rowNumbers: number[] } {
  const all: RawCell[][] = [];
  const rowNumbers: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    // row.values is 1-based and sparse.
    const values = row.values as ExcelJS.CellValue[];
    for (let c = 1; c < values.length; c++) {
      const value = values[c];
      const formulaWithoutResult =
        typeof value === "object" && value !== null && !(value instanceof Date) && "formula" in value;
      cells.push(rawFromExcel(value, formulaWithoutResult ? row.getCell(c).result : undefined));
    }
    all.push(cells);
    rowNumbers.push(rowNumber);
  });
  return { all, rowNumbers };
}

/** Rows with a cell longer than Excel holds (at most 10). */
function longCellIssues(all: readonly (readonly RawCell[])[], rowNumbers: readonly number[]): InputIssue[] {
  const long: InputIssue[] = [];
  for (let i = 0; i < all.length && long.length < 10; i++) {
    const c = all[i].findIndex((v) => typeof v === "string" && v.length > EXCEL_MAX_CELL_TEXT);
    if (c >= 0)
      long.push({
        row: rowNumbers[i],
        field: `column ${c + 1}`,
        en: `a cell of ${String(all[i][c]).length.toLocaleString("en-US")} characters; an Excel cell holds ${EXCEL_MAX_CELL_TEXT.toLocaleString("en-US")}`,
        zh: `单元格有 ${String(all[i][c]).length.toLocaleString("en-US")} 个字符；Excel 单元格最多 ${EXCEL_MAX_CELL_TEXT.toLocaleString("en-US")} 个`,
      });
  }
  return long;
}

type OpenedSheet =
  | { readonly ok: true; readonly ws: ExcelJS.Worksheet; readonly sheets: readonly string[] }
  | { readonly ok: false; readonly error: ReadProblem };

/** Loads the package (refusing a zip bomb first) and picks the worksheet the options ask for. */
async function openWorksheet(
  bytes: Uint8Array,
  options: ReadTableOptions,
  load: { readonly maxPartBytes?: number; readonly isoDates?: boolean } = {},
): Promise<OpenedSheet> {
  // A zip bomb is refused from the sizes its directory declares, before ExcelJS inflates a byte.
  const big = oversizedPart(bytes, load.maxPartBytes);
  if (big) {
    const mb = (n: number) => (Number.isFinite(n) ? `${Math.ceil(n / 1024 / 1024)} MB` : "over 4 GB");
    return {
      ok: false,
      error: problem(
        `${fileLabel(options)}expands to ${mb(big.bytes)} (${big.name}); an export read here may expand to ${mb(big.limit)}: export fewer rows or save it as CSV`,
        `${fileLabelZh(options)}解压后达 ${mb(big.bytes)}（${big.name}）；此处读取的导出文件解压后最多 ${mb(big.limit)}：请减少导出的行数或另存为 CSV`,
      ),
    };
  }
  let wb: ExcelJS.Workbook;
  try {
    // Packages .NET tools write (an x: namespace prefix) are normalised there first.
    wb = await loadWorkbook(bytes, load.isoDates ? { isoDates: true } : {});
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: problem(
        `${fileLabel(options)}not a readable .xlsx file (${reason}); open it in Excel and save it again, or save it as CSV`,
        `${fileLabelZh(options)}不是可读取的 .xlsx 文件（${reason}）；请在 Excel 中打开后重新保存，或另存为 CSV`,
      ),
    };
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const preferred = options.preferSheet && wb.worksheets.find((w) => options.preferSheet!(w.name));
  const ws = options.sheet
    ? wb.getWorksheet(options.sheet)
    : preferred ||
      (wb.worksheets.find((w) => w.state !== "hidden" && w.state !== "veryHidden") ?? wb.worksheets[0]);
  if (ws) return { ok: true, ws, sheets };
  return {
    ok: false,
    error: options.sheet
      ? problem(
          `${fileLabel(options)}no worksheet "${options.sheet}" (has: ${sheets.join(", ")})`,
          `${fileLabelZh(options)}没有名为“${options.sheet}”的工作表（现有：${sheets.join("、")}）`,
        )
      : problem(
          `${fileLabel(options)}the workbook has no worksheet`,
          `${fileLabelZh(options)}工作簿中没有工作表`,
        ),
  };
}

async function readXlsx(bytes: Uint8Array, options: ReadTableOptions): Promise<ReadTableResult> {
  // ISO date cells (t="d", which some exporters write) would reach ExcelJS as their year alone
  // (2026-03-01 read as the number 2026): a wrong close date, so the extra pass over the package
  // (about 5% of reading a 100,000-row export) is paid on every read.
  const opened = await openWorksheet(bytes, options, { isoDates: true });
  if (!opened.ok) return { ok: false, error: opened.error };
  const { ws, sheets } = opened;
  const { all, rowNumbers } = worksheetCells(ws);
  const long = longCellIssues(all, rowNumbers);
  if (long.length) return failWith(long, options);
  const split = splitHeader(all, rowNumbers, options);
  if (!split) {
    return fail(
      `${fileLabel(options)}worksheet "${ws.name}" holds no rows`,
      `${fileLabelZh(options)}工作表“${ws.name}”中没有数据行`,
    );
  }
  return { ok: true, table: { format: "xlsx", sheet: ws.name, sheets, ...split, warnings: [] } };
}

/** Every row of one worksheet that holds a value, header included, as the sheet numbers them. */
export interface SheetRows {
  readonly sheet: string;
  /** Every sheet of the workbook, in order, for messages. */
  readonly sheets: readonly string[];
  readonly rows: readonly RawRow[];
}

export type SheetRowsResult =
  { readonly ok: true; readonly value: SheetRows } | { readonly ok: false; readonly error: ReadProblem };

/**
 * The rows of an .xlsx worksheet (the preferred one, else the first visible one) without splitting
 * off a header: for small inputs whose own parser finds its header (a roster). `maxPartBytes` caps
 * what an input of that kind may expand to. ISO date cells are read as dates here as in readTable.
 */
export async function readSheetRows(
  bytes: Uint8Array,
  options: Pick<ReadTableOptions, "fileName" | "sheet" | "preferSheet"> & {
    readonly maxPartBytes?: number;
  } = {},
): Promise<SheetRowsResult> {
  const opened = await openWorksheet(bytes, options, {
    isoDates: true,
    ...(options.maxPartBytes !== undefined ? { maxPartBytes: options.maxPartBytes } : {}),
  });
  if (!opened.ok) return { ok: false, error: opened.error };
  const { all, rowNumbers } = worksheetCells(opened.ws);
  const long = longCellIssues(all, rowNumbers);
  if (long.length) return { ok: false, error: issuesProblem(long, options) };
  return {
    ok: true,
    value: { sheet: opened.ws.name, sheets: opened.sheets, rows: dataRows(all, 0, rowNumbers) },
  };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads a CSV or .xlsx export; the bytes decide the format (an .xlsx is a zip file). */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Promise<ReadTableResult> {
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, options);
  if (startsWith(bytes, OLE)) {
    return fail(
      `${fileLabel(options)}old Excel 97-2003 (.xls) files cannot be read: save it as .xlsx or CSV`,
      `${fileLabelZh(options)}无法读取旧版 Excel 97-2003（.xls）文件：请另存为 .xlsx 或 CSV`,
    );
  }
  // A picture or a PDF decoded as text is one column of garbage: name what it is instead.
  const kind = binaryKind(bytes);
  if (kind) {
    return fail(
      `${fileLabel(options)}this is ${kind.en}, not a CSV or .xlsx file`,
      `${fileLabelZh(options)}这是${kind.zh}，不是 CSV 或 .xlsx 文件`,
    );
  }
  if (/\.xlsx$/i.test(options.fileName ?? "")) {
    return fail(
      `${fileLabel(options)}not a readable .xlsx file`,
      `${fileLabelZh(options)}不是可读取的 .xlsx 文件`,
    );
  }
  return readCsv(bytes, options);
}
