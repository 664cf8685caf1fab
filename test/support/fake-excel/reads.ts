/**
 * Reads in the fake Excel: loading a range's address, size, values or formulas, with the limits
 * Excel puts on reads, and ranges found at sync time (the selection, the used range, an
 * intersection, a table's range). Plain TypeScript without Node imports, like the rest of the fake.
 */
import type { RangeRef } from "../../../src/workbook/a1";
import { MAX_COLUMNS, quoteSheetName } from "../../../src/workbook/a1";
import { FakeSheet, areaAddress, cellKey } from "./model";
import { FakeOfficeError } from "./input";

/**
 * "A range is limited to 5,000,000 cells for read operations" ("Resource limits and performance
 * optimization for Office Add-ins", section "Excel add-ins"). Since Version 2407 Excel does not
 * throw past it: `values` and `text` come back null (OfficeDev/office-js issues 4783 and 6781, and
 * 4792 for a whole selected column), so the fake answers null as well.
 */
export const READ_CELL_LIMIT = 5_000_000;

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB" (same page); the
 * response is JSON in UTF-8, so Chinese text counts 3 bytes a character. Past it Excel throws
 * RichApi.Error with code ResponsePayloadSizeLimitExceeded (Excel.ErrorCodes).
 */
export const RESPONSE_LIMIT = 5 * 1024 * 1024;

/** What a read needs from the request context: where to count the bytes a load returns. */
export interface ReadQueue {
  enqueue(path: string, name: string, args: unknown[], run: () => void): void;
  respond(bytes: number): void;
}

export type Located = { sheet: FakeSheet; area: RangeRef };

/** UTF-8 bytes of a string (requests and responses travel as UTF-8 JSON). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export const READABLE = ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount"] as const;
export type Readable = (typeof READABLE)[number];

export function propList(props?: string | string[]): Readable[] {
  const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim());
  for (const p of list)
    if (!(READABLE as readonly string[]).includes(p))
      throw new Error(`fake Excel: loading "${p}" of a range is not modelled`);
  return list as Readable[];
}

function cellsOf(area: RangeRef): number {
  return (area.end.row - area.start.row + 1) * (area.end.col - area.start.col + 1);
}

/** The grid Excel returns for `values` (a formula's result is not modelled: its text) or `formulas`. */
function grid(sheet: FakeSheet, area: RangeRef): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = area.start.row; r <= area.end.row; r++) {
    const row: unknown[] = [];
    for (let c = area.start.col; c <= area.end.col; c++) {
      const content = sheet.cells.get(cellKey(r, c))?.content;
      row.push(
        !content
          ? ""
          : "formula" in content
            ? content.formula
            : "error" in content
              ? content.error
              : content.value,
      );
    }
    rows.push(row);
  }
  return rows;
}

/** Each cell's number format, "General" where none was set (as Excel reads it). */
function formats(sheet: FakeSheet, area: RangeRef): string[][] {
  const rows: string[][] = [];
  for (let r = area.start.row; r <= area.end.row; r++) {
    const row: string[] = [];
    for (let c = area.start.col; c <= area.end.col; c++)
      row.push(sheet.cells.get(cellKey(r, c))?.format.numberFormat ?? "General");
    rows.push(row);
  }
  return rows;
}

/** Loads `props` of `at`, counting the response bytes; over 5,000,000 cells values read as null. */
export function readProps(q: ReadQueue, at: Located, props: readonly Readable[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) {
    if (p === "address") out.address = `${quoteSheetName(at.sheet.name)}!${areaAddress(at.area)}`;
    else if (p === "rowCount") out.rowCount = at.area.end.row - at.area.start.row + 1;
    else if (p === "columnCount") out.columnCount = at.area.end.col - at.area.start.col + 1;
    else if (p === "numberFormat") out[p] = formats(at.sheet, at.area);
    else out[p] = cellsOf(at.area) > READ_CELL_LIMIT ? null : grid(at.sheet, at.area);
  }
  q.respond(utf8Bytes(JSON.stringify(out)));
  return out;
}

