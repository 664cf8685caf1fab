/**
 * Proxy objects of the fake Excel API (the subset the Excel host uses). As in Office.js, every
 * property set and method call is queued on the request context and only happens at sync(); loaded
 * properties can be read only after the sync that loaded them.
 */
import type { RangeRef } from "../../../src/workbook/a1";
import { cellAddress } from "../../../src/workbook/a1";
import {
  BorderEdge,
  CellFormat,
  FakeCell,
  FakeConditional,
  FakeName,
  FakeSheet,
  FakeState,
  FakeTable,
  FakeValidation,
  areaAddress,
  cellAt,
  cellKey,
  overlaps,
  parseArea,
} from "./model";
import { FakeChartCollection } from "./charts";
import { deleteSheetReferences, renameSheetReferences } from "./rename";
import { deleteRows, insertRows, offsetFormula } from "./shift-rows";
import { FakeOfficeError, checkFormula, parseInput } from "./input";
import { FakeLocatedRange, Located, propList, readProps, usedArea } from "./reads";
import { MAX_COLUMNS } from "../../../src/workbook/a1";

/** What the proxies need from the request context. */
export interface Queue {
  readonly state: FakeState;
  enqueue(path: string, name: string, args: unknown[], run: () => void): void;
  /** Counts bytes a load adds to the response of the running request. */
  respond(bytes: number): void;
  /** Whether this Excel has ExcelApi `version` (what a call or one of its parameters requires). */
  supports(version: string): boolean;
}

/** A worksheet proxy for a sheet found at sync time (a located range's `worksheet`). */
function worksheetOf(q: Queue): (sheet: () => FakeSheet, path: string) => FakeWorksheet {
  return (sheet, path) => new FakeWorksheet(q, sheet, path);
}

/**
 * Reading a property that no sync has loaded fails with PropertyNotLoaded ("Application-specific API
 * model": call load() on the object, then context.sync(), before reading its properties).
 */
function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Largest area the fake touches cell by cell (a fake limit, far above what the hosts write). */
const MAX_FAKE_CELLS = 2_000_000;

function cellsOf(area: RangeRef): number {
  return (area.end.row - area.start.row + 1) * (area.end.col - area.start.col + 1);
}

function forEachCell(area: RangeRef, fn: (row: number, col: number) => void): void {
  if (cellsOf(area) > MAX_FAKE_CELLS)
    throw new Error(`fake Excel: area ${areaAddress(area)} is too large to format cell by cell`);
  for (let r = area.start.row; r <= area.end.row; r++)
    for (let c = area.start.col; c <= area.end.col; c++) fn(r, c);
}

/**
 * Defined-name syntax ("Define and use names in formulas", support.microsoft.com: starts with a
 * letter, "_" or a backslash, no spaces, at most 255 characters, not a cell reference, not C or R).
 */
function nameIsValid(name: string): boolean {
  return (
    /^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/.test(name) &&
    name.length <= 255 &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^R\d*C\d*$/i.test(name)
  );
}

// ------------------------------------------------------------------------------------------------

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  constructor(private readonly q: Queue) {
    this.worksheets = new FakeWorksheetCollection(q);
    this.tables = new FakeTableCollection(q, "workbook.tables", () => q.state.tables);
    this.names = new FakeNamedItemCollection(q, "workbook.names", () => ({
      list: q.state.names,
      sheet: null,
    }));
    this.application = new FakeApplication(q);
  }

  /** The selected range (one area; whole columns or rows when the user selected them). */
  getSelectedRange(): FakeLocatedRange {
    const state = this.q.state;
    return new FakeLocatedRange(
      this.q,
      () => {
        const sel = state.selection;
        const sheet = state.sheets.find((s) => s.id === (sel?.sheetId ?? state.activeSheetId));
        if (!sheet) return null;
        return { sheet, area: sel?.area ?? { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } } };
      },
      "workbook.selectedRange",
      false,
      worksheetOf(this.q),
    );
  }
}

