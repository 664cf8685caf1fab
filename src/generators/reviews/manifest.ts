/**
 * The form manifest a generated review workbook carries in a hidden, locked cell of row 1: what the
 * workbook is, which cells hold the answers, and which label cells must still read as written. The
 * collector follows it, so it never guesses addresses, and a moved label means a changed layout.
 */

/** Marks the manifest cell; the JSON follows. */
export const FORM_MARKER = "sales-kit-form ";

export const REVIEW_FORM = "sales-kit/review";
/** The manager's copy of a review: the manager sheet alone, kept apart from the rep's file. */
export const MANAGER_FORM = "sales-kit/manager-review";
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

/**
 * Opens each further cell of a manifest longer than one cell holds: the reader joins the cells
 * below the first, in order, while they start with it.
 */
export const FORM_CONTINUATION = `${FORM_MARKER.trimEnd()}+ `;

/** Excel's limit on the text of one cell. */
const CELL_TEXT_LIMIT = 32767;

/**
 * The manifest as the texts of a column of cells, each within Excel's 32,767 characters (a team's
 * index outgrows one cell at about 600 reps). Cut between code points, never inside a surrogate pair.
 */
export function manifestCells(manifest: FormManifest): string[] {
  const json = JSON.stringify(manifest);
  const cells: string[] = [];
  let prefix = FORM_MARKER;
  let current = "";
  for (const ch of json) {
    if (prefix.length + current.length + ch.length > CELL_TEXT_LIMIT) {
      cells.push(prefix + current);
      prefix = FORM_CONTINUATION;
      current = "";
    }
    current += ch;
  }
  cells.push(prefix + current);
  return cells;
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
