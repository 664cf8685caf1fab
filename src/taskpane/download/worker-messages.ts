/**
 * What the pane and the xlsx worker say to each other. Both directions go through structured
 * clone, so every field is plain data: no functions, no class instances (a WriteFailure would
 * arrive as a plain object, so a failure travels as its message and the pane makes it again).
 */
import type { WorkbookSpec } from "../../workbook/spec";

export interface BuildRequest {
  readonly spec: WorkbookSpec;
}

export type BuildReply =
  | {
      readonly kind: "built";
      /** The file's bytes, transferred: the worker's copy is detached, never duplicated. */
      readonly data: ArrayBuffer;
      readonly sheets: readonly { readonly requested: string; readonly name: string }[];
      readonly notes: readonly { readonly en: string; readonly zh: string }[];
    }
  | { readonly kind: "failed"; readonly message: string };
