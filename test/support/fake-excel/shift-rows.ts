/**
 * What Excel does to the workbook when whole rows of a sheet are inserted or deleted: the cells below
 * move, and every reference to the sheet's rows follows them - in formulas of any sheet (quoted
 * sheet names too, relative and absolute alike), defined names, table ranges, chart series,
 * validation and conditional formats. A range that spans the insert point grows; a range that loses
 * some of its rows shrinks; a reference whose every row is deleted becomes #REF!. The pattern of
 * rename.ts. Also the offset of relative references when a formula is copied (Range.copyFrom).
 *
 * Sources: "Move or copy cells, rows, and columns" and "Insert or delete rows and columns"
 * (support.microsoft.com: references adjust to the moved cells), "Switch between relative, absolute,
 * and mixed references" (a copied formula's relative parts move with it, $ parts stay), Range.Insert
 * (VBA reference: inserted cells take the format from above by default, xlFormatFromLeftOrAbove).
 */
import { columnIndex, columnLetter, MAX_COLUMNS, MAX_ROWS } from "../../../src/workbook/a1";
import { FakeSheet, FakeState, FakeCell, cellKey } from "./model";
import { WORD, WORD_START, quotedName, stringEnd } from "./formula-text";

/** A reference's rows after the change (0-based, inclusive), or null when they are all gone. */
export type RowMap = (first: number, last: number) => { first: number; last: number } | null;

/** Rows `at`.. (0-based) move down by `count`: a range that spans `at` grows. */
export function insertRowMap(at: number, count: number): RowMap {
  return (first, last) => ({
    first: first >= at ? first + count : first,
    last: last >= at ? last + count : last,
  });
}

/** Rows `from`..`to` (0-based) go; the rows below move up. */
export function deleteRowMap(from: number, to: number): RowMap {
  const k = to - from + 1;
  return (first, last) => {
    if (first >= from && last <= to) return null;
    return {
      first: first < from ? first : first > to ? first - k : from,
      last: last < from ? last : last > to ? last - k : from - 1,
    };
  };
}

interface Part {
  col: number | null;
  row: number | null;
  absCol: boolean;
  absRow: boolean;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(.!])/;
const ROW = /^(\$?)(\d{1,7})/;

function partText(p: Part): string {
  return (
    (p.col !== null ? `${p.absCol ? "$" : ""}${columnLetter(p.col)}` : "") +
    (p.row !== null ? `${p.absRow ? "$" : ""}${p.row + 1}` : "")
  );
}

