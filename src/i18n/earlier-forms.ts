/**
 * Earlier wordings of the texts that readers match when they read a Sales Kit workbook back (a
 * sheet name, a table header, a row label). A workbook keeps the words it was written with, so a
 * file made before a text was reworded must still read: each entry maps today's text to the forms
 * it had before. When a text that readers match changes (test/i18n/read-back-labels.test.ts lists
 * them and fails on a change), its old form goes here.
 */

const EARLIER_FORMS: Readonly<Record<string, readonly string[]>> = {
  // zh-CN review, full-width punctuation (1f6e36f): GOAL_SHEET_TEXTS["zh-CN"].col.target, matched
  // by the CRM import's goal-sheet link and by `reviews --goals`.
  "目标（折算后）": ["目标(折算后)"],
  // Same commit: CRM_TEXTS["zh-CN"].stageUnknown, the row that ends the funnel's team block, which
  // the dashboard looks for in a funnel sheet without the SalesKit_Funnel* names.
  "（阶段未知）": ["(阶段未知)"],
};

/** Today's text and its earlier forms, today's first. */
export function labelForms(text: string): readonly string[] {
  const earlier = EARLIER_FORMS[text];
  return earlier ? [text, ...earlier] : [text];
}

/** Whether a cell's text (`found`, compared trimmed) is `text` in today's or an earlier wording. */
export function isLabel(found: string, text: string): boolean {
  const trimmed = found.trim();
  return labelForms(text).some((form) => form.trim() === trimmed);
}

/** Every entry, for the test that keeps each key one of today's texts. */
export function earlierFormEntries(): [string, readonly string[]][] {
  return Object.entries(EARLIER_FORMS);
}
