/**
 * Input schemas of the review generators (self-review, development plan, feedback log): the review
 * configuration a manager writes (period, competencies and weights, mentoring and track rules) and
 * the per-rep KPI lines and prefilled answers. Every message is bilingual (errors.ts).
 */
import { z } from "zod";
import { MAX_SERIAL, MIN_SERIAL, parseDateText, serialFromYmd } from "./dates";
import { SchemaResult, bi, parseWith } from "./errors";

/** A date as a person writes it (2025-06-30, 2025/6/30, 2025年6月30日) or an Excel serial. */
export const dateField = z.union([z.string(), z.number()]).transform((value, ctx): number => {
  const serial = parseDateText(value);
  if (serial === null || serial === undefined) {
    ctx.addIssue({
      code: "custom",
      message: bi(
        `is not a date: write it as 2025-06-30 (or an Excel serial from ${MIN_SERIAL} to ${MAX_SERIAL})`,
        `不是日期：请写成 2025-06-30（或 ${MIN_SERIAL} 到 ${MAX_SERIAL} 之间的 Excel 序列号）`,
      ),
    });
    return z.NEVER;
  }
  return serial;
});

const bilingualText = z.strictObject({
  en: z.string().trim().min(1).max(80),
  zh: z.string().trim().min(1).max(80),
});

/** Lower-case keys survive any locale and name fields in the returned workbooks. */
const key = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,39}$/,
    bi(
      "must be lower-case letters, digits and dashes (up to 40), e.g. needs-discovery",
      "只能包含小写字母、数字和连字符（最多 40 个），例如 needs-discovery",
    ),
  );

export const competencySchema = z.strictObject({
  key,
  name: bilingualText,
  description: bilingualText.optional(),
  /** Share of the overall rating, 0-1; the weights of a review add up to 1 (100%). */
  weight: z.number().gt(0).max(1),
});

export type Competency = z.output<typeof competencySchema>;

/** Weights may be rounded by a person (3 x 33.3%): within half a percentage point of 100% is accepted. */
const WEIGHT_TOLERANCE = 0.005;

export const competencyListSchema = z
  .array(competencySchema)
  .min(1)
  .max(20)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.key)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "key"],
          message: bi(`"${c.key}" is used twice`, `"${c.key}" 重复`),
        });
      }
      seen.add(c.key);
    });
    const sum = list.reduce((s, c) => s + c.weight, 0);
    if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
      const shown = `${Math.round(sum * 1000) / 10}%`;
      ctx.addIssue({
        code: "custom",
        message: bi(`weights add up to ${shown}, not 100%`, `权重合计为 ${shown}，而不是 100%`),
      });
    }
  });

const periodObjectSchema = z
  .strictObject({
    label: z.string().trim().min(1).max(40),
    start: dateField,
    end: dateField,
  })
  .refine((p) => p.end >= p.start, {
    path: ["end"],
    message: bi("is before the period start", "早于周期开始日期"),
  });

/** "2025", "2025-H1", "2025-Q3" or "2025-07" -> the period with its first and last day. */
export function periodFromText(text: string): { label: string; start: number; end: number } | undefined {
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/i.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1901 || year > 9998) return undefined;
  const part = (m[2] ?? "").toUpperCase();
  const [first, months] =
    part === ""
      ? [1, 12]
      : part[0] === "H"
        ? [1 + 6 * (Number(part[1]) - 1), 6]
        : part[0] === "Q"
          ? [1 + 3 * (Number(part[1]) - 1), 3]
          : [Number(part), 1];
  const start = serialFromYmd(year, first, 1);
  // Day 0 of the month after the period is its last day.
  const end = serialFromYmd(year, first + months, 0);
  return { label: part ? `${year}-${part}` : String(year), start, end };
}

