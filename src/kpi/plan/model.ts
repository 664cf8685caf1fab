/**
 * PlanModel: an incentive plan fully resolved for one team (every rep's quota per period, target
 * incentive, draw, activity), the one input both the reference engine and the sheet generator read.
 * Indices are 0-based here; sheets show periods 1-based. Amounts are per pay period unless named per year.
 */

import type { ClawbackBand } from "../clawback";
import type { CommissionMethod, Tier } from "../commission";
import type { CurvePoint } from "../payout";

export type { ClawbackBand, CurvePoint, Tier };
export type TierMethod = CommissionMethod;
export type ZeroQuotaRule = "baseRate" | "nothing";

export interface TiersPayout {
  readonly type: "tiers";
  /** "attainment": thresholds are fractions of the rep's quota (0.8 = 80%), scaled by the quota. */
  readonly on: "amount" | "attainment";
  readonly method: TierMethod;
  /** Tier `from` is an amount, or an attainment fraction when `on` is "attainment". */
  readonly tiers: readonly Tier[];
}

export interface CurvePayout {
  readonly type: "curve";
  /** Attainment -> payout fraction of the target incentive; 0 below the first point (a gate). */
  readonly points: readonly CurvePoint[];
  /** Highest payout fraction, or null for none. */
  readonly cap: number | null;
}

export interface PlanMeasure {
  readonly id: string;
  readonly name: string;
  /** Share of the target incentive (curve measures); null for tier measures. */
  readonly weight: number | null;
  readonly payout: TiersPayout | CurvePayout;
  /** Default quota per pay period (each rep's own quotas are in PlanRep.quotas). */
  readonly quota: number;
  /** Pays nothing unless the attainment of measure `measure` (index) reaches `attainment`. */
  readonly gate: { readonly attainment: number; readonly measure: number } | null;
  readonly attainmentCap: number | null;
  /** Highest payout of the measure per rep and period, in money. */
  readonly payoutCap: number | null;
  /** Highest payout per rep and period as a multiple of the rep's target incentive of the period (3 = 300%); absent: none. */
  readonly payoutCapTI?: number | null;
  /**
   * Tier measures paying a table per role: the tables (payout.tiers is the first), each with the role
   * spellings it serves; PlanRep.tierTables says which one pays a rep. Absent: payout.tiers for all.
   */
  readonly roleTiers?: readonly RoleTierTable[];
  /** Year to date with true-up (ytd.ts): computed on cumulative quota and credit, paying earned to date less paid. */
  readonly ytd?: boolean;
}

export interface RoleTierTable {
  /** The role as written in the plan (its spellings; the first is shown). */
  readonly roles: readonly string[];
  readonly tiers: readonly Tier[];
}

export interface PlanSpiff {
  readonly id: string;
  readonly name: string;
  readonly method: TierMethod;
  /** `from` in units, `rate` in money per unit. */
  readonly tiers: readonly Tier[];
}

export interface PlanPeriod {
  /** Excel serials of the first and last day. */
  readonly start: number;
  readonly end: number;
  /** "2027-01" for a month, "2027-01~2027-03" for longer periods. */
  readonly label: string;
}

export interface PlanRep {
  readonly name: string;
  readonly team: string;
  readonly role: string;
  readonly manager: string;
  readonly hireDate: number | null;
  /** Last day employed (Excel serial); null or absent: still employed. See employment.ts. */
  readonly leaveDate?: number | null;
  /** OTE per year and base share (plans stated as OTE), else null. */
  readonly ote: number | null;
  readonly baseMix: number | null;
  /** Target incentive per year, used only when the plan states pay as a target incentive. */
  readonly targetIncentive: number | null;
  /** Draw per pay period; 0 for none. */
  readonly draw: number;
  /** [measure][period]. */
  readonly quotas: readonly (readonly number[])[];
  /** Whether each quota differs from the measure's default (the sheet then holds a value, not a link). */
  readonly quotaOverridden: readonly (readonly boolean[])[];
  /**
   * [measure][period]: the cell (or SUM of cells) of another sheet of the workbook that holds the quota,
   * e.g. the goal sheet's monthly targets, shown as a formula instead of the value; null or absent:
   * none. The value is in `quotas` all the same, so the engine needs no workbook.
   */
  readonly quotaLinks?: readonly (readonly (string | null)[])[];
  /** [measure]: the index of the measure's roleTiers table that pays this rep; null or absent: payout.tiers. */
  readonly tierTables?: readonly (number | null)[];
  /** Which of ote/baseMix/targetIncentive/draw were set for this rep rather than taken from the plan. */
  readonly overridden: {
    readonly ote: boolean;
    readonly baseMix: boolean;
    readonly targetIncentive: boolean;
    readonly draw: boolean;
  };
}

/** One rep's share of one split deal (a deal split three ways is three rows). */
export interface CreditRow {
  readonly deal: string;
  readonly period: number;
  readonly measure: number;
  readonly rep: number;
  readonly share: number;
  /** The whole deal's amount; the rep is credited amount * share. */
  readonly amount: number;
  /** Share of the deal credited toward quota when it differs from the pay share (overlays); absent: share. */
  readonly quotaShare?: number;
}

