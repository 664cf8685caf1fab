/**
 * KPI lines of the self-review from a goal workbook's numbers (`reviews --goals goals.xlsx`): each
 * metric name is matched to the goal presets for its key, both names, unit and direction; other
 * metrics keep their own name and count as higher-is-better.
 */
import { METRIC_PRESETS } from "../../schemas/goals";
import type { KpiLine } from "../../schemas/review";
import { kebabKey } from "./goal-link";

export interface GoalNumbers {
  readonly rep: string;
  readonly metric: string;
  readonly target: number | null;
  readonly actual: number | null;
}

function keyOf(name: string, index: number): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug || `kpi-${index + 1}`;
}

export function kpiLineFromMetric(metric: string, index: number): Omit<KpiLine, "target" | "actual"> {
  const wanted = metric.trim().toLowerCase();
  const preset = Object.entries(METRIC_PRESETS).find(
    ([id, p]) =>
      id.toLowerCase() === wanted || p.name.en.toLowerCase() === wanted || p.name.zh === metric.trim(),
  );
  if (preset) {
    const [id, p] = preset;
    return {
      key: kebabKey(id),
      name: { en: p.name.en, zh: p.name.zh },
      unit: p.unit,
      direction: p.direction,
    };
  }
  return {
    key: keyOf(metric, index),
    name: { en: metric.trim(), zh: metric.trim() },
    unit: "number",
    direction: "higher",
  };
}

/** Lines per rep, in the order the goal sheet lists them; a metric listed twice for a rep keeps the first. */
export function kpiLinesFromGoalNumbers(rows: readonly GoalNumbers[]): Map<string, KpiLine[]> {
  const out = new Map<string, KpiLine[]>();
  const metrics: string[] = [];
  for (const row of rows) {
    if (!metrics.includes(row.metric)) metrics.push(row.metric);
    const base = kpiLineFromMetric(row.metric, metrics.indexOf(row.metric));
    const lines = out.get(row.rep) ?? [];
    if (lines.some((l) => l.key === base.key)) continue;
    lines.push({ ...base, target: row.target, actual: row.actual });
    out.set(row.rep, lines);
  }
  return out;
}
