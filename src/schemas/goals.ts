/**
 * The goal-sheet config (JSON or YAML): period, metrics, baselines, growth or explicit targets, monthly
 * split, ramp schedule, holidays, history. `validateGoalInput` checks it against the roster and returns
 * the normalized GoalPlan that the goal-sheet generator takes.
 */
import { z } from "zod";
import { InputIssue, SchemaResult, bi, fail, ok, parseWith } from "./errors";
import { isoFromSerial, parseDateText, serialFromYmd } from "./dates";
import type { Rep } from "./roster";

export type GoalLocale = "en-US" | "zh-CN";
export type MetricUnit = "currency" | "count" | "percent" | "number";
export type MetricDirection = "higher" | "lower";
/** sum: monthly amounts add up (revenue); average: a level averaged over the months (conversion rate). */
export type MetricAggregation = "sum" | "average";
export type PeriodType = "month" | "quarter" | "half" | "year";

export interface MetricPreset {
  readonly name: { readonly en: string; readonly zh: string };
  readonly unit: MetricUnit;
  readonly direction: MetricDirection;
  readonly aggregation: MetricAggregation;
}

/** The metrics the issue names; any other id is a custom metric and needs a name. */
export const METRIC_PRESETS: Readonly<Record<string, MetricPreset>> = {
  revenue: {
    name: { en: "Revenue", zh: "销售额" },
    unit: "currency",
    direction: "higher",
    aggregation: "sum",
  },
  newCustomers: {
    name: { en: "New customers", zh: "新客户数" },
    unit: "count",
    direction: "higher",
    aggregation: "sum",
  },
  conversionRate: {
    name: { en: "Conversion rate", zh: "转化率" },
    unit: "percent",
    direction: "higher",
    aggregation: "average",
  },
  averageOrderValue: {
    name: { en: "Average order value", zh: "平均客单价" },
    unit: "currency",
    direction: "higher",
    aggregation: "average",
  },
};

/** Months per period type. */
export const PERIOD_MONTHS: Readonly<Record<PeriodType, number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

const PERIOD_TEXT = /^(\d{4})(?:-?(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/;
const MONTH_TEXT = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Sheet names take the label: keep it short and free of []:*?/\ */
const LABEL = /^[^[\]:*?/\\']{1,16}$/;

const dateInput = z
  .union([z.string(), z.number()])
  .describe("A date: 2027-03-31, 2027/3/31, 2027年3月31日 or an Excel serial / 日期");

/** zod 4 numbers refuse NaN and Infinity already. */
const finite = z.number();

const metricSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, {
        error: bi(
          "must start with a letter and hold only letters, digits and _",
          "须以字母开头，只能包含字母、数字和下划线",
        ),
      })
      .describe(
        "revenue, newCustomers, conversionRate, averageOrderValue, or your own id for a custom metric / 指标标识",
      ),
    name: z
      .union([
        z.string().trim().min(1).max(40),
        z.object({ en: z.string().trim().min(1).max(40), zh: z.string().trim().min(1).max(40) }).strict(),
      ])
      .optional()
      .describe("Display name, one text or { en, zh }; required for custom metrics / 显示名称"),
    unit: z.enum(["currency", "count", "percent", "number"]).optional().describe("Unit / 单位"),
    direction: z
      .enum(["higher", "lower"])
      .optional()
      .describe("higher is better (revenue) or lower is better (cost, churn) / 越高越好或越低越好"),
    aggregation: z
      .enum(["sum", "average"])
      .optional()
      .describe("sum: monthly amounts add up; average: a level averaged over the months / 汇总方式"),
    weight: finite
      .min(0)
      .max(1)
      .describe("Weight in the scorecard; the weights of all metrics sum to 1 / 计分卡权重"),
    growth: finite
      .gt(-1)
      .optional()
      .describe("Target growth over the baseline for this metric, e.g. 0.2 = +20% / 目标增长率"),
    target: finite
      .optional()
      .describe("Full target per rep for the period when there is no baseline or explicit target / 默认目标"),
    cap: finite.gt(0).optional().describe("Most attainment that counts in the scorecard, e.g. 1.5 / 封顶"),
    gate: finite.min(0).optional().describe("Below this attainment the metric scores 0 / 门槛"),
  })
  .strict();

