/**
 * The goal-sheet form as data: its defaults, the goal config it stands for (the same object a
 * goals.yaml holds), and validation through the goals schema with each issue routed to its field.
 */
import { Locale, translateBoth } from "../../../i18n";
import type { InputIssue } from "../../../schemas/errors";
import { parseWith } from "../../../schemas/errors";
import { GoalPlan, METRIC_PRESETS, goalConfigSchema, validateGoalInput } from "../../../schemas/goals";
import type { Rep } from "../../../schemas/roster";
import { parseListText, parseNumberList } from "../form-values";
import { numberReader, paneIssue } from "../issues";
import type { NumberSpec } from "../number-fields";
import type { HostNote, PlanStore, WriteResult } from "../../services";
import { nextQuarterLabel } from "../periods";
import { errorMessage } from "../../error-message";

export interface GoalMetricRow {
  readonly id: string;
  readonly include: boolean;
  readonly weight: string;
  /** Full-period target per rep (the metric's default target). */
  readonly target: string;
  readonly cap: string;
  readonly gate: string;
}

export interface GoalFormState {
  readonly title: string;
  readonly sheetLocale: Locale;
  readonly currency: string;
  readonly period: string;
  readonly asOf: string;
  readonly metrics: readonly GoalMetricRow[];
  /** "even" (均分, 平均) or monthly weights. */
  readonly split: string;
  readonly ramp: string;
  readonly holidays: string;
  readonly tolerance: string;
}

export const GOAL_METRIC_IDS = Object.keys(METRIC_PRESETS);

export function defaultGoalForm(locale: Locale, today: number): GoalFormState {
  const row = (
    id: string,
    include: boolean,
    weight: string,
    target: string,
    cap = "",
    gate = "",
  ): GoalMetricRow => ({
    id,
    include,
    weight,
    target,
    cap,
    gate,
  });
  return {
    title: "",
    sheetLocale: locale,
    currency: locale === "zh-CN" ? "¥" : "$",
    period: nextQuarterLabel(today),
    asOf: "",
    metrics: [
      row("revenue", true, "50%", "900000", "150%"),
      row("newCustomers", true, "30%", "15", "150%"),
      row("conversionRate", true, "20%", "15%", "", "80%"),
      row("averageOrderValue", false, "", ""),
    ],
    split: locale === "zh-CN" ? "均分" : "even",
    ramp: "25%, 50%, 75%",
    holidays: "",
    tolerance: "10%",
  };
}

/** Keys of the fields that show messages; "roster" is left to the list above the buttons. */
export const GOAL_FIELD_KEYS: readonly string[] = [
  "title",
  "currency",
  "period",
  "asOf",
  "split",
  "ramp",
  "holidays",
  "tolerance",
  "metrics",
  ...GOAL_METRIC_IDS.flatMap((id) => ["weight", "target", "cap", "gate"].map((f) => `metric.${id}.${f}`)),
  ...GOAL_METRIC_IDS.map((id) => `metric.${id}`),
];

export interface GoalConfigDraft {
  readonly data: Record<string, unknown>;
  /** Fields the pane could not read (a number that is not one). */
  readonly issues: InputIssue[];
  /** Config metric index -> metric id, to route schema issues back to the rows. */
  readonly metricIds: readonly string[];
}

/** Weights, caps, gates and the tolerance are shares: 50%, 0.5 and 50 all read as 50%. */
export const RATE: NumberSpec = { kind: "rate" };

/** A metric's target is read as what the metric counts: money, a count, or a rate. */
export function targetSpec(id: string): NumberSpec {
  const unit = (METRIC_PRESETS as Record<string, { unit: string } | undefined>)[id]?.unit;
  return unit === "currency" ? { kind: "money" } : unit === "percent" ? RATE : { kind: "count" };
}

