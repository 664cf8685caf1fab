/**
 * The Excel-mode SpecWriter: the Excel host (src/hosts/excel) writes the spec into the open
 * workbook in few round trips and removes what it added if anything fails; this module turns its
 * result and errors into the pane's WriteResult and WriteFailure.
 */
import { translate } from "../../i18n";
import type { MessageKey } from "../../i18n";
import type { WorkbookSpec } from "../../workbook/spec";
import type { ExcelWriteOptions, ExcelWriteResult, Skipped } from "../../hosts/excel";
import { HostNote, SpecWriter, WriteFailure, WriteResult } from "../services";
import { errorMessage } from "../error-message";
import { isCancelled, throwIfCancelled } from "../cancel";

export type WriteSpecFn = (spec: WorkbookSpec, options: ExcelWriteOptions) => Promise<ExcelWriteResult>;

/** The Excel host's feature names, as the catalog names them. */
const FEATURE_KEYS: Readonly<Record<string, MessageKey>> = {
  "defined names": "feature.names",
  "data validation": "feature.validation",
  "conditional formats": "feature.conditionalFormats",
  "freeze panes": "feature.freeze",
  "print setup": "feature.print",
  "tab colour": "feature.tabColor",
  "hidden gridlines": "feature.gridlines",
  charts: "feature.charts",
  "sheet protection password": "feature.protectionPassword",
};

export function skippedNote(s: Skipped): HostNote {
  const line = (locale: "en-US" | "zh-CN") => {
    const key = FEATURE_KEYS[s.feature];
    const feature = key ? translate(locale, key) : s.feature;
    return translate(locale, s.sheet ? "write.skipped.sheet" : "write.skipped", {
      sheet: s.sheet ?? "",
      feature,
      requires: s.requires,
    });
  };
  return { en: line("en-US"), zh: line("zh-CN") };
}

/** The host loads on the first write, in its own chunk: the pane opens without it. */
function loadHost() {
  return import(/* webpackChunkName: "excel-host" */ "../../hosts/excel");
}

/** The failure's own words: the host wraps the Office.js error as its cause. */
function reasonOf(error: unknown): string {
  const cause =
    (error as { name?: string; cause?: unknown } | null)?.name === "ExcelWriteError"
      ? (error as { cause: unknown }).cause
      : error;
  return errorMessage(cause);
}

export function excelWriter(write?: WriteSpecFn): SpecWriter {
  return {
    async write(spec, request): Promise<WriteResult> {
      let result: ExcelWriteResult;
      let host: Awaited<ReturnType<typeof loadHost>> | null = null;
      try {
        request.onProgress?.(0, "checking");
        host = await loadHost();
        throwIfCancelled(request.signal);
        result = await (write ?? host.writeWorkbookSpec)(spec, {
          // Told after each round trip. A cancel is thrown from here: the host takes it for a
          // failed step and removes the sheets and names it added before rethrowing.
          onProgress: (done, total) => {
            throwIfCancelled(request.signal);
            request.onProgress?.(total > 0 ? done / total : 1, done < total ? "writing" : "calculating");
          },
        });
      } catch (error) {
        // The host removes what it added before rethrowing; anything else failed before writing.
        const leftBehind = host && error instanceof host.ExcelWriteError ? error.leftBehind : [];
        const cancelled =
          isCancelled(error) ||
          (host !== null && error instanceof host.ExcelWriteError && isCancelled(error.cause));
        throw new WriteFailure(reasonOf(error), leftBehind.length === 0, leftBehind, cancelled);
      }
      const wanted = spec.activate ?? spec.sheets[0]?.name;
      const activate =
        result.sheets.find((s) => s.requested === wanted)?.name ?? result.sheets[0]?.name ?? null;
      return {
        sheets: result.sheets.map((s) => s.name),
        activate,
        syncs: result.syncs,
        notes: result.skipped.map(skippedNote),
      };
    },
  };
}
