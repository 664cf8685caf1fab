/** Test helpers for the pane: fake services (no Office.js, no downloads) and a render shortcut. */
import * as React from "react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Locale } from "../../src/i18n";
import { planStore, TextBackend } from "../../src/taskpane/plan-store";
import type {
  FileSetWriter,
  FilesRequest,
  FilesResult,
  OutputFile,
  PaneServices,
  RawGrid,
  SpecWriter,
  TableInfo,
  WorkbookAccess,
  WriteRequest,
  WriteResult,
} from "../../src/taskpane/services";
import type { ViewId } from "../../src/taskpane/views/views";
import type { WorkbookSpec } from "../../src/workbook/spec";

// jsdom has no ResizeObserver; Fluent's positioning asks for one when a popup or table mounts.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}

// jsdom has no TextDecoder either; browsers (and Node's, used here) decode UTF-8 and GB18030.
// The review generator hashes the review's identifier into its manifest (jsdom has no TextEncoder).
if (typeof globalThis.TextEncoder === "undefined") {
  globalThis.TextEncoder = NodeTextEncoder as unknown as typeof TextEncoder;
}
if (typeof globalThis.TextDecoder === "undefined") {
  globalThis.TextDecoder = NodeTextDecoder as unknown as typeof TextDecoder;
}

/** Forms load lazily; the first load in a test file compiles the form's modules. */
export async function findView(heading: string): Promise<HTMLElement> {
  return screen.findByRole("heading", { level: 2, name: heading }, { timeout: 20000 });
}

/** 2027-01-15 as an Excel serial: DATE(2027,1,15) = 46402 (46388 is 2027-01-01, checked in Excel). */
export const TODAY = 46402;

export interface FakeWriter extends SpecWriter {
  readonly writes: { spec: WorkbookSpec; request: WriteRequest }[];
}

/** Records each spec; answers with its sheet names (and a file, as download mode), or fails with `fail`. */
export function fakeWriter(fail?: Error, download = false): FakeWriter {
  const writes: FakeWriter["writes"] = [];
  return {
    writes,
    async write(spec, request): Promise<WriteResult> {
      writes.push({ spec, request });
      request.onProgress?.(0.5);
      if (fail) throw fail;
      request.onProgress?.(1);
      return {
        sheets: spec.sheets.map((s) => s.name),
        activate: spec.activate ?? spec.sheets[0].name,
        ...(download ? { file: { name: request.fileName, url: "blob:fake", bytes: 1 } } : { syncs: 3 }),
        notes: [],
      };
    },
  };
}

export interface FakeFiles extends FileSetWriter {
  readonly calls: { files: readonly OutputFile[]; request: FilesRequest }[];
}

/** Records each file set; answers as a .zip download. */
export function fakeFiles(): FakeFiles {
  const calls: FakeFiles["calls"] = [];
  return {
    calls,
    async writeFiles(files, request): Promise<FilesResult> {
      calls.push({ files, request });
      return {
        delivered: "zip",
        files: files.map((f) => f.fileName),
        zip: { name: request.zipName, url: "blob:zip", bytes: 1 },
        notes: [],
      };
    },
  };
}

export interface FakeWorkbook extends WorkbookAccess {
  readonly inserted: string[];
  readonly activated: string[];
}

export function fakeWorkbook(selection: RawGrid = [], tables: Record<string, RawGrid> = {}): FakeWorkbook {
  const inserted: string[] = [];
  const activated: string[] = [];
  return {
    inserted,
    activated,
    readSelection: async () => ({ address: "Sheet1!A1:F13", values: selection }),
    listTables: async () => Object.keys(tables).map((name): TableInfo => ({ name, sheet: "Team" })),
    readTable: async (name) => tables[name],
    insertFormula: async (formula) => {
      inserted.push(formula);
      return "Sheet1!B4";
    },
    activateSheet: async (name) => {
      activated.push(name);
    },
    replaceSheet: async () => undefined,
    // A workbook with no sheet the goal-sheet link could use (the link's tests use the fake Excel).
    listSheets: async () => ["Sheet1"],
    readFormulas: async () => null,
    readSheets: async () => ({ sheetNames: ["Sheet1"], grids: new Map(), scopedNames: [] }),
    fillEmptyCells: async () => {
      throw new Error("no such sheet");
    },
    styleCells: async () => {
      throw new Error("no such sheet");
    },
  };
}

export function memoryBackend(): TextBackend & { text: string | null } {
  const backend = {
    text: null as string | null,
    read: async () => backend.text,
    write: async (text: string) => {
      backend.text = text;
    },
  };
  return backend;
}

export function fakeServices(overrides: Partial<PaneServices> = {}): PaneServices {
  return {
    mode: "download",
    writer: fakeWriter(),
    files: fakeFiles(),
    workbook: null,
    store: planStore(memoryBackend(), "browser"),
    copyText: null,
    today: () => TODAY,
    ...overrides,
  };
}

export function renderPane(options: { services?: PaneServices; locale?: Locale; view?: ViewId } = {}) {
  const services = options.services ?? fakeServices();
  const result = render(
    <App
      services={services}
      initialLocale={options.locale ?? "en-US"}
      initialView={options.view ?? "home"}
    />,
  );
  return { ...result, services };
}

/** The roster of examples/goals (first six reps), as a sheet range would hold it. */
export const ROSTER_CSV = [
  "name,role,team,manager,hire date,email",
  "Li Wei,Senior Account Executive,East,Zhou Min,2019-04-15,li.wei@example.com",
  "Wang Fang,Account Executive,East,Zhou Min,2021-09-01,wang.fang@example.com",
  "Zhang Jie,Account Executive,East,Zhou Min,2022-03-07,zhang.jie@example.com",
  "Huang Min,Senior Account Executive,West,Emily Carter,2018-08-20,huang.min@example.com",
  "Zhao Qiang,Account Executive,West,Emily Carter,2021-01-11,zhao.qiang@example.com",
  "Ma Lin,Sales Development Rep,West,Emily Carter,2024-07-15,ma.lin@example.com",
].join("\n");
