/**
 * One reader for numbers as people type them into a form, a CSV or a command line: "1,200,000",
 * "¥1,200,000", "100万", "1.2M", "5%", "１２３，４５６．７", "(5)". What the field holds (money, a count,
 * a rate) decides what is allowed; text that could be read two ways is an error that asks, never a guess.
 */
import type { InputIssue } from "./errors";

export type NumberKind = "money" | "count" | "rate";

export type NumberNoteCode =
  /** A rate typed without % was read as a percentage: "5" is 5%. */
  | "percent-assumed"
  /** A rate typed without % below 1 was read as a fraction: "0.05" is 5%. */
  | "fraction-assumed";

export interface NumberNote {
  readonly code: NumberNoteCode;
  readonly en: string;
  readonly zh: string;
}

export type NumberErrorCode =
  | "not-a-number"
  /** "1.200" (1.2 or 1,200?), "1,5" (1.5 or 15?). */
  | "ambiguous-separator"
  /** "12,34,567": separators that do not group thousands. */
  | "irregular-grouping"
  /** A currency on a count or a rate. */
  | "currency-not-allowed"
  /** "¥" in a field kept in dollars: amounts are never converted. */
  | "currency-mismatch"
  /** "$100 元". */
  | "two-currencies"
  /** "5%" as an amount or a count. */
  | "percent-not-allowed"
  /** "5万%", "300k" as a rate. */
  | "multiplier-not-allowed"
  /** A bare 1 as a rate: 1% or 100%? */
  | "ambiguous-rate"
  /** "--5", "-(5)". */
  | "two-signs"
  /** Beyond the largest number a sheet holds. */
  | "too-large";

export type NumberInput =
  | {
      readonly ok: true;
      /** null for blank input. Rates are fractions: 5% is 0.05. */
      readonly value: number | null;
      /** ISO code of a currency written with the amount ("¥" -> CNY), else null. */
      readonly currency: string | null;
      /** Said to the user when the text was read in a way the text itself does not spell out. */
      readonly note: NumberNote | null;
    }
  | { readonly ok: false; readonly code: NumberErrorCode; readonly en: string; readonly zh: string };

export interface NumberInputOptions {
  /**
   * The field's currency, as a symbol ("¥", "$") or a code ("CNY"): an amount written in another
   * currency is an error, since nothing here converts.
   */
  readonly currency?: string;
  /**
   * For rates. "percent": the field shows a % sign after the box, so every bare number is a
   * percentage (0.5 is 0.5%). "auto" (the default): a bare number above 1 is a percentage (5 is 5%),
   * below 1 a fraction (0.05 is 5%), and a bare 1 is asked about.
   */
  readonly rateScale?: "percent" | "auto";
}

// Longest alternatives first, so "US$" is taken before "$" and 港元 before 元.
const CURRENCY_TOKENS = String.raw`人民币|美元|欧元|英镑|港元|港币|日元|US\$|HK\$|USD|CNY|RMB|EUR|GBP|HKD|JPY|[¥$€£元]`;
const CURRENCY_PREFIX = new RegExp(`^(${CURRENCY_TOKENS})\\s*`, "i");
const CURRENCY_SUFFIX = new RegExp(`\\s*(${CURRENCY_TOKENS})$`, "i");

/** ISO codes of the currency signs and words; a code stands for itself. ¥ is the yuan, as Chinese users mean it. */
const CURRENCY_CODES: Readonly<Record<string, string>> = {
  人民币: "CNY",
  元: "CNY",
  RMB: "CNY",
  "¥": "CNY",
  美元: "USD",
  US$: "USD",
  $: "USD",
  欧元: "EUR",
  "€": "EUR",
  英镑: "GBP",
  "£": "GBP",
  港元: "HKD",
  港币: "HKD",
  HK$: "HKD",
  日元: "JPY",
};

/** "¥", "RMB", "cny", "元" -> "CNY"; unknown signs upper-cased as they are. */
export function currencyCode(token: string): string {
  const t = token.trim().normalize("NFKC");
  const upper = t.toUpperCase();
  return CURRENCY_CODES[upper] ?? CURRENCY_CODES[t] ?? upper;
}