export class FakeApplication {
  constructor(private readonly q: Queue) {}
  suspendApiCalculationUntilNextSync(): void {
    this.q.enqueue("application", "suspendApiCalculationUntilNextSync", [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.q.enqueue("application", "suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
  calculate(type: string): void {
    this.q.enqueue("application", "calculate", [type], () => undefined);
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly q: Queue) {}

  load(_props?: unknown): this {
    this.q.enqueue("workbook.worksheets", "load", [_props], () => {
      this.loadedItems = this.q.state.sheets.map((s) => {
        const ws = new FakeWorksheet(this.q, () => s, `worksheets[${s.name}]`);
        ws.loadedName = s.name;
        return ws;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  add(name: string): FakeWorksheet {
    let bound: FakeSheet | null = null;
    const ws = new FakeWorksheet(
      this.q,
      () => {
        if (!bound)
          throw new FakeOfficeError(
            "InvalidObjectPath",
            `The object path 'worksheets.add(${name})' isn't working.`,
          );
        return bound;
      },
      `worksheets.add(${name})`,
    );
    this.q.enqueue("workbook.worksheets", "add", [name], () => {
      // "Rename a worksheet" (support.microsoft.com): at most 31 characters, none of [ ] : * ? / \,
      // no leading or trailing apostrophe, not "History" (reserved); names are unique ignoring case.
      const problem =
        typeof name !== "string" ||
        name.length === 0 ||
        name.length > 31 ||
        /[[\]:*?/\\]/.test(name) ||
        /^'|'$/.test(name) ||
        name.toLowerCase() === "history";
      if (problem)
        throw new FakeOfficeError(
          "InvalidArgument",
          `The argument is invalid or missing: sheet name "${name}".`,
        );
      if (this.q.state.sheetByName(name))
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists: "${name}".`,
        );
      bound = this.q.state.addSheet(name);
    });
    return ws;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.q,
      () => {
        const s = this.q.state.sheetByName(name);
        if (!s)
          throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: sheet "${name}".`);
        return s;
      },
      `worksheets[${name}]`,
    );
  }

  /** WorksheetCollection.getActiveWorksheet ("[Api set: ExcelApi 1.1]"): the sheet active as the request runs. */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.q,
      () => {
        const s = this.q.state.sheets.find((x) => x.id === this.q.state.activeSheetId);
        if (!s) throw new FakeOfficeError("ItemNotFound", "No active worksheet.");
        return s;
      },
      "worksheets.active",
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(
      this.q,
      () => {
        const s = this.q.state.sheetByName(name);
        if (!s) throw new FakeOfficeError("InvalidObjectPath", `Null object: sheet "${name}".`);
        return s;
      },
      `worksheets.nullable[${name}]`,
    );
    ws.nullCheck = () => !this.q.state.sheetByName(name);
    return ws;
  }
}

export class FakeWorksheet {
  loadedName: string | null = null;
  nullCheck: (() => boolean) | null = null;
  private nullLoaded: boolean | null = null;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly protection: FakeProtection;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreakCollection;
  readonly charts: FakeChartCollection;

  constructor(
    private readonly q: Queue,
    readonly resolve: () => FakeSheet,
    readonly path: string,
  ) {
    this.tables = new FakeTableCollection(
      q,
      `${path}.tables`,
      () => q.state.tables.filter((t) => t.sheetId === resolve().id),
      resolve,
    );
    this.names = new FakeNamedItemCollection(q, `${path}.names`, () => {
      const s = resolve();
      return { list: s.names, sheet: s };
    });
    this.freezePanes = new FakeFreezePanes(q, this);
    this.protection = new FakeProtection(q, this);
    this.pageLayout = new FakePageLayout(q, this);
    this.horizontalPageBreaks = new FakePageBreakCollection(q, this);
    this.charts = new FakeChartCollection(q, this);
  }

  load(props?: string | string[]): this {
    this.q.enqueue(this.path, "load", [props], () => {
      if (this.nullCheck) this.nullLoaded = this.nullCheck();
      if (!this.nullLoaded) this.loadedName = this.resolve().name;
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullLoaded === null) {
      if (!this.nullCheck) return false;
      throw notLoaded("isNullObject");
    }
    return this.nullLoaded;
  }

  get name(): string {
    if (this.loadedName === null) throw notLoaded("name");
    return this.loadedName;
  }

  /**
   * Renames the sheet (Worksheet.name is read-write, ExcelApi 1.1). Excel refuses a name another
   * sheet has (names compare without case), one over 31 characters or with : \ / ? * [ ]. As in
   * Excel, every reference to the sheet by name follows it: formulas of every sheet, defined names,
   * chart series, validation and conditional-format formulas (rename.ts).
   */
  set name(name: string) {
    this.q.enqueue(this.path, "name", [name], () => {
      const sheet = this.resolve();
      if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name))
        throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid sheet name.`);
      const other = this.q.state.sheetByName(name);
      if (other && other !== sheet)
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
      const was = sheet.name;
      sheet.name = name;
      if (was !== name) renameSheetReferences(this.q.state, was, name);
    });
  }

  set tabColor(color: string) {
    this.q.enqueue(this.path, "tabColor", [color], () => {
      this.resolve().tabColor = color;
    });
  }

  set showGridlines(show: boolean) {
    this.q.enqueue(this.path, "showGridlines", [show], () => {
      this.resolve().showGridlines = show;
    });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.q, this, address);
  }

  /**
   * ExcelApi 1.4: the smallest range holding every cell with a value (valuesOnly) or also a format;
   * a null object on a blank sheet (Worksheet.getUsedRangeOrNullObject reference).
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeLocatedRange {
    return new FakeLocatedRange(
      this.q,
      () => {
        const sheet = this.resolve();
        const area = usedArea(sheet, valuesOnly, MAX_COLUMNS);
        return area ? { sheet, area } : null;
      },
      `${this.path}.usedRange`,
      true,
      worksheetOf(this.q),
    );
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.q, this, address);
  }

  activate(): void {
    this.q.enqueue(this.path, "activate", [], () => {
      this.q.state.activeSheetId = this.resolve().id;
    });
  }

  delete(): void {
    this.q.enqueue(this.path, "delete", [], () => {
      const state = this.q.state;
      const sheet = this.resolve();
      // Excel keeps at least one visible sheet (Worksheet.delete reference; the UI refuses it too).
      if (state.sheets.length === 1)
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      state.sheets = state.sheets.filter((s) => s !== sheet);
      state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
      // Workbook names that pointed at the sheet now point at #REF!, as in Excel.
      const quoted = new RegExp(
        `(^|[^A-Za-z0-9_.])('?)${sheet.name.replace(/[.*+?^${}()|[\]\\']/g, "\\$&")}\\2!`,
        "i",
      );
      for (const n of state.names) if (quoted.test(n.formula)) n.formula = "=#REF!";
      // So do the formulas of other sheets that read it (=#REF!A1).
      deleteSheetReferences(state, sheet.name);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0].id;
    });
  }

  /**
   * Writes are refused on a protected sheet unless every touched cell is unlocked, and then only
   * values ("Protect a worksheet", support.microsoft.com: locked cells cannot be changed).
   */
  assertWritable(area: RangeRef | null, what: "values" | "format"): void {
    const sheet = this.resolve();
    if (!sheet.protection) return;
    if (what === "values" && area) {
      let locked = false;
      forEachCell(area, (r, c) => {
        if (sheet.cells.get(cellKey(r, c))?.format.locked !== false) locked = true;
      });
      if (!locked) return;
    }
    throw new FakeOfficeError(
      "InvalidOperation",
      "The cell or chart you're trying to change is on a protected sheet.",
    );
  }
}

// ------------------------------------------------------------------------------------------------

class FakeRangeBase {
  constructor(
    protected readonly q: Queue,
    readonly sheet: FakeWorksheet,
    readonly address: string,
  ) {}

  protected get path(): string {
    return `${this.sheet.path}.range(${this.address})`;
  }

  areas(): RangeRef[] {
    try {
      return this.address.split(",").map((a) => parseArea(a));
    } catch {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The argument is invalid or missing: address "${this.address}".`,
      );
    }
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.q, this);
  }
}

export class FakeRangeAreas extends FakeRangeBase {}

/** Range.values/formulas take an array of the range's exact shape (the message is Excel's own). */
function check2d(area: RangeRef, rows: unknown): unknown[][] {
  const height = area.end.row - area.start.row + 1;
  const width = area.end.col - area.start.col + 1;
  if (
    !Array.isArray(rows) ||
    rows.length !== height ||
    rows.some((r) => !Array.isArray(r) || (r as unknown[]).length !== width)
  )
    throw new FakeOfficeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  return rows as unknown[][];
}

export class FakeRange extends FakeRangeBase {
  private loaded: Record<string, unknown> | null = null;

  /**
   * Loads address, rowCount, columnCount, values or formulas (what Excel reads back: the formula,
   * else the value, "" when empty), within Excel's read limits (see reads.ts).
   */
  load(props?: string | string[]): this {
    const list = propList(props);
    this.q.enqueue(this.path, "load", [props], () => {
      this.loaded = readProps(this.q, this.locate(), list);
    });
    return this;
  }

  /** Where the range is (for getIntersectionOrNullObject). */
  locate(): Located {
    return { sheet: this.sheet.resolve(), area: this.single() };
  }

  private loadedProp(p: string): unknown {
    if (!this.loaded || !(p in this.loaded)) throw notLoaded(p);
    return this.loaded[p];
  }

  get formulas(): unknown[][] {
    return this.loadedProp("formulas") as unknown[][];
  }

  get values(): unknown[][] {
    return this.loadedProp("values") as unknown[][];
  }

  get rowCount(): number {
    return this.loadedProp("rowCount") as number;
  }

  get columnCount(): number {
    return this.loadedProp("columnCount") as number;
  }

  /** One cell of the range, by position within it (0-based). */
  getCell(row: number, col: number): FakeRange {
    const area = this.single();
    return new FakeRange(this.q, this.sheet, cellAddress(area.start.row + row, area.start.col + col));
  }

  single(): RangeRef {
    const areas = this.areas();
    if (areas.length !== 1)
      throw new FakeOfficeError("InvalidArgument", `"${this.address}" is not one range.`);
    return areas[0];
  }

  private writeCells(kind: string, rows: unknown): void {
    this.q.enqueue(this.path, kind, [rows], () => {
      const area = this.single();
      const data = check2d(area, rows);
      const sheet = this.sheet.resolve();
      this.sheet.assertWritable(area, "values");
      const parsed = data.map((row) => row.map((v) => parseInput(v, this.q.state)));
      parsed.forEach((row, r) =>
        row.forEach((p, c) => {
          if (!p) return;
          const cell = cellAt(sheet, area.start.row + r, area.start.col + c);
          if (p.content) cell.content = p.content;
          else delete cell.content;
          if (p.quotePrefix) cell.format.quotePrefix = true;
          else delete cell.format.quotePrefix;
        }),
      );
    });
  }

  set formulas(rows: unknown[][]) {
    this.writeCells("formulas", rows);
  }

  /**
   * Range.insert(shift) and Range.delete(shift) ("[Api set: ExcelApi 1.1]"; InsertShiftDirection
   * down, DeleteShiftDirection up) on whole rows ("5:9"): the rest of the sheet moves and every
   * reference follows (shift-rows.ts). A protected sheet refuses them unless its protection allows
   * inserting or deleting rows (WorksheetProtectionOptions.allowInsertRows / allowDeleteRows).
   * Partial rows are not modelled: the fake refuses them rather than guess.
   */
  insert(shift: string): FakeRange {
    this.q.enqueue(this.path, "insert", [shift], () => {
      const area = this.wholeRows("insert", shift, "Down");
      this.assertRowsChangeable("allowInsertRows");
      insertRows(this.q.state, this.sheet.resolve(), area.start.row, area.end.row - area.start.row + 1);
    });
    return this;
  }

  delete(shift: string): void {
    this.q.enqueue(this.path, "delete", [shift], () => {
      const area = this.wholeRows("delete", shift, "Up");
      this.assertRowsChangeable("allowDeleteRows");
      const sheet = this.sheet.resolve();
      // Excel keeps a table's header: deleting it and not the whole table is refused.
      for (const t of this.q.state.tables)
        if (
          t.sheetId === sheet.id &&
          area.start.row <= t.range.start.row &&
          area.end.row >= t.range.start.row &&
          area.end.row < t.range.end.row
        )
          throw new FakeOfficeError(
            "InvalidOperation",
            "This operation is not allowed. It would move cells in a table.",
          );
      deleteRows(this.q.state, sheet, area.start.row, area.end.row);
    });
  }

  /**
   * Range.copyFrom(source, copyType) ("[Api set: ExcelApi 1.9]"): the source's contents (copyType
   * "Formulas": formulas and constants, no formats; "All": with formats) at this range's top-left,
   * relative references moved by the offset as a copied formula's are.
   */
  copyFrom(source: string | FakeRange, copyType = "All"): void {
    this.q.enqueue(
      this.path,
      "copyFrom",
      [typeof source === "string" ? source : source.address, copyType],
      () => {
        if (!this.q.supports("1.9"))
          throw new FakeOfficeError("ApiNotFound", "Range.copyFrom needs ExcelApi 1.9.");
        if (copyType !== "Formulas" && copyType !== "All")
          throw new Error(`fake Excel: copyFrom with copyType ${copyType} is not modelled`);
        const state = this.q.state;
        let from: FakeSheet;
        let area: RangeRef;
        if (typeof source === "string") {
          const bang = source.lastIndexOf("!");
          let name = bang < 0 ? this.sheet.resolve().name : source.slice(0, bang);
          if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
          const found = state.sheetByName(name);
          if (!found) throw new FakeOfficeError("ItemNotFound", `The sheet ${name} does not exist.`);
          from = found;
          area = parseArea(source.slice(bang + 1));
        } else {
          from = source.sheet.resolve();
          area = source.single();
        }
        const to = this.single();
        const sheet = this.sheet.resolve();
        const rows = area.end.row - area.start.row;
        const cols = area.end.col - area.start.col;
        const dest: RangeRef = {
          start: to.start,
          end: { row: to.start.row + rows, col: to.start.col + cols },
        };
        this.sheet.assertWritable(dest, copyType === "All" ? "format" : "values");
        const dr = to.start.row - area.start.row;
        const dc = to.start.col - area.start.col;
        if (copyType === "All") refuseMergesAcross([from, area], [sheet, dest], "copyFrom");
        const copies: [number, number, FakeCell | undefined][] = [];
        forEachCell(area, (r, c) => copies.push([r + dr, c + dc, from.cells.get(cellKey(r, c))]));
        for (const [r, c, cell] of copies) {
          const target = cellAt(sheet, r, c);
          const content = cell?.content;
          if (!content) delete target.content;
          else if ("formula" in content) target.content = { formula: offsetFormula(content.formula, dr, dc) };
          else target.content = { ...content };
          if (copyType === "All")
            target.format = JSON.parse(JSON.stringify(cell?.format ?? {})) as CellFormat;
          else if (cell?.format.quotePrefix) target.format.quotePrefix = true;
          else delete target.format.quotePrefix;
        }
        // Pasting all brings the source's conditional formats along, moved with the cells ("Copying
        // cells that contain conditional formatting": stored with the cell like other formatting).
        if (copyType === "All")
          for (const cf of conditionalsWithin(from, area, "copyFrom")) {
            const at = parseArea(cf.range);
            const moved: RangeRef = {
              start: { row: at.start.row + dr, col: at.start.col + dc },
              end: { row: at.end.row + dr, col: at.end.col + dc },
            };
            const copy = JSON.parse(JSON.stringify(cf)) as FakeConditional;
            sheet.conditionalFormats.push({ ...copy, range: areaAddress(moved) });
          }
      },
    );
  }

  /**
   * Range.clear(applyTo) ("[Api set: ExcelApi 1.1]"): "All" clears contents and formats (conditional
   * formats with them: Clear All deletes the cell contents and the conditional formatting),
   * "Contents" the contents only, "Formats" the formats only. Merged cells and data validation
   * across the range, and the other applyTo kinds, are not modelled: the fake refuses them.
   */
  clear(applyTo = "All"): void {
    this.q.enqueue(this.path, "clear", [applyTo], () => {
      if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats")
        throw new Error(`fake Excel: clear(${applyTo}) is not modelled`);
      const area = this.single();
      const sheet = this.sheet.resolve();
      this.sheet.assertWritable(area, applyTo === "Contents" ? "values" : "format");
      if (applyTo !== "Contents") {
        refuseMergesAcross([sheet, area], null, "clear");
        if (sheet.validations.some((v) => overlaps(parseArea(v.range), area)))
          throw new Error("fake Excel: clearing formats over data validation is not modelled");
        const inside = new Set(conditionalsWithin(sheet, area, "clear"));
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !inside.has(cf));
      }
      const touched = [...sheet.cells.keys()].filter((k) => {
        const r = Math.floor(k / MAX_COLUMNS);
        const c = k % MAX_COLUMNS;
        return r >= area.start.row && r <= area.end.row && c >= area.start.col && c <= area.end.col;
      });
      for (const k of touched) {
        const cell = sheet.cells.get(k)!;
        if (applyTo !== "Formats") delete cell.content;
        if (applyTo !== "Contents") cell.format = {};
        else delete cell.format.quotePrefix;
        if (!cell.content && Object.keys(cell.format).length === 0) sheet.cells.delete(k);
      }
    });
  }

  /**
   * ExcelApi 1.4: the range's used range, the smallest range holding its cells with a value
   * (valuesOnly) or also a format; a null object when it has none (Range.getUsedRangeOrNullObject).
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeLocatedRange {
    return new FakeLocatedRange(
      this.q,
      () => {
        const sheet = this.sheet.resolve();
        const area = usedArea(sheet, valuesOnly, MAX_COLUMNS, this.single());
        return area ? { sheet, area } : null;
      },
      `${this.path}.usedRange`,
      true,
      worksheetOf(this.q),
    );
  }

  private wholeRows(method: string, shift: string, direction: string): RangeRef {
    const area = this.single();
    if (shift !== direction)
      throw new Error(
        `fake Excel: Range.${method}(${shift}) is not modelled, only whole rows with ${direction}`,
      );
    if (area.start.col !== 0 || area.end.col !== MAX_COLUMNS - 1)
      throw new Error(
        `fake Excel: Range.${method} of ${this.address} is not modelled, only whole rows ("5:9")`,
      );
    return area;
  }

  private assertRowsChangeable(allow: "allowInsertRows" | "allowDeleteRows"): void {
    const protection = this.sheet.resolve().protection;
    if (protection && (protection.options as Record<string, unknown> | null)?.[allow] !== true)
      throw new FakeOfficeError(
        "InvalidOperation",
        "The cell or chart you're trying to change is on a protected sheet.",
      );
  }

  set values(rows: unknown[][]) {
    this.writeCells("values", rows);
  }

  get numberFormat(): unknown[][] {
    return this.loadedProp("numberFormat") as unknown[][];
  }

  set numberFormat(rows: unknown[][]) {
    this.q.enqueue(this.path, "numberFormat", [rows], () => {
      const area = this.single();
      const data = check2d(area, rows);
      this.sheet.assertWritable(area, "format");
      const sheet = this.sheet.resolve();
      data.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f === null) return;
          if (typeof f !== "string")
            throw new FakeOfficeError("InvalidArgument", "A number format must be text.");
          cellAt(sheet, area.start.row + r, area.start.col + c).format.numberFormat = f;
        }),
      );
    });
  }

  set columnHidden(hidden: boolean) {
    this.q.enqueue(this.path, "columnHidden", [hidden], () => {
      const a = this.single();
      const sheet = this.sheet.resolve();
      for (let c = a.start.col; c <= a.end.col; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  set rowHidden(hidden: boolean) {
    this.q.enqueue(this.path, "rowHidden", [hidden], () => {
      const a = this.single();
      const sheet = this.sheet.resolve();
      for (let r = a.start.row; r <= a.end.row; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }

  merge(across = false): void {
    this.q.enqueue(this.path, "merge", [across], () => {
      const area = this.single();
      const sheet = this.sheet.resolve();
      this.sheet.assertWritable(null, "format");
      if (sheet.merges.some((m) => overlaps(m, area)))
        throw new FakeOfficeError("InvalidOperation", "Cannot merge over a merged range.");
      if (this.q.state.tables.some((t) => t.sheetId === sheet.id && overlaps(t.range, area)))
        throw new FakeOfficeError("InvalidOperation", "Cannot merge cells in a table.");
      // Excel keeps only the top-left value ("Merge and unmerge cells", support.microsoft.com);
      // merging across a merge or inside a table is refused, as in the Excel UI.
      forEachCell(area, (r, c) => {
        if (r !== area.start.row || c !== area.start.col) delete sheet.cells.get(cellKey(r, c))?.content;
      });
      sheet.merges.push(area);
    });
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.q, this);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.q, this);
  }

  singleArea(): RangeRef {
    return this.single();
  }
}

// ------------------------------------------------------------------------------------------------

class FakeRangeFormat {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: FakeBorders;
  readonly protection: FakeFormatProtection;
  constructor(
    private readonly q: Queue,
    readonly range: FakeRangeBase,
  ) {
    this.font = new FakeFont(this);
    this.fill = new FakeFill(this);
    this.borders = new FakeBorders(this);
    this.protection = new FakeFormatProtection(this);
  }

  /** Queues a change applied to every cell of every area. */
  setCells(
    name: string,
    value: unknown,
    fn: (format: CellFormat, row: number, col: number, area: RangeRef) => void,
  ): void {
    this.q.enqueue(`${this.range.sheet.path}.format(${this.range.address})`, name, [value], () => {
      const areas = this.range.areas();
      this.range.sheet.assertWritable(null, "format");
      const sheet = this.range.sheet.resolve();
      for (const area of areas) forEachCell(area, (r, c) => fn(cellAt(sheet, r, c).format, r, c, area));
    });
  }

  setSheet(name: string, value: unknown, fn: (sheet: FakeSheet, area: RangeRef) => void): void {
    this.q.enqueue(`${this.range.sheet.path}.format(${this.range.address})`, name, [value], () => {
      const sheet = this.range.sheet.resolve();
      for (const area of this.range.areas()) fn(sheet, area);
    });
  }

  set horizontalAlignment(v: string) {
    this.setCells("horizontalAlignment", v, (f) => (f.horizontal = v));
  }
  set verticalAlignment(v: string) {
    this.setCells("verticalAlignment", v, (f) => (f.vertical = v));
  }
  set wrapText(v: boolean) {
    this.setCells("wrapText", v, (f) => (f.wrap = v));
  }
  set columnWidth(points: number) {
    this.setSheet("columnWidth", points, (sheet, area) => {
      for (let c = area.start.col; c <= area.end.col; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.setSheet("rowHeight", points, (sheet, area) => {
      for (let r = area.start.row; r <= area.end.row; r++) sheet.rowHeights.set(r, points);
    });
  }
}

class FakeFont {
  constructor(private readonly format: FakeRangeFormat) {}
  set bold(v: boolean) {
    this.format.setCells("font.bold", v, (f) => (f.bold = v));
  }
  set italic(v: boolean) {
    this.format.setCells("font.italic", v, (f) => (f.italic = v));
  }
  set size(v: number) {
    this.format.setCells("font.size", v, (f) => (f.size = v));
  }
  set color(v: string) {
    this.format.setCells("font.color", v, (f) => (f.fontColor = v));
  }
}

class FakeFill {
  constructor(private readonly format: FakeRangeFormat) {}
  set color(v: string) {
    this.format.setCells("fill.color", v, (f) => (f.fill = v));
  }
  clear(): void {
    this.format.setCells("fill.clear", null, (f) => delete f.fill);
  }
}

class FakeFormatProtection {
  constructor(private readonly format: FakeRangeFormat) {}
  set locked(v: boolean) {
    this.format.setCells("protection.locked", v, (f) => (f.locked = v));
  }
}

const EDGES: readonly BorderEdge[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
];

class FakeBorders {
  constructor(private readonly format: FakeRangeFormat) {}
  getItem(edge: BorderEdge): FakeBorder {
    if (!EDGES.includes(edge)) throw new FakeOfficeError("InvalidArgument", `Unknown border "${edge}".`);
    return new FakeBorder(this.format, edge);
  }
}

/** The per-cell sides an edge of a range paints. */
function sidesOf(
  edge: BorderEdge,
  r: number,
  c: number,
  a: RangeRef,
): ("top" | "bottom" | "left" | "right")[] {
  switch (edge) {
    case "EdgeTop":
      return r === a.start.row ? ["top"] : [];
    case "EdgeBottom":
      return r === a.end.row ? ["bottom"] : [];
    case "EdgeLeft":
      return c === a.start.col ? ["left"] : [];
    case "EdgeRight":
      return c === a.end.col ? ["right"] : [];
    case "InsideHorizontal":
      return [
        ...(r > a.start.row ? (["top"] as const) : []),
        ...(r < a.end.row ? (["bottom"] as const) : []),
      ];
    case "InsideVertical":
      return [
        ...(c > a.start.col ? (["left"] as const) : []),
        ...(c < a.end.col ? (["right"] as const) : []),
      ];
  }
}

class FakeBorder {
  constructor(
    private readonly format: FakeRangeFormat,
    private readonly edge: BorderEdge,
  ) {}
  private checkShape(): void {
    // Like Excel (VBA error 1004), inside borders need two rows or columns in every area.
    const inside = this.edge === "InsideHorizontal" ? "row" : this.edge === "InsideVertical" ? "col" : null;
    if (!inside) return;
    for (const a of this.format.range.areas())
      if (a.start[inside] === a.end[inside])
        throw new FakeOfficeError("InvalidArgument", `${areaAddress(a)} has no ${this.edge} border.`);
  }

  set style(v: string) {
    this.format.setCells(`borders.${this.edge}.style`, v, (f, r, c, a) => {
      if (r === a.start.row && c === a.start.col) this.checkShape();
      for (const side of sidesOf(this.edge, r, c, a)) {
        f.borders ??= {};
        if (v === "None") delete f.borders[side];
        else f.borders[side] = v;
        if (Object.keys(f.borders).length === 0) delete f.borders;
      }
    });
  }
  set weight(v: string) {
    this.format.setCells(`borders.${this.edge}.weight`, v, (f, r, c, a) => {
      for (const side of sidesOf(this.edge, r, c, a)) {
        const current = f.borders?.[side];
        if (current) f.borders![side] = `${current.split(":")[0]}:${v}`;
      }
    });
  }
}

// ------------------------------------------------------------------------------------------------

/**
 * DataValidation.rule takes exactly one rule type (Excel.DataValidationRule reference); a range that
 * partly has another rule is refused; the input message title holds 32 characters and its text 255,
 * the error alert 32 and 225 (the limits of Excel's Data Validation dialog).
 */
const VALIDATION_KEYS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];
const VALIDATION_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

/**
 * A date rule's operand is a Date, a formula ("=A1", "=DATE(...)") or an ISO 8601 date text
 * (DateTimeDataValidation.formula1, learn.microsoft.com/javascript/api/excel/excel.datetimedatavalidation).
 * Excel holds dates from 1900-01-01 on (1900 date system: "Date systems in Excel",
 * support.microsoft.com); an earlier ISO date such as 1899-12-31 names no cell value and is refused,
 * as is a day that does not exist.
 */
function checkDateOperand(operand: unknown): void {
  if (operand === undefined || typeof operand !== "string" || operand.startsWith("=")) return;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+)?$/.exec(operand);
  const bad = () =>
    new FakeOfficeError("InvalidArgument", `The date "${operand}" is not a date Excel can hold.`);
  if (!iso) throw bad();
  const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 9999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) throw bad();
}

class FakeDataValidation {
  constructor(
    private readonly q: Queue,
    private readonly range: FakeRange,
  ) {}

  private entry(create: boolean): FakeValidation {
    const area = this.range.singleArea();
    const sheet = this.range.sheet.resolve();
    const address = areaAddress(area);
    let entry = sheet.validations.find((v) => v.range === address);
    if (!entry) {
      if (sheet.validations.some((v) => overlaps(parseArea(v.range), area)))
        throw new FakeOfficeError(
          "InvalidOperation",
          `Part of ${address} already has a different validation rule.`,
        );
      if (!create) throw new FakeOfficeError("InvalidOperation", `${address} has no validation rule.`);
      entry = { range: address };
      sheet.validations.push(entry);
    }
    return entry;
  }

  set rule(rule: Record<string, unknown>) {
    this.q.enqueue(`${this.range.sheet.path}.dataValidation(${this.range.address})`, "rule", [rule], () => {
      this.range.sheet.assertWritable(null, "format");
      const keys = Object.keys(rule ?? {});
      if (keys.length !== 1 || !VALIDATION_KEYS.includes(keys[0]))
        throw new FakeOfficeError("InvalidArgument", "A validation rule needs exactly one rule type.");
      const body = rule[keys[0]] as Record<string, unknown>;
      if (keys[0] === "list") {
        const source = body.source;
        if (typeof source !== "string" || source === "")
          throw new FakeOfficeError("InvalidArgument", "A list needs a source.");
        if (source.startsWith("=")) checkFormula(source, this.q.state);
      } else {
        if (!VALIDATION_OPERATORS.includes(String(body.operator)))
          throw new FakeOfficeError(
            "InvalidArgument",
            `Unknown validation operator "${String(body.operator)}".`,
          );
        if (body.formula1 === undefined) throw new FakeOfficeError("InvalidArgument", "formula1 is missing.");
        if ((body.operator === "Between" || body.operator === "NotBetween") && body.formula2 === undefined)
          throw new FakeOfficeError("InvalidArgument", "formula2 is missing.");
        if (keys[0] === "date") for (const f of [body.formula1, body.formula2]) checkDateOperand(f);
      }
      this.entry(true).rule = JSON.parse(JSON.stringify(rule));
    });
  }

  set ignoreBlanks(v: boolean) {
    this.q.enqueue(
      `${this.range.sheet.path}.dataValidation(${this.range.address})`,
      "ignoreBlanks",
      [v],
      () => {
        this.entry(false).ignoreBlanks = v;
      },
    );
  }

  set prompt(v: Record<string, unknown>) {
    this.q.enqueue(`${this.range.sheet.path}.dataValidation(${this.range.address})`, "prompt", [v], () => {
      if (String(v.title ?? "").length > 32 || String(v.message ?? "").length > 255)
        throw new FakeOfficeError("InvalidArgument", "The prompt title or message is too long.");
      this.entry(false).prompt = { ...v };
    });
  }

  set errorAlert(v: Record<string, unknown>) {
    this.q.enqueue(
      `${this.range.sheet.path}.dataValidation(${this.range.address})`,
      "errorAlert",
      [v],
      () => {
        if (String(v.title ?? "").length > 32 || String(v.message ?? "").length > 225)
          throw new FakeOfficeError("InvalidArgument", "The error title or message is too long.");
        this.entry(false).errorAlert = { ...v };
      },
    );
  }
}

// ------------------------------------------------------------------------------------------------

/** ConditionalFormatCollection.add types and the one settings part each has (ExcelApi 1.6 reference). */
const CF_TYPES: Record<string, string> = {
  CellValue: "cellValue",
  Custom: "custom",
  DataBar: "dataBar",
  ColorScale: "colorScale",
  IconSet: "iconSet",
};

/**
 * The conditional formats lying inside `area` of `sheet`. One that reaches over the area's edge
 * would be split by Excel: not modelled, so the fake refuses rather than guess.
 */
function conditionalsWithin(sheet: FakeSheet, area: RangeRef, method: string): FakeConditional[] {
  const inside: FakeConditional[] = [];
  for (const cf of sheet.conditionalFormats) {
    const at = parseArea(cf.range);
    if (!overlaps(at, area)) continue;
    if (
      at.start.row < area.start.row ||
      at.end.row > area.end.row ||
      at.start.col < area.start.col ||
      at.end.col > area.end.col
    )
      throw new Error(
        `fake Excel: ${method} over part of the conditional format on ${cf.range} is not modelled`,
      );
    inside.push(cf);
  }
  return inside;
}

/** What Excel does with merged cells under a paste or clear of formats is not modelled: refused. */
function refuseMergesAcross(
  from: [FakeSheet, RangeRef],
  to: [FakeSheet, RangeRef] | null,
  method: string,
): void {
  for (const [sheet, area] of to ? [from, to] : [from])
    if (sheet.merges.some((m) => overlaps(m, area)))
      throw new Error(`fake Excel: ${method} over merged cells of ${sheet.name} is not modelled`);
}

class FakeConditionalFormatCollection {
  constructor(
    private readonly q: Queue,
    private readonly range: FakeRange,
  ) {}
  add(type: string): FakeConditionalFormat {
    const holder: { entry: FakeConditional | null } = { entry: null };
    this.q.enqueue(
      `${this.range.sheet.path}.conditionalFormats(${this.range.address})`,
      "add",
      [type],
      () => {
        if (!CF_TYPES[type])
          throw new FakeOfficeError("InvalidArgument", `Unknown conditional format type "${type}".`);
        this.range.sheet.assertWritable(null, "format");
        const area = this.range.singleArea();
        holder.entry = { range: areaAddress(area), type, settings: {} };
        this.range.sheet.resolve().conditionalFormats.push(holder.entry);
      },
    );
    return new FakeConditionalFormat(this.q, holder, `${this.range.sheet.path}.cf(${this.range.address})`);
  }
}

/** Any property path under a conditional format (cellValue.format.fill.color ...), recorded as set. */
function settingsProxy(
  q: Queue,
  holder: { entry: FakeConditional | null },
  kind: string,
  path: string[],
): unknown {
  return new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop !== "string") return undefined;
        return settingsProxy(q, holder, kind, [...path, prop]);
      },
      set(_t, prop, value) {
        const key = [...path, String(prop)].join(".");
        q.enqueue(`cf.${kind}`, key, [value], () => {
          const entry = holder.entry;
          if (!entry) throw new FakeOfficeError("InvalidObjectPath", "The conditional format was not added.");
          if (CF_TYPES[entry.type] !== kind)
            throw new FakeOfficeError(
              "InvalidOperation",
              `A ${entry.type} conditional format has no ${kind} part.`,
            );
          for (const v of Object.values(JSON.parse(JSON.stringify(value ?? null)) ?? {}))
            if (typeof v === "string" && v.startsWith("=")) checkFormula(v, q.state);
          if (typeof value === "string" && value.startsWith("=")) checkFormula(value, q.state);
          entry.settings[key] = JSON.parse(JSON.stringify(value));
        });
        return true;
      },
    },
  );
}