/** The goal config the form stands for (what a goals.yaml would hold). */
export function goalConfigFromForm(form: GoalFormState): GoalConfigDraft {
  const issues: InputIssue[] = [];
  const number = numberReader(issues, form.currency);
  const included = form.metrics.filter((m) => m.include);
  const metrics = included.map((m) => {
    const metric: Record<string, unknown> = { id: m.id };
    // A weight left empty stays missing, so the schema names it as required.
    const weight = number(`metric.${m.id}.weight`, m.weight, RATE);
    if (weight !== undefined) metric.weight = weight;
    const target = number(`metric.${m.id}.target`, m.target, targetSpec(m.id));
    if (target !== undefined) metric.target = target;
    const cap = number(`metric.${m.id}.cap`, m.cap, RATE);
    if (cap !== undefined) metric.cap = cap;
    const gate = number(`metric.${m.id}.gate`, m.gate, RATE);
    if (gate !== undefined) metric.gate = gate;
    return metric;
  });
  const data: Record<string, unknown> = {
    locale: form.sheetLocale,
    currency: form.currency.trim(),
    period: form.period.trim(),
    metrics,
  };
  if (form.title.trim()) data.title = form.title.trim();
  if (form.asOf.trim()) data.asOf = form.asOf.trim();
  const split = form.split.trim();
  if (split === "" || /^(even|均分|平均)$/i.test(split)) data.split = "even";
  else {
    const list = parseNumberList(split);
    if (list.invalid !== null) issues.push(paneIssue("split", "form.notNumber", { value: list.invalid }));
    else data.split = list.values;
  }
  if (form.ramp.trim()) {
    const list = parseNumberList(form.ramp);
    if (list.invalid !== null) issues.push(paneIssue("ramp", "form.notNumber", { value: list.invalid }));
    else data.ramp = list.values;
  }
  const holidays = parseListText(form.holidays);
  if (holidays.length) data.holidays = holidays;
  const tolerance = number("tolerance", form.tolerance, RATE);
  if (tolerance !== undefined) data.tolerance = tolerance;
  return { data, issues, metricIds: included.map((m) => m.id) };
}

/** Schema paths ("metrics[1].weight", 'targets["Li Wei"].revenue') as form keys. */
export function goalIssueField(field: string, metricIds: readonly string[]): string {
  const m = /^metrics\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (m) {
    const id = metricIds[Number(m[1])];
    if (id === undefined) return "metrics";
    return m[2] ? `metric.${id}.${m[2]}` : `metric.${id}`;
  }
  if (field.startsWith("metrics[]")) return "metrics";
  const target = /^targets\["(?:[^"\\]|\\.)*"\]\.(\w+)$/.exec(field);
  if (target) return `metric.${target[1]}.target`;
  return field;
}

export type GoalValidation = { ok: true; plan: GoalPlan } | { ok: false; issues: InputIssue[] };

export function validateGoalForm(form: GoalFormState, reps: readonly Rep[]): GoalValidation {
  const draft = goalConfigFromForm(form);
  const pane: InputIssue[] = [...draft.issues];
  if (!form.metrics.some((m) => m.include)) pane.push(paneIssue("metrics", "goals.noMetric"));
  if (!reps.length) pane.push(paneIssue("roster", "roster.required"));
  // Without a roster the config alone is checked, so every problem of the form shows at once.
  const schema = reps.length ? validateGoalInput(reps, draft.data) : parseWith(goalConfigSchema, draft.data);
  if (schema.ok && !pane.length && reps.length) return { ok: true, plan: schema.value as GoalPlan };
  return { ok: false, issues: [...pane, ...(schema.ok ? [] : routed(schema.issues, draft.metricIds, pane))] };
}

/** Schema issues with form keys, leaving out fields the pane has already reported. */
function routed(
  issues: readonly InputIssue[],
  metricIds: readonly string[],
  known: readonly InputIssue[],
): InputIssue[] {
  const taken = new Set(known.map((i) => i.field));
  return issues
    .map((i) => ({ ...i, field: goalIssueField(i.field, metricIds) }))
    .filter((i) => !taken.has(i.field));
}

/**
 * What follows writing the goal sheets into the workbook: their settings saved under the goal
 * sheet's final name (the write result's name at `index`, the goal sheet's place in the spec; a
 * host renames a sheet whose name is taken), so that a CRM import can link to the sheet without the
 * user having saved them. A failed save leaves the sheets written and says so.
 */
export function recordGoalSheet(
  store: PlanStore,
  index: number,
  form: GoalFormState,
): (result: WriteResult) => Promise<HostNote[]> {
  return async (result) => {
    const sheet = result.sheets[index];
    if (sheet === undefined) return [];
    try {
      await store.save({ kind: "goals", name: sheet, savedAt: new Date().toISOString(), data: form });
    } catch (error) {
      const reason = errorMessage(error);
      return [translateBoth("goals.recordFailed", { sheet, reason })];
    }
    return [translateBoth("goals.recorded", { name: sheet })];
  };
}