// Chinese units before k/M, longest first (千万 before 万, 万亿 before 亿).
const MULTIPLIER = /\s*(万亿|千万|百万|亿|万|千|thousand|million|billion|bn|mn|k|m)$/i;
const MULTIPLIER_VALUES: Readonly<Record<string, number>> = {
  万亿: 1e12,
  千万: 1e7,
  百万: 1e6,
  亿: 1e8,
  万: 1e4,
  千: 1e3,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  bn: 1e9,
  mn: 1e6,
  k: 1e3,
  m: 1e6,
};

/** Exact decimal scaling: 0.07 x 10,000 is 700, not 700.0000000000001. */
function scale(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
}

type Failure = Extract<NumberInput, { ok: false }>;

function failure(code: NumberErrorCode, en: string, zh: string): Failure {
  return { ok: false, code, en, zh };
}

/** Full-width digits and signs (NFKC), the minus sign and dashes as "-", runs of spaces as one. */
function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2212\u2012\u2013\ufe63]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

const SIMPLE = /^\d+(?:\.\d*)?$|^\.\d+$/;
const EXPONENT = /^\d+(?:\.\d+)?e[-+]?\d+$/i;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3}){2,}$/;
const DOT_GROUPS_DECIMAL_COMMA = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const SPACE_GROUPS = /^\d{1,3}(?:[ ']\d{3})+(?:[.,]\d+)?$/;
/** "1.200": a dot before exactly three digits is a decimal point or a thousands separator. */
const DOT_OR_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/** The digits with their separators as a number, or the reason they are not one. */
function readDigits(body: string, shown: string, dotIsDecimal: boolean): number | Failure {
  if (SIMPLE.test(body)) {
    if (!dotIsDecimal && DOT_OR_THOUSANDS.test(body)) {
      const [whole, part] = body.split(".");
      const asDecimal = Number(body).toString();
      const asThousands = `${whole},${part}`;
      return failure(
        "ambiguous-separator",
        `"${shown}" could be ${asDecimal} or ${asThousands}: write ${asDecimal} or ${whole}${part}`,
        `"${shown}" 可能是 ${asDecimal}，也可能是 ${asThousands}（点作千位分隔符）：请写成 ${asDecimal} 或 ${whole}${part}`,
      );
    }
    return Number(body);
  }
  if (EXPONENT.test(body)) return Number(body);
  if (COMMA_GROUPS.test(body)) return Number(body.replace(/,/g, ""));
  if (DOT_GROUPS.test(body)) return Number(body.replace(/\./g, ""));
  if (DOT_GROUPS_DECIMAL_COMMA.test(body)) return Number(body.replace(/\./g, "").replace(",", "."));
  if (SPACE_GROUPS.test(body)) {
    if (/,\d{3}$/.test(body)) {
      // "1 200,500": the comma is a decimal mark or one more group.
      return failure(
        "ambiguous-separator",
        `"${shown}": the comma could be a decimal mark or a thousands separator; write the number without separators, with a point for decimals`,
        `"${shown}"：逗号可能是小数点，也可能是千位分隔符；请去掉分隔符书写，小数用点`,
      );
    }
    return Number(body.replace(/[ ']/g, "").replace(",", "."));
  }
  const lone = /^(\d+),(\d{1,2}|\d{4,})$/.exec(body);
  if (lone) {
    const [, whole, part] = lone;
    return failure(
      "ambiguous-separator",
      `"${shown}": a comma before ${part.length} digit(s) is no thousands separator; did you mean ${whole}.${part} or ${whole}${part}?`,
      `"${shown}"：逗号后只有 ${part.length} 位数字，不是千位分隔符；是想写 ${whole}.${part} 还是 ${whole}${part}?`,
    );
  }
  if (/^[\d.,' ]+$/.test(body) && /\d/.test(body)) {
    return failure(
      "irregular-grouping",
      `"${shown}": the separators do not group the digits in threes (1,234,567.8); write the number without them`,
      `"${shown}"：分隔符没有按三位一组分隔数字（如 1,234,567.8）；请去掉分隔符书写`,
    );
  }
  return notANumber(shown);
}

function notANumber(shown: string): Failure {
  return failure(
    "not-a-number",
    `"${shown}" is not a number; write it as 1200000, 1,200,000, 120万 or 1.2M`,
    `"${shown}" 不是数字；请写成 1200000、1,200,000、120万 或 1.2M`,
  );
}

interface Pieces {
  body: string;
  negative: boolean;
  currency: string | null;
  currencyShown: string | null;
  multiplier: { factor: number; shown: string } | null;
  /** 100 for %, 1,000 for ‰, null when the text has neither. */
  perCent: number | null;
}

/**
 * Takes signs, brackets, currencies, a multiplier and a percent sign off the ends of the text, in
 * whatever order people write them: "-$1,200", "$-1,200", "($1,200)", "$(1,200)", "¥100万", "100万元".
 */
function takeApart(text: string): Pieces | Failure {
  const pieces: Pieces = {
    body: text,
    negative: false,
    currency: null,
    currencyShown: null,
    multiplier: null,
    perCent: null,
  };
  const twoSigns = () =>
    failure(
      "two-signs",
      `"${text}" has two minus signs or brackets; write a negative number once, as -5 or (5)`,
      `"${text}" 有两个负号或括号；负数只写一次，如 -5 或（5）`,
    );
  for (let guard = 0; guard < 12; guard++) {
    const s = pieces.body;
    const currency = CURRENCY_PREFIX.exec(s) ?? CURRENCY_SUFFIX.exec(s);
    if (currency && currency[0].length < s.length) {
      const code = currencyCode(currency[1]);
      if (pieces.currency !== null && pieces.currency !== code) {
        return failure(
          "two-currencies",
          `"${text}" names two currencies (${pieces.currencyShown} and ${currency[1]}); write one`,
          `"${text}" 写了两种货币（${pieces.currencyShown} 和 ${currency[1]}）；请只写一种`,
        );
      }
      pieces.currency = code;
      pieces.currencyShown = currency[1];
      pieces.body = currency.index === 0 ? s.slice(currency[0].length) : s.slice(0, currency.index);
      continue;
    }
    if (/^[-+]/.test(s)) {
      if (s[0] === "-") {
        if (pieces.negative) return twoSigns();
        pieces.negative = true;
      }
      pieces.body = s.slice(1).trim();
      continue;
    }
    const bracket = /^\((.*)\)$/.exec(s);
    if (bracket) {
      if (pieces.negative) return twoSigns();
      pieces.negative = true;
      pieces.body = bracket[1].trim();
      continue;
    }
    const percent = /\s*([%‰])$/.exec(s);
    if (percent && percent.index > 0 && pieces.perCent === null && pieces.multiplier === null) {
      pieces.perCent = percent[1] === "%" ? 100 : 1000;
      pieces.body = s.slice(0, percent.index);
      continue;
    }
    const multiplier = MULTIPLIER.exec(s);
    if (
      multiplier &&
      multiplier.index > 0 &&
      pieces.multiplier === null &&
      /\d$/.test(s.slice(0, multiplier.index).trim())
    ) {
      const key = multiplier[1].toLowerCase();
      pieces.multiplier = { factor: MULTIPLIER_VALUES[key], shown: multiplier[1] };
      pieces.body = s.slice(0, multiplier.index);
      continue;
    }
    break;
  }
  pieces.body = pieces.body.trim();
  return pieces;
}

const KIND_WORDS: Readonly<Record<NumberKind, { en: string; zh: string }>> = {
  money: { en: "an amount of money", zh: "金额" },
  count: { en: "a count", zh: "数量" },
  rate: { en: "a rate", zh: "比例" },
};

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}

/**
 * Reads `input` as a number of the given kind. Never throws on user input: every problem comes
 * back as a bilingual error naming it, to which the caller adds the field or row.
 */
export function parseNumberInput(
  input: string | number | null | undefined,
  kind: NumberKind,
  options: NumberInputOptions = {},
): NumberInput {
  if (input === null || input === undefined) return { ok: true, value: null, currency: null, note: null };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return tooLarge(String(input));
    return kind === "rate" ? bareRate(input, String(input), options) : done(input, null, null);
  }
  const shown = input.trim();
  const text = normalize(input);
  if (text === "") return { ok: true, value: null, currency: null, note: null };
  const pieces = takeApart(text);
  if ("ok" in pieces) return pieces;
  if (!/\d/.test(pieces.body) || !/^[\d.,' ]*(?:e[-+]?\d+)?$/i.test(pieces.body)) return notANumber(shown);
  const what = KIND_WORDS[kind];
  if (pieces.currency !== null && kind !== "money") {
    return failure(
      "currency-not-allowed",
      `"${shown}" carries a currency, but this field is ${what.en}; write the number alone`,
      `"${shown}" 带有货币符号，但此处应填${what.zh}；请只写数字`,
    );
  }
  if (pieces.perCent !== null && kind !== "rate") {
    return failure(
      "percent-not-allowed",
      `"${shown}" is a percentage, but this field is ${what.en}; write the number itself`,
      `"${shown}" 是百分数，但此处应填${what.zh}；请直接写数值`,
    );
  }
  if (pieces.multiplier !== null && kind === "rate") {
    return failure(
      "multiplier-not-allowed",
      `"${shown}" is a rate with ${pieces.multiplier.shown}; write a rate as 5% or 0.05`,
      `"${shown}" 是带 ${pieces.multiplier.shown} 的比例；比例请写成 5% 或 0.05`,
    );
  }
  if (options.currency !== undefined && pieces.currency !== null) {
    const expected = currencyCode(options.currency);
    if (expected !== pieces.currency) {
      return failure(
        "currency-mismatch",
        `"${shown}" is in ${pieces.currency}, but this plan is in ${expected}; amounts are not converted, write it in ${expected}`,
        `"${shown}" 的货币是 ${pieces.currency}，但本方案使用 ${expected}；金额不会换算，请以 ${expected} 填写`,
      );
    }
  }
  // With a multiplier the dot can only be a decimal point: nobody writes 1.200万 for 1,200万.
  const dotIsDecimal = kind === "rate" || pieces.multiplier !== null;
  const digits = readDigits(pieces.body, shown, dotIsDecimal);
  if (typeof digits !== "number") return digits;
  let value = scale(digits, pieces.multiplier?.factor ?? 1);
  if (pieces.negative && value !== 0) value = -value;
  if (!Number.isFinite(value)) return tooLarge(shown);
  if (kind !== "rate") return done(value, pieces.currency, null);
  if (pieces.perCent !== null) return done(Number((value / pieces.perCent).toPrecision(15)), null, null);
  return bareRate(value, text, options);
}

function done(value: number, currency: string | null, note: NumberNote | null): NumberInput {
  return { ok: true, value, currency, note };
}

function tooLarge(shown: string): Failure {
  return failure(
    "too-large",
    `"${shown}" is too large a number for a sheet`,
    `"${shown}" 数值过大，工作表无法容纳`,
  );
}

/** A rate written without % or ‰: which scale it is on, said in a note, or asked when it could be either. */
function bareRate(value: number, shown: string, options: NumberInputOptions): NumberInput {
  const size = Math.abs(value);
  if (size === 0) return done(0, null, null);
  const asPercent = Number((value / 100).toPrecision(15));
  if (options.rateScale === "percent" || size > 1) {
    return done(asPercent, null, {
      code: "percent-assumed",
      en: `${shown} read as ${shown}%`,
      zh: `${shown} 按 ${shown}% 理解`,
    });
  }
  if (size === 1) {
    return failure(
      "ambiguous-rate",
      `a rate of ${shown} could be ${shown}% or 100%; write 1% or 100%`,
      `比例 ${shown} 可能是 ${shown}%，也可能是 100%；请写成 1% 或 100%`,
    );
  }
  return done(value, null, {
    code: "fraction-assumed",
    en: `${shown} read as ${formatPercent(value)} (a fraction); write ${shown}% for ${shown} percent`,
    zh: `${shown} 按小数理解，即 ${formatPercent(value)}；如指 ${shown}%，请写 ${shown}%`,
  });
}

/** Where a parsed number sits, for the issue a schema returns. */
export interface NumberPlace {
  readonly file?: string;
  readonly row?: number;
  readonly field: string;
}

/** A failed read as an input issue at `place`; null when the read succeeded. */
export function numberIssue(result: NumberInput, place: NumberPlace): InputIssue | null {
  if (result.ok) return null;
  const issue: InputIssue = { field: place.field, en: result.en, zh: result.zh };
  if (place.file !== undefined) issue.file = place.file;
  if (place.row !== undefined) issue.row = place.row;
  return issue;
}
