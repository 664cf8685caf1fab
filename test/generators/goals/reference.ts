/**
 * The goal sheets' numbers computed independently of the generator, from the validated plan, with the
 * KPI core as the reference engine (NETWORKDAYS, ATTAINMENT, GAP, GROWTH, RAMPQUOTA, SCORECARD). The
 * oracle test compares LibreOffice's recalculation of the generated formulas with these values.
 */
import {
  attainmentCore,
  gapCore,
  growthCore,
  isKpiError,
  networkDays,
  rampQuotaCore,
  scorecardCore,
  serialToYmd,
} from "../../../src/kpi";
import type { GoalMetric, GoalPlan } from "../../../src/schemas/goals";

export type StatusKey = "onTrack" | "atRisk" | "offTrack" | "notStarted";

export interface RefLine {
  readonly monthly: number[];
  readonly target: number;
  readonly actual: number | null;
  readonly attainment: number | null;
  readonly gap: number | null;
  readonly expected: number | null;
  readonly pace: number | null;
  readonly projected: number | null;
  readonly status: StatusKey;
  readonly score: number;
  readonly growth: number | null;
  readonly band: "above" | "below" | "within" | null;
}

export interface RefRollup {
  readonly reps: number;
  readonly target: number | null;
  readonly actual: number | null;
  readonly attainment: number | null;
  readonly expected: number | null;
  readonly pace: number | null;
  readonly status: StatusKey;
}

export interface Reference {
  readonly asOf: number;
  readonly elapsed: number[];
  readonly factors: number[][];
  readonly lines: RefLine[][];
  readonly scores: number[];
  readonly ranks: number[];
  rollup(filter: (rep: number) => boolean, metric: number): RefRollup;
}

function num(r: number | { kind: string }): number {
  if (isKpiError(r)) throw new Error(`reference: ${r.kind}`);
  return r as number;
}

