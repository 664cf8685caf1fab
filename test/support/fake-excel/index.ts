/**
 * An honest in-memory fake of the Excel JavaScript API subset the Excel host uses. It keeps sheets,
 * cells, formats, names and tables; queues calls until sync() like Office.js; counts syncs and
 * request and response bytes (UTF-8); refuses requests and responses over 5 MB as Excel on the web
 * does and answers null values past 5,000,000 cells a read (reads.ts); and can be told to fail at
 * the n-th sync after applying part of that request (Excel batches are not transactional). Each
 * rule names the Microsoft page or office-js issue it follows.
 * Plain TypeScript without Node imports: it can be injected into the task pane page.
 */
import { FakeState, WorkbookSnapshot, cellAt, parseArea, snapshotOf } from "./model";
import { FakeOfficeError, parseInput } from "./input";
import { FakeWorkbook, Queue } from "./objects";
import { RESPONSE_LIMIT, utf8Bytes } from "./reads";
import { CreatedWorkbook, fakeCreateWorkbook } from "./create-workbook";

export { FakeOfficeError } from "./input";
export { READ_CELL_LIMIT, RESPONSE_LIMIT } from "./reads";
export type { WorkbookSnapshot, SheetSnapshot, CellContent, CellFormat } from "./model";
export type { CreatedWorkbook } from "./create-workbook";

/**
 * Excel on the web's request limit: "Excel on the web has a payload size limit for requests and
 * responses of 5MB" ("Resource limits and performance optimization for Office Add-ins", section
 * "Excel add-ins"); Excel.ErrorCodes names the failure RequestPayloadSizeLimitExceeded.
 */
export const REQUEST_LIMIT = 5 * 1024 * 1024;

export interface SeedSheet {
  name: string;
  /** A1 address -> what a user typed there ("=..." for formulas). */
  cells?: Record<string, string | number | boolean>;
  tables?: { name: string; range: string }[];
  names?: { name: string; formula: string }[];
}

export interface FakeExcelOptions {
  sheets?: SeedSheet[];
  names?: { name: string; formula: string }[];
  /** Highest ExcelApi version supported, e.g. "1.8"; default "1.17". */
  apiVersion?: string;
}

export interface RequestRecord {
  /** UTF-8 bytes of the request body, as it goes over the wire. */
  readonly bytes: number;
  readonly actions: number;
  readonly calcSuspended: boolean;
  readonly screenSuspended: boolean;
  /** UTF-8 bytes of what the request's loads returned (Excel on the web refuses over 5 MB). */
  responseBytes: number;
  /** The distinct methods and properties the request called ("copyFrom", "insert", "values" ...). */
  readonly methods: readonly string[];
}

/**
 * UTF-8 length of a string without allocating. Requests travel as UTF-8 JSON, so a Chinese character
 * costs 3 bytes, not 1 (the 5 MB limit is on the payload: "Resource limits and performance
 * optimization for Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
export const utf8Length = utf8Bytes;

interface Action {
  readonly name: string;
  readonly bytes: number;
  readonly run: () => void;
}

/**
 * An injected failure. A failing sync leaves the actions that ran before the failing one applied:
 * Office.js batches are not transactions ("Error handling with the application-specific JavaScript
 * APIs": the operations queued before the error have run), which is why the host rolls back itself.
 */
export interface Failure {
  /** 1-based index of the sync to fail. */
  readonly atSync: number;
  /** Actions of that request applied before the failure; default: half of them. */
  readonly applied?: number;
}

/** A deep copy of plain data with Maps and Sets (the fake's state), own fields only. */
function deepCopy<T>(value: T): T {
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, deepCopy(v)])) as T;
  if (value instanceof Set) return new Set([...value].map((v) => deepCopy(v))) as T;
  if (Array.isArray(value)) return value.map((v) => deepCopy(v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepCopy(v);
    return out as T;
  }
  return value;
}

