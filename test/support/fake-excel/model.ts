/**
 * The state of the fake Excel workbook: sheets with cells and formats, tables, names, validations,
 * conditional formats and layout; plus a plain snapshot for comparing states. Plain TypeScript (no
 * Node imports) so the fake can run inside a browser page too.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  RangeRef,
  cellAddress,
  columnIndex,
  parseCell,
} from "../../../src/workbook/a1";

export type CellContent = { value: number | string | boolean } | { formula: string } | { error: string };

export type BorderEdge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  locked?: boolean;
  numberFormat?: string;
  quotePrefix?: boolean;
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", string>>;
}

export interface FakeCell {
  content?: CellContent;
  format: CellFormat;
}

export interface FakeValidation {
  range: string;
  rule?: unknown;
  ignoreBlanks?: boolean;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface FakeConditional {
  range: string;
  type: string;
  settings: Record<string, unknown>;
}

export interface FakeName {
  name: string;
  formula: string;
  comment?: string;
}

export interface FakeChartSeries {
  name?: string;
  /** "Sheet!A1:A5"; empty for a series added and not yet given values. */
  values: string;
  categories?: string;
  chartType?: string;
}

export interface FakeChart {
  type: string;
  /** "Sheet!A1:B5". */
  source: string;
  seriesBy: string;
  title?: string;
  position?: [string, string];
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  valueFormat?: string;
  legend?: string;
  /** The source's first column held text, so Excel took it as the categories. */
  textCategories?: boolean;
  series: FakeChartSeries[];
}

export interface FakeSheet {
  readonly id: number;
  name: string;
  tabColor?: string;
  showGridlines: boolean;
  cells: Map<number, FakeCell>;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  merges: RangeRef[];
  validations: FakeValidation[];
  conditionalFormats: FakeConditional[];
  names: FakeName[];
  freeze: { rows: number; columns: number } | null;
  protection: { options: unknown; password?: string } | null;
  pageLayout: Record<string, unknown>;
  /** 1-based rows that horizontalPageBreaks.add put a break above. */
  pageBreaksBefore: number[];
  charts: FakeChart[];
}

export interface FakeTable {
  readonly id: number;
  name: string;
  sheetId: number;
  /** Header, data and (when shown) totals rows. */
  range: RangeRef;
  showTotals: boolean;
  style: string;
}

export class FakeState {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: FakeName[] = [];
  activeSheetId = 0;
  /** What the user selected: one area of a sheet (whole columns "A:F" included); A1 of the active sheet by default. */
  selection: { sheetId: number; area: RangeRef } | null = null;
  /**
   * The add-in's workbook is the active window. While it is not, Excel on Windows refuses names.add
   * with ItemNotFound (OfficeDev/office-js issue 2078).
   */
  windowActive = true;
  private nextId = 1;

  newId(): number {
    return this.nextId++;
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      id: this.newId(),
      name,
      showGridlines: true,
      cells: new Map(),
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      hiddenRows: new Set(),
      merges: [],
      validations: [],
      conditionalFormats: [],
      names: [],
      freeze: null,
      protection: null,
      pageLayout: {},
      pageBreaksBefore: [],
      charts: [],
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetByName(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  tableByName(name: string): FakeTable | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) sheet.cells.set(key, (cell = { format: {} }));
  return cell;
}

/** "A1", "A1:C3", "A:C" (columns), "2:4" (rows), with optional $; Excel's forms for one area. */
export function parseArea(address: string): RangeRef {
  const parts = address.trim().replace(/\$/g, "").split(":");
  if (parts.length > 2) throw new RangeError(`address "${address}"`);
  const [a, b = a] = parts;
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b)) {
    const c1 = columnIndex(a);
    const c2 = columnIndex(b);
    return { start: { row: 0, col: Math.min(c1, c2) }, end: { row: MAX_ROWS - 1, col: Math.max(c1, c2) } };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const r1 = Number(a) - 1;
    const r2 = Number(b) - 1;
    if (r1 < 0 || r2 < 0) throw new RangeError(`address "${address}"`);
    return { start: { row: Math.min(r1, r2), col: 0 }, end: { row: Math.max(r1, r2), col: MAX_COLUMNS - 1 } };
  }
  const s = parseCell(a);
  const e = parseCell(b);
  return {
    start: { row: Math.min(s.row, e.row), col: Math.min(s.col, e.col) },
    end: { row: Math.max(s.row, e.row), col: Math.max(s.col, e.col) },
  };
}

