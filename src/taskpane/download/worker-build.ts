/**
 * The pane's side of building an .xlsx in a Web Worker, with the main thread as the fallback: a
 * download must never fail only because the worker could not be started, loaded or sent the spec.
 * A write error the worker reports is a real one and is not retried.
 */
import type { BuildXlsx, XlsxBuild } from "./download-writer";
import type { BuildReply, BuildRequest } from "./worker-messages";
import { WriteCancelled, throwIfCancelled } from "../cancel";
import type { WorkbookSpec } from "../../workbook/spec";
import { isLazy } from "../../workbook/blocks";
import { recipeOf } from "./spec-recipe";

/** The part of the DOM's Worker used here (a fake stands in for it under jest). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: BuildRequest): void;
  terminate(): void;
}

/** Throws (or rejects) when no worker can be had. */
export type SpawnWorker = () => WorkerLike | Promise<WorkerLike>;

export type BuildPath = "worker" | "main thread";

/** Told which path built a file and how long it took, in ms. */
export type BuildReport = (path: BuildPath, ms: number) => void;

type Outcome =
  | { readonly kind: "reply"; readonly reply: BuildReply }
  | { readonly kind: "broken" }
  | { readonly kind: "cancelled" };

function isReply(data: unknown): data is BuildReply {
  if (typeof data !== "object" || data === null) return false;
  const reply = data as Partial<Record<string, unknown>>;
  if (reply.kind === "failed") return typeof reply.en === "string" && typeof reply.zh === "string";
  return (
    reply.kind === "built" &&
    reply.data instanceof ArrayBuffer &&
    Array.isArray(reply.sheets) &&
    Array.isArray(reply.notes)
  );
}

/** A write error the worker reported, in both languages (errorMessage picks the user's). */
export class WorkerBuildError extends Error {
  readonly en: string;
  readonly zh: string;
  constructor(en: string, zh: string) {
    super(en);
    this.name = "WorkerBuildError";
    this.en = en;
    this.zh = zh;
  }
}

/**
 * What to post for a spec: the spec itself; for one with rows made on demand, which structured clone
 * cannot copy, its recipe; null when it has none (it is then built on the main thread).
 */
export function buildRequest(spec: WorkbookSpec): BuildRequest | null {
  if (!spec.sheets.some((s) => s.blocks.some((b) => isLazy(b.rows)))) return { spec };
  const recipe = recipeOf(spec);
  return recipe ? { recipe } : null;
}

/** The worker's one answer to the spec, or "broken" when it failed before answering. */
function exchange(worker: WorkerLike, request: BuildRequest, signal?: AbortSignal): Promise<Outcome> {
  return new Promise((resolve) => {
    // The caller terminates the worker once this settles: a cancel ends its build at once.
    signal?.addEventListener("abort", () => resolve({ kind: "cancelled" }), { once: true });
    worker.onmessage = (event) =>
      resolve(isReply(event.data) ? { kind: "reply", reply: event.data } : { kind: "broken" });
    worker.onerror = (event) => {
      // Handled here: the page should not also report the worker's failure as uncaught.
      event.preventDefault?.();
      resolve({ kind: "broken" });
    };
    worker.onmessageerror = () => resolve({ kind: "broken" });
    try {
      worker.postMessage(request);
    } catch {
      // DataCloneError: a spec that structured clone refuses can still be written here.
      resolve({ kind: "broken" });
    }
  });
}

/**
 * One worker per build, terminated when it answers: ExcelJS's model of a 100,000-row workbook is
 * hundreds of MB, and ending the worker frees it at once, where a kept worker would hold its grown
 * heap between downloads; starting one costs a cached script load (tens of ms) against seconds of
 * writing.
 */
export function workerBuild(spawn: SpawnWorker, fallback: BuildXlsx, report?: BuildReport): BuildXlsx {
  return async (spec, signal) => {
    const start = performance.now();
    const done = (path: BuildPath, built: XlsxBuild): XlsxBuild => {
      report?.(path, performance.now() - start);
      return built;
    };
    // The main thread cannot be interrupted: a cancel there only drops the finished file.
    const onMainThread = async () => {
      const built = await fallback(spec, signal);
      throwIfCancelled(signal);
      return done("main thread", built);
    };
    throwIfCancelled(signal);
    const request = buildRequest(spec);
    if (!request) return onMainThread();
    let worker: WorkerLike;
    try {
      worker = await spawn();
    } catch {
      return onMainThread();
    }
    let outcome: Outcome;
    try {
      outcome = signal?.aborted ? { kind: "cancelled" } : await exchange(worker, request, signal);
    } finally {
      worker.terminate();
    }
    if (outcome.kind === "cancelled") throw new WriteCancelled();
    if (outcome.kind === "broken") return onMainThread();
    const reply = outcome.reply;
    if (reply.kind === "failed") throw new WorkerBuildError(reply.en, reply.zh);
    return done("worker", { data: new Uint8Array(reply.data), sheets: reply.sheets, notes: reply.notes });
  };
}
