/**
 * The <sheetData> of one sheet, produced row by row straight from the spec's blocks, for the
 * streaming writer (stream-write.ts): no row or cell objects are built for the whole sheet, only the
 * current row's. The cells are those the in-memory host writes (write.ts): block values (later blocks
 * win, empty text is no cell), each cell's format combined from the style, number-format, wrap and
 * unlocked ranges (later entries win), table headers and totals, and merged cells (the covered cells
 * empty, in the top-left cell's format).
 */
import { cellAddress, columnLetter, parseCell, parseRange } from "../../workbook/a1";
import { AnyBlock, blockHeight, blockWidth, cellBlocks, isColumnBlock } from "../../workbook/blocks";
import type { CellInput, SheetSpec, StyleName } from "../../workbook/spec";
import { tableHeaders, totalsFormula } from "../../workbook/tables";
import type { CellFormat } from "./cell-formats";
import { asciiBytes, cellRest, cellStart, writesCell } from "./cell-xml";
import type { XmlBytes } from "./xml-bytes";

const STYLE_NAMES: readonly StyleName[] = [
  "title",
  "subtitle",
  "header",
  "input",
  "computed",
  "total",
  "note",
  "label",
];

/**
 * A cell's format as one number: ((numberFormat * 16 + style) * 2 + wrap) * 2 + unlocked, where
 * numberFormat and style count from 1 (0: none). 0 is a cell without any format.
 */
export type FormatKey = number;

/** What one format range sets: a field of the cell's format, over a rectangle. */
interface FormatOp {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly field: 0 | 1 | 2 | 3;
  readonly value: number;
}

interface Placed {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Items over row spans, visited row by row in ascending order; `active` keeps the given order. Items
 * are tracked by index (no map or copy of them): a 10,000-rep statements sheet has 1.5 million
 * format ranges, and a Map from item to index cost about 40 bytes each (issue 23).
 */
class RowSweep<T extends Placed> {
  /** Item indexes by top row, ties in the given order. */
  private readonly byTop: Int32Array;
  private next = 0;
  private activeIndexes: number[] = [];
  active: T[] = [];
  private expires = Infinity;

