/**
 * The incentive (commission) form as data: its defaults, the plan it stands for (the object an
 * incentive-plan.yaml holds), and validation through the plan schema and the roster check of the
 * generator's model builder, with each issue routed to its field.
 */
import type { Locale } from "../../../i18n";
import { translate } from "../../../i18n";
import { buildPlanModel } from "../../../generators/incentives";
import type { PlanModel } from "../../../kpi/plan/model";
import type { InputIssue } from "../../../schemas/errors";
import { PAY_FREQUENCIES, parseIncentivePlan } from "../../../schemas/incentive-plan";
import type { Rep } from "../../../schemas/roster";
import { numberReader, paneIssue } from "../issues";
import type { NumberSpec } from "../number-fields";
import { nextQuarterStartMonth } from "../periods";

export interface TierRow {
  readonly from: string;
  readonly rate: string;
}

export interface MeasureRow {
  readonly name: string;
  /** Quota per pay period. */
  readonly quota: string;
  readonly on: "amount" | "attainment";
  readonly method: "marginal" | "retro";
  readonly tiers: readonly TierRow[];
}

export interface IncentiveFormState {
  readonly name: string;
  readonly sheetLocale: Locale;
  readonly currency: string;
  /** First month, "2027-04". */
  readonly start: string;
  readonly months: string;
  readonly payFrequency: (typeof PAY_FREQUENCIES)[number];
  readonly basis: "bookings" | "collections";
  /** Target incentive per year; optional for tier plans. */
  readonly targetIncentive: string;
  readonly measures: readonly MeasureRow[];
  /** Draw per pay period; empty for none. */
  readonly draw: string;
  readonly drawRecoverable: boolean;
  /** Best salesperson award: title and bonus; empty title for none. */
  readonly bestRepTitle: string;
  readonly bestRepBonus: string;
  /** Equal top scores: share the bonus, pay it to all, or to the first in roster order. */
  readonly bestRepTie: "share" | "all" | "first";
  /** A period whose quota is 0 (ramp, before the hire date): pay the first tier's rate, or nothing. */
  readonly zeroQuota: "baseRate" | "nothing";
  /** Decimals each payable is rounded to; empty for the currency's own. */
  readonly payableDecimals: string;
  /** The user confirmed that tier rates above 100% are meant. */
  readonly allowRatesAbove100: boolean;
}

export const MAX_MEASURES = 3;
export const MAX_TIERS = 8;

export function defaultMeasure(locale: Locale): MeasureRow {
  return {
    name: translate(locale, "incentives.defaultMeasure"),
    quota: "300000",
    on: "amount",
    method: "marginal",
    tiers: [
      // Rate boxes show a % sign: "3" is 3%.
      { from: "0", rate: "3" },
      { from: "300000", rate: "5" },
      { from: "450000", rate: "8" },
    ],
  };
}

export function defaultIncentiveForm(locale: Locale, today: number): IncentiveFormState {
  const start = nextQuarterStartMonth(today);
  return {
    name: translate(locale, "incentives.defaultName", { start }),
    sheetLocale: locale,
    currency: locale === "zh-CN" ? "¥" : "$",
    start,
    months: "3",
    payFrequency: "monthly",
    basis: "bookings",
    targetIncentive: "",
    measures: [defaultMeasure(locale)],
    draw: "",
    drawRecoverable: true,
    bestRepTitle: "",
    bestRepBonus: "",
    bestRepTie: "share",
    zeroQuota: "baseRate",
    payableDecimals: "",
    allowRatesAbove100: false,
  };
}

/** Tier rates are typed as percentages: the box shows a % sign, "5" is 5%. */
export const TIER_RATE: NumberSpec = { kind: "rate", rateScale: "percent" };

/** What a tier's threshold holds: an amount, or an attainment (80% or 0.8). */
export function tierFromSpec(on: MeasureRow["on"]): NumberSpec {
  return on === "amount" ? { kind: "money" } : { kind: "rate" };
}

export function incentiveFieldKeys(form: IncentiveFormState): string[] {
  const keys = [
    "name",
    "currency",
    "period.start",
    "period.months",
    "payFrequency",
    "basis",
    "targetIncentive",
    "measures",
    "draw",
    "bestRep.title",
    "bestRep.bonus",
    "payableDecimals",
  ];
  form.measures.forEach((m, i) => {
    keys.push(`measure.${i}.name`, `measure.${i}.quota`, `measure.${i}.tiers`);
    m.tiers.forEach((_t, k) => keys.push(`measure.${i}.tier.${k}.from`, `measure.${i}.tier.${k}.rate`));
  });
  return keys;
}

