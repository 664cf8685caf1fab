/**
 * A small sheet builder for the incentive generator: cells set by 0-based row and column, styles,
 * formats and names collected alongside, emitted as one SheetSpec with a single block.
 */
import { cellAddress, columnLetter, parseRange, rowSpan, sheetRef } from "../../workbook/a1";
import type {
  CellInput,
  ColumnSpec,
  RowSpec,
  ConditionalFormatSpec,
  DataValidationSpec,
  DefinedNameSpec,
  PrintSpec,
  RangeNumberFormat,
  RangeStyle,
  SheetSpec,
  StyleName,
} from "../../workbook/spec";
import { LazyFacts, lazyRows } from "../../workbook/blocks";
import { WrappingRows, fitWrappedRows, fitWrappedRowsOf, wrappingRows } from "../../workbook/fit-rows";
import { STYLES } from "../../workbook/styles";
import { cellPasses } from "../../workbook/validate";
import { lastColumnOnPage, legiblePrint } from "../../workbook/print-width";
import { RangeList } from "./range-list";

export const FORMATS = {
  money: "#,##0.00",
  percent: "0.0%",
  rate: "0.00%",
  date: "yyyy-mm-dd",
  count: "0",
} as const;

/** A1 address of a 0-based cell, absolute when asked ("$B$4"). */
export function at(row: number, col: number, absolute = false): string {
  return cellAddress(row, col, absolute);
}

/** Column fixed, row relative ("$A5"): a row's own key cell in formulas filled down. */
export function atColumn(row: number, col: number): string {
  return `$${columnLetter(col)}${row + 1}`;
}

/** "$B$4:$B$9" for a 0-based column span of rows. */
export function columnRange(col: number, firstRow: number, lastRow: number): string {
  return `${at(firstRow, col, true)}:${at(lastRow, col, true)}`;
}

/** Imported or configured text stays text, even if it starts with "=" (CSV injection). */
export function text(value: string): CellInput {
  return /^[=+\-@\t\r]/.test(value) ? { text: value } : value;
}

export function formula(body: string): CellInput {
  return { formula: body.startsWith("=") ? body : `=${body}` };
}

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;

/**
 * Sheets with at least this many rows in bands keep their bands' cells unmade (Grid.band). Below it
 * the cells are kept: each of the writer's passes over a lazy sheet (validation, size, rows) makes
 * its cells again, which costs more time than a smaller sheet's memory is worth. Measured at 10,000
 * reps x 12 months: the Calculation and Pay statements sheets held 0.9 G characters of formulas.
 */
let lazyFrom = 60_000;

/** Tests set the threshold (0: every band lazy) and restore it. */
export function setLazyBandRows(rows: number): number {
  const before = lazyFrom;
  lazyFrom = rows;
  return before;
}

/** Rows whose cells `fill` sets, remade on demand. */
interface Band {
  readonly top: number;
  readonly end: number;
  readonly fill: (g: Grid) => void;
}

export class Grid {
  private readonly cells: CellInput[][] = [];
  private readonly styles = new RangeList<StyleName>();
  private readonly formats = new RangeList<string>();
  private readonly validations: DataValidationSpec[] = [];
  private readonly conditional: ConditionalFormatSpec[] = [];
  private readonly merges: string[] = [];
  readonly names: DefinedNameSpec[] = [];
  private readonly widths = new Map<number, number>();
  private readonly heights = new Map<number, number>();
  private readonly notes: { row: number; col: number }[] = [];
  private noteEnd = Infinity;
  private printEnd = Infinity;
  private readonly bands: Band[] = [];
  /** The band whose fill runs for its side effects (formats, notes, names): its cells are not kept. */
  private filling: Band | null = null;
  /** The last column a band's (unkept) cells reach, as a kept row's length would tell. */
  private bandLastCol = -1;
  /** The last row a band sets: the sheet's length, as the kept rows' would be. */
  private bandLastRow = -1;
  private lazy = false;
  private cached: { band: Band; rows: CellInput[][] } | null = null;
  /** [row, col] of the bands' cells the validation must see (cellPasses false), as they are set. */
  private readonly suspects: [number, number][] = [];
  /** Band rows made once for the passes of toSheet (notes, row heights), which read the same rows. */
  private pinned: Map<number, readonly CellInput[]> | null = null;
  /** The cells a band's first fill sets, by row, and the rows of them kept for toSheet (markRows). */
  private fillCells: CellInput[][] = [];
  private fillRows = new Set<number>();
  private readonly kept = new Map<number, readonly CellInput[]>();
  /**
   * A scratch grid that makes a band's cells again for a reader (rowAt): the fill's styles, formats,
   * merges and the rest were taken by its first fill, so here they are skipped (about a tenth of the
   * writer's fills of a 1,000-rep statements sheet).
   */
  private cellsOnly = false;

