/** Pane-made issues (a number that is not one, a missing roster) in both languages, from the catalog. */
import { MessageKey, MessageParams, translateBoth } from "../../i18n";
import type { InputIssue } from "../../schemas/errors";
import { NumberSpec, readNumber } from "./number-fields";

export function paneIssue(field: string, key: MessageKey, params?: MessageParams): InputIssue {
  return { field, ...translateBoth(key, params) };
}

/**
 * Reads typed numbers through the one number reader ("¥1,200,000", "100万", "1.2M", "5%"); text
 * that is not a number of the field's kind is recorded in `issues` under its field with the
 * reader's message, and left out (undefined) so the schema does not report the same field twice.
 */
export function numberReader(
  issues: InputIssue[],
  currency?: string,
): (field: string, text: string, spec?: Omit<NumberSpec, "currency">) => number | undefined {
  return (field, text, spec = { kind: "money" }) => {
    const read = readNumber(text, { ...spec, ...(currency !== undefined ? { currency } : {}) });
    if (!read.ok) {
      issues.push({ field, en: read.en, zh: read.zh });
      return undefined;
    }
    return read.value ?? undefined;
  };
}
