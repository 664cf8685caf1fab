/**
 * WorkbookSpec: a plain, serialisable description of the sheets a generator wants added.
 * Generators produce it; hosts (Excel through Office.js, .xlsx through ExcelJS) apply it.
 * No Office or ExcelJS types here: a spec is data, and survives JSON.stringify.
 *
 * Addresses are A1 strings relative to their own sheet ("B4", "A1:F20"). Formulas are native
 * Excel formulas in English (en-US) syntax, starting with "=".
 */

export type CellValue = string | number | boolean | null;

/** A native formula. */
export interface FormulaCell {
  readonly formula: string;
}

/** Text that must stay text even if it starts with "=", "+", "-" or "@" (imported data). */
export interface TextCell {
  readonly text: string;
}

export type CellInput = CellValue | FormulaCell | TextCell;

/** A rectangle of cells written in one go, row by row; rows may be ragged, missing cells stay empty. */
export interface Block {
  /** Top-left cell, e.g. "A5". */
  readonly start: string;
  readonly rows: readonly (readonly CellInput[])[];
}

/**
 * A rectangle given column by column: columns[c][r] is the cell r rows below `start`, c columns to
 * its right. For tables of imported records, where a row block would need an array per record
 * (100,000 of them) and a column block needs one per column. Columns may differ in length; missing
 * cells stay empty. A NaN is an empty cell too (JSON writes it as null, which is one), so a column
 * of numbers can be a plain array of numbers, which the engine stores unboxed. Read through
 * blocks.ts (blockCell, blockRows ...), which serves both kinds and turns NaN into null.
 */
export interface ColumnBlock {
  /** Top-left cell, e.g. "A1". */
  readonly start: string;
  readonly columns: readonly (readonly CellInput[])[];
}

/** The small set of named looks every generated sheet uses (see styles.ts). */
export type StyleName = "title" | "subtitle" | "header" | "input" | "computed" | "total" | "note" | "label";

export interface RangeStyle {
  readonly range: string;
  readonly style: StyleName;
}

export interface RangeNumberFormat {
  readonly range: string;
  /** Excel number format code, e.g. "#,##0.00", "0.0%", "yyyy-mm-dd". */
  readonly format: string;
}

export interface ColumnSpec {
  /** Column letter(s), e.g. "A" or "AB". */
  readonly column: string;
  /** Width in characters of the default font (Excel's unit). */
  readonly width?: number;
  readonly hidden?: boolean;
}

export interface RowSpec {
  /** 1-based row number. */
  readonly row: number;
  /** Height in points. */
  readonly height?: number;
  readonly hidden?: boolean;
}

export type ValidationRule =
  | { readonly type: "list"; readonly values: readonly string[] }
  /** A list read from cells, e.g. "=$H$2:$H$6" or "=RatingLabels". */
  | { readonly type: "listSource"; readonly source: string }
  | { readonly type: "whole" | "decimal"; readonly min?: number; readonly max?: number }
  /** Dates as Excel serial numbers. */
  | { readonly type: "date"; readonly min?: number; readonly max?: number };

export interface DataValidationSpec {
  readonly range: string;
  readonly rule: ValidationRule;
  readonly allowBlank?: boolean;
  readonly inputTitle?: string;
  readonly inputMessage?: string;
  readonly errorTitle?: string;
  readonly errorMessage?: string;
}