  constructor(readonly sheetName: string) {}

  /**
   * Whether the bands of a sheet of `rows` band rows are made on demand: call before the first
   * band. Off: `band` runs its fill at once, as plain calls.
   */
  lazyBands(rows: number): void {
    this.lazy = rows >= lazyFrom;
  }

  /**
   * Rows top..top+height-1 (0-based), whose cells only `fill` sets, with the same calls as on the grid
   * (set, style, note, ...). With lazy bands on, the fill runs once now for everything but the cells,
   * and again (on a scratch grid) each time a reader of the sheet reaches the band, for its cells.
   * `fill` must do the same each time and set no cell outside its rows.
   */
  band(top: number, height: number, fill: (g: Grid) => void): void {
    if (!this.lazy) return fill(this);
    const band: Band = { top, end: top + height, fill };
    const last = this.bands[this.bands.length - 1];
    if (last && top < last.end) throw new Error("grid: bands must come in row order without overlap");
    this.bands.push(band);
    this.filling = band;
    this.fillCells = [];
    this.fillRows = new Set();
    try {
      fill(this);
      // The rows toSheet will read (notes, wrapped text) are kept from this fill, not made again.
      for (const r of this.fillRows)
        if (r >= band.top && r < band.end) this.kept.set(r, this.fillCells[r] ?? []);
    } finally {
      this.filling = null;
      this.fillCells = [];
      this.fillRows = new Set();
    }
  }

  /** During a band's first fill: rows that hold a note or a wrapping style, which toSheet reads. */
  private markRows(first: number, last: number): void {
    for (let r = first; r <= last; r++) this.fillRows.add(r);
  }