export interface ClawbackEvent {
  readonly rep: number;
  readonly period: number;
  readonly deal: string;
  readonly commission: number;
  readonly monthsActive: number;
}

/** A return or credit memo: commission on `amount` reversed in `period` at the rate paid in `paidIn`. */
export interface ReturnEvent {
  readonly rep: number;
  readonly measure: number;
  readonly period: number;
  readonly paidIn: number;
  readonly amount: number;
  readonly document: string;
}

export interface TeamPool {
  readonly measure: number;
  readonly threshold: number;
  readonly amount: number;
  readonly excessRate: number;
  readonly split: "equal" | "proRata";
}

export interface BestRepAward {
  readonly measure: number;
  readonly by: "attainment" | "actual";
  readonly minAttainment: number | null;
  readonly title: string;
  readonly bonus: number;
  /** Equal top scores: "share" the bonus, pay it to "all" of them, or to the "first" in roster order. Absent: first. */
  readonly tie?: "share" | "all" | "first";
}

export interface BestTeamAward {
  readonly measure: number;
  readonly minAttainment: number | null;
  readonly title: string;
  readonly bonusPerMember: number;
  /** Equal top teams: "share" the bonus per member, pay it to "all" of them, or the "first" listed. Absent: first. */
  readonly tie?: "share" | "all" | "first";
}

export interface PlanModel {
  readonly name: string;
  readonly currency: string;
  /** Decimals each period's net earned, payable and balance are rounded to (the currency's minor unit); absent: 2. */
  readonly payableDecimals?: number;
  /**
   * What a tier measure on attainment pays in a period whose quota is 0 (a ramp month, before a hire
   * date): "baseRate" the credited amount at the first tier's rate, "nothing" 0. Absent: "baseRate".
   */
  readonly zeroQuota?: ZeroQuotaRule;
  /** Year-to-date measures: a negative true-up is "carry" (default: paid 0, made up later) or "claw" (paid negative). */
  readonly negativeTrueUp?: "carry" | "claw";
  readonly basis: "bookings" | "collections";
  readonly payFrequency: "monthly" | "quarterly" | "semiannual" | "annual";
  readonly monthsPerPeriod: number;
  readonly periods: readonly PlanPeriod[];
  /** How pay is stated: OTE with a base/variable mix, a target incentive, or neither (tier plans). */
  readonly compensation:
    | { readonly kind: "ote"; readonly ote: number; readonly baseMix: number }
    | { readonly kind: "targetIncentive"; readonly targetIncentive: number }
    | { readonly kind: "none" };
  readonly measures: readonly PlanMeasure[];
  /**
   * Measures whose per-rep quotas come from the roster or the goal sheet rather than the plan (for the
   * explanation); absent when every quota is the plan's.
   */
  readonly quotaSources?: readonly { readonly measure: number; readonly source: "roster" | "goal" }[];
  readonly spiffs: readonly PlanSpiff[];
  /** Plan default draw per period and whether draws are recovered from later earnings. */
  readonly draw: { readonly amount: number; readonly recoverable: boolean };
  /** Empty when the plan has no clawbacks. */
  readonly clawbackSchedule: readonly ClawbackBand[];
  readonly teamPool: TeamPool | null;
  readonly bestRep: BestRepAward | null;
  readonly bestTeam: BestTeamAward | null;
  readonly reps: readonly PlanRep[];
  /** Team names in order of first appearance in the roster. */
  readonly teams: readonly string[];
  /** Direct (unsplit) actual per [rep][measure][period], in the plan currency. */
  readonly actuals: readonly (readonly (readonly number[])[])[];
  /**
   * Actuals in other currencies (currency.ts): the rates table, and per [rep][measure] the currency
   * ("" = the plan's) and the amounts as entered; actuals holds them converted. Absent: one currency.
   */
  readonly currencies?: {
    readonly rates: readonly { readonly currency: string; readonly rate: number }[];
    readonly actualCurrency: readonly (readonly string[])[];
    readonly entered: readonly (readonly (readonly number[])[])[];
  };
  /** SPIFF units per [rep][spiff][period]. */
  readonly spiffUnits: readonly (readonly (readonly number[])[])[];
  readonly credits: readonly CreditRow[];
  readonly clawbacks: readonly ClawbackEvent[];
  /** Returns and credit memos; absent or empty when the plan has none. */
  readonly returns?: readonly ReturnEvent[];
  /** Sum of adjustments per [rep][period], and their reasons joined. */
  readonly adjustments: readonly (readonly number[])[];
  readonly adjustmentNotes: readonly (readonly string[])[];
  /**
   * The draw is paid only in the first N months from each rep's hire date (a ramp draw), prorated by
   * the days of the period inside that window; absent or null: for the whole plan. See employment.ts.
   */
  readonly drawRampMonths?: number | null;
  /** When each period is paid (the statements show it): fixed dates (serials) or the period's end plus days; absent: the end. */
  readonly payDate?: { readonly daysAfterPeriodEnd: number } | { readonly dates: readonly number[] };
}
