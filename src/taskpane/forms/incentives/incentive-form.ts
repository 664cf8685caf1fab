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
import { IncentivePlan, PAY_FREQUENCIES, parseIncentivePlan } from "../../../schemas/incentive-plan";
import type { Rep } from "../../../schemas/roster";
import { numberReader, paneIssue } from "../issues";
import type { NumberSpec } from "../number-fields";
import { nextQuarterStartMonth } from "../periods";

export interface TierRow {
  readonly from: string;
  readonly rate: string;
}

/** One role's tier table: the role as the roster writes it (spellings separated by commas). */
export interface RoleTableRow {
  readonly role: string;
  readonly tiers: readonly TierRow[];
}

/**
 * A measure. The fields after `tiers` are the advanced mechanics; forms saved before they existed
 * lack them, so each is optional and read with its default.
 */
export interface MeasureRow {
  readonly name: string;
  /** Quota per pay period. */
  readonly quota: string;
  readonly on: "amount" | "attainment";
  readonly method: "marginal" | "retro";
  readonly tiers: readonly TierRow[];
  /** The short id the sheets and references use; empty: made from the name. */
  readonly id?: string;
  /** Highest payout per period as a percentage of the rep's target incentive ("300" = 300%); empty: none. */
  readonly capTI?: string;
  /** Year to date with true-up. */
  readonly ytd?: boolean;
  /** Pay a tier table per role (roles) instead of one table for every rep (tiers). */
  readonly byRole?: boolean;
  readonly roles?: readonly RoleTableRow[];
  /**
   * Actuals from the CRM data table in the workbook (Excel): "amount" = won amount by close date
   * (bookings), "collected" = 回款 by payment date; absent: typed in the calculation sheet.
   */
  readonly crm?: "amount" | "collected";
}

export interface RateRow {
  readonly currency: string;
  /** Plan currency per unit of `currency`. */
  readonly rate: string;
}

/** A return or credit memo; `measure` is the measure's index in the form. */
export interface ReturnRow {
  readonly rep: string;
  readonly measure: string;
  readonly period: string;
  readonly paidIn: string;
  readonly amount: string;
  readonly document: string;
}

export interface SplitShareRow {
  readonly rep: string;
  /** Pay credit (share of the deal paid commission). */
  readonly share: string;
  /** Quota credit when it differs from the pay credit; empty: the pay share. */
  readonly quotaShare: string;
}

/** A deal credited to several reps; `measure` is the measure's index in the form. */
export interface SplitRow {
  readonly deal: string;
  readonly period: string;
  readonly measure: string;
  readonly amount: string;
  readonly shares: readonly SplitShareRow[];
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
  // Advanced mechanics (the form shows them under a disclosure).
  /** Year-to-date measures whose earnings to date fall below what was paid: carry or claw back. */
  readonly negativeTrueUp: "carry" | "claw";
  /** The draw is paid only in the first N months from each hire date; empty: the whole plan. */
  readonly drawRampMonths: string;
  /** Best team award: title and bonus per member; empty title for none. */
  readonly bestTeamTitle: string;
  readonly bestTeamBonus: string;
  readonly bestTeamTie: "share" | "all" | "first";
  /** Rates converting actuals typed in other currencies to the plan currency. */
  readonly exchangeRates: readonly RateRow[];
  readonly returns: readonly ReturnRow[];
  readonly splits: readonly SplitRow[];
}

export const MAX_MEASURES = 3;
export const MAX_TIERS = 8;
/** Rows the pane offers; longer lists belong in a plan file (the CLI) or the workbook's own sheets. */
export const MAX_ROLE_TABLES = 4;
export const MAX_RATES = 6;
export const MAX_RETURNS = 10;
export const MAX_SPLITS = 10;
export const MAX_SPLIT_SHARES = 4;

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
    negativeTrueUp: "carry",
    drawRampMonths: "",
    bestTeamTitle: "",
    bestTeamBonus: "",
    bestTeamTie: "share",
    exchangeRates: [],
    returns: [],
    splits: [],
  };
}

/** A role table to start from: the measure's own tiers, for a role still to be named. */
export function newRoleTable(measure: MeasureRow, role = ""): RoleTableRow {
  return { role, tiers: measure.tiers.map((t) => ({ ...t })) };
}

export function newReturn(): ReturnRow {
  return { rep: "", measure: "0", period: "", paidIn: "", amount: "", document: "" };
}

export function newSplit(): SplitRow {
  const share = { rep: "", share: "", quotaShare: "" };
  return { deal: "", period: "", measure: "0", amount: "", shares: [share, share] };
}

