/**
 * The pane's language as React context: every component reads its texts through useText(), so a
 * switch of language re-renders the whole pane from the catalog, with no text inline.
 */
import * as React from "react";
import { Locale, MessageKey, MessageParams, translate } from "../i18n";
import { issueField, type InputIssue } from "../schemas/input-issue";

export interface PaneText {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /** One bilingual pair from a schema or a generator, in the pane's language. */
  pick(text: { readonly en: string; readonly zh: string }): string;
  /** A schema issue as one line ("roster.csv, row 3, team: team is empty"). */
  issue(issue: InputIssue): string;
}

/** "roster.csv, row 3, team: team is empty", with the separators and words of the catalog. */
function issueLine(locale: Locale, issue: InputIssue): string {
  const where: string[] = [];
  if (issue.file) where.push(issue.file);
  if (issue.row !== undefined) where.push(translate(locale, "issue.row", { row: issue.row }));
  const field = issueField(issue, locale);
  if (field) where.push(field);
  const text = locale === "zh-CN" ? issue.zh : issue.en;
  if (!where.length) return text;
  return translate(locale, "issue.line", { where: where.join(translate(locale, "issue.separator")), text });
}

export function paneText(locale: Locale): PaneText {
  return {
    locale,
    t: (key, params) => translate(locale, key, params),
    pick: (text) => (locale === "zh-CN" ? text.zh : text.en),
    issue: (issue) => issueLine(locale, issue),
  };
}

const TextContext = React.createContext<PaneText>(paneText("en-US"));

export function TextProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const value = React.useMemo(() => paneText(locale), [locale]);
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

export function useText(): PaneText {
  return React.useContext(TextContext);
}
