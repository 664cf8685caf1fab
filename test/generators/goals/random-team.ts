/**
 * Seeded random teams and goal configs for the oracle test: periods of every type, new hires inside
 * and before the period, seasonal splits with zero months, holidays on weekends and twice, sum and
 * average metrics in both directions, caps, gates, zero baselines, history, and names that look like
 * formulas or hold quotes and Chinese.
 */
import type { Rep } from "../../../src/schemas/roster";
import { todaySerial } from "./reference";
import { seededRandom } from "../../../src/generators/seeded-random";

export type Rng = () => number;

/** The same seed always gives the same team. */
export const rng: (seed: number) => Rng = seededRandom;

const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rng, p: number) => r() < p;

const NAMES = [
  "Li Wei",
  "王芳",
  "O'Brien",
  "=1+1",
  "Zhang Jie",
  "Ana-María",
  "陈 静",
  "@home",
  'Sam "Ace" Lee',
  "+Plus",
  "Nguyen",
  "高宇",
  "Omar",
  "Ivy",
  "Jon",
  "Kai",
  "Lea",
  "Mo",
];
const TEAMS = ["East", "West 西区", "North*", "Team?"];
const MANAGERS = ["Zhou Min", "Emily Carter", "", "-Manager"];

function iso(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

function serialOf(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export interface RandomCase {
  readonly roster: Rep[];
  readonly config: Record<string, unknown>;
}

/** One random team; `live` puts today inside the period and leaves the as-of date to TODAY(). */
export function randomCase(seed: number, live = false): RandomCase {
  const r = rng(seed);
  const type = live ? "quarter" : pick(r, ["month", "quarter", "quarter", "half", "year"] as const);
  let startYear = int(r, 2025, 2028);
  let startMonth =
    type === "month" ? int(r, 1, 12) : type === "year" ? pick(r, [1, 4, 7]) : pick(r, [1, 4, 7, 10, 2]);
  if (live) {
    const today = new Date();
    startYear = today.getFullYear();
    startMonth = Math.floor(today.getMonth() / 3) * 3 + 1;
  }
  const months = { month: 1, quarter: 3, half: 6, year: 12 }[type];
  const start = serialOf(startYear, startMonth, 1);
  const endMonth = startMonth + months;
  const end = serialOf(startYear + Math.floor((endMonth - 1) / 12), ((endMonth - 1) % 12) + 1, 1) - 1;

  const repCount = type === "year" ? int(r, 2, 5) : int(r, 3, 12);
  const teamCount = int(r, 1, 3);
  const names = [...NAMES].sort(() => r() - 0.5).slice(0, repCount);
  const roster: Rep[] = names.map((name) => {
    const kind = r();
    const hireDate =
      kind < 0.35
        ? null
        : kind < 0.6
          ? start - int(r, 400, 3000)
          : kind < 0.8
            ? start - int(r, 0, 120) // still ramping
            : start + int(r, 0, end - start); // hired inside the period
    return { name, role: "AE", team: TEAMS[int(r, 0, teamCount - 1)], manager: pick(r, MANAGERS), hireDate };
  });

  const metricPool: Record<string, unknown>[] = [
    { id: "revenue", target: int(r, 50, 500) * 1000 },
    { id: "newCustomers", target: int(r, 5, 40) },
    { id: "conversionRate", target: 0.05 + r() * 0.3 },
    { id: "averageOrderValue", target: int(r, 2000, 20000) },
    {
      id: "cost",
      name: { en: "Cost", zh: "费用" },
      unit: "currency",
      direction: "lower",
      target: int(r, 5, 50) * 1000,
    },
    {
      id: "churn",
      name: { en: "Churn", zh: "流失率" },
      unit: "percent",
      direction: "lower",
      aggregation: "average",
      target: 0.02 + r() * 0.1,
    },
    { id: "margin", name: "Margin", unit: "number", target: int(r, -20, 80) * 100 },
  ];
  const metrics = metricPool.sort(() => r() - 0.5).slice(0, int(r, 1, 4));
  const raw = metrics.map(() => int(r, 1, 10));
  const total = raw.reduce((s, v) => s + v, 0);
  let left = 1;
  metrics.forEach((m, i) => {
    m.weight = i === metrics.length - 1 ? Number(left.toFixed(12)) : raw[i] / total;
    left -= m.weight as number;
    if (chance(r, 0.4)) m.cap = pick(r, [1, 1.2, 1.5]);
    if (chance(r, 0.3)) m.gate = pick(r, [0.5, 0.8, 0.9]);
    if (chance(r, 0.3)) m.growth = Number((r() * 0.6 - 0.1).toFixed(3));
  });

  const baselines: Record<string, Record<string, number>> = {};
  const targets: Record<string, Record<string, number>> = {};
  const actuals: Record<string, Record<string, (number | null)[]>> = {};
  const asOf = live ? null : start + int(r, 0, end - start);
  const cutoff = asOf ?? Math.min(Math.max(todaySerial(), start), end);
  for (const rep of roster) {
    for (const m of metrics) {
      const id = m.id as string;
      const scale = Math.abs(m.target as number) || 1000;
      const average = m.id === "conversionRate" || m.id === "averageOrderValue" || m.id === "churn";
      if (chance(r, 0.65)) {
        const sign = id === "margin" && chance(r, 0.5) ? -1 : 1; // a loss to shrink
        (baselines[rep.name] ??= {})[id] = chance(r, 0.08)
          ? 0
          : sign * Number((scale * (0.5 + r())).toFixed(4));
      }
      if (chance(r, 0.15)) (targets[rep.name] ??= {})[id] = Number((scale * (0.5 + r())).toFixed(2));
      const values: (number | null)[] = [];
      for (let j = 0; j < months; j++) {
        const monthStart = serialOf(
          startYear + Math.floor((startMonth + j - 1) / 12),
          ((startMonth + j - 1) % 12) + 1,
          1,
        );
        const due = monthStart <= cutoff ? 0.9 : 0.05;
        const perMonth = average ? scale : scale / months;
        values.push(
          chance(r, due) ? Number((perMonth * r() * 1.6).toFixed(m.id === "newCustomers" ? 0 : 2)) : null,
        );
      }
      if (values.some((v) => v !== null)) (actuals[rep.name] ??= {})[id] = values;
    }
  }

  const holidays: string[] = [];
  for (let i = int(r, 0, 6); i > 0; i--) holidays.push(iso(start + int(r, 0, end - start)));
  if (holidays.length) holidays.push(holidays[0]); // the same day twice counts once
  const split = chance(r, 0.5)
    ? "even"
    : Array.from({ length: months }, () => (chance(r, 0.15) ? 0 : int(r, 1, 9)));
  if (Array.isArray(split) && !split.some((w) => w > 0)) split[0] = 1;
  const teams = [...new Set(roster.map((x) => x.team))];
  const history = teams
    .filter(() => chance(r, 0.6))
    .map((team) => ({
      team,
      metric: metrics[0].id,
      values: Array.from({ length: int(r, 2, 5) }, () => (chance(r, 0.1) ? 0 : int(r, 100, 200) * 10000)),
    }));

  const config: Record<string, unknown> = {
    period:
      type === "year" && startMonth === 1
        ? startYear
        : { type, start: `${startYear}-${String(startMonth).padStart(2, "0")}` },
    metrics,
    growth: Number((r() * 0.5).toFixed(3)),
    baselines,
    targets,
    actuals,
    split,
    ramp: Array.from({ length: int(r, 0, 4) }, (_, i) => Number(((i + 1) / 5).toFixed(2))),
    holidays,
    tolerance: pick(r, [0.05, 0.1, 0.2]),
    locale: chance(r, 0.5) ? "en-US" : "zh-CN",
    ...(history.length ? { history } : {}),
    ...(asOf !== null ? { asOf: iso(asOf) } : {}),
  };
  return { roster, config };
}