/** Whether the form uses any advanced mechanic (the disclosure then opens by itself). */
export function usesAdvanced(form: IncentiveFormState): boolean {
  return (
    form.measures.some((m) => (m.id ?? "").trim() || (m.capTI ?? "").trim() || m.ytd || m.byRole) ||
    form.drawRampMonths.trim() !== "" ||
    form.bestTeamTitle.trim() !== "" ||
    form.exchangeRates.length > 0 ||
    form.returns.length > 0 ||
    form.splits.length > 0
  );
}

/** Tier rates are typed as percentages: the box shows a % sign, "5" is 5%. */
export const TIER_RATE: NumberSpec = { kind: "rate", rateScale: "percent" };

/** What a tier's threshold holds: an amount, or an attainment (80% or 0.8). */
export function tierFromSpec(on: MeasureRow["on"]): NumberSpec {
  return on === "amount" ? { kind: "money" } : { kind: "rate" };
}

const RETURN_FIELDS = ["rep", "measure", "period", "paidIn", "amount", "document"] as const;
const SPLIT_FIELDS = ["deal", "period", "measure", "amount"] as const;
const SHARE_FIELDS = ["rep", "share", "quotaShare"] as const;

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
    "draw.rampMonths",
    "bestTeam.title",
    "bestTeam.bonus",
    "exchangeRates",
  ];
  form.measures.forEach((m, i) => {
    keys.push(`measure.${i}.name`, `measure.${i}.quota`, `measure.${i}.tiers`);
    keys.push(`measure.${i}.id`, `measure.${i}.capTI`, `measure.${i}.roles`);
    m.tiers.forEach((_t, k) => keys.push(`measure.${i}.tier.${k}.from`, `measure.${i}.tier.${k}.rate`));
    (m.roles ?? []).forEach((r, j) => {
      keys.push(`measure.${i}.role.${j}.name`, `measure.${i}.role.${j}.tiers`);
      r.tiers.forEach((_t, k) =>
        keys.push(`measure.${i}.role.${j}.tier.${k}.from`, `measure.${i}.role.${j}.tier.${k}.rate`),
      );
    });
  });
  form.exchangeRates.forEach((_r, i) => keys.push(`rate.${i}.currency`, `rate.${i}.rate`));
  form.returns.forEach((_r, i) => RETURN_FIELDS.forEach((f) => keys.push(`return.${i}.${f}`)));
  form.splits.forEach((s, i) => {
    SPLIT_FIELDS.forEach((f) => keys.push(`split.${i}.${f}`));
    keys.push(`split.${i}.shares`);
    s.shares.forEach((_x, j) => SHARE_FIELDS.forEach((f) => keys.push(`split.${i}.share.${j}.${f}`)));
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

/** A role's spellings as typed, "AE, Account Executive": one role as text, several as a list. */
export function roleSpellings(text: string): string | string[] {
  const list = text
    .split(/[,，、;；]/)
    .map((r) => r.trim())
    .filter(Boolean);
  return list.length === 1 ? list[0] : list;
}

/** The role a stand-in rep takes before a roster: the first table's of the first measure paid by role. */
export function sampleRole(form: IncentiveFormState): string {
  const table = form.measures.find((m) => m.byRole)?.roles?.[0];
  const role = table ? roleSpellings(table.role) : "";
  return typeof role === "string" ? role : (role[0] ?? "");
}

/** A pay period as typed: its number ("2") or a month inside the plan ("2027-02"), as the plan takes it. */
export function periodValue(text: string): number | string {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : t;
}

export interface IncentiveDraft {
  readonly data: Record<string, unknown>;
  readonly issues: InputIssue[];
}

/** Shares of a deal: "50%" or 0.5 (the box shows no % sign, so 50 alone is asked about). */
const SHARE: NumberSpec = { kind: "rate" };

export function incentivePlanFromForm(form: IncentiveFormState): IncentiveDraft {
  const issues: InputIssue[] = [];
  const number = numberReader(issues, form.currency);
  const taken = new Set<string>();
  const rateOf = (field: string, text: string) => {
    const rate = number(field, text, TIER_RATE);
    // A rate above 100% is far more often a slip than a plan: the user confirms it first.
    if (rate !== undefined && rate > 1 && !form.allowRatesAbove100) {
      issues.push(paneIssue(field, "incentives.rateAbove100", { rate: Math.round(rate * 10000) / 100 }));
      return undefined;
    }
    return rate;
  };
  const tierRows = (prefix: string, on: MeasureRow["on"], rows: readonly TierRow[]) =>
    rows.map((tier, k) => ({
      from: number(`${prefix}.tier.${k}.from`, tier.from, tierFromSpec(on)),
      rate: rateOf(`${prefix}.tier.${k}.rate`, tier.rate),
    }));
  const measures = form.measures.map((m, i) => {
    const own = (m.id ?? "").trim();
    const id = own || measureId(m.name, i, taken);
    taken.add(id.toLowerCase());
    const payout: Record<string, unknown> = { type: "tiers", on: m.on, method: m.method };
    if (m.byRole)
      payout.roles = (m.roles ?? []).map((r, j) => ({
        role: roleSpellings(r.role),
        tiers: tierRows(`measure.${i}.role.${j}`, m.on, r.tiers),
      }));
    else payout.tiers = tierRows(`measure.${i}`, m.on, m.tiers);
    const out: Record<string, unknown> = {
      id,
      name: m.name,
      quota: number(`measure.${i}.quota`, m.quota),
      payout,
    };
    if (m.ytd) out.ytd = true;
    if (m.crm) out.crm = m.crm;
    // A cap of 300% of target incentive is typed "300" in a box that shows %: a multiple of 3.
    const cap = number(`measure.${i}.capTI`, m.capTI ?? "", TIER_RATE);
    if (cap !== undefined) out.payoutCapTI = cap;
    return out;
  });
  const ids = measures.map((m) => m.id as string);
  const measureRef = (index: string) => ids[Number(index)] ?? ids[0] ?? "";
  const data: Record<string, unknown> = {
    name: form.name,
    currency: form.currency,
    period: { start: form.start.trim(), months: number("period.months", form.months, { kind: "count" }) },
    payFrequency: form.payFrequency,
    basis: form.basis,
    zeroQuota: form.zeroQuota,
    measures,
  };
  if (form.measures.some((m) => m.ytd)) data.negativeTrueUp = form.negativeTrueUp;
  if (form.allowRatesAbove100) data.allowRatesAbove100 = true;
  const decimals = number("payableDecimals", form.payableDecimals, { kind: "count" });
  if (decimals !== undefined) data.payableDecimals = decimals;
  const ti = number("targetIncentive", form.targetIncentive);
  if (ti !== undefined) data.compensation = { targetIncentive: ti };
  const draw = number("draw", form.draw);
  const ramp = number("draw.rampMonths", form.drawRampMonths, { kind: "count" });
  if (draw !== undefined)
    data.draw = {
      amount: draw,
      recoverable: form.drawRecoverable,
      ...(ramp !== undefined ? { rampMonths: ramp } : {}),
    };
  else if (ramp !== undefined) issues.push(paneIssue("draw.rampMonths", "incentives.rampNeedsDraw"));
  const awards: Record<string, unknown> = {};
  if (form.bestRepTitle.trim()) {
    awards.bestRep = {
      measure: ids[0] ?? "",
      title: form.bestRepTitle.trim(),
      bonus: number("bestRep.bonus", form.bestRepBonus) ?? 0,
      tie: form.bestRepTie,
    };
  }
  if (form.bestTeamTitle.trim()) {
    awards.bestTeam = {
      measure: ids[0] ?? "",
      title: form.bestTeamTitle.trim(),
      bonusPerMember: number("bestTeam.bonus", form.bestTeamBonus) ?? 0,
      tie: form.bestTeamTie,
    };
  }
  if (Object.keys(awards).length) data.awards = awards;
  if (form.exchangeRates.length)
    data.exchangeRates = form.exchangeRates.map((x, i) => ({
      currency: x.currency.trim(),
      // Plan currency per unit of the other (0.14 dollars a yuan): an amount, never a percentage.
      rate: number(`rate.${i}.rate`, x.rate, { kind: "money" }),
    }));
  if (form.splits.length)
    data.credits = form.splits.map((c, i) => ({
      deal: c.deal.trim(),
      period: periodValue(c.period),
      measure: measureRef(c.measure),
      amount: number(`split.${i}.amount`, c.amount),
      shares: c.shares.map((x, j) => {
        const quotaShare = number(`split.${i}.share.${j}.quotaShare`, x.quotaShare, SHARE);
        return {
          rep: x.rep.trim(),
          share: number(`split.${i}.share.${j}.share`, x.share, SHARE),
          ...(quotaShare !== undefined ? { quotaShare } : {}),
        };
      }),
    }));
  if (form.returns.length)
    data.returns = form.returns.map((x, i) => ({
      rep: x.rep.trim(),
      measure: measureRef(x.measure),
      period: periodValue(x.period),
      paidIn: periodValue(x.paidIn),
      amount: number(`return.${i}.amount`, x.amount),
      ...(x.document.trim() ? { document: x.document.trim() } : {}),
    }));
  return { data, issues };
}

/** Schema (and roster check) paths as form keys; a path no field holds is returned as it is. */
export function incentiveIssueField(field: string, form?: IncentiveFormState): string {
  let m = /^measures\[(\d+)\]\.payoutCapTI/.exec(field);
  if (m) return `measure.${m[1]}.capTI`;
  m = /^measures\[(\d+)\]\.payout\.tiers\[(\d+)\](?:\.(from|rate))?/.exec(field);
  if (m) return `measure.${m[1]}.tier.${m[2]}.${m[3] ?? "from"}`;
  m = /^measures\[(\d+)\]\.payout\.roles\[(\d+)\]\.tiers\[(\d+)\](?:\.(from|rate))?/.exec(field);
  if (m) return `measure.${m[1]}.role.${m[2]}.tier.${m[3]}.${m[4] ?? "from"}`;
  m = /^measures\[(\d+)\]\.payout\.roles\[(\d+)\]\.role/.exec(field);
  if (m) return `measure.${m[1]}.role.${m[2]}.name`;
  m = /^measures\[(\d+)\]\.payout\.roles\[(\d+)\]\.tiers/.exec(field);
  if (m) return `measure.${m[1]}.role.${m[2]}.tiers`;
  m = /^measures\[(\d+)\]\.payout\.roles/.exec(field);
  if (m) return `measure.${m[1]}.roles`;
  m = /^measures\[(\d+)\]\.payout/.exec(field);
  if (m) return form?.measures[Number(m[1])]?.byRole ? `measure.${m[1]}.roles` : `measure.${m[1]}.tiers`;
  m = /^measures\[(\d+)\]\.id/.exec(field);
  if (m && (form?.measures[Number(m[1])]?.id ?? "").trim()) return `measure.${m[1]}.id`;
  m = /^measures\[(\d+)\]\.(name|id)/.exec(field);
  if (m) return `measure.${m[1]}.name`;
  m = /^measures\[(\d+)\]\.quota/.exec(field);
  if (m) return `measure.${m[1]}.quota`;
  if (field.startsWith("compensation")) return "targetIncentive";
  if (field.startsWith("draw.rampMonths")) return "draw.rampMonths";
  if (field.startsWith("draw")) return "draw";
  if (field.startsWith("payableDecimals")) return "payableDecimals";
  m = /^awards\.(bestRep|bestTeam)\.(title|bonus)/.exec(field);
  // bonusPerMember reads as "bonus" here: the one bonus field of the team award.
  if (m) return `${m[1]}.${m[2]}`;
  m = /^exchangeRates\[(\d+)\]\.(currency|rate)/.exec(field);
  if (m) return `rate.${m[1]}.${m[2]}`;
  if (field.startsWith("exchangeRates")) return "exchangeRates";
  m = /^returns\[(\d+)\]\.(rep|measure|period|paidIn|amount|document)/.exec(field);
  if (m) return `return.${m[1]}.${m[2]}`;
  m = /^credits\[(\d+)\]\.shares\[(\d+)\]\.(rep|share|quotaShare)/.exec(field);
  if (m) return `split.${m[1]}.share.${m[2]}.${m[3]}`;
  m = /^credits\[(\d+)\]\.(deal|period|measure|amount|shares)/.exec(field);
  if (m) return `split.${m[1]}.${m[2]}`;
  return field;
}

export type IncentiveValidation =
  { ok: true; model: PlanModel; plan: IncentivePlan } | { ok: false; issues: InputIssue[] };

export function validateIncentiveForm(form: IncentiveFormState, reps: readonly Rep[]): IncentiveValidation {
  const draft = incentivePlanFromForm(form);
  const pane = [...draft.issues];
  if (!reps.length) pane.push(paneIssue("roster", "roster.required"));
  const plan = parseIncentivePlan(draft.data);
  const taken = new Set(pane.map((i) => i.field));
  const schemaIssues = plan.ok
    ? []
    : plan.issues
        .map((i) => ({ ...i, field: incentiveIssueField(i.field, form) }))
        .filter((i) => !taken.has(i.field));
  if (!plan.ok || pane.length) return { ok: false, issues: [...pane, ...schemaIssues] };
  const model = buildPlanModel(plan.value, reps);
  // A rep named in a return or a split but not in the roster is shown at that row's field; roster
  // rows keep their own field and row.
  if (!model.ok)
    return {
      ok: false,
      issues: model.issues.map((i) =>
        i.row === undefined ? { ...i, field: incentiveIssueField(i.field, form) } : i,
      ),
    };
  return { ok: true, model: model.value, plan: plan.value };
}