class FakeConditionalFormat {
  constructor(
    private readonly q: Queue,
    private readonly holder: { entry: FakeConditional | null },
    readonly path: string,
  ) {}
  get cellValue(): unknown {
    return settingsProxy(this.q, this.holder, "cellValue", []);
  }
  get custom(): unknown {
    return settingsProxy(this.q, this.holder, "custom", []);
  }
  get dataBar(): unknown {
    return settingsProxy(this.q, this.holder, "dataBar", []);
  }
  get colorScale(): unknown {
    return settingsProxy(this.q, this.holder, "colorScale", []);
  }
  get iconSet(): unknown {
    return settingsProxy(this.q, this.holder, "iconSet", []);
  }
}

// ------------------------------------------------------------------------------------------------

export class FakeTableCollection {
  private loadedItems: FakeTableProxy[] | null = null;
  constructor(
    private readonly q: Queue,
    private readonly path: string,
    private readonly list: () => FakeTable[],
    private readonly sheet?: () => FakeSheet,
  ) {}

  load(_props?: unknown): this {
    this.q.enqueue(this.path, "load", [_props], () => {
      this.loadedItems = this.list().map((t) => new FakeTableProxy(this.q, () => t, t.name));
    });
    return this;
  }

  get items(): FakeTableProxy[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  /** A table by name (case-insensitive, as Excel); ItemNotFound at sync when there is none. */
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(
      this.q,
      () => {
        const t = this.list().find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!t)
          throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: table "${name}".`);
        return t;
      },
      null,
    );
  }

  add(address: string, hasHeaders: boolean): FakeTableProxy {
    if (!this.sheet) throw new Error("fake Excel: add tables through a worksheet's tables collection");
    const sheetOf = this.sheet;
    let bound: FakeTable | null = null;
    const proxy = new FakeTableProxy(
      this.q,
      () => {
        if (!bound) throw new FakeOfficeError("InvalidObjectPath", "The table was not added.");
        return bound;
      },
      null,
    );
    this.q.enqueue(this.path, "add", [address, hasHeaders], () => {
      const state = this.q.state;
      const sheet = sheetOf();
      const area = parseArea(address);
      if (!hasHeaders) throw new Error("fake Excel: only tables with headers are modelled");
      // Tables cannot overlap tables or merged cells, nor be added on a protected sheet (Excel's own
      // messages when adding a table over them); headers become text, empty ones ColumnN
      // ("Overview of Excel tables", support.microsoft.com).
      if (sheet.protection) throw new FakeOfficeError("InvalidOperation", "The sheet is protected.");
      if (state.tables.some((t) => t.sheetId === sheet.id && overlaps(t.range, area)))
        throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      if (sheet.merges.some((m) => overlaps(m, area)))
        throw new FakeOfficeError(
          "InvalidOperation",
          "A table can't overlap a range that contains merged cells.",
        );
      // Headers become text; empty ones get ColumnN, as in Excel.
      for (let c = area.start.col; c <= area.end.col; c++) {
        const cell = cellAt(sheet, area.start.row, c);
        const content = cell.content;
        if (!content || !("value" in content) || content.value === "")
          cell.content = { value: `Column${c - area.start.col + 1}` };
        else if (typeof content.value !== "string") cell.content = { value: String(content.value) };
      }
      let n = state.tables.length + 1;
      while (state.tableByName(`Table${n}`)) n++;
      bound = {
        id: state.newId(),
        name: `Table${n}`,
        sheetId: sheet.id,
        range: area,
        showTotals: false,
        style: "TableStyleMedium2",
      };
      state.tables.push(bound);
    });
    return proxy;
  }
}

function headerOf(state: FakeState, table: FakeTable, col: number): string {
  const sheet = state.sheets.find((s) => s.id === table.sheetId)!;
  const content = sheet.cells.get(cellKey(table.range.start.row, col))?.content;
  return content && "value" in content ? String(content.value) : "";
}

export class FakeTableProxy {
  constructor(
    private readonly q: Queue,
    private readonly resolve: () => FakeTable,
    private readonly loadedName: string | null,
  ) {}

  get name(): string {
    if (this.loadedName === null) throw notLoaded("name");
    return this.loadedName;
  }

  /** The worksheet the table is on (Table.worksheet, ExcelApi 1.2). */
  get worksheet(): FakeWorksheet {
    return worksheetOf(this.q)(() => {
      const table = this.resolve();
      return this.q.state.sheets.find((s) => s.id === table.sheetId)!;
    }, "table.worksheet");
  }

  /** The table's header, data and totals rows. */
  getRange(): FakeLocatedRange {
    return new FakeLocatedRange(
      this.q,
      () => {
        const table = this.resolve();
        const sheet = this.q.state.sheets.find((s) => s.id === table.sheetId)!;
        return { sheet, area: table.range };
      },
      "table.range",
      false,
      worksheetOf(this.q),
    );
  }

  set name(name: string) {
    this.q.enqueue("table", "name", [name], () => {
      const state = this.q.state;
      const table = this.resolve();
      if (!nameIsValid(name))
        throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid table name.`);
      const other = state.tableByName(name);
      if ((other && other !== table) || state.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `A table or name "${name}" already exists.`);
      table.name = name;
    });
  }

  set style(style: string) {
    this.q.enqueue("table", "style", [style], () => {
      this.resolve().style = style;
    });
  }

  set showTotals(show: boolean) {
    this.q.enqueue("table", "showTotals", [show], () => {
      const state = this.q.state;
      const table = this.resolve();
      if (!show || table.showTotals) {
        if (!show && table.showTotals) throw new Error("fake Excel: hiding totals is not modelled");
        return;
      }
      const sheet = state.sheets.find((s) => s.id === table.sheetId)!;
      const row = table.range.end.row + 1;
      // Conservative: the row below must be free (Excel would otherwise shift or refuse).
      for (let c = table.range.start.col; c <= table.range.end.col; c++)
        if (sheet.cells.get(cellKey(row, c))?.content)
          throw new FakeOfficeError("InvalidOperation", `The totals row ${row + 1} is not empty.`);
      table.range = { start: table.range.start, end: { row, col: table.range.end.col } };
      table.showTotals = true;
      cellAt(sheet, row, table.range.start.col).content = { value: "Total" };
      const last = table.range.end.col;
      cellAt(sheet, row, last).content = {
        formula: `=SUBTOTAL(109,${table.name}[${headerOf(state, table, last)}])`,
      };
    });
  }
}