/** Today as LibreOffice's TODAY() sees it: the local calendar date. */
export function todaySerial(): number {
  const now = new Date();
  return Math.round(
    (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000,
  );
}

function status(short: number, mark: number, tolerance: number): StatusKey {
  if (short <= 0) return "onTrack";
  return short >= tolerance * Math.abs(mark) ? "offTrack" : "atRisk";
}

export function computeReference(plan: GoalPlan): Reference {
  const { period, holidays, metrics } = plan;
  const asOf = plan.asOf ?? Math.min(Math.max(todaySerial(), period.start), period.end);
  const elapsed = period.months.map((m) => {
    if (asOf < m.start) return 0;
    if (asOf >= m.end) return 1;
    return networkDays(m.start, asOf, holidays) / networkDays(m.start, m.end, holidays);
  });
  const splitTotal = plan.split.reduce((s, w) => s + w, 0);

  // Ramp factor: RAMPQUOTA's share for the month in role, times the working days from the hire date.
  const factors = plan.reps.map((rep) =>
    period.months.map((m) => {
      if (rep.hireDate === null) return 1;
      if (rep.hireDate > m.end) return 0;
      const h = serialToYmd(rep.hireDate);
      const n = (m.year - h.year) * 12 + (m.month - h.month) + 1;
      const ramp = rampQuotaCore(1, n, plan.ramp);
      return rep.hireDate <= m.start
        ? ramp
        : (ramp * networkDays(rep.hireDate, m.end, holidays)) / networkDays(m.start, m.end, holidays);
    }),
  );

  const bands = new Map<string, { low: number; high: number } | null>();
  for (const h of plan.history) {
    const growths: number[] = [];
    for (let i = 1; i < h.values.length; i++) {
      if (h.values[i - 1] !== 0) growths.push(num(growthCore(h.values[i], h.values[i - 1])));
    }
    bands.set(
      `${h.team}\u0000${h.metricId}`,
      growths.length ? { low: Math.min(...growths), high: Math.max(...growths) } : null,
    );
  }

  const lineOf = (repIndex: number, k: number): RefLine => {
    const m: GoalMetric = metrics[k];
    const line = plan.lines[repIndex][k];
    // The growth target is the baseline moved by growth x |baseline| (GROWTH's sign convention).
    const baseline = line.baseline ?? 0;
    const full =
      line.source.kind === "growth" ? baseline + Math.abs(baseline) * (m.growth ?? 0) : line.source.value;
    const sum = m.aggregation === "sum";
    const monthly = period.months.map((_, j) =>
      sum ? ((full * plan.split[j]) / splitTotal) * factors[repIndex][j] : full,
    );
    const target = sum ? monthly.reduce((s, v) => s + v, 0) : full;
    const entered = line.actuals.filter((a): a is number => a !== null);
    const actual = sum
      ? entered.reduce((s, v) => s + v, 0)
      : entered.length
        ? entered.reduce((s, v) => s + v, 0) / entered.length
        : null;
    const attainment =
      target === 0 || actual === null ? null : num(attainmentCore(actual, target, m.direction));
    const gap = actual === null ? null : gapCore(actual, target, m.direction);
    const expected = sum ? monthly.reduce((s, v, j) => s + v * elapsed[j], 0) : null;
    const pace =
      expected === null || expected === 0 ? null : num(attainmentCore(actual!, expected, m.direction));
    const projected = expected === null || expected === 0 ? null : (actual! * target) / expected;
    const behind = (mark: number) => (m.direction === "higher" ? mark - actual! : actual! - mark);
    let st: StatusKey;
    if (sum) st = expected === 0 ? "notStarted" : status(behind(expected!), expected!, plan.tolerance);
    else st = actual === null ? "notStarted" : status(behind(target), target, plan.tolerance);
    const score =
      attainment === null
        ? 0
        : scorecardCore([attainment], [m.weight], [m.cap ?? Infinity], [m.gate ?? -Infinity]);
    const growth =
      line.baseline === null || line.baseline === 0 ? null : num(growthCore(target, line.baseline));
    const band = bands.get(`${plan.reps[repIndex].team}\u0000${m.id}`);
    const flag =
      band === undefined || band === null || growth === null
        ? null
        : growth > band.high
          ? "above"
          : growth < band.low
            ? "below"
            : "within";
    return {
      monthly,
      target,
      actual,
      attainment,
      gap,
      expected,
      pace,
      projected,
      status: st,
      score,
      growth,
      band: flag,
    };
  };

  const lines = plan.reps.map((_, i) => metrics.map((__, k) => lineOf(i, k)));
  // The rep's score through SCORECARD itself: missing attainments count as 0.
  const scores = lines.map((ls) =>
    scorecardCore(
      ls.map((l) => l.attainment ?? 0),
      metrics.map((m) => m.weight),
      metrics.map((m) => m.cap ?? Infinity),
      metrics.map((m) => m.gate ?? -Infinity),
    ),
  );
  const ranks = scores.map((s) => scores.filter((o) => o > s).length + 1);

  const rollup = (filter: (rep: number) => boolean, k: number): RefRollup => {
    const m = metrics[k];
    const members = lines.map((ls, i) => (filter(i) ? ls[k] : null)).filter((l): l is RefLine => l !== null);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : null);
    const total = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
    const sum = m.aggregation === "sum";
    const target = sum ? total(members.map((l) => l.target)) : mean(members.map((l) => l.target));
    const actuals = members.map((l) => l.actual).filter((a): a is number => a !== null);
    const actual = sum ? total(actuals) : mean(actuals);
    const expected = sum ? total(members.map((l) => l.expected!)) : null;
    const attainment =
      target === null || target === 0 || actual === null
        ? null
        : num(attainmentCore(actual, target, m.direction));
    const pace =
      expected === null || expected === 0 ? null : num(attainmentCore(actual!, expected, m.direction));
    const behind = (mark: number) => (m.direction === "higher" ? mark - actual! : actual! - mark);
    const st: StatusKey = sum
      ? expected === 0
        ? "notStarted"
        : status(behind(expected!), expected!, plan.tolerance)
      : actual === null
        ? "notStarted"
        : status(behind(target!), target!, plan.tolerance);
    return { reps: members.length, target, actual, attainment, expected, pace, status: st };
  };

  return { asOf, elapsed, factors, lines, scores, ranks, rollup };
}
