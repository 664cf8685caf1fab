/** The globals the fake Excel installer (fake-excel-page.ts) adds to the pane's page, for tests that read them. */
import type { FakeExcel } from "../../support/fake-excel";

export interface PageOptions {
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  /** Highest ExcelApi set the fake supports (an older Excel), e.g. "1.4". */
  apiVersion?: string;
  /**
   * Each context.sync() waits this long before Excel answers: a real sync is a round trip to Excel
   * (a message to the host), during which the pane paints and takes clicks; default none.
   */
  syncLatencyMs?: number;
}

export interface XmlPart {
  id: number;
  xml: string;
  deleted: boolean;
}

declare global {
  interface Window {
    __fakeExcelOptions?: PageOptions;
    __fakeExcel?: {
      excel: FakeExcel;
      parts: XmlPart[];
      associated: string[];
      failNextWriteAt(syncFromNow: number): void;
    };
  }
}
