/**
 * What the pane and the xlsx worker say to each other. Both directions go through structured
 * clone, so every field is plain data: no functions, no class instances (a WriteFailure would
 * arrive as a plain object, so a failure travels as its texts and the pane makes it again).
 */
import type { WorkbookSpec } from "../../workbook/spec";
import type { SpecRecipe } from "./spec-recipe";

/** The spec itself, or, for a spec with rows made on demand, the recipe the worker makes it from. */
export type BuildRequest = { readonly spec: WorkbookSpec } | { readonly recipe: SpecRecipe };

export type BuildReply =
  | {
      readonly kind: "built";
      /** The file's bytes, transferred: the worker's copy is detached, never duplicated. */
      readonly data: ArrayBuffer;
      readonly sheets: readonly { readonly requested: string; readonly name: string }[];
      readonly notes: readonly { readonly en: string; readonly zh: string }[];
    }
  /** The failure in both languages (the same text twice when it has one), shown in the user's. */
  | { readonly kind: "failed"; readonly en: string; readonly zh: string };