  private bandAt(row: number): Band | null {
    const bands = this.bands;
    let lo = 0;
    let hi = bands.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = bands[mid];
      if (row < b.top) hi = mid - 1;
      else if (row >= b.end) lo = mid + 1;
      else return b;
    }
    return null;
  }

  /** Row r as the sheet has it: a band's made again (the last band's kept until another is read). */
  private rowAt(r: number): readonly CellInput[] {
    const pinned = this.pinned?.get(r);
    if (pinned) return pinned;
    const band = this.bands.length ? this.bandAt(r) : null;
    if (!band) return this.cells[r] ?? [];
    if (this.cached?.band !== band) {
      const scratch = new Grid(this.sheetName);
      scratch.cellsOnly = true;
      band.fill(scratch);
      this.cached = { band, rows: scratch.cells };
    }
    return this.cached.rows[r] ?? [];
  }

  set(row: number, col: number, value: CellInput): void {
    const band = this.filling;
    if (band) {
      if (row < band.top || row >= band.end) throw new Error(`grid: a band sets row ${row + 1}, outside it`);
      if (col > this.bandLastCol) this.bandLastCol = col;
      if (row > this.bandLastRow) this.bandLastRow = row;
      if (!cellPasses(value)) this.suspects.push([row, col]);
      const kept = (this.fillCells[row] ??= []);
      while (kept.length < col) kept.push(null);
      kept[col] = value;
      return;
    }
    if (this.bands.length && this.bandAt(row)) throw new Error(`grid: row ${row + 1} belongs to a band`);
    const line = (this.cells[row] ??= []);
    while (line.length < col) line.push(null);
    line[col] = value;
  }

  /** Writes values left to right from (row, col). */
  setRow(row: number, col: number, values: readonly CellInput[]): void {
    values.forEach((v, i) => this.set(row, col + i, v));
  }

  /** The sheet's title (A1) and the note under it (A2). */
  heading(title: CellInput, note: string): void {
    this.set(0, 0, title);
    this.style("A1", "title");
    this.note(1, 0, note);
  }

  /**
   * Explanatory text at (row, col). When the sheet is built it spans the columns to the right up to
   * the sheet's last used one (when they are empty in that row), and its row is fitted to the text
   * (fitWrappedRows): a wrapped note in one column would be cut off after a line or two.
   */
  note(row: number, col: number, value: string): void {
    this.set(row, col, value);
    if (this.cellsOnly) return;
    this.style(at(row, col), "note");
    this.notes.push({ row, col });
    if (this.filling) this.markRows(row, row);
  }

  /** A header row of labels from (row, col), styled as headers. */
  header(row: number, col: number, labels: readonly CellInput[]): void {
    this.setRow(row, col, labels);
    this.styleCells(row, col, 1, labels.length, "header");
  }

  style(range: string, style: StyleName): void {
    if (this.cellsOnly) return;
    this.styles.add(range, style);
    if (this.filling && STYLES[style].wrap) {
      const r = parseRange(range);
      this.markRows(r.start.row, r.end.row);
    }
  }

  styleCells(row: number, col: number, rows: number, cols: number, style: StyleName): void {
    if (this.cellsOnly) return;
    if (rows <= 0 || cols <= 0) return;
    this.styles.addCells(row, col, rows, cols, style);
    if (this.filling && STYLES[style].wrap) this.markRows(row, row + rows - 1);
  }

  format(range: string, format: string): void {
    if (this.cellsOnly) return;
    this.formats.add(range, format);
  }

  formatCells(row: number, col: number, rows: number, cols: number, format: string): void {
    if (this.cellsOnly) return;
    if (rows <= 0 || cols <= 0) return;
    this.formats.addCells(row, col, rows, cols, format);
  }

  validate(spec: DataValidationSpec): void {
    if (this.cellsOnly) return;
    this.validations.push(spec);
  }

  conditionalFormat(spec: ConditionalFormatSpec): void {
    if (this.cellsOnly) return;
    this.conditional.push(spec);
  }

  merge(range: string): void {
    if (this.cellsOnly) return;
    this.merges.push(range);
  }

  width(col: number, width: number): void {
    if (this.cellsOnly) return;
    this.widths.set(col, width);
  }

  /** Row height in points of a 0-based row. */
  height(row: number, points: number): void {
    if (this.cellsOnly) return;
    this.heights.set(row, points);
  }

  /**
   * Notes span at most to 0-based column `col`: a sheet printed at full size over pages across keeps
   * each note on its first page, whole, instead of cut at the page's edge.
   */
  spanNotesTo(col: number): void {
    this.noteEnd = col;
  }

  /**
   * The printed page ends at 0-based column `col` (and notes span no further): helper columns right
   * of it stay on screen, where their formulas can be followed, but do not shrink the printed table.
   */
  printTo(col: number): void {
    this.printEnd = col;
    this.spanNotesTo(Math.min(this.noteEnd, col));
  }

  /** Notes span at most the columns that fit across the first landscape page at full size. */
  spanNotesWithinPage(): void {
    const last = Math.max(0, ...this.widths.keys());
    const widths = Array.from({ length: last + 1 }, (_, c) => this.widths.get(c) ?? DEFAULT_WIDTH);
    this.spanNotesTo(lastColumnOnPage(widths));
  }

  /**
   * Landscape and one page wide while the text stays legible; else at a fixed scale over pages
   * across, in column order, the first `titles` columns repeated on each (tablePrint) and the notes
   * kept within the first page. `titleRows` repeat on every page down.
   */
  legiblePrint(titleRows?: string, titles = 1): PrintSpec {
    const widths = this.printWidths();
    const { print, noteEnd } = legiblePrint(widths, titles, titleRows);
    if (noteEnd < widths.length - 1) this.spanNotesTo(Math.min(this.noteEnd, noteEnd));
    return print;
  }

  /** The widths of the columns that print: from A to the last used or set one (or printTo's). */
  printWidths(): number[] {
    let last = Math.max(0, this.bandLastCol, ...this.widths.keys());
    for (const line of this.cells) if (line) last = Math.max(last, line.length - 1);
    last = Math.min(last, this.printEnd);
    return Array.from({ length: last + 1 }, (_, c) => this.widths.get(c) ?? DEFAULT_WIDTH);
  }

  private spanNotes(): void {
    let lastCol = Math.max(0, this.bandLastCol);
    for (const line of this.cells) if (line) lastCol = Math.max(lastCol, line.length - 1);
    lastCol = Math.min(lastCol, this.noteEnd);
    for (const n of this.notes.splice(0)) {
      const line = this.rowAt(n.row);
      const free = line.slice(n.col + 1).every((v) => v === null || v === undefined);
      if (free && lastCol > n.col) this.merge(rowSpan(n.row + 1, n.col, lastCol));
    }
  }

  /** A workbook-scoped name for a cell or range of this sheet, e.g. M1_Quota -> 'Plan'!$B$12. */
  define(name: string, range: string, comment?: string): string {
    if (this.cellsOnly) return name;
    this.names.push({
      name,
      refersTo: `=${sheetRef(this.sheetName, range)}`,
      ...(comment ? { comment } : {}),
    });
    return name;
  }

  /** A reference to a cell of this sheet from another sheet. */
  ref(row: number, col: number): string {
    return sheetRef(this.sheetName, at(row, col, true));
  }

  /** Makes the band rows among `rows` once, in row order (each band once), for the passes that follow. */
  private pin(rows: number[]): void {
    const pinned = new Map<number, readonly CellInput[]>();
    // Rows a first fill kept are taken as they are; any other (a wrap set from outside its band) is made.
    for (const r of rows.sort((a, b) => a - b))
      if (!pinned.has(r) && this.bandAt(r)) pinned.set(r, this.kept.get(r) ?? this.rowAt(r));
    this.pinned = pinned;
    this.cached = null;
    this.kept.clear();
  }

  /** The width and the cells to validate of a sheet with bands, as its bands' fills set them. */
  private lazyFacts(): LazyFacts {
    let width = this.bandLastCol + 1;
    const suspects = [...this.suspects];
    this.cells.forEach((line, r) => {
      if (line.length > width) width = line.length;
      line.forEach((cell, k) => {
        if (!cellPasses(cell)) suspects.push([r, k]);
      });
    });
    suspects.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return {
      width,
      suspects: suspects.filter(
        (x, i) => i === 0 || x[0] !== suspects[i - 1][0] || x[1] !== suspects[i - 1][1],
      ),
    };
  }

  toSheet(extra: Partial<SheetSpec> = {}): SheetSpec {
    const lazy = this.bands.length > 0;
    const styles = this.styles.list((range, style): RangeStyle => ({ range, style }), lazy);
    // A sheet with bands made on demand: the rows that the notes and the row heights read are made
    // once for both (each pass would make every band it reaches again).
    let wrapping: WrappingRows | null = null;
    if (lazy) {
      wrapping = wrappingRows({ styles: extra.styles ?? styles, wrap: extra.wrap });
      this.pin([...this.notes.map((n) => n.row), ...wrapping.keys()]);
    }
    try {
      return this.sheetOf(extra, styles, wrapping);
    } finally {
      this.pinned = null;
      this.cached = null;
    }
  }

  private sheetOf(
    extra: Partial<SheetSpec>,
    styles: readonly RangeStyle[],
    wrapping: WrappingRows | null,
  ): SheetSpec {
    this.spanNotes();
    const length = Math.max(this.cells.length, this.bandLastRow + 1);
    const rows = this.bands.length
      ? lazyRows(length, (r) => this.rowAt(r), this.lazyFacts())
      : Array.from({ length }, (_, r) => this.cells[r] ?? []);
    const columns: ColumnSpec[] = [...this.widths.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([col, width]) => ({ column: columnLetter(col), width }));
    const heights: RowSpec[] = [...this.heights.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, height]) => ({ row: row + 1, height }));
    const sheet: SheetSpec = {
      name: this.sheetName,
      blocks: [{ start: "A1", rows }],
      // A sheet with bands made on demand makes its ranges on demand too (range-list.ts).
      styles,
      numberFormats: this.formats.list(
        (range, format): RangeNumberFormat => ({ range, format }),
        this.bands.length > 0,
      ),
      columns,
      ...(heights.length ? { rows: heights } : {}),
      ...(this.merges.length ? { merges: this.merges } : {}),
      ...(this.validations.length ? { validations: this.validations } : {}),
      ...(this.conditional.length ? { conditionalFormats: this.conditional } : {}),
      ...extra,
      ...(extra.print && this.printEnd !== Infinity
        ? { print: { ...extra.print, area: `A1:${columnLetter(this.printEnd)}${rows.length}` } }
        : {}),
    };
    return wrapping ? fitWrappedRowsOf(sheet, wrapping) : fitWrappedRows(sheet);
  }
}
