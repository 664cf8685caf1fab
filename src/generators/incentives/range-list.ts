/**
 * The styles or number formats of a grid, one (range, value) entry per call, packed: four integers
 * and a value number an entry instead of an object and its range text. At 10,000 reps x 12 months
 * the Pay statements sheet sets about 1.3 million format ranges (one per statement line and band);
 * as objects with their "B1234567:F1234567" strings they were about 110 bytes each, the largest
 * thing the finished spec held (issue 23). A large sheet hands them out as an array made on demand
 * (lazyRows), a small one as plain objects; both read the same, entry for entry.
 */
import { cellAddress, parseRange } from "../../workbook/a1";
import { lazyRows } from "../../workbook/blocks";

/** A1 text of a 0-based rectangle, a single cell without ":" (as the grid has always written them). */
export function rangeText(row: number, col: number, rows: number, cols: number): string {
  const a = cellAddress(row, col);
  const b = cellAddress(row + rows - 1, col + cols - 1);
  return a === b ? a : `${a}:${b}`;
}

/** Entries are stored this many integers apart: top, left, rows (or -1: text), cols, value. */
const STRIDE = 5;

export class RangeList<V extends string> {
  private data = new Int32Array(STRIDE * 64);
  private count = 0;
  private readonly values: V[] = [];
  private readonly valueIndex = new Map<V, number>();
  /** Ranges not in the grid's own A1 form ("A:A", "$B$4"), kept as given. */
  private readonly texts: string[] = [];

  get length(): number {
    return this.count;
  }

  private slot(value: V): number {
    let v = this.valueIndex.get(value);
    if (v === undefined) {
      v = this.values.length;
      this.values.push(value);
      this.valueIndex.set(value, v);
    }
    if ((this.count + 1) * STRIDE > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    return v;
  }

  /** A rectangle of 0-based cells (rows, cols >= 1). */
  addCells(row: number, col: number, rows: number, cols: number, value: V): void {
    const v = this.slot(value);
    const at = this.count++ * STRIDE;
    const d = this.data;
    d[at] = row;
    d[at + 1] = col;
    d[at + 2] = rows;
    d[at + 3] = cols;
    d[at + 4] = v;
  }

  /** A range as text: packed when it is in the grid's A1 form, kept as given otherwise. */
  add(range: string, value: V): void {
    let parsed: ReturnType<typeof parseRange> | null = null;
    try {
      parsed = parseRange(range);
    } catch {
      parsed = null;
    }
    if (parsed) {
      const { start, end } = parsed;
      const rows = end.row - start.row + 1;
      const cols = end.col - start.col + 1;
      if (rows >= 1 && cols >= 1 && rangeText(start.row, start.col, rows, cols) === range)
        return this.addCells(start.row, start.col, rows, cols, value);
    }
    const v = this.slot(value);
    const at = this.count++ * STRIDE;
    this.data[at + 1] = this.texts.length;
    this.data[at + 2] = -1;
    this.data[at + 4] = v;
    this.texts.push(range);
  }

  /** Entry i as its range text and value. */
  entry(i: number): { range: string; value: V } {
    const d = this.data;
    const at = i * STRIDE;
    const range = d[at + 2] < 0 ? this.texts[d[at + 1]] : rangeText(d[at], d[at + 1], d[at + 2], d[at + 3]);
    return { range, value: this.values[d[at + 4]] };
  }

  /**
   * The entries as `make` shapes them: made on demand when `lazy` (a large sheet: each reader's pass
   * makes them again), otherwise a plain array.
   */
  list<T>(make: (range: string, value: V) => T, lazy: boolean): readonly T[] {
    const at = (i: number) => {
      const e = this.entry(i);
      return make(e.range, e.value);
    };
    if (!lazy) return Array.from({ length: this.count }, (_, i) => at(i));
    return lazyRows(this.count, at as never) as unknown as readonly T[];
  }
}