// ------------------------------------------------------------------------------------------------

export class FakeNamedItemCollection {
  private loadedItems: FakeNamedItem[] | null = null;
  constructor(
    private readonly q: Queue,
    private readonly path: string,
    private readonly scope: () => { list: FakeName[]; sheet: FakeSheet | null },
  ) {}

  load(_props?: unknown): this {
    this.q.enqueue(this.path, "load", [_props], () => {
      this.loadedItems = this.scope().list.map((n) => new FakeNamedItem(this.q, this.scope, n.name, n.name));
    });
    return this;
  }

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  add(name: string, reference: string, comment?: string): FakeNamedItem {
    this.q.enqueue(this.path, "add", [name, reference, comment], () => {
      const { list, sheet } = this.scope();
      if (!this.q.state.windowActive)
        throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      if (!nameIsValid(name)) throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid name.`);
      if (list.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`);
      if (this.q.state.tableByName(name))
        throw new FakeOfficeError("ItemAlreadyExists", `A table "${name}" already exists.`);
      if (typeof reference !== "string" || !reference.startsWith("="))
        throw new FakeOfficeError("InvalidArgument", "A name must refer to a formula starting with '='.");
      checkFormula(reference, this.q.state);
      if (sheet?.protection) throw new FakeOfficeError("InvalidOperation", "The sheet is protected.");
      list.push({ name, formula: reference, ...(comment ? { comment } : {}) });
    });
    return new FakeNamedItem(this.q, this.scope, name, null);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    const item = new FakeNamedItem(this.q, this.scope, name, null);
    item.nullable = true;
    return item;
  }
}

