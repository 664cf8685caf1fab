/**
 * The form manifest a generated review workbook carries in a hidden, locked cell of row 1: what the
 * workbook is, which cells hold the answers, and which label cells must still read as written. The
 * collector follows it, so it never guesses addresses, and a moved label means a changed layout.
 */

/** Marks the manifest cell; the JSON follows. */
export const FORM_MARKER = "sales-kit-form ";

export const REVIEW_FORM = "sales-kit/review";
export const INDEX_FORM = "sales-kit/review-index";
export const FORM_VERSION = 1;

/** A label cell that must still hold `text` when the workbook comes back. */
export interface FormCheck {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

/** An answer cell, read by key ("self:prospecting", "sign:rep" ...). */
export interface FormField {
  readonly key: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface FormManifest<D = unknown> {
  readonly form: string;
  readonly version: number;
  readonly checks: readonly FormCheck[];
  readonly fields: readonly FormField[];
  readonly data: D;
}

export function manifestText(manifest: FormManifest): string {
  return FORM_MARKER + JSON.stringify(manifest);
}

/** Keys of the answer fields of a review workbook. */
export const FIELD = {
  self: (competency: string) => `self:${competency}`,
  manager: (competency: string) => `manager:${competency}`,
  narrative: (name: string) => `narrative:${name}`,
  repSignature: "sign:rep",
  repSignDate: "sign:rep-date",
  managerSignature: "sign:manager",
  managerSignDate: "sign:manager-date",
} as const;
