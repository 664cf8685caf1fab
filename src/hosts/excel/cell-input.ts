/**
 * Spec cells as Office.js `formulas` entries. Excel parses strings set through the API as if typed:
 * "=..." becomes a formula, "1/2" a date, "TRUE" a boolean. Text that could be parsed gets Excel's
 * text prefix "'" (which Excel strips), so text always stays text, as in the xlsx host.
 */
import { CellInput, isFormula, isText } from "../../workbook/spec";

/** Strings Excel could turn into something else: formulas, numbers, dates, booleans, errors. */
export function needsTextPrefix(text: string): boolean {
  return /^[=+\-@'#]/.test(text) || /[0-9]/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

export type OfficeCell = string | number | boolean | null;

export function officeCell(input: CellInput | undefined): OfficeCell {
  if (input === undefined || input === null || input === "") return null;
  if (typeof input === "object") {
    if (isFormula(input)) return input.formula;
    if (isText(input))
      return input.text === "" ? null : needsTextPrefix(input.text) ? `'${input.text}` : input.text;
    return null;
  }
  if (typeof input === "string") return needsTextPrefix(input) ? `'${input}` : input;
  return input;
}