  constructor(private readonly items: readonly T[]) {
    const order = new Int32Array(items.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    this.byTop = order.sort((a, b) => items[a].top - items[b].top || a - b);
  }

  /** Moves to row `r` (never backwards); true when the active set changed. */
  at(r: number): boolean {
    const items = this.items;
    let changed = false;
    if (r > this.expires) {
      this.activeIndexes = this.activeIndexes.filter((i) => items[i].bottom >= r);
      changed = true;
    }
    while (this.next < this.byTop.length && items[this.byTop[this.next]].top <= r) {
      const i = this.byTop[this.next++];
      if (items[i].bottom >= r) {
        this.activeIndexes.push(i);
        changed = true;
      }
    }
    if (changed) {
      if (this.activeIndexes.length > 1) this.activeIndexes.sort((a, b) => a - b);
      this.active = this.activeIndexes.map((i) => items[i]);
      this.expires = Infinity;
      for (const x of this.active) if (x.bottom < this.expires) this.expires = x.bottom;
    }
    return changed;
  }
}

interface PlacedBlock extends Placed {
  readonly block: AnyBlock;
  readonly left: number;
  readonly width: number;
  readonly order: number;
}

interface PlacedMerge extends Placed {
  readonly left: number;
  readonly right: number;
  /** The top-left cell's format key, known once its row has been formatted. */
  key: FormatKey;
}

/** A cell the table code writes over the blocks (a header text, a totals formula or label). */
type Override = { readonly col: number; readonly value: CellInput };

export function decodeFormat(key: FormatKey): CellFormat {
  const unlocked = key & 1;
  const wrap = (key >> 1) & 1;
  const style = (key >> 2) & 15;
  const numFmt = key >> 6;
  return {
    ...(style ? { style: STYLE_NAMES[style - 1] } : {}),
    ...(numFmt ? { numFmt: formatOfNumber(numFmt) } : {}),
    ...(wrap ? { wrap: true } : {}),
    ...(unlocked ? { unlocked: true } : {}),
  };
}

/** Number formats are numbered workbook-wide, so one key means one format in every sheet. */
const numFmtNumbers = new Map<string, number>();
const numFmtTexts: string[] = [""];
function numberOfFormat(format: string): number {
  let n = numFmtNumbers.get(format);
  if (n === undefined) {
    n = numFmtTexts.length;
    numFmtTexts.push(format);
    numFmtNumbers.set(format, n);
  }
  return n;
}
function formatOfNumber(n: number): string {
  return numFmtTexts[n];
}

/** The value the blocks leave at a cell: the last block's, skipping empty ones (as written). */
export function writtenCell(sheet: SheetSpec, row: number, col: number): CellInput | undefined {
  let found: CellInput | undefined;
  for (const block of cellBlocks(sheet)) {
    const start = parseCell(block.start);
    const r = row - start.row;
    const c = col - start.col;
    if (r < 0 || c < 0) continue;
    const cell = isColumnBlock(block) ? block.columns[c]?.[r] : block.rows[r]?.[c];
    if (cell === undefined || cell === null || cell === "" || cell !== cell) continue;
    found = cell;
  }
  return found;
}

/**
 * One sheet's rows. Construction reads only the spec's ranges (no cells); `formatKeys()` visits the
 * format ranges once to list the distinct formats (the writer registers their styles first), and
 * `rows()` yields the <row> elements in order.
 */
export class SheetRows {
  private readonly blocks: PlacedBlock[];
  private readonly ops: FormatOp[] = [];
  private readonly merges: PlacedMerge[];
  private readonly overrides = new Map<number, Override[]>();
  private readonly rowSpecs = new Map<number, { height?: number; hidden?: boolean }>();
  /** Columns 0..width-1 may hold cells; rows 0..lastRow. */
  readonly width: number;
  readonly lastRow: number;
  /** The bounding range of the cells (for <dimension>), or null for an empty sheet. */
  readonly extent: string | null;

  constructor(private readonly sheet: SheetSpec) {
    let top = Infinity;
    let bottom = -1;
    let right = -1;
    let left = Infinity;
    const grow = (t: number, b: number, l: number, r: number) => {
      if (b < t || r < l) return;
      top = Math.min(top, t);
      bottom = Math.max(bottom, b);
      left = Math.min(left, l);
      right = Math.max(right, r);
    };
    this.blocks = cellBlocks(sheet).map((block, order) => {
      const start = parseCell(block.start);
      const height = blockHeight(block);
      const width = blockWidth(block);
      grow(start.row, start.row + height - 1, start.col, start.col + width - 1);
      return { block, top: start.row, bottom: start.row + height - 1, left: start.col, width, order };
    });
    const addOps = (ranges: readonly string[], field: FormatOp["field"], value: (i: number) => number) =>
      ranges.forEach((range, i) => {
        const r = parseRange(range);
        grow(r.start.row, r.end.row, r.start.col, r.end.col);
        this.ops.push({
          top: r.start.row,
          bottom: r.end.row,
          left: r.start.col,
          right: r.end.col,
          field,
          value: value(i),
        });
      });
    const styles = sheet.styles ?? [];
    addOps(
      styles.map((s) => s.range),
      0,
      (i) => STYLE_NAMES.indexOf(styles[i].style) + 1,
    );
    const formats = sheet.numberFormats ?? [];
    addOps(
      formats.map((f) => f.range),
      1,
      (i) => numberOfFormat(formats[i].format),
    );
    addOps(sheet.wrap ?? [], 2, () => 1);
    addOps(sheet.protection?.unlocked ?? [], 3, () => 1);
    this.merges = (sheet.merges ?? []).map((m) => {
      const r = parseRange(m);
      grow(r.start.row, r.end.row, r.start.col, r.end.col);
      return { top: r.start.row, bottom: r.end.row, left: r.start.col, right: r.end.col, key: 0 };
    });
    for (const table of sheet.tables ?? []) {
      const r = parseRange(table.range);
      grow(r.start.row, r.end.row, r.start.col, r.end.col);
      const headers = tableHeaders(sheet, table);
      // ExcelJS writes each header as text, "" included, over what the blocks put there.
      this.override(
        r.start.row,
        headers.map((h, k) => ({ col: r.start.col + k, value: { text: h } })),
      );
      if (!table.totals) continue;
      const fnOf = (header: string) =>
        Object.entries(table.totals ?? {}).find(([h]) => h.toLowerCase() === header.toLowerCase())?.[1] ??
        "none";
      const totals: Override[] = [];
      headers.forEach((header, k) => {
        const col = r.start.col + k;
        const fn = fnOf(header);
        if (fn !== "none") totals.push({ col, value: { formula: totalsFormula(table.name, header, fn) } });
        else if (k === 0 && writtenCell(sheet, r.end.row, col) === undefined)
          totals.push({ col, value: "Total" });
      });
      this.override(r.end.row, totals);
    }
    for (const spec of sheet.rows ?? []) this.rowSpecs.set(spec.row - 1, spec);
    for (const row of this.rowSpecs.keys()) bottom = Math.max(bottom, row);
    this.lastRow = bottom;
    this.width = right + 1;
    this.extent =
      right < 0 || top > bottom
        ? null
        : `${cellAddress(top, left)}${top === bottom && left === right ? "" : `:${cellAddress(bottom, right)}`}`;
  }