const repNumbers = z.record(z.string(), z.record(z.string(), finite));

export const goalConfigSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().trim().min(1).max(80).optional().describe("Title on the sheets / 标题"),
    locale: z.enum(["en-US", "zh-CN"]).optional().describe("Language of the sheets / 工作表语言"),
    currency: z
      .string()
      .max(4)
      .regex(/^[^"\\]*$/)
      .optional()
      .describe('Currency symbol shown before amounts, e.g. "¥" / 货币符号'),
    period: z
      .union([
        z.number().int().min(1900).max(9999).describe("A calendar year / 自然年"),
        z.string().regex(PERIOD_TEXT, {
          error: bi("write 2027-Q1, 2027-H1, 2027-03 or 2027", "请写成 2027-Q1、2027-H1、2027-03 或 2027"),
        }),
        z
          .object({
            type: z.enum(["month", "quarter", "half", "year"]),
            start: z
              .string()
              .regex(MONTH_TEXT, { error: bi("write the first month as 2027-04", "首月请写成 2027-04") }),
            label: z
              .string()
              .regex(LABEL, {
                error: bi("at most 16 characters, none of []:*?/\\'", "最多 16 个字符，不能包含 []:*?/\\'"),
              })
              .optional(),
          })
          .strict(),
      ])
      .describe("2027-Q1, 2027-H1, 2027-03, 2027, or { type, start: 2027-04 } for a fiscal period / 考核期"),
    asOf: dateInput
      .optional()
      .describe("Fix the as-of date; omit to use TODAY() (clamped to the period) / 截止日期（默认今天）"),
    metrics: z.array(metricSchema).min(1).max(12).describe("Metrics of every goal / 考核指标"),
    growth: finite
      .gt(-1)
      .optional()
      .describe(
        "Target growth over each rep's baseline for every metric, e.g. 0.2 = +20% (a baseline of -1,000 gives -800) / 目标增长率",
      ),
    baselines: repNumbers
      .optional()
      .describe("Last period's actuals per rep and metric: { rep: { metric: value } } / 基线（上期实际）"),
    targets: repNumbers
      .optional()
      .describe("Explicit full-period targets per rep and metric; they win over growth / 指定目标"),
    actuals: z
      .record(z.string(), z.record(z.string(), z.array(z.union([finite, z.null()]))))
      .optional()
      .describe("Actuals already known, per rep and metric, one per month (null = not yet) / 已知实际"),
    split: z
      .union([z.literal("even"), z.array(finite.min(0)).min(1).max(12)])
      .optional()
      .describe(
        'How the target spreads over the months: "even" or seasonal weights, one per month / 月度分解',
      ),
    ramp: z
      .array(finite.min(0).max(1))
      .max(24)
      .optional()
      .describe(
        "Share of the full target in a new hire's 1st, 2nd ... month in role; default [0.25, 0.5, 0.75] / 新人爬坡",
      ),
    holidays: z
      .array(dateInput)
      .max(400)
      .optional()
      .describe("Days off, not counted as working days / 节假日"),
    tolerance: finite
      .min(0)
      .lt(1)
      .optional()
      .describe(
        "Shortfall against the expected value that turns AT RISK into OFF TRACK; default 0.1 / 允许偏差",
      ),
    history: z
      .array(
        z
          .object({
            team: z.string().trim().min(1),
            metric: z.string(),
            values: z.array(finite).min(2).max(24),
          })
          .strict(),
      )
      .optional()
      .describe("Team totals of past periods, oldest first, for the achievability check / 团队历史数据"),
  })
  .strict();

export type GoalConfigInput = z.input<typeof goalConfigSchema>;

export interface GoalMonth {
  readonly year: number;
  readonly month: number;
  /** Excel serials of the first and last day. */
  readonly start: number;
  readonly end: number;
}

export interface GoalPeriod {
  readonly type: PeriodType;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly months: readonly GoalMonth[];
}

export interface GoalMetric {
  readonly id: string;
  readonly name: { readonly en: string; readonly zh: string };
  readonly unit: MetricUnit;
  readonly direction: MetricDirection;
  readonly aggregation: MetricAggregation;
  readonly weight: number;
  /** Growth over the baseline, from the metric or the config; null when none is given. */
  readonly growth: number | null;
  readonly defaultTarget: number | null;
  readonly cap: number | null;
  readonly gate: number | null;
}

