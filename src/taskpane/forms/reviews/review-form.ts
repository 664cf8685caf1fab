/**
 * The self-review and development-plan form as data: review period, due date, competencies and
 * their weights, the rep; validated by the review config schema, issues routed to their fields.
 */
import type { Locale } from "../../../i18n";
import { defaultCompetencies } from "../../../generators/reviews";
import type { InputIssue } from "../../../schemas/errors";
import { ReviewConfig, parseReviewConfig } from "../../../schemas/review";
import type { Rep } from "../../../schemas/roster";
import { numberReader, paneIssue } from "../issues";
import { currentHalfLabel } from "../periods";

export interface CompetencyRow {
  readonly key: string;
  readonly name: { readonly en: string; readonly zh: string };
  readonly description?: { readonly en: string; readonly zh: string };
  readonly include: boolean;
  readonly weight: string;
}

/** The rep choice that means everyone: a workbook per rep and the index, as the CLI makes them. */
export const WHOLE_TEAM = "*";

export interface ReviewFormState {
  readonly sheetLocale: Locale;
  readonly period: string;
  readonly dueDate: string;
  readonly asOf: string;
  /** The rep's name, from the roster; WHOLE_TEAM for everyone. */
  readonly rep: string;
  readonly feedbackRows: string;
  readonly competencies: readonly CompetencyRow[];
}

function percentText(fraction: number): string {
  return `${Number((fraction * 100).toFixed(1))}%`;
}

export function defaultReviewForm(locale: Locale, today: number): ReviewFormState {
  return {
    sheetLocale: locale,
    period: currentHalfLabel(today),
    dueDate: "",
    asOf: "",
    rep: "",
    feedbackRows: "30",
    competencies: defaultCompetencies().map((c) => ({
      key: c.key,
      name: c.name,
      ...(c.description ? { description: c.description } : {}),
      include: true,
      weight: percentText(c.weight),
    })),
  };
}

export function reviewFieldKeys(form: ReviewFormState): string[] {
  return [
    "rep",
    "period",
    "dueDate",
    "asOf",
    "feedbackRows",
    "competencies",
    ...form.competencies.map((c) => `competency.${c.key}`),
  ];
}

export interface ReviewDraft {
  readonly data: Record<string, unknown>;
  readonly issues: InputIssue[];
  /** Config competency index -> key. */
  readonly keys: readonly string[];
}

export function reviewConfigFromForm(form: ReviewFormState): ReviewDraft {
  const issues: InputIssue[] = [];
  const number = numberReader(issues);
  const included = form.competencies.filter((c) => c.include);
  const competencies = included.map((c) => {
    const weight = number(`competency.${c.key}`, c.weight, { kind: "rate" });
    return {
      key: c.key,
      name: c.name,
      ...(c.description ? { description: c.description } : {}),
      ...(typeof weight === "number" ? { weight } : {}),
    };
  });
  const data: Record<string, unknown> = {
    locale: form.sheetLocale,
    period: form.period.trim(),
    competencies,
  };
  if (form.dueDate.trim()) data.dueDate = form.dueDate.trim();
  if (form.asOf.trim()) data.asOf = form.asOf.trim();
  const rows = number("feedbackRows", form.feedbackRows, { kind: "count" });
  if (rows !== undefined) data.feedbackRows = rows;
  return { data, issues, keys: included.map((c) => c.key) };
}

export function reviewIssueField(field: string, keys: readonly string[]): string {
  const m = /^competencies\[(\d+)\]/.exec(field);
  if (m) return keys[Number(m[1])] !== undefined ? `competency.${keys[Number(m[1])]}` : "competencies";
  return field;
}

export type ReviewValidation =
  | { ok: true; config: ReviewConfig; rep: Rep; team: false }
  | { ok: true; config: ReviewConfig; team: true }
  | { ok: false; issues: InputIssue[] };

export function validateReviewForm(form: ReviewFormState, reps: readonly Rep[]): ReviewValidation {
  const draft = reviewConfigFromForm(form);
  const pane = [...draft.issues];
  if (!reps.length) pane.push(paneIssue("roster", "roster.required"));
  const team = form.rep === WHOLE_TEAM;
  const rep = reps.find((r) => r.name === form.rep);
  if (reps.length && !rep && !team) pane.push(paneIssue("rep", "reviews.chooseRep"));
  const config = parseReviewConfig(draft.data);
  const taken = new Set(pane.map((i) => i.field));
  const schemaIssues = config.ok
    ? []
    : config.issues
        .map((i) => ({ ...i, field: reviewIssueField(i.field, draft.keys) }))
        .filter((i) => !taken.has(i.field));
  if (!config.ok || pane.length || (!rep && !team)) return { ok: false, issues: [...pane, ...schemaIssues] };
  return rep && !team
    ? { ok: true, config: config.value, rep, team: false }
    : { ok: true, config: config.value, team: true };
}