  private override(row: number, cells: Override[]): void {
    const list = this.overrides.get(row) ?? [];
    list.push(...cells);
    this.overrides.set(row, list);
  }

  /**
   * Visits the format key of every formatted cell, row by row. The object yielded is the same each
   * time, its fields those of the current row; a row whose format ranges are those of the row above
   * (most rows) keeps its keys as they are.
   */
  private *formattedRows(): Generator<{ row: number; keys: Int32Array; from: number; to: number }> {
    const sweep = new RowSweep(this.ops);
    const fields = [0, 1, 2, 3].map(() => new Int32Array(this.width));
    const keys = new Int32Array(this.width);
    const current = { row: 0, keys, from: 0, to: -1 };
    let from = 0;
    let to = -1;
    for (let r = 0; r <= this.lastRow; r++) {
      current.row = r;
      if (!sweep.at(r)) {
        yield current;
        continue;
      }
      if (to >= from) {
        for (const f of fields) f.fill(0, from, to + 1);
        keys.fill(0, from, to + 1);
      }
      from = this.width;
      to = -1;
      for (const op of sweep.active) {
        fields[op.field].fill(op.value, op.left, op.right + 1);
        if (op.left < from) from = op.left;
        if (op.right > to) to = op.right;
      }
      const [s, n, w, u] = fields;
      for (let c = from; c <= to; c++) keys[c] = ((n[c] * 16 + s[c]) * 2 + w[c]) * 2 + u[c];
      current.from = from;
      current.to = to;
      yield current;
    }
  }

  /** The distinct format keys the sheet's cells use (0 excluded). */
  formatKeys(): Set<FormatKey> {
    const out = new Set<FormatKey>();
    let last = -1;
    for (const { keys, from, to } of this.formattedRows()) {
      for (let c = from; c <= to; c++) {
        const k = keys[c];
        if (k !== last) {
          out.add(k);
          last = k;
        }
      }
    }
    out.delete(0);
    return out;
  }