export class FakeNamedItem {
  nullable = false;
  private nullLoaded: boolean | null = null;
  constructor(
    private readonly q: Queue,
    private readonly scope: () => { list: FakeName[] },
    private readonly key: string,
    private readonly loadedName: string | null,
  ) {}

  private find(): FakeName | undefined {
    return this.scope().list.find((n) => n.name.toLowerCase() === this.key.toLowerCase());
  }

  load(_props?: unknown): this {
    this.q.enqueue(`names[${this.key}]`, "load", [_props], () => {
      this.nullLoaded = !this.find();
    });
    return this;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullLoaded === null) throw notLoaded("isNullObject");
    return this.nullLoaded;
  }

  get name(): string {
    if (this.loadedName === null) throw notLoaded("name");
    return this.loadedName;
  }

  /** The reference or formula the name refers to ("=Sheet1!$A$1"), loaded with the collection. */
  get formula(): string {
    if (this.loadedName === null) throw notLoaded("formula");
    const found = this.find();
    if (!found) throw notLoaded("formula");
    return found.formula;
  }

  delete(): void {
    this.q.enqueue(`names[${this.key}]`, "delete", [], () => {
      const scope = this.scope();
      const found = this.find();
      if (!found) throw new FakeOfficeError("ItemNotFound", `The name "${this.key}" doesn't exist.`);
      scope.list.splice(scope.list.indexOf(found), 1);
    });
  }
}

