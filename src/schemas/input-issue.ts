/**
 * The bilingual input-error shape every schema returns and its one-line rendering, apart from the
 * zod translation in errors.ts: the pane's first render shows issues without loading zod.
 */
export interface InputIssue {
  file?: string;
  /**
   * The row as the user sees it in a spreadsheet: the header is row 1, so the first data row of a
   * CSV is row 2. Absent for problems that are not tied to a row (a config file, a missing column).
   */
  row?: number;
  /**
   * The field as the user wrote it: a column header, or a path such as "metrics[1].weight". "(file)"
   * and "(root)" mark a problem of the whole file, and are not shown.
   */
  field: string;
  /** The field's Chinese name, when `field` is a name Sales Kit gave it (a missing column) rather than the user's own. */
  fieldZh?: string;
  en: string;
  zh: string;
}

export type SchemaResult<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

export type IssueLocale = "en-US" | "zh-CN";

export function ok<T>(value: T): SchemaResult<T> {
  return { ok: true, value };
}

export function fail<T>(issues: InputIssue[]): SchemaResult<T> {
  return { ok: false, issues };
}

/** One line: "roster.csv, row 3, hire date: not a date" / "roster.csv,第 3 行,入职日期:不是日期". */
export function formatIssue(issue: InputIssue, locale: IssueLocale): string {
  const zh = locale === "zh-CN";
  const where: string[] = [];
  if (issue.file) where.push(issue.file);
  if (issue.row !== undefined) where.push(zh ? `第 ${issue.row} 行` : `row ${issue.row}`);
  const field = issueField(issue, locale);
  if (field) where.push(field);
  const text = zh ? issue.zh : issue.en;
  if (!where.length) return text;
  return zh ? `${where.join("，")}：${text}` : `${where.join(", ")}: ${text}`;
}

/**
 * The field of an issue as a reader should see it in `locale`: null for a problem of the whole file
 * ("(file)", "(root)": markers, not names), the Chinese name where the issue has one.
 */
export function issueField(issue: InputIssue, locale: IssueLocale): string | null {
  if (!issue.field || /^\(\w+\)$/.test(issue.field)) return null;
  return locale === "zh-CN" ? (issue.fieldZh ?? issue.field) : issue.field;
}
