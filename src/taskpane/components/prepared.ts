/**
 * What a generator form hands its Create button: the workbook (or workbooks) to write, with what
 * runs just before and after the write.
 */
import type { WorkbookSpec } from "../../workbook/spec";
import type { HostNote, OutputFile, WriteResult } from "../services";

export interface Prepared {
  /** What is written; with `files`, the first of them, shown in the preview. */
  readonly spec: WorkbookSpec;
  readonly fileName: string;
  /**
   * Several workbooks at once (a review per rep): made by the services' file set, a .zip download
   * or new workbooks in Excel, instead of `spec` into the open workbook.
   */
  readonly files?: readonly OutputFile[];
  /** The .zip's name when `files` are offered as one download. */
  readonly zipName?: string;
  /** Lines shown above the preview (who is left out, what was read ...). */
  readonly summary?: readonly string[];
  /**
   * Runs just before the write: what it throws (a WriteFailure saying nothing was changed) stops
   * the write, as a failed write would.
   */
  readonly beforeWrite?: () => Promise<void>;
  /**
   * Runs once the spec is written, with the write's result; its notes join the result's. A failure
   * here leaves the written sheets as they are and is not the write's: it shows as a note.
   */
  readonly afterWrite?: (result: WriteResult) => Promise<readonly HostNote[]>;
  /**
   * The sheets to name once afterWrite has run, when it changed them (a CRM update in place deletes
   * the sheet it staged its rows on): the result shown is the write's with these.
   */
  readonly shownSheets?: () => Pick<WriteResult, "sheets" | "activate"> | null;
}
