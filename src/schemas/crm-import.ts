/**
 * Options of a CRM import beyond the file: the KPI periods ("2027-Q1", "2027-03", "2027-H1", "2027",
 * or "2027-01-15..2027-02-14"), the as-of date of the follow-up list, and targets per rep and period.
 */
import Papa from "papaparse";
import { csvQuoteIssues, csvRecordIssues } from "../workbook/csv-checks";
import { z } from "zod";
import { parseDateText, serialFromYmd } from "./dates";
import { InputIssue, SchemaResult, bi, fail, ok, parseWith } from "./errors";
import { parseNumberInput } from "./number-input";

export interface CrmPeriod {
  /** "2027-Q1", "2027-03", "2027-H1", "2027" or "2027-01-15~2027-02-14": the goal sheets use the same labels. */
  readonly label: string;
  /** Excel serials of the first and last day. */
  readonly start: number;
  readonly end: number;
}

const PERIOD = /^(\d{4})(?:-?(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/i;
const RANGE = /^(.+?)\s*(?:\.\.|~|～|至)\s*(.+)$/;

function monthEnd(year: number, month: number): number {
  return serialFromYmd(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
}

export function monthPeriod(year: number, month: number): CrmPeriod {
  return {
    label: `${year}-${String(month).padStart(2, "0")}`,
    start: serialFromYmd(year, month, 1),
    end: monthEnd(year, month),
  };
}

export function quarterPeriod(year: number, quarter: number): CrmPeriod {
  const first = (quarter - 1) * 3 + 1;
  return {
    label: `${year}-Q${quarter}`,
    start: serialFromYmd(year, first, 1),
    end: monthEnd(year, first + 2),
  };
}

/** A period from its text; undefined when the text is none of the accepted forms. */
export function parseCrmPeriod(text: string): CrmPeriod | undefined {
  const s = text.trim();
  const m = PERIOD.exec(s);
  if (m) {
    const year = Number(m[1]);
    const part = (m[2] ?? "").toUpperCase();
    if (year < 1900 || year > 9999) return undefined;
    if (part === "")
      return { label: String(year), start: serialFromYmd(year, 1, 1), end: serialFromYmd(year, 12, 31) };
    if (part.startsWith("Q")) return quarterPeriod(year, Number(part[1]));
    if (part.startsWith("H")) {
      const first = part === "H1" ? 1 : 7;
      return {
        label: `${year}-${part}`,
        start: serialFromYmd(year, first, 1),
        end: monthEnd(year, first + 5),
      };
    }
    return monthPeriod(year, Number(part));
  }
  const r = RANGE.exec(s);
  if (r) {
    const start = parseDateText(r[1]);
    const end = parseDateText(r[2]);
    if (typeof start !== "number" || typeof end !== "number" || end < start) return undefined;
    return { label: `${r[1].trim()}~${r[2].trim()}`, start, end };
  }
  return undefined;
}

const periodText = z.string().refine((s) => parseCrmPeriod(s) !== undefined, {
  error: bi(
    "write 2027-Q1, 2027-H1, 2027-03, 2027 or 2027-01-15..2027-02-14",
    "请写成 2027-Q1、2027-H1、2027-03、2027 或 2027-01-15..2027-02-14",
  ),
});

export const crmTargetSchema = z
  .object({
    rep: z.string().trim().min(1).describe("Rep's name as on the roster / 销售人员姓名"),
    period: periodText.optional().describe("Period; may be left out when the import has one period / 期间"),
    target: z.number().finite().nonnegative().describe("Target revenue for the period / 期间目标金额"),
  })
  .strict();

export type CrmTarget = z.output<typeof crmTargetSchema>;

/** Options the pane (or a JSON config) passes; the CLI builds the same from its flags. */
export const crmImportOptionsSchema = z
  .object({
    periods: z
      .array(periodText)
      .max(36)
      .optional()
      .describe("KPI periods; default: the latest quarter with closed deals and its months / 期间"),
    asOf: z
      .union([z.string(), z.number()])
      .refine((v) => typeof parseDateText(v) === "number", { error: bi("is not a date", "不是有效日期") })
      .optional()
      .describe("As-of date of the follow-up list; default today / 截止日期"),
    targets: z
      .array(crmTargetSchema)
      .optional()
      .describe("Targets for pipeline coverage / 目标（用于覆盖率）"),
  })
  .strict();

export type CrmImportOptionsInput = z.input<typeof crmImportOptionsSchema>;

export function parseCrmImportOptions(data: unknown, file?: string) {
  return parseWith(crmImportOptionsSchema, data, file !== undefined ? { file } : {});
}

const TARGET_HEADERS: Readonly<Record<"rep" | "period" | "target", readonly string[]>> = {
  rep: ["rep", "name", "owner", "salesrep", "姓名", "销售", "销售代表", "销售人员", "负责人"],
  period: ["period", "期间", "考核期"],
  target: ["target", "quota", "goal", "目标", "指标", "目标金额", "销售目标"],
};

/** How each column is named where the file has none of its own. */
const TARGET_LABELS: Readonly<Record<"rep" | "period" | "target", { en: string; zh: string }>> = {
  rep: { en: "salesperson", zh: "销售人员" },
  period: { en: "period", zh: "期间" },
  target: { en: "target", zh: "目标" },
};

function headerField(header: string): "rep" | "period" | "target" | undefined {
  const key = header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]/g, "");
  return (Object.keys(TARGET_HEADERS) as ("rep" | "period" | "target")[]).find((f) =>
    TARGET_HEADERS[f].includes(key),
  );
}

/** Reads a targets CSV (rep, target and an optional period column; English or Chinese headers). */
export function parseTargetsCsv(text: string, file?: string): SchemaResult<CrmTarget[]> {
  const where = file !== undefined ? { file } : {};
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: false,
    delimitersToGuess: [",", "\t", ";"],
  });
  const broken = [
    ...csvQuoteIssues(parsed.errors, file),
    ...csvRecordIssues(parsed.data, (i) => i + 1, file),
  ];
  if (broken.length) return fail(broken);
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ""));
  if (headerIndex < 0) return fail([{ ...where, field: "(file)", en: "the file is empty", zh: "文件为空" }]);
  const columns = new Map<"rep" | "period" | "target", number>();
  records[headerIndex].forEach((h, i) => {
    const f = headerField(h);
    if (f && !columns.has(f)) columns.set(f, i);
  });
  const issues: InputIssue[] = [];
  for (const f of ["rep", "target"] as const) {
    if (!columns.has(f)) {
      issues.push({
        ...where,
        row: headerIndex + 1,
        field: TARGET_LABELS[f].en,
        fieldZh: TARGET_LABELS[f].zh,
        en: `no ${TARGET_LABELS[f].en} column (accepted headers: ${TARGET_HEADERS[f].join(", ")})`,
        zh: `缺少“${TARGET_LABELS[f].zh}”列（可用表头：${TARGET_HEADERS[f].join("、")}）`,
      });
    }
  }
  if (issues.length) return fail(issues);
  // Problems name a column by the file's own header.
  const headerOf = (f: "rep" | "period" | "target") =>
    columns.has(f)
      ? { field: records[headerIndex][columns.get(f)!].replace(/^\uFEFF/, "").trim() }
      : { field: TARGET_LABELS[f].en, fieldZh: TARGET_LABELS[f].zh };
  const targets: CrmTarget[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const r = records[i];
    if (r.every((c) => c.trim() === "")) continue;
    const cell = (f: "rep" | "period" | "target") =>
      columns.has(f) ? (r[columns.get(f)!] ?? "").trim() : "";
    const amount = parseNumberInput(cell("target"), "money");
    // "1.200" and the like get the reader's question; text that is no number, the wording below.
    if (!amount.ok && amount.code !== "not-a-number") {
      issues.push({ ...where, row: i + 1, ...headerOf("target"), en: amount.en, zh: amount.zh });
      continue;
    }
    const value = amount.ok && amount.value !== null ? amount.value : Number.NaN;
    const item = { rep: cell("rep"), target: value, ...(cell("period") ? { period: cell("period") } : {}) };
    const result = crmTargetSchema.safeParse(item);
    if (!result.success || Number.isNaN(value)) {
      const path0 = result.error?.issues[0]?.path[0];
      const bad = Number.isNaN(value) || (path0 !== "period" && path0 !== "rep") ? "target" : path0;
      issues.push({
        ...where,
        row: i + 1,
        ...headerOf(bad),
        en:
          bad === "target"
            ? `"${cell("target")}" is not a target amount`
            : bad === "period"
              ? `"${cell("period")}" is not a period (2027-Q1, 2027-03 ...)`
              : "the salesperson's name is empty",
        zh:
          bad === "target"
            ? `“${cell("target")}”不是目标金额`
            : bad === "period"
              ? `“${cell("period")}”不是期间（2027-Q1、2027-03 等）`
              : "销售人员姓名为空",
      });
      continue;
    }
    targets.push(result.data);
  }
  return issues.length ? fail(issues) : ok(targets);
}