/** A cell, column or row reference at the start of `s` (A1, $B$2, A:C, 2:5), or null. */
function readRef(s: string): { parts: Part[]; length: number } | null {
  const cell = (t: string): { part: Part; length: number } | null => {
    const m = CELL.exec(t);
    if (!m || /[A-Za-z0-9_(]/.test(t[m[0].length] ?? "")) return null;
    const col = columnIndex(m[2].toUpperCase());
    const row = Number(m[4]) - 1;
    if (col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return null;
    return { part: { col, row, absCol: m[1] === "$", absRow: m[3] === "$" }, length: m[0].length };
  };
  const first = cell(s);
  if (first) {
    if (s[first.length] === ":") {
      const second = cell(s.slice(first.length + 1));
      if (second) return { parts: [first.part, second.part], length: first.length + 1 + second.length };
    }
    return { parts: [first.part], length: first.length };
  }
  // Whole rows (2:5) and whole columns (A:C) come in pairs only.
  const r1 = ROW.exec(s);
  if (r1 && s[r1[0].length] === ":") {
    const r2 = ROW.exec(s.slice(r1[0].length + 1));
    if (r2 && !/[A-Za-z0-9_(]/.test(s[r1[0].length + 1 + r2[0].length] ?? ""))
      return {
        parts: [
          { col: null, row: Number(r1[2]) - 1, absCol: false, absRow: r1[1] === "$" },
          { col: null, row: Number(r2[2]) - 1, absCol: false, absRow: r2[1] === "$" },
        ],
        length: r1[0].length + 1 + r2[0].length,
      };
  }
  const c1 = /^(\$?)([A-Za-z]{1,3}):/.exec(s);
  if (c1) {
    const c2 = COLUMN.exec(s.slice(c1[0].length));
    if (c2)
      return {
        parts: [
          { col: columnIndex(c1[2].toUpperCase()), row: null, absCol: c1[1] === "$", absRow: false },
          { col: columnIndex(c2[2].toUpperCase()), row: null, absCol: c2[1] === "$", absRow: false },
        ],
        length: c1[0].length + c2[0].length,
      };
  }
  return null;
}

/**
 * Each reference of `formula` rewritten by `fn` (given the sheet it names, null for the formula's
 * own sheet): its text, or null to leave it. String literals are left alone, as Excel leaves them.
 */
function mapReferences(formula: string, fn: (sheet: string | null, parts: Part[]) => string | null): string {
  let out = "";
  let i = 0;
  // A reference may start here: not inside a name or number.
  const boundary = (k: number) => k === 0 || !/[A-Za-z0-9_.$\u0080-\uFFFF]/.test(formula[k - 1]);
  const refAt = (k: number, sheet: string | null, prefix: string): boolean => {
    const ref = readRef(formula.slice(k));
    if (!ref) return false;
    const text = fn(sheet, ref.parts);
    out += prefix + (text ?? formula.slice(k, k + ref.length));
    i = k + ref.length;
    return true;
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = stringEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "'") {
      const { name, close: j } = quotedName(formula, i);
      if (formula[j + 1] === "!" && refAt(j + 2, name, formula.slice(i, j + 2))) continue;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (boundary(i) && (ch === "$" || /[A-Za-z0-9]/.test(ch))) {
      const word = WORD_START.test(ch) ? WORD.exec(formula.slice(i))![0] : "";
      if (word && formula[i + word.length] === "!") {
        if (refAt(i + word.length + 1, word, formula.slice(i, i + word.length + 1))) continue;
        out += word;
        i += word.length;
        continue;
      }
      // A function name or defined name is followed by "(" or is longer than a reference.
      if (refAt(i, null, "")) continue;
      if (word) {
        out += word;
        i += word.length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** `formula` (on sheet `own`, null for a workbook name) after rows of sheet `target` moved. */
export function shiftRowsInFormula(formula: string, own: string | null, target: string, map: RowMap): string {
  const lower = target.toLowerCase();
  return mapReferences(formula, (sheet, parts) => {
    const named = sheet ?? own;
    if (named === null || named.toLowerCase() !== lower) return null;
    if (parts[0].row === null) return null;
    const first = parts[0].row;
    const last = parts[parts.length - 1].row!;
    const moved = map(Math.min(first, last), Math.max(first, last));
    if (!moved) return "#REF!";
    if (parts.length === 1) return partText({ ...parts[0], row: moved.first });
    return `${partText({ ...parts[0], row: moved.first })}:${partText({ ...parts[1], row: moved.last })}`;
  });
}

/** `formula` copied `rows` down and `cols` right: its relative parts move, $ parts stay. */
export function offsetFormula(formula: string, rows: number, cols: number): string {
  if (!rows && !cols) return formula;
  return mapReferences(formula, (_sheet, parts) =>
    parts
      .map((p) =>
        partText({
          ...p,
          row: p.row === null || p.absRow ? p.row : p.row + rows,
          col: p.col === null || p.absCol ? p.col : p.col + cols,
        }),
      )
      .join(":"),
  );
}

/** A chart's "Sheet!$A$1:$A$5" after the move ("#REF!" when its rows are all gone). */
function shiftChartRef(ref: string, target: string, map: RowMap): string {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return ref;
  const shifted = shiftRowsInFormula(`=${ref}`, null, target, map).slice(1);
  return shifted.endsWith("#REF!") ? `${ref.slice(0, bang + 1)}#REF!` : shifted;
}

function shiftDeep(value: unknown, own: string, target: string, map: RowMap): unknown {
  if (typeof value === "string")
    return value.startsWith("=") ? shiftRowsInFormula(value, own, target, map) : value;
  if (Array.isArray(value)) return value.map((v) => shiftDeep(v, own, target, map));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDeep(v, own, target, map)]));
  return value;
}

/** An address on the sheet itself ("A2:C9", "A2:C9,E2:E9") after the move; "" when all gone. */
function shiftAddress(address: string, sheet: string, map: RowMap): string {
  return address
    .split(",")
    .map((a) => shiftRowsInFormula(`='${sheet.replace(/'/g, "''")}'!${a}`, null, sheet, map))
    .filter((a) => !a.endsWith("#REF!"))
    .map((a) => a.slice(a.lastIndexOf("!") + 1))
    .join(",");
}

/** The sheet's cells and row settings moved (a cell whose row is deleted goes). */
function moveRows(sheet: FakeSheet, map: RowMap): void {
  const cells = new Map<number, FakeCell>();
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / MAX_COLUMNS);
    const to = map(row, row);
    if (to) cells.set(cellKey(to.first, key % MAX_COLUMNS), cell);
  }
  sheet.cells = cells;
  const remap = <T>(m: Map<number, T>) => {
    const out = new Map<number, T>();
    for (const [row, v] of m) {
      const to = map(row, row);
      if (to) out.set(to.first, v);
    }
    return out;
  };
  sheet.rowHeights = remap(sheet.rowHeights);
  sheet.hiddenRows = new Set([...sheet.hiddenRows].flatMap((r) => map(r, r)?.first ?? []));
  sheet.merges = sheet.merges.flatMap((m) => {
    const to = map(m.start.row, m.end.row);
    return to ? [{ start: { ...m.start, row: to.first }, end: { ...m.end, row: to.last } }] : [];
  });
}

/** Everything in the workbook that refers to rows of `sheet`, after `map`. */
function shiftReferences(state: FakeState, sheet: FakeSheet, map: RowMap): void {
  const target = sheet.name;
  for (const n of state.names) n.formula = shiftRowsInFormula(n.formula, null, target, map);
  for (const s of state.sheets) {
    for (const cell of s.cells.values())
      if (cell.content && "formula" in cell.content)
        cell.content = { formula: shiftRowsInFormula(cell.content.formula, s.name, target, map) };
    for (const n of s.names) n.formula = shiftRowsInFormula(n.formula, s.name, target, map);
    for (const chart of s.charts) {
      chart.source = shiftChartRef(chart.source, target, map);
      for (const series of chart.series) {
        if (series.values) series.values = shiftChartRef(series.values, target, map);
        if (series.categories !== undefined)
          series.categories = shiftChartRef(series.categories, target, map);
      }
    }
    for (const v of s.validations) if (v.rule !== undefined) v.rule = shiftDeep(v.rule, s.name, target, map);
    for (const c of s.conditionalFormats)
      c.settings = shiftDeep(c.settings, s.name, target, map) as Record<string, unknown>;
  }
  sheet.validations = sheet.validations.flatMap((v) => {
    const range = shiftAddress(v.range, target, map);
    return range ? [{ ...v, range }] : [];
  });
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((c) => {
    const range = shiftAddress(c.range, target, map);
    return range ? [{ ...c, range }] : [];
  });
  for (const t of state.tables) {
    if (t.sheetId !== sheet.id) continue;
    const to = map(t.range.start.row, t.range.end.row);
    if (to) t.range = { start: { ...t.range.start, row: to.first }, end: { ...t.range.end, row: to.last } };
  }
  state.tables = state.tables.filter(
    (t) => t.sheetId !== sheet.id || map(t.range.start.row, t.range.end.row),
  );
}

/**
 * Inserts `count` whole rows above row `at` (0-based) of `sheet`. The new rows are empty and take
 * the formats of the row above them (Excel's default, format from above).
 */
export function insertRows(state: FakeState, sheet: FakeSheet, at: number, count: number): void {
  const map = insertRowMap(at, count);
  moveRows(sheet, map);
  if (at > 0)
    for (const [key, cell] of [...sheet.cells]) {
      if (Math.floor(key / MAX_COLUMNS) !== at - 1 || !Object.keys(cell.format).length) continue;
      const col = key % MAX_COLUMNS;
      for (let r = at; r < at + count; r++) {
        const format = { ...cell.format };
        delete format.quotePrefix;
        sheet.cells.set(cellKey(r, col), { format });
      }
    }
  shiftReferences(state, sheet, map);
}

/** Deletes rows `from`..`to` (0-based, inclusive) of `sheet`; the rows below move up. */
export function deleteRows(state: FakeState, sheet: FakeSheet, from: number, to: number): void {
  const map = deleteRowMap(from, to);
  moveRows(sheet, map);
  shiftReferences(state, sheet, map);
}