function intersect(a: RangeRef, b: RangeRef): RangeRef | null {
  const start = { row: Math.max(a.start.row, b.start.row), col: Math.max(a.start.col, b.start.col) };
  const end = { row: Math.min(a.end.row, b.end.row), col: Math.min(a.end.col, b.end.col) };
  return start.row <= end.row && start.col <= end.col ? { start, end } : null;
}

/**
 * The bounding box of a sheet's cells (within `within`, when given) holding a value (valuesOnly) or
 * a value or a format: Worksheet.getUsedRange and Range.getUsedRange.
 */
export function usedArea(
  sheet: FakeSheet,
  valuesOnly: boolean,
  columns: number,
  within?: RangeRef,
): RangeRef | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (!cell.content && (valuesOnly || Object.keys(cell.format).length === 0)) continue;
    const row = Math.floor(key / columns);
    const col = key % columns;
    if (
      within &&
      (row < within.start.row || row > within.end.row || col < within.start.col || col > within.end.col)
    )
      continue;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom < 0 ? null : { start: { row: top, col: left }, end: { row: bottom, col: right } };
}

/** A range Excel finds when the request runs: the selection, a used range, an intersection, a table's range. */
export class FakeLocatedRange {
  private loaded: Record<string, unknown> | null = null;
  private nullLoaded: boolean | null = null;

  constructor(
    private readonly q: ReadQueue,
    /** Where the range is now; null for a null object. */
    readonly locate: () => Located | null,
    readonly path: string,
    /** Made by a ...OrNullObject method: may be a null object instead of failing. */
    private readonly nullable: boolean,
    /** The worksheet proxy of a located sheet (the fake's FakeWorksheet, without an import cycle). */
    private readonly worksheetOf: (sheet: () => FakeSheet, path: string) => unknown,
  ) {}

  private where(): Located | null {
    const at = this.locate();
    if (!at && !this.nullable)
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.path}.`);
    return at;
  }

  load(props?: string | string[]): this {
    const list = propList(props);
    this.q.enqueue(this.path, "load", [props], () => {
      const at = this.where();
      this.nullLoaded = at === null;
      this.loaded = at ? readProps(this.q, at, list) : {};
    });
    return this;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullLoaded === null) throw notLoaded("isNullObject");
    return this.nullLoaded;
  }

  private get(p: Readable): unknown {
    if (this.nullLoaded)
      throw new FakeOfficeError("InvalidObjectPath", `A null object has no '${p}' (${this.path}).`);
    if (!this.loaded || !(p in this.loaded)) throw notLoaded(p);
    return this.loaded[p];
  }

  get address(): string {
    return this.get("address") as string;
  }
  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
  get formulas(): unknown[][] {
    return this.get("formulas") as unknown[][];
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }

  /** The sheet the range is on (its proxy: getRange, getUsedRangeOrNullObject ...). */
  get worksheet(): unknown {
    return this.worksheetOf(() => {
      const at = this.locate();
      if (!at) throw new FakeOfficeError("InvalidObjectPath", `Null object: ${this.path}.`);
      return at.sheet;
    }, `${this.path}.worksheet`);
  }

  /**
   * ExcelApi 1.4: the range's used range, the smallest range holding its cells with a value
   * (valuesOnly) or also a format; a null object when it has none (Range.getUsedRangeOrNullObject).
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeLocatedRange {
    return new FakeLocatedRange(
      this.q,
      () => {
        const at = this.locate();
        if (!at) return null;
        const area = usedArea(at.sheet, valuesOnly, MAX_COLUMNS, at.area);
        return area ? { sheet: at.sheet, area } : null;
      },
      `${this.path}.usedRange`,
      true,
      this.worksheetOf,
    );
  }

  /** ExcelApi 1.4: the overlap with `other`, or a null object when they do not overlap. */
  getIntersectionOrNullObject(other: { locate(): Located | null }): FakeLocatedRange {
    return new FakeLocatedRange(
      this.q,
      () => {
        const a = this.locate();
        const b = other.locate();
        if (!a || !b || a.sheet !== b.sheet) return null;
        const area = intersect(a.area, b.area);
        return area ? { sheet: a.sheet, area } : null;
      },
      `${this.path}.intersection`,
      true,
      this.worksheetOf,
    );
  }
}

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
