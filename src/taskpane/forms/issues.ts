/** Pane-made issues (a number that is not one, a missing roster) in both languages, from the catalog. */
import { MessageKey, MessageParams, translate } from "../../i18n";
import type { InputIssue } from "../../schemas/errors";

export function paneIssue(field: string, key: MessageKey, params?: MessageParams): InputIssue {
  return { field, en: translate("en-US", key, params), zh: translate("zh-CN", key, params) };
}