export function areaAddress(r: RangeRef): string {
  const a = cellAddress(r.start.row, r.start.col);
  const b = cellAddress(r.end.row, r.end.col);
  return a === b ? a : `${a}:${b}`;
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.col <= b.end.col &&
    b.start.col <= a.end.col
  );
}

// ------------------------------------------------------------------------------------------------
// Snapshots: plain data, stable order, for toEqual between states.

export interface SheetSnapshot {
  name: string;
  tabColor?: string;
  showGridlines: boolean;
  cells: Record<string, { content?: CellContent; format?: CellFormat }>;
  columnWidths: Record<string, number>;
  hiddenColumns: string[];
  rowHeights: Record<string, number>;
  hiddenRows: number[];
  merges: string[];
  validations: FakeValidation[];
  conditionalFormats: FakeConditional[];
  names: FakeName[];
  freeze: { rows: number; columns: number } | null;
  protection: { options: unknown; password?: string } | null;
  pageLayout: Record<string, unknown>;
  /** Present when the sheet has manual page breaks. */
  pageBreaksBefore?: number[];
  charts: FakeChart[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: { name: string; sheet: string; range: string; showTotals: boolean; style: string }[];
  names: FakeName[];
  activeSheet: string | undefined;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function sortedKeys<T>(map: Map<number, T>, label: (k: number) => string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of [...map.keys()].sort((a, b) => a - b)) out[label(k)] = clone(map.get(k)!);
  return out;
}

export function snapshotOf(state: FakeState): WorkbookSnapshot {
  const columnLabel = (c: number) => cellAddress(0, c).replace(/\d+$/, "");
  return clone({
    sheets: state.sheets.map((s) => {
      const cells: SheetSnapshot["cells"] = {};
      for (const key of [...s.cells.keys()].sort((a, b) => a - b)) {
        const cell = s.cells.get(key)!;
        const hasFormat = Object.keys(cell.format).length > 0;
        if (!cell.content && !hasFormat) continue;
        cells[cellAddress(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS)] = {
          ...(cell.content ? { content: cell.content } : {}),
          ...(hasFormat ? { format: cell.format } : {}),
        };
      }
      return {
        name: s.name,
        ...(s.tabColor ? { tabColor: s.tabColor } : {}),
        showGridlines: s.showGridlines,
        cells,
        columnWidths: sortedKeys(s.columnWidths, columnLabel),
        hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b).map(columnLabel),
        rowHeights: sortedKeys(s.rowHeights, (r) => String(r + 1)),
        hiddenRows: [...s.hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
        merges: s.merges.map(areaAddress),
        validations: s.validations,
        conditionalFormats: s.conditionalFormats,
        names: s.names,
        freeze: s.freeze,
        protection: s.protection,
        pageLayout: s.pageLayout,
        ...(s.pageBreaksBefore.length
          ? { pageBreaksBefore: [...s.pageBreaksBefore].sort((a, b) => a - b) }
          : {}),
        charts: s.charts,
      };
    }),
    tables: state.tables.map((t) => ({
      name: t.name,
      sheet: state.sheets.find((s) => s.id === t.sheetId)?.name ?? "?",
      range: areaAddress(t.range),
      showTotals: t.showTotals,
      style: t.style,
    })),
    names: state.names,
    activeSheet: state.sheets.find((s) => s.id === state.activeSheetId)?.name,
  });
}