/** A period as text ("2025-H1") or as { label, start, end }; bad text gets its own message. */
export const periodSchema = z.preprocess((value, ctx) => {
  if (typeof value !== "string") return value;
  const period = periodFromText(value);
  const year = /^(\d{4})(?:-(?:H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/i.exec(value.trim())?.[1];
  if (!period && year !== undefined) {
    // The form is right; the year is outside what Excel's dates can hold around the period.
    ctx.addIssue({
      code: "custom",
      input: value,
      message: bi(
        `the year ${year} is outside 1901-9998, the years Excel's dates cover with room around the period`,
        `年份 ${year} 超出 1901-9998（Excel 日期可容纳且周期前后留有余地的年份）`,
      ),
    });
    return z.NEVER;
  }
  if (!period) {
    ctx.addIssue({
      code: "custom",
      input: value,
      message: bi(
        "write the period as 2025, 2025-H1, 2025-Q3 or 2025-07",
        "请将周期写成 2025、2025-H1、2025-Q3 或 2025-07",
      ),
    });
    return z.NEVER;
  }
  return period;
}, periodObjectSchema);

export type ReviewPeriod = z.output<typeof periodSchema>;

export const mentoringSchema = z.strictObject({
  /** Hired within this many months before the period end: a new hire who gets a mentor. */
  newHireMonths: z.number().int().min(1).max(36).default(6),
  /** A mentor was hired at least this many months before the period end. */
  experiencedMonths: z.number().int().min(1).max(240).default(24),
  /** No mentor takes more new hires than this. */
  maxMentees: z.number().int().min(1).max(10).default(2),
});

export type MentoringRules = z.output<typeof mentoringSchema>;

/** When a rep goes on the advanced (top performer) or the support track. */
export const trackSchema = z
  .strictObject({
    /** Average KPI attainment at or above this (1.1 = 110%) is a top performer. */
    topAttainment: z.number().gt(0).max(10).default(1.1),
    /** Average KPI attainment below this is behind. */
    behindAttainment: z.number().gt(0).max(10).default(0.9),
    /** Weighted manager score (1-5) at or above this is a top performer. */
    topRating: z.number().min(1).max(5).default(4.5),
    /** Weighted manager score below this is behind. */
    behindRating: z.number().min(1).max(5).default(2.5),
  })
  .refine((t) => t.behindAttainment < t.topAttainment && t.behindRating < t.topRating, {
    message: bi("the support thresholds must be below the top thresholds", "帮扶阈值必须低于进阶阈值"),
  });

export type TrackRules = z.output<typeof trackSchema>;

/** Days from the period end to the default due date of the reviews. */
export const DEFAULT_DUE_DAYS = 14;

/** A review configuration as a manager writes it (review.yaml / review.json, or the pane's form). */
export const reviewConfigSchema = z.strictObject({
  /** Language of the sheets; absent: the language of the command line or pane. */
  locale: z.enum(["en-US", "zh-CN"]).optional(),
  period: periodSchema,
  /** Absent: two weeks after the period end. */
  dueDate: dateField.optional(),
  competencies: competencyListSchema.optional(),
  mentoring: mentoringSchema.default({ newHireMonths: 6, experiencedMonths: 24, maxMentees: 2 }),
  tracks: trackSchema.default({
    topAttainment: 1.1,
    behindAttainment: 0.9,
    topRating: 4.5,
    behindRating: 2.5,
  }),
  /** Empty rows in each feedback log. */
  feedbackRows: z.number().int().min(5).max(500).default(30),
  /** The date overdue flags compare with; blank means TODAY() in the sheet. */
  asOf: dateField.optional(),
});

export type ReviewConfigInput = z.input<typeof reviewConfigSchema>;
/** The configuration with its defaults filled in (due date included). */
export type ReviewConfig = Omit<z.output<typeof reviewConfigSchema>, "dueDate"> & {
  readonly dueDate: number;
};

function withDefaults(config: z.output<typeof reviewConfigSchema>): ReviewConfig {
  return { ...config, dueDate: config.dueDate ?? config.period.end + DEFAULT_DUE_DAYS };
}

export function parseReviewConfig(data: unknown, file?: string): SchemaResult<ReviewConfig> {
  const result = parseWith(reviewConfigSchema, data, file !== undefined ? { file } : {});
  return result.ok ? { ok: true, value: withDefaults(result.value) } : result;
}

/** For code that builds a configuration itself (tests, the demo): throws on invalid input. */
export function reviewConfig(data: ReviewConfigInput): ReviewConfig {
  return withDefaults(reviewConfigSchema.parse(data));
}

const rating = z.number().int().min(1).max(5);

/** A KPI line of a rep: given numbers, or formulas into a goal sheet of the same workbook. */
export const kpiLineSchema = z.strictObject({
  key,
  name: bilingualText,
  unit: z.enum(["currency", "count", "percent", "number"]).default("number"),
  direction: z.enum(["higher", "lower"]).default("higher"),
  target: z.number().finite().nullable().default(null),
  actual: z.number().finite().nullable().default(null),
  /** Native formulas ("='Goals'!D5") that fetch the target / actual from a goal sheet. */
  targetFormula: z.string().startsWith("=").optional(),
  actualFormula: z.string().startsWith("=").optional(),
});

export type KpiLine = z.output<typeof kpiLineSchema>;

/** Ratings already given (the demo, tests, a review carried over), by competency key. */
export const answersSchema = z.strictObject({
  self: z.record(z.string(), rating).default({}),
  manager: z.record(z.string(), rating).default({}),
});

export type ReviewAnswers = z.output<typeof answersSchema>;