  /**
   * The <row> elements, in order, written into `out`; `styleId` maps a format key to the file's style
   * index (0 for the default). Yields whenever `out` holds a piece's worth of bytes (`out.full()`),
   * so the caller can hand them on.
   */
  *rows(styleId: (key: FormatKey) => number, out: XmlBytes): Generator<void> {
    const width = this.width;
    const letters = Array.from({ length: width }, (_, c) => asciiBytes(columnLetter(c)));
    const values = new Array<CellInput | undefined>(width).fill(undefined);
    /** 1: a cell covered by a merge (empty, in the merge's format). */
    const covered = new Uint8Array(width);
    const mergeKey = new Int32Array(width);
    /** Each cell's style index for the row being written (0: none). */
    const styleIds = new Int32Array(width);
    /** 1: the cell writes an element in the row being written. */
    const written = new Uint8Array(width);
    const blockSweep = new RowSweep(this.blocks);
    const mergeSweep = new RowSweep(this.merges);
    const formatted = this.formattedRows();
    const styleOf = new Map<FormatKey, number>();
    const sid = (key: FormatKey) => {
      if (key === 0) return 0;
      let s = styleOf.get(key);
      if (s === undefined) styleOf.set(key, (s = styleId(key)));
      return s;
    };
    /** ` s="N"` by style index. */
    const styleAttrs: Uint8Array[] = [];
    const styleAttr = (s: number) => (styleAttrs[s] ??= asciiBytes(` s="${s}"`));
    for (let r = 0; r <= this.lastRow; r++) {
      const {
        keys,
        from: fFrom,
        to: fTo,
      } = formatted.next().value as {
        keys: Int32Array;
        from: number;
        to: number;
      };
      blockSweep.at(r);
      mergeSweep.at(r);
      let from = fFrom;
      let to = fTo;
      for (const placed of blockSweep.active) {
        const block = placed.block;
        const k = r - placed.top;
        const left = placed.left;
        if (isColumnBlock(block)) {
          const columns = block.columns;
          for (let c = 0; c < placed.width; c++) {
            const cell = columns[c][k];
            // NaN (unequal to itself) is an empty cell in a column block.
            if (cell === undefined || cell === null || cell === "" || cell !== cell) continue;
            values[left + c] = cell;
            if (left + c < from) from = left + c;
            if (left + c > to) to = left + c;
          }
        } else {
          const row = block.rows[k];
          for (let c = 0; c < row.length; c++) {
            const cell = row[c];
            if (cell === undefined || cell === null || cell === "") continue;
            values[left + c] = cell;
            if (left + c < from) from = left + c;
            if (left + c > to) to = left + c;
          }
        }
      }
      for (const o of this.overrides.get(r) ?? []) {
        values[o.col] = o.value;
        if (o.col < from) from = o.col;
        if (o.col > to) to = o.col;
      }
      for (const m of mergeSweep.active) {
        if (r === m.top) m.key = keys[m.left];
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          covered[c] = 1;
          mergeKey[c] = m.key;
        }
        if (m.left < from) from = m.left;
        if (m.right > to) to = m.right;
      }
      // Which cells write an element: their span goes in the row's start, before them.
      let min = 0;
      let max = 0;
      for (let c = from; c <= to; c++) {
        let writes: boolean;
        if (covered[c]) {
          styleIds[c] = sid(mergeKey[c]);
          writes = true;
        } else {
          const s = (styleIds[c] = c >= fFrom && c <= fTo ? sid(keys[c]) : 0);
          const value = values[c];
          writes = value === undefined ? s !== 0 : writesCell(value, s);
        }
        written[c] = writes ? 1 : 0;
        if (!writes) continue;
        if (!min) min = c + 1;
        max = c + 1;
      }
      const spec = this.rowSpecs.get(r);
      if (min || spec?.height) {
        const num = r + 1;
        out.ascii('<row r="');
        out.uint(num);
        out.ascii('"');
        if (spec?.height) {
          out.ascii(' ht="');
          out.number(spec.height);
          out.ascii('" customHeight="1"');
        }
        if (spec?.hidden) out.ascii(' hidden="1"');
        if (min) {
          out.ascii(' spans="');
          out.uint(min);
          out.ascii(":");
          out.uint(max);
          out.ascii('"');
        }
        out.ascii(' x14ac:dyDescent="0.25">');
        for (let c = min - 1; min && c < max; c++) {
          if (!written[c]) continue;
          const s = styleIds[c];
          cellStart(out, letters[c], num, s ? styleAttr(s) : null);
          const value = values[c];
          // A covered or empty cell is its format alone.
          if (covered[c] || value === undefined) out.ascii("/>");
          else cellRest(out, value);
        }
        out.ascii("</row>");
      }
      for (let c = from; c <= to; c++) {
        covered[c] = 0;
        values[c] = undefined;
      }
      if (out.full()) yield;
    }
  }
}