/** Where a rep's full target for a metric comes from. */
export type TargetSource =
  | { readonly kind: "explicit"; readonly value: number }
  | { readonly kind: "growth" }
  | { readonly kind: "default"; readonly value: number };

export interface GoalLine {
  readonly baseline: number | null;
  readonly source: TargetSource;
  /** One per month of the period; null = not entered. */
  readonly actuals: readonly (number | null)[];
}

export interface GoalHistory {
  readonly team: string;
  readonly metricId: string;
  readonly values: readonly number[];
}

export interface GoalPlan {
  readonly title: string | null;
  readonly locale: GoalLocale;
  readonly currency: string;
  readonly period: GoalPeriod;
  /** A fixed as-of date; null means TODAY() clamped to the period. */
  readonly asOf: number | null;
  readonly metrics: readonly GoalMetric[];
  /** Reps on the sheet, in roster order. */
  readonly reps: readonly Rep[];
  /** Reps left out because they start after the period ends. */
  readonly notYetStarted: readonly Rep[];
  /** lines[rep][metric], indexes as in reps and metrics. */
  readonly lines: readonly (readonly GoalLine[])[];
  /** Raw monthly weights (the sheet divides by their sum). */
  readonly split: readonly number[];
  readonly ramp: readonly number[];
  readonly holidays: readonly number[];
  readonly tolerance: number;
  readonly history: readonly GoalHistory[];
}

export const DEFAULT_RAMP_SCHEDULE: readonly number[] = [0.25, 0.5, 0.75];
export const DEFAULT_TOLERANCE = 0.1;

function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const total = year * 12 + (month - 1) + n;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