/** A measure id the plan schema accepts, from the name when it is plain ASCII. */
export function measureId(name: string, index: number, taken: ReadonlySet<string>): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  let id = /^[A-Za-z]/.test(ascii) ? ascii.slice(0, 28) : `M${index + 1}`;
  const base = id;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}_${n}`;
  return id;
}

export interface IncentiveDraft {
  readonly data: Record<string, unknown>;
  readonly issues: InputIssue[];
}

export function incentivePlanFromForm(form: IncentiveFormState): IncentiveDraft {
  const issues: InputIssue[] = [];
  const number = numberReader(issues, form.currency);
  const taken = new Set<string>();
  const measures = form.measures.map((m, i) => {
    const rateOf = (field: string, text: string) => {
      const rate = number(field, text, TIER_RATE);
      // A rate above 100% is far more often a slip than a plan: the user confirms it first.
      if (rate !== undefined && rate > 1 && !form.allowRatesAbove100) {
        issues.push(paneIssue(field, "incentives.rateAbove100", { rate: Math.round(rate * 10000) / 100 }));
        return undefined;
      }
      return rate;
    };
    const id = measureId(m.name, i, taken);
    taken.add(id.toLowerCase());
    return {
      id,
      name: m.name,
      quota: number(`measure.${i}.quota`, m.quota),
      payout: {
        type: "tiers",
        on: m.on,
        method: m.method,
        tiers: m.tiers.map((tier, k) => ({
          from: number(`measure.${i}.tier.${k}.from`, tier.from, tierFromSpec(m.on)),
          rate: rateOf(`measure.${i}.tier.${k}.rate`, tier.rate),
        })),
      },
    };
  });
  const data: Record<string, unknown> = {
    name: form.name,
    currency: form.currency,
    period: { start: form.start.trim(), months: number("period.months", form.months, { kind: "count" }) },
    payFrequency: form.payFrequency,
    basis: form.basis,
    zeroQuota: form.zeroQuota,
    measures,
  };
  if (form.allowRatesAbove100) data.allowRatesAbove100 = true;
  const decimals = number("payableDecimals", form.payableDecimals, { kind: "count" });
  if (decimals !== undefined) data.payableDecimals = decimals;
  const ti = number("targetIncentive", form.targetIncentive);
  if (ti !== undefined) data.compensation = { targetIncentive: ti };
  const draw = number("draw", form.draw);
  if (draw !== undefined) data.draw = { amount: draw, recoverable: form.drawRecoverable };
  if (form.bestRepTitle.trim()) {
    data.awards = {
      bestRep: {
        measure: measures[0]?.id ?? "",
        title: form.bestRepTitle.trim(),
        bonus: number("bestRep.bonus", form.bestRepBonus) ?? 0,
        tie: form.bestRepTie,
      },
    };
  }
  return { data, issues };
}

/** Schema paths as form keys. */
export function incentiveIssueField(field: string): string {
  let m = /^measures\[(\d+)\]\.payout\.tiers\[(\d+)\](?:\.(from|rate))?/.exec(field);
  if (m) return `measure.${m[1]}.tier.${m[2]}.${m[3] ?? "from"}`;
  m = /^measures\[(\d+)\]\.payout/.exec(field);
  if (m) return `measure.${m[1]}.tiers`;
  m = /^measures\[(\d+)\]\.(name|id)/.exec(field);
  if (m) return `measure.${m[1]}.name`;
  m = /^measures\[(\d+)\]\.quota/.exec(field);
  if (m) return `measure.${m[1]}.quota`;
  if (field.startsWith("compensation")) return "targetIncentive";
  if (field.startsWith("draw")) return "draw";
  if (field.startsWith("payableDecimals")) return "payableDecimals";
  m = /^awards\.bestRep\.(title|bonus)/.exec(field);
  if (m) return `bestRep.${m[1]}`;
  return field;
}

export type IncentiveValidation = { ok: true; model: PlanModel } | { ok: false; issues: InputIssue[] };

export function validateIncentiveForm(form: IncentiveFormState, reps: readonly Rep[]): IncentiveValidation {
  const draft = incentivePlanFromForm(form);
  const pane = [...draft.issues];
  if (!reps.length) pane.push(paneIssue("roster", "roster.required"));
  const plan = parseIncentivePlan(draft.data);
  const taken = new Set(pane.map((i) => i.field));
  const schemaIssues = plan.ok
    ? []
    : plan.issues
        .map((i) => ({ ...i, field: incentiveIssueField(i.field) }))
        .filter((i) => !taken.has(i.field));
  if (!plan.ok || pane.length) return { ok: false, issues: [...pane, ...schemaIssues] };
  const model = buildPlanModel(plan.value, reps);
  if (!model.ok) return { ok: false, issues: model.issues };
  return { ok: true, model: model.value };
}
