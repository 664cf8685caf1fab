/**
 * The seam between the pane's components and the world: everything that touches Office.js or the
 * browser's download machinery sits behind these interfaces (src/taskpane/office/, download/), so
 * components run under jsdom with fakes and the click handlers hold no Office.js calls.
 */
import type { StyleName, WorkbookSpec } from "../workbook/spec";
import type { Locale } from "../i18n";
import type { RefreshOutcome, SheetRefresh } from "../hosts/excel/refresh-sheets";

/** What a CRM update in place did (WorkbookAccess.swapTableRows). */
export interface SwapResult {
  /** Data rows of the table before and after. */
  readonly before: number;
  readonly after: number;
  /** Each sheet to refresh: rewritten in place, or why this import's stays beside it. */
  readonly refreshed: readonly RefreshOutcome[];
  /** The data sheet's protection could not be put back. */
  readonly unprotected?: boolean;
}

export type PaneMode = "excel" | "download";

/** A cell as Office.js or a file hands it over. */
export type RawCell = string | number | boolean | null;
export type RawGrid = readonly (readonly RawCell[])[];

/**
 * What a long write is busy with, named beside its bar: Excel checks the names in use, writes the
 * sheets and recalculates; a download starts its worker, builds the file and hands it over.
 */
export type WritePhase =
  "checking" | "writing" | "calculating" | "starting" | "building" | "packing" | "opening" | "offering";

export interface WriteRequest {
  /** File name offered for the download (browser mode). */
  readonly fileName: string;
  /** Fraction done, 0..1, and the phase, called as the write advances. */
  readonly onProgress?: (fraction: number, phase?: WritePhase) => void;
  /**
   * Cancel: once aborted, the writer stops at its next step and fails with `cancelled` set, the
   * workbook as it was (what was written removed) or no file offered.
   */
  readonly signal?: AbortSignal;
  /** The user's language, for a failure's reason (English when not given). */
  readonly locale?: Locale;
}

/** A bilingual line from a host (a feature this Excel lacks, a chart a file cannot hold). */
export interface HostNote {
  readonly en: string;
  readonly zh: string;
}

export interface WriteResult {
  /** Final sheet names, in spec order (a host renames a sheet whose name is taken). */
  readonly sheets: readonly string[];
  /** The sheet to open when done (its final name). */
  readonly activate: string | null;
  /** Browser mode: the file that was offered. */
  readonly file?: { readonly name: string; readonly url: string; readonly bytes: number };
  /** Round trips to Excel (Excel mode). */
  readonly syncs?: number;
  readonly notes: readonly HostNote[];
}

/**
 * A failed write. `restored` says the workbook is as it was (Excel) or nothing was downloaded
 * (browser); when false, `leftBehind` names what could not be removed.
 */
export class WriteFailure extends Error {
  readonly reason: string;
  readonly restored: boolean;
  readonly leftBehind: readonly string[];
  /** The user cancelled: not an error to report, only its outcome (restored or not). */
  readonly cancelled: boolean;
  constructor(reason: string, restored: boolean, leftBehind: readonly string[] = [], cancelled = false) {
    super(reason);
    this.name = "WriteFailure";
    this.reason = reason;
    this.restored = restored;
    this.leftBehind = leftBehind;
    this.cancelled = cancelled;
  }
}

/** Applies a WorkbookSpec: the live workbook (Excel host) or a downloaded .xlsx (xlsx host). */
export interface SpecWriter {
  write(spec: WorkbookSpec, request: WriteRequest): Promise<WriteResult>;
}

/** One workbook of a set the pane makes at once (a review per rep, a statement per rep). */
export interface OutputFile {
  readonly fileName: string;
  readonly spec: WorkbookSpec;
}

export interface FilesRequest {
  /** Name of the .zip when the files are offered as one download. */
  readonly zipName: string;
  readonly onProgress?: (fraction: number, phase?: WritePhase) => void;
  /** Cancel between files; the open workbook is never touched by a file set. */
  readonly signal?: AbortSignal;
  /** The user's language, for a failure's reason (English when not given). */
  readonly locale?: Locale;
}

export interface FilesResult {
  /** "zip": one .zip download; "workbooks": each file opened as a new workbook in Excel. */
  readonly delivered: "zip" | "workbooks";
  readonly files: readonly string[];
  /** The .zip offered (delivered "zip"). */
  readonly zip?: { readonly name: string; readonly url: string; readonly bytes: number };
  readonly notes: readonly HostNote[];
}

/** Makes several workbooks at once: a .zip download, or new workbooks where Excel can open them. */
export interface FileSetWriter {
  writeFiles(files: readonly OutputFile[], request: FilesRequest): Promise<FilesResult>;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** The table's range with its sheet ('CRM data'!A1:V101), where the workbook gives it. */
  readonly address?: string;
}

