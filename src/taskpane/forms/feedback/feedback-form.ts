/**
 * The feedback-log form as data: whose log, how many empty rows, the as-of date of the overdue
 * flags. Rows and date use the review config schema's own rules; the owner is checked here.
 */
import { z } from "zod";
import type { Locale } from "../../../i18n";
import { bi, parseWith } from "../../../schemas/errors";
import type { InputIssue } from "../../../schemas/errors";
import { reviewConfigSchema } from "../../../schemas/review";
import { numberReader } from "../issues";

export interface FeedbackFormState {
  readonly sheetLocale: Locale;
  /** A rep's name, or the team's name with ownerIsTeam. */
  readonly owner: string;
  readonly ownerIsTeam: boolean;
  readonly emptyRows: string;
  readonly asOf: string;
}

export function defaultFeedbackForm(locale: Locale): FeedbackFormState {
  return { sheetLocale: locale, owner: "", ownerIsTeam: false, emptyRows: "30", asOf: "" };
}

export const FEEDBACK_FIELD_KEYS = ["owner", "emptyRows", "asOf"] as const;

const feedbackFormSchema = z.strictObject({
  owner: z
    .string()
    .trim()
    .min(1, { error: bi("write whose log it is: a rep or a team", "请填写记录对象：销售人员或团队") })
    .max(100),
  emptyRows: reviewConfigSchema.shape.feedbackRows,
  asOf: reviewConfigSchema.shape.asOf,
});

export type FeedbackValidation =
  | { ok: true; value: { owner: string; emptyRows: number; asOf?: number } }
  | { ok: false; issues: InputIssue[] };

export function validateFeedbackForm(form: FeedbackFormState): FeedbackValidation {
  const pane: InputIssue[] = [];
  const rows = numberReader(pane)("emptyRows", form.emptyRows, { kind: "count" });
  const data: Record<string, unknown> = { owner: form.owner };
  if (typeof rows === "number") data.emptyRows = rows;
  if (form.asOf.trim()) data.asOf = form.asOf.trim();
  const result = parseWith(feedbackFormSchema, data);
  if (!result.ok || pane.length) {
    const taken = new Set(pane.map((i) => i.field));
    return {
      ok: false,
      issues: [...pane, ...(result.ok ? [] : result.issues.filter((i) => !taken.has(i.field)))],
    };
  }
  const { owner, emptyRows, asOf } = result.value;
  return { ok: true, value: { owner, emptyRows, ...(asOf !== undefined ? { asOf } : {}) } };
}
