/**
 * SMART goal sentences in plain language ("Grow revenue from 1.20M to 1.44M (+20%) by 2027-03-31",
 * "在 2027-03-31 前将销售额从 120万 提升至 144万(+20%)"), and the compact number style they use.
 */
import type { Locale } from "../../i18n";
import { goalSheetTexts } from "../../i18n/sheets/goals";
import { isoFromSerial } from "../../schemas/dates";
import type { GoalMetric, MetricUnit } from "../../schemas/goals";

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/** 1,200,000 -> "1.20M" (en) or "120万" (zh); percents as "18.0%"; a currency symbol in front. */
export function compactNumber(value: number, unit: MetricUnit, locale: Locale, currency = ""): string {
  if (unit === "percent") return `${(value * 100).toFixed(1)}%`;
  const sign = value < 0 ? "-" : "";
  const v = Math.abs(value);
  const prefix = unit === "currency" ? currency : "";
  let body: string;
  if (locale === "zh-CN") {
    if (v >= 1e8) body = `${trimZeros((v / 1e8).toFixed(2))}亿`;
    else if (v >= 1e4) body = `${trimZeros((v / 1e4).toFixed(2))}万`;
    else body = trimZeros(v.toFixed(unit === "count" ? 0 : 2));
  } else if (v >= 1e9) body = `${(v / 1e9).toFixed(2)}B`;
  else if (v >= 1e6) body = `${(v / 1e6).toFixed(2)}M`;
  else if (v >= 1e3) body = `${trimZeros((v / 1e3).toFixed(1))}K`;
  else body = trimZeros(v.toFixed(unit === "count" ? 0 : 2));
  return `${sign}${prefix}${body}`;
}

/** +0.2 -> "+20%", -0.055 -> "-5.5%". */
export function signedPercent(value: number): string {
  const text = trimZeros((value * 100).toFixed(1));
  return `${value > 0 ? "+" : value < 0 ? "" : "±"}${text === "-0" ? "0" : text}%`;
}

export interface SmartGoal {
  readonly metric: GoalMetric;
  readonly baseline: number | null;
  /** The full target before ramp and proration. */
  readonly full: number;
  /** What the rep must reach in this period (ramped and prorated for sum metrics). */
  readonly target: number;
  readonly periodEnd: number;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function smartStatement(goal: SmartGoal, locale: Locale, currency = ""): string {
  const { metric, baseline, full, target } = goal;
  const fmt = (v: number) => compactNumber(v, metric.unit, locale, currency);
  const hasBaseline = baseline !== null && baseline !== 0;
  const change = hasBaseline ? (target - baseline) / Math.abs(baseline) : null;
  const move = !hasBaseline ? null : close(target, baseline) ? "same" : target > baseline ? "up" : "down";
  const ramped = metric.aggregation === "sum" && full !== 0 && !close(target, full);
  return goalSheetTexts(locale).smart({
    metric: locale === "zh-CN" ? metric.name.zh : metric.name.en,
    baseline: hasBaseline ? fmt(baseline) : null,
    target: fmt(target),
    change: change === null ? null : signedPercent(change),
    move,
    direction: metric.direction,
    by: isoFromSerial(goal.periodEnd),
    ramp: ramped ? { share: `${Math.round((target / full) * 100)}%`, full: fmt(full) } : null,
  });
}
