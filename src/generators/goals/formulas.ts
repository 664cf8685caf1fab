/**
 * The progress formulas shared by rep rows and roll-up rows: attainment, gap, pace, projection and
 * status, written once per direction (higher or lower is better) and aggregation (sum or average).
 * They mirror the KPI core: ATTAINMENT, GAP, PACE (1 + (actual - expected)/|expected|) and STATUS.
 */
import type { MetricAggregation, MetricDirection } from "../../schemas/goals";
import { str } from "./draft";

export interface StatusWords {
  readonly onTrack: string;
  readonly atRisk: string;
  readonly offTrack: string;
  readonly notStarted: string;
}

export interface ProgressRefs {
  /** Period target, actual to date and (sum metrics) expected to date. */
  readonly target: string;
  readonly actual: string;
  readonly expected: string;
  readonly tolerance: string;
}

/** actual - target for higher-is-better, target - actual for lower: how far ahead of the mark. */
function ahead(actual: string, mark: string, direction: MetricDirection): string {
  return direction === "higher" ? `${actual}-${mark}` : `${mark}-${actual}`;
}

/** How far behind the mark (positive = behind). */
function behind(actual: string, mark: string, direction: MetricDirection): string {
  return direction === "higher" ? `${mark}-${actual}` : `${actual}-${mark}`;
}

/** For average metrics the actual is "" until a month is entered. */
function noActual(r: ProgressRefs, aggregation: MetricAggregation): string | null {
  return aggregation === "average" ? `${r.actual}=""` : null;
}

export function attainmentFormula(r: ProgressRefs, d: MetricDirection, a: MetricAggregation): string {
  const blank = noActual(r, a);
  const test = blank ? `OR(${r.target}=0,${blank})` : `${r.target}=0`;
  return `=IF(${test},"",1+(${ahead(r.actual, r.target, d)})/ABS(${r.target}))`;
}

export function gapFormula(r: ProgressRefs, d: MetricDirection, a: MetricAggregation): string {
  const gap = `MAX(0,${behind(r.actual, r.target, d)})`;
  const blank = noActual(r, a);
  return blank ? `=IF(${blank},"",${gap})` : `=${gap}`;
}

/** Sum metrics only: the actual against the target expected by the as-of date. */
export function paceFormula(r: ProgressRefs, d: MetricDirection): string {
  return `=IF(${r.expected}=0,"",1+(${ahead(r.actual, r.expected, d)})/ABS(${r.expected}))`;
}

/** Sum metrics only: the period total if the pace so far continues. */
export function projectedFormula(r: ProgressRefs): string {
  return `=IF(${r.expected}=0,"",${r.actual}*${r.target}/${r.expected})`;
}

/**
 * Sum metrics compare the actual with the expected value to date; average metrics (levels) with the
 * target itself. Behind by at least tolerance x |mark| is OFF TRACK, behind by less AT RISK.
 */
export function statusFormula(
  r: ProgressRefs,
  d: MetricDirection,
  a: MetricAggregation,
  w: StatusWords,
): string {
  const mark = a === "sum" ? r.expected : r.target;
  const notYet = a === "sum" ? `${r.expected}=0` : `${r.actual}=""`;
  const short = behind(r.actual, mark, d);
  return (
    `=IF(${notYet},${str(w.notStarted)},IF(${short}<=0,${str(w.onTrack)},` +
    `IF(${short}>=${r.tolerance}*ABS(${mark}),${str(w.offTrack)},${str(w.atRisk)})))`
  );
}