/** Reading from and acting on the open workbook (Excel mode only). */
export interface WorkbookAccess {
  /** Values of the selected range and its address. */
  readSelection(): Promise<{ address: string; values: RawGrid }>;
  listTables(): Promise<TableInfo[]>;
  /** Header row and data rows of a table. */
  readTable(name: string): Promise<RawGrid>;
  /** Puts the formula into the selected cell (top-left of the selection); returns its address. */
  insertFormula(formula: string): Promise<string>;
  activateSheet(name: string): Promise<void>;
  // The four below link a CRM import to a goal sheet in the workbook.
  /** Names of the worksheets, in tab order. */
  listSheets(): Promise<string[]>;
  /**
   * What each cell of a block holds as Excel's `formulas` reads it: the formula ("=..."), else the
   * value, "" when empty. Null when the workbook has no sheet of that name.
   */
  readFormulas(sheet: string, address: string): Promise<RawGrid | null>;
  /**
   * Puts each given formula into its cell of the block only where the cell is empty (its formula
   * reads ""); null leaves a cell alone. Returns the block as it was read before, so the caller can
   * tell the cells filled from those that kept what they held.
   */
  fillEmptyCells(
    sheet: string,
    address: string,
    formulas: readonly (readonly (string | null)[])[],
  ): Promise<RawGrid>;
  /**
   * Gives cells (A1 addresses on `sheet`) a named style and locks or unlocks them as it says,
   * lifting the sheet's protection meanwhile and putting it back with the same options. False,
   * with nothing changed, when the protection has a password.
   */
  styleCells(sheet: string, cells: readonly string[], style: StyleName): Promise<boolean>;
  /**
   * A refresh: deletes the sheet `old` and gives `fresh` (just written beside it) its name, in one
   * request, so the workbook holds one such sheet under the name the user knows.
   */
  replaceSheet(old: string, fresh: string): Promise<void>;
  /**
   * The cells (values as Excel computes them, number formats) of the sheets `pick` chooses from the
   * workbook's sheet names, columns A to `columns`, and the names scoped to those sheets: what a
   * reader of Sales Kit's own sheets (the dashboard) needs, in a few requests.
   */
  readSheets(pick: (sheets: readonly string[]) => readonly string[], columns: number): Promise<SheetsRead>;
  /**
   * A CRM re-import in place: the data rows of `table` replaced by the `rows` records staged on the
   * sheet `staging` (at the rows they take), which is then deleted; rows are inserted or deleted
   * inside the table so that formulas reading it follow (hosts/excel/update-rows); in the same
   * request the sheets of `refresh` (the earlier report and follow-up list) are rewritten from the
   * ones this import wrote beside them, where that keeps what the user added. Throws RowSwapRefused
   * with nothing changed when it cannot, RowSwapIncomplete saying what is left when it stopped
   * part-way.
   */
  swapTableRows?(
    table: string,
    staging: string,
    rows: number,
    more?: {
      readonly refresh?: readonly SheetRefresh[];
      /** The history sheet replaced by the fresh one in the same request. */
      readonly replace?: { readonly old: string; readonly fresh: string };
    },
  ): Promise<SwapResult>;
  /**
   * Deletes the sheets that exist of `names` (what a refused update staged), activating `activate`
   * first when given (the sheet that was active before the staged write activated its own).
   */
  deleteSheets?(names: readonly string[], activate?: string | null): Promise<void>;
  /** The name of the active sheet. */
  activeSheet?(): Promise<string>;
}

/** Sheets read whole (to their last used row): rows 1-based from index 0 = row 1. */
export interface SheetsRead {
  readonly sheetNames: readonly string[];
  readonly grids: ReadonlyMap<string, { readonly values: RawGrid; readonly formats: readonly string[][] }>;
  readonly scopedNames: readonly {
    readonly sheet: string;
    readonly name: string;
    readonly refersTo: string;
  }[];
}

/** What a form can save and reopen: its own settings, never the roster or imported data. */
export type PlanKind = "goals" | "incentives" | "reviews" | "feedback" | "crm";

export interface SavedPlan {
  readonly kind: PlanKind;
  readonly name: string;
  /** ISO date-time of the save. */
  readonly savedAt: string;
  readonly data: unknown;
}

/** Saved plans: in the workbook (custom XML part or document settings) or in this browser. */
export interface PlanStore {
  readonly where: "workbook" | "browser";
  list(kind: PlanKind): Promise<SavedPlan[]>;
  /** Saves under `name`, replacing a plan of the same kind and name. */
  save(plan: SavedPlan): Promise<void>;
}

export interface PaneServices {
  readonly mode: PaneMode;
  readonly writer: SpecWriter;
  readonly files: FileSetWriter;
  /** Null in browser mode. */
  readonly workbook: WorkbookAccess | null;
  /** Null when neither the workbook nor the browser can keep plans. */
  readonly store: PlanStore | null;
  /** Copies text (browser mode's stand-in for inserting a formula); null when unavailable. */
  readonly copyText: ((text: string) => Promise<void>) | null;
  /** Today as an Excel serial (injectable so tests and screenshots are stable). */
  readonly today: () => number;
}