// ------------------------------------------------------------------------------------------------

class FakeFreezePanes {
  constructor(
    private readonly q: Queue,
    private readonly ws: FakeWorksheet,
  ) {}
  freezeRows(n: number): void {
    this.q.enqueue(`${this.ws.path}.freezePanes`, "freezeRows", [n], () => {
      this.ws.resolve().freeze = { rows: n, columns: 0 };
    });
  }
  freezeColumns(n: number): void {
    this.q.enqueue(`${this.ws.path}.freezePanes`, "freezeColumns", [n], () => {
      this.ws.resolve().freeze = { rows: 0, columns: n };
    });
  }
  freezeAt(address: string): void {
    this.q.enqueue(`${this.ws.path}.freezePanes`, "freezeAt", [address], () => {
      const a = parseArea(address);
      if (a.start.row !== 0 || a.start.col !== 0)
        throw new Error("fake Excel: freezeAt is modelled for ranges starting at A1");
      this.ws.resolve().freeze = { rows: a.end.row + 1, columns: a.end.col + 1 };
    });
  }
}

class FakeProtection {
  private loaded: { protected: boolean; options: unknown } | null = null;
  constructor(
    private readonly q: Queue,
    private readonly ws: FakeWorksheet,
  ) {}
  /** Loads `protected` and `options` (a sheet without protection reads as its default options: {}). */
  load(_props?: unknown): this {
    this.q.enqueue(`${this.ws.path}.protection`, "load", [_props], () => {
      const p = this.ws.resolve().protection;
      this.loaded = { protected: Boolean(p), options: JSON.parse(JSON.stringify(p?.options ?? {})) };
    });
    return this;
  }
  get protected(): boolean {
    if (!this.loaded) throw notLoaded("protected");
    return this.loaded.protected;
  }
  get options(): unknown {
    if (!this.loaded) throw notLoaded("options");
    return this.loaded.options;
  }
  /** Lifts the protection; a sheet protected with a password needs it. */
  unprotect(password?: string): void {
    this.q.enqueue(`${this.ws.path}.protection`, "unprotect", [password], () => {
      const sheet = this.ws.resolve();
      if (sheet.protection?.password !== undefined && sheet.protection.password !== password)
        throw new FakeOfficeError("InvalidOperation", "The password you supplied is not correct.");
      sheet.protection = null;
    });
  }
  /**
   * "[Api set: ExcelApi 1.2 for options; 1.7 for password]" (WorksheetProtection.protect): an Excel
   * without 1.7 does not know the password parameter, and the fake refuses it rather than guess
   * whether the sheet would end up protected with or without it.
   */
  protect(options?: unknown, password?: string): void {
    this.q.enqueue(`${this.ws.path}.protection`, "protect", [options, password], () => {
      if (password !== undefined && !this.q.supports("1.7"))
        throw new FakeOfficeError(
          "ApiNotFound",
          "WorksheetProtection.protect(options, password) needs ExcelApi 1.7.",
        );
      const sheet = this.ws.resolve();
      if (sheet.protection) throw new FakeOfficeError("InvalidOperation", "The sheet is already protected.");
      sheet.protection = {
        options: JSON.parse(JSON.stringify(options ?? {})),
        ...(password ? { password } : {}),
      };
    });
  }
}