function monthLabel(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function buildPeriod(
  type: PeriodType,
  startYear: number,
  startMonth: number,
  label?: string,
): GoalPeriod {
  const months: GoalMonth[] = [];
  for (let i = 0; i < PERIOD_MONTHS[type]; i++) {
    const { year, month } = addMonths(startYear, startMonth, i);
    const next = addMonths(year, month, 1);
    months.push({
      year,
      month,
      start: serialFromYmd(year, month, 1),
      end: serialFromYmd(next.year, next.month, 1) - 1,
    });
  }
  const last = months[months.length - 1];
  let auto: string;
  if (type === "month") auto = monthLabel(startYear, startMonth);
  else if (type === "year" && startMonth === 1) auto = String(startYear);
  else if (type === "quarter" && (startMonth - 1) % 3 === 0) auto = `${startYear}-Q${(startMonth + 2) / 3}`;
  else if (type === "half" && (startMonth === 1 || startMonth === 7))
    auto = `${startYear}-H${startMonth === 1 ? 1 : 2}`;
  else auto = `${monthLabel(startYear, startMonth)}~${monthLabel(last.year, last.month)}`;
  return { type, label: label ?? auto, start: months[0].start, end: last.end, months };
}

function parsePeriod(input: GoalConfigInput["period"]): GoalPeriod {
  if (typeof input === "number") return buildPeriod("year", input, 1);
  if (typeof input === "object") {
    const [y, m] = input.start.split("-").map(Number);
    return buildPeriod(input.type, y, m, input.label);
  }
  const match = PERIOD_TEXT.exec(input)!;
  const year = Number(match[1]);
  const part = match[2] ?? "";
  if (part === "") return buildPeriod("year", year, 1);
  if (part.startsWith("Q")) return buildPeriod("quarter", year, (Number(part[1]) - 1) * 3 + 1);
  if (part.startsWith("H")) return buildPeriod("half", year, part === "H1" ? 1 : 7);
  return buildPeriod("month", year, Number(part));
}

function metricOf(input: z.output<typeof metricSchema>, defaultGrowth: number | undefined): GoalMetric {
  const preset = METRIC_PRESETS[input.id];
  const name =
    input.name === undefined
      ? preset.name
      : typeof input.name === "string"
        ? { en: input.name, zh: input.name }
        : input.name;
  return {
    id: input.id,
    name,
    unit: input.unit ?? preset?.unit ?? "number",
    direction: input.direction ?? preset?.direction ?? "higher",
    aggregation: input.aggregation ?? preset?.aggregation ?? "sum",
    weight: input.weight,
    growth: input.growth ?? defaultGrowth ?? null,
    defaultTarget: input.target ?? null,
    cap: input.cap ?? null,
    gate: input.gate ?? null,
  };
}

/** Monthly weights must sum to 1 within this slack (typed 0.333, 0.333, 0.334 pass). */
const WEIGHT_SLACK = 1e-6;

export interface GoalInputFiles {
  /** Name of the config file, for messages. */
  readonly config?: string;
}

/**
 * Checks a parsed config (JSON/YAML data) against the roster and builds the GoalPlan. The shape is
 * checked first (all its problems at once), then the checks across fields and against the roster (all
 * at once); each issue names its field path ("metrics[1].weight", 'targets["Li Wei"].revenue').
 */
export function validateGoalInput(
  roster: readonly Rep[],
  data: unknown,
  files: GoalInputFiles = {},
): SchemaResult<GoalPlan> {
  const file = files.config;
  const parsed = parseWith(goalConfigSchema, data, file !== undefined ? { file } : {});
  if (!parsed.ok) return parsed;
  const config = parsed.value;
  const issues: InputIssue[] = [];
  const issue = (field: string, en: string, zh: string) =>
    issues.push({ ...(file !== undefined ? { file } : {}), field, en, zh });

  const period = parsePeriod(config.period);
  const monthCount = period.months.length;

  // Metrics: ids and names unique, custom ones named, weights summing to 1.
  const metricIds = new Map<string, number>();
  config.metrics.forEach((m, i) => {
    if (metricIds.has(m.id)) {
      issue(`metrics[${i}].id`, `"${m.id}" is listed twice`, `"${m.id}" 重复出现`);
    } else metricIds.set(m.id, i);
    if (!METRIC_PRESETS[m.id] && m.name === undefined) {
      issue(
        `metrics[${i}].name`,
        `"${m.id}" is not one of ${Object.keys(METRIC_PRESETS).join(", ")}: give a name (and unit, direction) for this custom metric`,
        `"${m.id}" 不是预设指标（${Object.keys(METRIC_PRESETS).join("、")}）：请为自定义指标填写名称（以及单位、方向）`,
      );
    }
  });
  if (issues.length) return fail(issues);
  const metrics = config.metrics.map((m) => metricOf(m, config.growth));
  for (const lang of ["en", "zh"] as const) {
    const seen = new Map<string, number>();
    metrics.forEach((m, i) => {
      const key = m.name[lang].toLowerCase();
      if (seen.has(key)) {
        issue(
          `metrics[${i}].name`,
          `two metrics are named "${m.name[lang]}"`,
          `两个指标同名："${m.name[lang]}"`,
        );
      }
      seen.set(key, i);
    });
  }
  const weightSum = metrics.reduce((s, m) => s + m.weight, 0);
  if (Math.abs(weightSum - 1) > WEIGHT_SLACK) {
    issue(
      "metrics[].weight",
      `the weights add up to ${Number(weightSum.toPrecision(10))}; they must add up to 1 (100%)`,
      `权重之和为 ${Number(weightSum.toPrecision(10))}；权重之和必须为 1(100%)`,
    );
  }

  // Monthly split.
  let split: number[] = new Array<number>(monthCount).fill(1);
  if (Array.isArray(config.split)) {
    if (config.split.length !== monthCount) {
      issue(
        "split",
        `gives ${config.split.length} weight(s) but ${period.label} has ${monthCount} month(s)`,
        `给出了 ${config.split.length} 个权重，但 ${period.label} 有 ${monthCount} 个月`,
      );
    } else if (!config.split.some((w) => w > 0)) {
      issue("split", "at least one month needs a weight above 0", "至少一个月的权重要大于 0");
    } else split = config.split;
  }

  // Dates.
  const holidays: number[] = [];
  (config.holidays ?? []).forEach((h, i) => {
    const d = parseDateText(h);
    if (d === undefined || d === null) {
      issue(`holidays[${i}]`, `"${String(h)}" is not a date`, `"${String(h)}" 不是日期`);
    } else holidays.push(d);
  });
  let asOf: number | null = null;
  if (config.asOf !== undefined) {
    const d = parseDateText(config.asOf);
    if (d === undefined || d === null)
      issue("asOf", `"${String(config.asOf)}" is not a date`, `"${String(config.asOf)}" 不是日期`);
    else asOf = Math.min(Math.max(d, period.start), period.end);
  }

  // Reps: who is on the sheet.
  const reps = roster.filter((r) => r.hireDate === null || r.hireDate <= period.end);
  const notYetStarted = roster.filter((r) => r.hireDate !== null && r.hireDate > period.end);
  if (!reps.length) {
    issue(
      "period",
      `no rep in the roster starts before ${isoFromSerial(period.end)}, the end of ${period.label}`,
      `名单中没有人在 ${period.label} 结束（${isoFromSerial(period.end)}）前入职`,
    );
  }
  const repNames = new Set(roster.map((r) => r.name));

  // Per-rep maps: known reps and metrics only.
  const checkMap = (key: "baselines" | "targets" | "actuals") => {
    const map = config[key];
    if (!map) return;
    for (const [name, byMetric] of Object.entries(map)) {
      if (!repNames.has(name)) {
        issue(`${key}["${name}"]`, `"${name}" is not in the roster`, `名单中没有 "${name}"`);
        continue;
      }
      for (const [id, value] of Object.entries(byMetric)) {
        if (!metricIds.has(id)) {
          issue(`${key}["${name}"].${id}`, `"${id}" is not one of the metrics`, `"${id}" 不是已配置的指标`);
        } else if (Array.isArray(value) && value.length > monthCount) {
          issue(
            `${key}["${name}"].${id}`,
            `gives ${value.length} months of actuals but ${period.label} has ${monthCount}`,
            `给出了 ${value.length} 个月的实际值，但 ${period.label} 只有 ${monthCount} 个月`,
          );
        }
      }
    }
  };
  checkMap("baselines");
  checkMap("targets");
  checkMap("actuals");

  const lines: GoalLine[][] = reps.map((rep) =>
    metrics.map((metric) => {
      const baseline = config.baselines?.[rep.name]?.[metric.id] ?? null;
      const explicit = config.targets?.[rep.name]?.[metric.id];
      let source: TargetSource | null = null;
      if (explicit !== undefined) source = { kind: "explicit", value: explicit };
      else if (baseline !== null && metric.growth !== null) source = { kind: "growth" };
      else if (metric.defaultTarget !== null) source = { kind: "default", value: metric.defaultTarget };
      if (!source) {
        issue(
          `targets["${rep.name}"].${metric.id}`,
          `no target for ${rep.name}, ${metric.name.en}: give a baseline with a growth rate, an explicit target, or a default target on the metric`,
          `${rep.name} 的${metric.name.zh}没有目标：请提供基线和增长率、指定目标，或在指标上设置默认目标`,
        );
        source = { kind: "default", value: 0 };
      }
      const given = config.actuals?.[rep.name]?.[metric.id] ?? [];
      const actuals = Array.from({ length: monthCount }, (_, i) => given[i] ?? null);
      return { baseline, source, actuals };
    }),
  );

  // History for the achievability check.
  const teams = new Set(roster.map((r) => r.team));
  const history: GoalHistory[] = [];
  (config.history ?? []).forEach((h, i) => {
    if (!teams.has(h.team))
      issue(`history[${i}].team`, `"${h.team}" is not a team in the roster`, `名单中没有团队 "${h.team}"`);
    else if (!metricIds.has(h.metric)) {
      issue(
        `history[${i}].metric`,
        `"${h.metric}" is not one of the metrics`,
        `"${h.metric}" 不是已配置的指标`,
      );
    } else if (history.some((x) => x.team === h.team && x.metricId === h.metric)) {
      issue(`history[${i}]`, `${h.team} / ${h.metric} is given twice`, `${h.team} / ${h.metric} 重复`);
    } else history.push({ team: h.team, metricId: h.metric, values: h.values });
  });

  if (issues.length) return fail(issues);
  return ok({
    title: config.title ?? null,
    locale: config.locale ?? "en-US",
    currency: config.currency ?? "",
    period,
    asOf,
    metrics,
    reps,
    notYetStarted,
    lines,
    split,
    ramp: config.ramp ?? DEFAULT_RAMP_SCHEDULE,
    holidays,
    tolerance: config.tolerance ?? DEFAULT_TOLERANCE,
    history,
  });
}
