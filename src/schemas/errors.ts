/**
 * The translation of zod issues into the bilingual input-error shape every schema returns (input-issue.ts).
 * A user who feeds a bad file gets one line per problem naming the file, row and field, in English and Chinese.
 */
import { z } from "zod";

import { type InputIssue, type SchemaResult, fail, ok } from "./input-issue";
import { parseNumberInput } from "./number-input";

export type { InputIssue, IssueLocale, SchemaResult } from "./input-issue";
export { fail, formatIssue, issueField, ok } from "./input-issue";

/**
 * Bilingual custom messages travel through zod as one string: English, a unit separator, Chinese.
 * Use `bi(en, zh)` for every message you pass to zod (refine, min, max ...).
 */
const SEPARATOR = "\u001f";

export function bi(en: string, zh: string): string {
  return `${en}${SEPARATOR}${zh}`;
}

function splitBi(message: string): { en: string; zh: string } | null {
  const i = message.indexOf(SEPARATOR);
  return i < 0 ? null : { en: message.slice(0, i), zh: message.slice(i + 1) };
}

/** zod's type names in Chinese, for "expected a number" style messages. */
const TYPE_ZH: Record<string, string> = {
  number: "数字",
  string: "文本",
  boolean: "布尔值(true/false)",
  object: "对象",
  array: "数组",
  undefined: "空值",
  null: "空值",
  nan: "非数字（NaN）",
  int: "整数",
};

const TYPE_EN: Record<string, string> = { nan: "NaN", int: "a whole number", undefined: "nothing" };

function typeOf(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (typeof input === "number" && Number.isNaN(input)) return "nan";
  return typeof input;
}

function bound(value: unknown): string {
  return typeof value === "bigint" ? value.toString() : String(value);
}

/**
 * A number typed as text in a config file ("100万", "1,200,000", "¥300k"): the files take plain numbers
 * only, and a money figure is never read from text silently. The user is asked whether the number the
 * text spells is the one meant, or told why the text cannot be read.
 */
function numberTextQuestion(text: string): { en: string; zh: string } | null {
  const read = parseNumberInput(text, "money");
  if (!read.ok) {
    return read.code === "not-a-number"
      ? null
      : { en: `is the text "${text}": ${read.en}`, zh: `是文本“${text}”：${read.zh}` };
  }
  if (read.value === null) return null;
  const value = String(read.value);
  if (!read.currency) {
    return {
      en: `is the text "${text}": if you mean ${value}, write ${value} (a plain number: no units, thousands separators or currency signs)`,
      zh: `是文本“${text}”：如果您指的是 ${value}，请写成 ${value}（只写数字，不带单位、千位分隔符或货币符号）`,
    };
  }
  return {
    en: `is the text "${text}": if you mean ${value} ${read.currency}, write ${value} (a plain number; amounts are in the file's currency and never converted)`,
    zh: `是文本“${text}”：如果您指的是 ${value} ${read.currency}，请写成 ${value}（只写数字；金额按文件设定的币种计，不做换算）`,
  };
}

/** Clear bilingual text for the zod issue codes a user is likely to meet; zod's own locales for the rest. */
function translate(issue: z.core.$ZodIssue): { en: string; zh: string } {
  const custom = issue.message ? splitBi(issue.message) : null;
  if (custom) return custom;
  switch (issue.code) {
    case "invalid_type": {
      const expected = String(issue.expected);
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) {
        return { en: "is required", zh: "必填" };
      }
      const got = typeOf(input);
      if (typeof input === "number" && !Number.isFinite(input) && !Number.isNaN(input)) {
        // YAML reads 1e400 as Infinity: a number, only too large for any sheet.
        return {
          en: "is too large a number (beyond 1.8e308, where numbers stop); write an amount Excel can hold",
          zh: "数字过大（超过 1.8e308，已无法表示）；请填写 Excel 能容纳的数值",
        };
      }
      if (expected === "number" && typeof input === "string") {
        const asked = numberTextQuestion(input);
        if (asked) return asked;
      }
      return {
        en: `must be ${TYPE_EN[expected] ?? `a ${expected}`}, not ${TYPE_EN[got] ?? `a ${got}`}`,
        zh: `应为${TYPE_ZH[expected] ?? expected}，而不是${TYPE_ZH[got] ?? got}`,
      };
    }
    case "too_small": {
      const min = bound(issue.minimum);
      if (issue.origin === "array") {
        return { en: `needs at least ${min} item(s)`, zh: `至少需要 ${min} 项` };
      }
      if (issue.origin === "string") {
        return min === "1"
          ? { en: "must not be empty", zh: "不能为空" }
          : { en: `must have at least ${min} characters`, zh: `至少 ${min} 个字符` };
      }
      return issue.inclusive
        ? { en: `must be at least ${min}`, zh: `不能小于 ${min}` }
        : { en: `must be greater than ${min}`, zh: `必须大于 ${min}` };
    }
    case "too_big": {
      const max = bound(issue.maximum);
      if (issue.origin === "array") return { en: `allows at most ${max} item(s)`, zh: `最多 ${max} 项` };
      if (issue.origin === "string")
        return { en: `must have at most ${max} characters`, zh: `最多 ${max} 个字符` };
      return issue.inclusive
        ? { en: `must be at most ${max}`, zh: `不能大于 ${max}` }
        : { en: `must be less than ${max}`, zh: `必须小于 ${max}` };
    }
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return { en: `must be one of ${values}`, zh: `必须是以下之一：${values}` };
    }
    case "unrecognized_keys": {
      const keys = issue.keys.map((k) => `"${k}"`).join(", ");
      return { en: `unknown field(s) ${keys}`, zh: `未知字段 ${keys}` };
    }
    case "invalid_format":
      return { en: `has the wrong format (${issue.format})`, zh: `格式不正确（${issue.format}）` };
    case "not_multiple_of":
      return {
        en: `must be a multiple of ${bound(issue.divisor)}`,
        zh: `必须是 ${bound(issue.divisor)} 的倍数`,
      };
    case "invalid_union":
      return "input" in issue && issue.input === undefined
        ? { en: "is required", zh: "必填" }
        : { en: "does not match any allowed form", zh: "不符合任何允许的格式" };
    default: {
      const zh = z.locales.zhCN().localeError as unknown as (
        i: z.core.$ZodIssue,
      ) => string | { message: string };
      const text = zh(issue);
      return { en: issue.message, zh: typeof text === "string" ? text : (text?.message ?? issue.message) };
    }
  }
}

/** "metrics[1].weight" from ["metrics", 1, "weight"]. */
export function pathToField(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export interface ZodIssueContext {
  file?: string;
  /** Maps a path to a row and a field name (e.g. a row of a CSV); default: the dotted path, no row. */
  locate?: (path: readonly PropertyKey[]) => { row?: number; field: string };
}

/** Turns a zod error into bilingual InputIssues. Parse with `{ reportInput: true }` for better messages. */
export function issuesFromZod(error: z.ZodError, context: ZodIssueContext = {}): InputIssue[] {
  return error.issues.map((issue) => {
    const where = context.locate ? context.locate(issue.path) : { field: pathToField(issue.path) };
    const text = translate(issue as z.core.$ZodIssue);
    const out: InputIssue = { field: where.field || "(root)", en: text.en, zh: text.zh };
    if (context.file !== undefined) out.file = context.file;
    if (where.row !== undefined) out.row = where.row;
    return out;
  });
}

/** Validates `data` with `schema`; on failure, the issues carry the file name and bilingual texts. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  context: ZodIssueContext = {},
): SchemaResult<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return ok(result.data);
  return fail(issuesFromZod(result.error, context));
}
