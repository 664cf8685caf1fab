/** Pane-made issues (a number that is not one, a missing roster) in both languages, from the catalog. */
import { MessageKey, MessageParams, translateBoth } from "../../i18n";
import type { InputIssue } from "../../schemas/errors";
import { isInvalid, parseNumberText } from "./form-values";

export function paneIssue(field: string, key: MessageKey, params?: MessageParams): InputIssue {
  return { field, ...translateBoth(key, params) };
}

/**
 * Reads typed numbers ("50%", "1,200,000"); text that is not a number is recorded in `issues` under
 * its field, and left out (undefined) so the schema does not report the same field twice.
 */
export function numberReader(issues: InputIssue[]): (field: string, text: string) => number | undefined {
  return (field, text) => {
    const v = parseNumberText(text);
    if (isInvalid(v)) {
      issues.push(paneIssue(field, "form.notNumber", { value: v.invalid }));
      return undefined;
    }
    return v;
  };
}
