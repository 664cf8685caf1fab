/**
 * Writing what a form prepared: the phase of the write (progress, done, failed or cancelled), the
 * write itself through the PaneServices writer (or its file set for several workbooks), and Cancel.
 */
import * as React from "react";
import { translateBoth } from "../../i18n";
import type { Locale } from "../../i18n";
import { errorMessage } from "../error-message";
import { FilesResult, HostNote, PaneServices, WriteFailure, WritePhase, WriteResult } from "../services";
import type { Prepared } from "./prepared";

export type Phase =
  | { kind: "idle" }
  /** `fraction` null until the writer tells one: the bar then runs on. */
  | { kind: "writing"; fraction: number | null; step?: WritePhase; cancelling?: boolean }
  | { kind: "done"; result: WriteResult }
  | { kind: "filesDone"; result: FilesResult }
  | { kind: "failed"; failure: WriteFailure };

export interface Write {
  readonly phase: Phase;
  /** Whether Cancel can still stop the write (until it has written). */
  readonly cancellable: boolean;
  readonly write: (ready: Prepared) => Promise<void>;
  readonly cancel: () => void;
  /** Back to idle: the last result or failure goes. */
  readonly reset: () => void;
}

export function useWrite(services: PaneServices, locale: Locale): Write {
  const [phase, setPhase] = React.useState<Phase>({ kind: "idle" });
  const cancel = React.useRef<AbortController | null>(null);

  const onProgress = (fraction: number, step?: WritePhase) =>
    setPhase((p) => ({
      kind: "writing",
      fraction,
      ...(step ? { step } : {}),
      cancelling: p.kind === "writing" && p.cancelling === true,
    }));

  const write = async (ready: Prepared) => {
    setPhase({ kind: "writing", fraction: null });
    const controller = new AbortController();
    cancel.current = controller;
    try {
      await ready.beforeWrite?.();
      if (ready.files) {
        const files = await services.files.writeFiles(ready.files, {
          zipName: ready.zipName ?? ready.fileName.replace(/\.xlsx$/i, ".zip"),
          signal: controller.signal,
          locale,
          onProgress,
        });
        setPhase({ kind: "filesDone", result: files });
        return;
      }
      const result = await services.writer.write(ready.spec, {
        fileName: ready.fileName,
        signal: controller.signal,
        locale,
        onProgress,
      });
      // Written: too late to take back, so what follows runs and Cancel goes.
      cancel.current = null;
      setPhase({ kind: "done", result: await afterWrite(ready, result) });
    } catch (error) {
      const failure = error instanceof WriteFailure ? error : new WriteFailure(errorMessage(error), true);
      setPhase({ kind: "failed", failure });
    } finally {
      cancel.current = null;
    }
  };

  return {
    phase,
    cancellable: cancel.current !== null,
    write,
    cancel: () => {
      cancel.current?.abort();
      setPhase((p) => (p.kind === "writing" ? { ...p, cancelling: true } : p));
    },
    reset: () => setPhase({ kind: "idle" }),
  };
}

/** The write's result with what the form's afterWrite added (its failure a note) and the sheets it names. */
async function afterWrite(ready: Prepared, result: WriteResult): Promise<WriteResult> {
  const after = ready.afterWrite;
  const notes = after
    ? await after(result).catch((error: unknown): readonly HostNote[] => [
        translateBoth("write.afterFailed", {
          reason: errorMessage(error),
        }),
      ])
    : [];
  const shown = ready.shownSheets?.() ?? null;
  const final = shown ? { ...result, ...shown } : result;
  return notes.length ? { ...final, notes: [...final.notes, ...notes] } : final;
}