/** Colours are "#RRGGBB". */
export interface HighlightStyle {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

export type ComparisonOperator =
  | "between"
  | "notBetween"
  | "equal"
  | "notEqual"
  | "greaterThan"
  | "lessThan"
  | "greaterThanOrEqual"
  | "lessThanOrEqual";

export type ConditionalFormatSpec =
  | {
      readonly type: "cellValue";
      readonly range: string;
      readonly operator: ComparisonOperator;
      /** One value, or two for between/notBetween; numbers or formulas ("=$B$2"). */
      readonly values: readonly (number | string)[];
      readonly style: HighlightStyle;
    }
  | {
      readonly type: "expression";
      readonly range: string;
      /** Written for the range's top-left cell, relative references move with each cell. */
      readonly formula: string;
      readonly style: HighlightStyle;
    }
  | { readonly type: "dataBar"; readonly range: string; readonly color: string }
  | {
      readonly type: "colorScale";
      readonly range: string;
      /** Low, middle (50th percentile) and high colours. */
      readonly colors: readonly [string, string, string];
    }
  | {
      readonly type: "iconSet";
      readonly range: string;
      readonly icons: "3TrafficLights" | "3Arrows" | "3Symbols";
      /** Lower bounds of the middle and top icons, as numbers (not percents). */
      readonly thresholds: readonly [number, number];
    };

export interface TableSpec {
  /** Workbook-unique table name; a host renames it on a clash. */
  readonly name: string;
  /** The whole table including its header row (and totals row when present). */
  readonly range: string;
  readonly style?: string;
  /**
   * When set, the last row of `range` is a totals row with these functions per column header: the
   * host writes `=SUBTOTAL(109,Name[Header])` (sum; 101 average, 103 count, 105 min, 104 max) in
   * those columns; cells of that row in "none" or unlisted columns keep what the blocks put there
   * (a label such as "Total"), written after the table exists.
   */
  readonly totals?: Readonly<Record<string, "sum" | "average" | "count" | "min" | "max" | "none">>;
}

export interface DefinedNameSpec {
  readonly name: string;
  /** A reference or formula, e.g. "='Plan'!$B$4". */
  readonly refersTo: string;
  readonly comment?: string;
}

export interface ProtectionSpec {
  /** Optional: sheets are protected to guide input, not to keep secrets. */
  readonly password?: string;
  /** Ranges left editable; cells styled "input" are unlocked too. */
  readonly unlocked?: readonly string[];
  readonly allowSort?: boolean;
  readonly allowAutoFilter?: boolean;
  readonly allowFormatColumns?: boolean;
}

export interface PrintSpec {
  readonly orientation?: "portrait" | "landscape";
  readonly fitToWidth?: boolean;
  /** With fitToWidth: one page tall as well (a dashboard), instead of as many as the rows need. */
  readonly onePage?: boolean;
  /**
   * A fixed print scale in percent (10-400), instead of fitToWidth: manual page breaks hold under it
   * (Excel ignores them under "fit to"), and the rows a page holds are known when laying out.
   */
  readonly scale?: number;
  /** Rows repeated on every printed page, e.g. "1:3". */
  readonly titleRows?: string;
  /**
   * Columns repeated on every printed page, e.g. "A:D": a wide sheet printed at full size over
   * several pages across keeps its rep and metric columns on each (instead of fitting to one page
   * wide, which shrank the goal sheet's text to 3 pt).
   */
  readonly titleColumns?: string;
  readonly area?: string;
  /**
   * 1-based rows that start a new printed page, in ascending order: one pay statement or one rep's
   * block a page, so each can be handed out on its own.
   */
  readonly breaksBefore?: readonly number[];
}

/**
 * Clustered columns (vertical bars), clustered bars (horizontal), lines, or a combo: columns with
 * one or more lines over them (actual bars against a target line).
 */
export type ChartType = "column" | "bar" | "line" | "combo";

export interface ChartSeriesSpec {
  /** The legend text. */
  readonly name: string;
  /**
   * One row or one column of numbers, as long as the categories: on the chart's own sheet ("D5:D12")
   * or another sheet of the spec ("'Goals'!D5:D12"); see chart-refs.ts.
   */
  readonly values: string;
  /** Combo charts only: drawn as columns (default) or as a line over them. */
  readonly as?: "column" | "line";
}

export interface ChartSpec {
  readonly type: ChartType;
  /** The category labels (rep names, stages, dates), referenced like a series' values. */
  readonly categories: string;
  readonly series: readonly ChartSeriesSpec[];
  readonly title: string;
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  /** Number format of the value axis, e.g. "0%" or "#,##0"; default: the cells' own. */
  readonly valueFormat?: string;
  /** Position and size: the top-left and bottom-right cells the chart covers, on its own sheet. */
  readonly from: string;
  readonly to: string;
}

export interface SheetSpec {
  /** Desired name; a host picks "Name (2)" when it is taken. Max 31 characters, no []:*?/\ */
  readonly name: string;
  readonly tabColor?: string;
  readonly blocks: readonly Block[];
  /** Blocks given column by column (large tables of records), written after `blocks`. */
  readonly columnBlocks?: readonly ColumnBlock[];
  readonly styles?: readonly RangeStyle[];
  readonly numberFormats?: readonly RangeNumberFormat[];
  readonly columns?: readonly ColumnSpec[];
  readonly rows?: readonly RowSpec[];
  readonly merges?: readonly string[];
  /** Wrap text in these ranges (narrative boxes). */
  readonly wrap?: readonly string[];
  readonly validations?: readonly DataValidationSpec[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  readonly tables?: readonly TableSpec[];
  /** Names scoped to this sheet. */
  readonly names?: readonly DefinedNameSpec[];
  /** Rows and columns frozen at the top and left. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly protection?: ProtectionSpec;
  readonly print?: PrintSpec;
  /** Charts drawn over this sheet (both hosts draw them; see HostCapabilities). */
  readonly charts?: readonly ChartSpec[];
  /** Hide the cell gridlines (forms and narrative sheets). Default: shown. */
  readonly showGridlines?: boolean;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Workbook-scoped names. */
  readonly names?: readonly DefinedNameSpec[];
  /** Desired name of the sheet to show when done. */
  readonly activate?: string;
  /**
   * Sheets already in the live workbook that this spec's charts draw from (a dashboard added to a
   * workbook): the Excel host reads them and never writes them. Only for the Excel host; a file is
   * written whole, with its sheets in `sheets`.
   */
  readonly existingSheets?: readonly string[];
}

/**
 * What a host can do, so generators can choose a fallback (charts -> data bars). Each host exports
 * its own: EXCEL_CAPABILITIES (src/hosts/excel) and XLSX_CAPABILITIES (src/hosts/xlsx).
 */
export interface HostCapabilities {
  readonly charts: boolean;
  readonly iconSets: boolean;
}

/** What both hosts can do: a generator that writes one spec for either host asks this. */
export const COMMON_CAPABILITIES: HostCapabilities = { charts: true, iconSets: true };

export function isFormula(cell: CellInput): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

export function isText(cell: CellInput): cell is TextCell {
  return typeof cell === "object" && cell !== null && "text" in cell;
}
