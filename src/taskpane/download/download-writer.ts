/**
 * The browser-mode SpecWriter: the xlsx host (ExcelJS) builds the file, which is offered as a
 * download. The build runs in a Web Worker (worker-build.ts), so a large import does not freeze
 * the pane; on the main thread when no worker can run it. ExcelJS is loaded on first use, in its
 * own chunk, so the pane opens without it.
 */
import type { WorkbookSpec } from "../../workbook/spec";
import { SpecWriter, WriteFailure, WriteResult } from "../services";
import { BuildPath, WorkerLike, workerBuild } from "./worker-build";
import { errorMessage } from "../error-message";
import { isCancelled, throwIfCancelled } from "../cancel";
import { DEFAULT_MS_PER_CELL, buildEstimate, specCells } from "./build-estimate";

/** How often the estimated bar moves while the file builds. */
const TICK_MS = 250;

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface XlsxBuild {
  data: Uint8Array;
  sheets: readonly { requested: string; name: string }[];
  notes: readonly { en: string; zh: string }[];
}

/** Builds the file; with `signal` aborted, stops (a worker is terminated) and throws WriteCancelled. */
export type BuildXlsx = (spec: WorkbookSpec, signal?: AbortSignal) => Promise<XlsxBuild>;

async function buildOnMainThread(spec: WorkbookSpec): Promise<XlsxBuild> {
  const { writeXlsxWithReport } = await import(/* webpackChunkName: "xlsx" */ "../../hosts/xlsx/write");
  const { data, report } = await writeXlsxWithReport(spec);
  return { data, sheets: report.sheets, notes: report.skipped };
}

async function spawnXlsxWorker(): Promise<WorkerLike> {
  if (typeof Worker === "undefined") throw new Error("no Web Workers here");
  // Eager: bundled with this module (no request of its own), yet jest never compiles it (see there).
  const { spawnXlsxWorker } = await import(/* webpackMode: "eager" */ "./spawn-xlsx-worker");
  return spawnXlsxWorker();
}

/**
 * A performance measure per build, named after the path that built the file: seen in the browser's
 * performance timeline, and how the e2e tests tell a worker build from a main-thread one.
 */
function measureBuild(path: BuildPath, ms: number): void {
  try {
    performance.measure(`sales-kit xlsx build: ${path}`, { start: performance.now() - ms, duration: ms });
  } catch {
    // A timeline entry is not worth failing a download for (a performance object without measure).
  }
}

export const buildWithExcelJs: BuildXlsx = workerBuild(spawnXlsxWorker, buildOnMainThread, measureBuild);

/** Hands a file to the browser's download machinery through a temporary link. */
export type OfferFile = (url: string, fileName: string) => void;

export function offerWithLink(url: string, fileName: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadWriter(
  build: BuildXlsx = buildWithExcelJs,
  offer: OfferFile = offerWithLink,
): SpecWriter {
  let lastUrl: string | null = null;
  const rate = { msPerCell: DEFAULT_MS_PER_CELL };
  return {
    async write(spec, request): Promise<WriteResult> {
      const { signal } = request;
      const estimate = buildEstimate(specCells(spec), rate);
      const started = performance.now();
      request.onProgress?.(0, "starting");
      const timer = setInterval(
        () => request.onProgress?.(estimate.fraction(performance.now() - started), "building"),
        TICK_MS,
      );
      let built: XlsxBuild;
      try {
        built = await build(spec, signal);
        // Cancelled while the last bytes came back: the file is dropped, never offered.
        throwIfCancelled(signal);
      } catch (error) {
        throw new WriteFailure(errorMessage(error, request.locale), true, [], isCancelled(error));
      } finally {
        clearInterval(timer);
      }
      estimate.learn(performance.now() - started);
      request.onProgress?.(1, "offering");
      // The previous file's URL stays valid until the next write, for its "download again" link.
      if (lastUrl) URL.revokeObjectURL(lastUrl);
      const blob = new Blob([built.data as BlobPart], { type: XLSX_MIME });
      const url = URL.createObjectURL(blob);
      lastUrl = url;
      offer(url, request.fileName);
      const wanted = spec.activate ?? spec.sheets[0]?.name;
      return {
        sheets: built.sheets.map((s) => s.name),
        activate: built.sheets.find((s) => s.requested === wanted)?.name ?? null,
        file: { name: request.fileName, url, bytes: built.data.byteLength },
        notes: built.notes.map((n) => ({ en: n.en, zh: n.zh })),
      };
    },
  };
}