function versionAtMost(version: string, max: string): boolean {
  const [a1, a2] = version.split(".").map(Number);
  const [b1, b2] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

export class FakeRequestContext implements Queue {
  readonly workbook: FakeWorkbook;
  readonly application: FakeWorkbook["application"];
  queue: Action[] = [];
  /** UTF-8 bytes the running request's loads return. */
  responseBytes = 0;
  constructor(private readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  get state(): FakeState {
    return this.excel.state;
  }

  enqueue(path: string, name: string, args: unknown[], run: () => void): void {
    // Roughly what Office.js sends per action: object path, method or property, arguments, ids.
    const bytes = utf8Length(JSON.stringify({ p: path, n: name, a: args })) + 100;
    this.queue.push({ name: `${path}.${name}`, bytes, run });
  }

  respond(bytes: number): void {
    this.responseBytes += bytes;
  }

  supports(version: string): boolean {
    return this.excel.isSetSupported("ExcelApi", version);
  }

  sync(): Promise<void> {
    return this.excel.runRequest(this);
  }
}

export class FakeExcel {
  readonly state = new FakeState();
  readonly requests: RequestRecord[] = [];
  /**
   * Cells were written while API calculation was suspended and no calculate() has run since in a
   * request without suspension. Excel keeps them uncalculated until then; a calculate() queued in
   * the suspended request itself does not count ("suspendApiCalculationUntilNextSync: suspends
   * calculation until the next context.sync()", Application reference, ExcelApi 1.6).
   */
  pendingRecalc = false;
  /**
   * Requests that suspended screen updating. The docs warn that calling it repeatedly (such as in a
   * loop) makes the Excel window flicker ("Excel JavaScript API performance optimization", section
   * "Suspend screen updating", learn.microsoft.com/office/dev/add-ins/excel/performance).
   */
  screenSuspensions = 0;
  private failure: Failure | null = null;
  /**
   * Called as each request goes out, with its 1-based number (all syncs so far counted): a test acts
   * there as a user would while Excel works on the request (presses Cancel, say).
   */
  onRequest: ((n: number) => void) | null = null;
  private readonly apiVersion: string;
  /** Workbooks Excel.createWorkbook opened (each in a new window: the open workbook is unchanged). */
  readonly created: CreatedWorkbook[] = [];
  /** Excel.createWorkbook (ExcelApi 1.8). */
  readonly createWorkbook = fakeCreateWorkbook(() => this.isSetSupported("ExcelApi", "1.8"), this.created);

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.17";
    for (const seed of options.sheets ?? [{ name: "Sheet1" }]) {
      const sheet = this.state.addSheet(seed.name);
      for (const [address, typed] of Object.entries(seed.cells ?? {})) {
        const a = parseArea(address);
        const parsed = parseInput(typed, this.state);
        if (parsed?.content) cellAt(sheet, a.start.row, a.start.col).content = parsed.content;
      }
      for (const t of seed.tables ?? [])
        this.state.tables.push({
          id: this.state.newId(),
          name: t.name,
          sheetId: sheet.id,
          range: parseArea(t.range),
          showTotals: false,
          style: "TableStyleMedium2",
        });
      for (const n of seed.names ?? []) sheet.names.push({ ...n });
    }
    for (const n of options.names ?? []) this.state.names.push({ ...n });
  }

  /** Selects `address` (one area; "A:F" for whole columns) on `sheet`, as a user would. */
  select(sheet: string, address: string): void {
    const found = this.state.sheetByName(sheet);
    if (!found) throw new Error(`fake Excel: no sheet "${sheet}"`);
    this.state.activeSheetId = found.id;
    this.state.selection = { sheetId: found.id, area: parseArea(address) };
  }

  /** Puts plain values into cells from `start` on (test setup: large data without typing). */
  setValues(
    sheet: string,
    start: string,
    rows: readonly (readonly (string | number | boolean | null)[])[],
  ): void {
    const found = this.state.sheetByName(sheet);
    if (!found) throw new Error(`fake Excel: no sheet "${sheet}"`);
    const at = parseArea(start).start;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "") cellAt(found, at.row + r, at.col + c).content = { value };
      }),
    );
  }

  get syncCount(): number {
    return this.requests.length;
  }

  /** Makes the n-th sync from now on (counting all syncs so far) fail. */
  failAt(failure: Failure): void {
    this.failure = failure;
  }

  isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && versionAtMost(version, this.apiVersion);

  context(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Excel.run: a fresh context per batch. */
  async run<T>(batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
    return batch(this.context());
  }

  /** Another fake Excel holding a copy of this one's workbook (the same start for several runs). */
  copy(): FakeExcel {
    const other = new FakeExcel({ sheets: [], apiVersion: this.apiVersion });
    Object.assign(other.state, deepCopy(this.state));
    return other;
  }

  snapshot(): WorkbookSnapshot {
    return snapshotOf(this.state);
  }

  async runRequest(ctx: FakeRequestContext): Promise<void> {
    this.onRequest?.(this.requests.length + 1);
    await Promise.resolve();
    const batch = ctx.queue;
    ctx.queue = [];
    const bytes = batch.reduce((s, a) => s + a.bytes, 0);
    const record: RequestRecord = {
      bytes,
      actions: batch.length,
      calcSuspended: batch.some((a) => a.name.endsWith("suspendApiCalculationUntilNextSync")),
      screenSuspended: batch.some((a) => a.name.endsWith("suspendScreenUpdatingUntilNextSync")),
      responseBytes: 0,
      methods: [...new Set(batch.map((a) => a.name.slice(a.name.lastIndexOf(".") + 1)))],
    };
    this.requests.push(record);
    ctx.responseBytes = 0;
    if (bytes > REQUEST_LIMIT)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) exceeds the limit.`,
      );
    const failing = this.failure && this.failure.atSync === this.requests.length ? this.failure : null;
    const calcSuspended = batch.some((a) => a.name.endsWith("suspendApiCalculationUntilNextSync"));
    if (batch.some((a) => a.name.endsWith("suspendScreenUpdatingUntilNextSync"))) this.screenSuspensions++;
    const stopAt = failing
      ? Math.min(batch.length, failing.applied ?? Math.floor(batch.length / 2))
      : batch.length;
    for (let i = 0; i < stopAt; i++) {
      try {
        batch[i].run();
        const name = batch[i].name;
        if (name === "application.calculate") {
          if (!calcSuspended) this.pendingRecalc = false;
        } else if (calcSuspended && /\.(formulas|values)$/.test(name)) this.pendingRecalc = true;
      } catch (e) {
        if (e instanceof FakeOfficeError) throw e;
        throw new FakeOfficeError("GeneralException", `${batch[i].name}: ${(e as Error).message}`);
      }
    }
    record.responseBytes = ctx.responseBytes;
    if (ctx.responseBytes > RESPONSE_LIMIT)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${ctx.responseBytes} bytes) exceeds the limit.`,
      );
    if (failing) throw new FakeOfficeError("GeneralException", `Injected failure at sync ${failing.atSync}.`);
  }

  /**
   * Defines Excel.run and Office.context.requirements on `target` (a page's window, or globalThis).
   * `readyAfterMs`: Office.onReady resolves only once Office has initialized the add-in, which a
   * slowly starting Excel may take seconds to do ("Initialize your Office Add-in",
   * learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in); default at once.
   */
  installGlobals(target: Record<string, unknown>, options: { readyAfterMs?: number } = {}): void {
    target.Excel = {
      run: <T>(batch: (ctx: FakeRequestContext) => Promise<T>) => this.run(batch),
      createWorkbook: this.createWorkbook,
    };
    const info = { host: "Excel", platform: "OfficeOnline" };
    const ready =
      options.readyAfterMs === undefined
        ? Promise.resolve(info)
        : new Promise<typeof info>((resolve) => setTimeout(() => resolve(info), options.readyAfterMs));
    target.Office = {
      context: { requirements: { isSetSupported: this.isSetSupported } },
      onReady: () => ready,
      HostType: { Excel: "Excel" },
    };
  }
}