/**
 * Excel holds at most 1,026 manual page breaks per sheet ("Excel specifications and limits",
 * support.microsoft.com: "Manual page breaks: 1,026 horizontal and vertical"); adding more fails.
 */
const MAX_MANUAL_PAGE_BREAKS = 1026;

/**
 * Worksheet.horizontalPageBreaks, PageBreakCollection.add, Worksheet.pageLayout and its members
 * (orientation, zoom with its scale or fit-to pages, setPrintTitleRows, setPrintTitleColumns,
 * setPrintArea) are all "[Api set: ExcelApi 1.9]" in the Office.js reference: an older Excel has no
 * such object, and the fake fails the request as that Excel would.
 */
function requirePrintApi(q: Queue, member: string): void {
  if (!q.supports("1.9")) throw new FakeOfficeError("ApiNotFound", `${member} needs ExcelApi 1.9.`);
}

/** Worksheet.horizontalPageBreaks: add() puts a break above the range's top-left cell. */
class FakePageBreakCollection {
  constructor(
    private readonly q: Queue,
    private readonly ws: FakeWorksheet,
  ) {}
  add(range: string): void {
    const area = parseArea(range);
    this.q.enqueue(`${this.ws.path}.horizontalPageBreaks`, "add", [range], () => {
      requirePrintApi(this.q, "Worksheet.horizontalPageBreaks.add");
      const rows = this.ws.resolve().pageBreaksBefore;
      const row = area.start.row + 1;
      if (rows.includes(row)) return;
      if (rows.length >= MAX_MANUAL_PAGE_BREAKS)
        throw new FakeOfficeError(
          "InvalidOperation",
          `A sheet holds at most ${MAX_MANUAL_PAGE_BREAKS} manual page breaks.`,
        );
      rows.push(row);
    });
  }
}

class FakePageLayout {
  constructor(
    private readonly q: Queue,
    private readonly ws: FakeWorksheet,
  ) {}
  private set(key: string, value: unknown): void {
    this.q.enqueue(`${this.ws.path}.pageLayout`, key, [value], () => {
      requirePrintApi(this.q, `Worksheet.pageLayout.${key}`);
      this.ws.resolve().pageLayout[key] = JSON.parse(JSON.stringify(value));
    });
  }
  set orientation(v: string) {
    this.set("orientation", v);
  }
  /** PageLayoutZoomOptions: a scale "between 10 and 400", or fit to pages wide and tall. */
  set zoom(v: unknown) {
    const scale = (v as { scale?: unknown } | null)?.scale;
    if (scale !== undefined && (typeof scale !== "number" || scale < 10 || scale > 400))
      throw new FakeOfficeError("InvalidArgument", `Print scale ${String(scale)} is not between 10 and 400.`);
    this.set("zoom", v);
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows))
      throw new FakeOfficeError("InvalidArgument", `"${rows}" is not a row range.`);
    this.set("printTitleRows", rows);
  }
  setPrintTitleColumns(columns: string): void {
    if (!/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(columns))
      throw new FakeOfficeError("InvalidArgument", `"${columns}" is not a column range.`);
    this.set("printTitleColumns", columns);
  }
  setPrintArea(area: string): void {
    parseArea(area);
    this.set("printArea", area);
  }
}
