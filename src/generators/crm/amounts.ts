/**
 * Amounts as CRMs and people write them: "¥1,234.50", "RMB 12,000", "$(1,200.00)", "12.5万",
 * "-3 000", "1.234,50 €". Currency is recognised and reported, never converted.
 */
import type { RawCell } from "./table";
import { NON_ASCII } from "./text";
import { currencyCode } from "../../schemas/number-input";

export interface AmountOptions {
  /** Multiplier for the whole column (万 = 10,000). */
  readonly unit: number;
  /** "1.234,50": comma as the decimal mark. */
  readonly decimalComma: boolean;
}

/** value: null for a blank cell; undefined when the text is not an amount. */
export interface ParsedAmount {
  readonly value: number | null | undefined;
  readonly currency: string | null;
}

const PLAIN = /^-?\d+(?:\.\d+)?$/;
const COMMON = /^([$¥])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;

// Longest alternatives first, so "US$" is taken before "$". Full-width ￥ is ¥ after NFKC.
const TOKENS = String.raw`人民币|US\$|HK\$|USD|CNY|RMB|EUR|GBP|HKD|JPY|[¥$€£元]`;
const PREFIX = new RegExp(`^(${TOKENS})\\s*`, "i");
const SUFFIX = new RegExp(`\\s*(${TOKENS})$`, "i");
// The signs' ISO codes are the typed-number reader's, so a form and an import agree on what ¥ means.
const codeOf = currencyCode;

/** Exact decimal scaling: 0.07 x 10,000 is 700, not 700.0000000000001. */
function scale(value: number, unit: number): number {
  return unit === 1 ? value : Number((value * unit).toPrecision(15));
}

/** Takes currency signs and codes off both ends; "\u0000" as the rest when two currencies disagree. */
function stripCurrency(s: string): { rest: string; currency: string | null } {
  let rest = s;
  let currency: string | null = null;
  for (let m = PREFIX.exec(rest) ?? SUFFIX.exec(rest); m; m = PREFIX.exec(rest) ?? SUFFIX.exec(rest)) {
    const code = codeOf(m[1]);
    if (currency && currency !== code) return { rest: "\u0000", currency };
    currency = code;
    rest = m.index === 0 ? rest.slice(m[0].length) : rest.slice(0, m.index);
  }
  return { rest: rest.trim(), currency };
}

const PLAIN_US = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED_US = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Digits with optional thousands grouping; NaN unless the grouping is regular (groups of three). */
function parseDigits(s: string, decimalComma: boolean): number {
  if (!decimalComma) {
    if (PLAIN_US.test(s)) return Number(s);
    if (GROUPED_US.test(s)) return Number(s.replace(/,/g, ""));
  }
  const decimal = decimalComma ? "," : ".";
  let t = s.replace(/，/g, ",");
  // Spaces, no-break spaces and apostrophes group thousands too ("3 000", "1'234"), but only regularly.
  const spaced = /\d[\s\u00a0\u202f']+\d/.test(t);
  if (spaced) {
    const d = decimalComma ? "," : "\\.";
    if (!new RegExp(`^\\d{1,3}(?:[\\s\\u00a0\\u202f']\\d{3})+(?:${d}\\d+)?$`).test(t)) return NaN;
    t = t.replace(/[\s\u00a0\u202f']/g, "");
  }
  const grouped = decimalComma ? /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/ : /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
  const plain = decimalComma ? /^(?:\d+(?:,\d*)?|,\d+)$/ : /^(?:\d+(?:\.\d*)?|\.\d+)$/;
  if (!grouped.test(t) && !plain.test(t)) return NaN;
  const group = decimalComma ? "." : ",";
  return Number(t.split(group).join("").replace(decimal, "."));
}

/** A 400-digit amount reads as Infinity: not an amount (a row error), never a number in a sheet. */
export function parseAmount(cell: RawCell, options: AmountOptions): ParsedAmount {
  const parsed = parseAmountText(cell, options);
  return typeof parsed.value === "number" && !Number.isFinite(parsed.value)
    ? { value: undefined, currency: parsed.currency }
    : parsed;
}

function parseAmountText(cell: RawCell, options: AmountOptions): ParsedAmount {
  if (cell === null) return { value: null, currency: null };
  if (typeof cell === "number")
    return { value: Number.isFinite(cell) ? scale(cell, options.unit) : undefined, currency: null };
  if (typeof cell === "boolean") return { value: undefined, currency: null };
  const s = cell.trim();
  if (s === "") return { value: null, currency: null };
  if (!options.decimalComma) {
    if (PLAIN.test(s)) return { value: scale(Number(s), options.unit), currency: null };
    // "$12,000.00", "¥120,000", "12,000": the commonest export spellings, in one expression.
    const m = COMMON.exec(s);
    if (m) {
      const value = scale(Number(m[2].replace(/,/g, "")), options.unit);
      return { value, currency: m[1] ? codeOf(m[1]) : null };
    }
  }
  // Most amounts are ASCII around a currency sign; only text that fails so gets Unicode
  // normalisation (full-width digits and signs, ideographic spaces, the minus sign U+2212).
  const read = readAmountText(s, options);
  if (read.value !== undefined || !NON_ASCII.test(s)) return read;
  return readAmountText(s.normalize("NFKC").replace(/−/g, "-"), options);
}

const DOLLAR = 36;
const YEN = 165;
const MINUS = 45;
const COMMA = 44;
const POINT = 46;

/**
 * "123400", "-5", "$12,000.00", "¥120,000", "1234.5": the spellings PLAIN and COMMON accept, read by
 * char code without a match object or a copy (this runs for every amount of every row of exports of
 * 100,000 rows). NaN for anything else, which parseAmount then reads. The value is the digits as one
 * integer divided once by a power of ten: the correctly rounded double Number() gives, while the
 * digits stay below 2^53 (at most 15 of them).
 */
function fastAmount(s: string): number {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  let negative = false;
  if (c === DOLLAR || c === YEN) i = 1;
  else if (c === MINUS) {
    negative = true;
    i = 1;
  }
  let value = 0;
  let digits = 0;
  let group = 0;
  let grouped = false;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      group++;
    } else if (c === COMMA && !negative) {
      // Thousands groups: 1-3 digits first, then threes.
      if (grouped ? group !== 3 : group < 1 || group > 3) return NaN;
      grouped = true;
      group = 0;
    } else break;
  }
  if (digits === 0 || (grouped && group !== 3)) return NaN;
  let divisor = 1;
  if (i < n) {
    if (c !== POINT || i === n - 1) return NaN;
    for (i++; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) return NaN;
      value = value * 10 + (c - 48);
      digits++;
      divisor *= 10;
    }
  }
  if (digits > 15) return NaN;
  const v = divisor === 1 ? value : value / divisor;
  return negative ? -v : v;
}

/**
 * Reads the amounts of one column without an object per value: `read` returns the value (null for a
 * blank cell, undefined when the text is not an amount) and leaves the currency in `currency`.
 */
export class AmountReader {
  currency: string | null = null;

  constructor(private readonly options: AmountOptions) {}

  read(cell: RawCell): number | null | undefined {
    if (typeof cell === "string" && !this.options.decimalComma && cell.length > 0) {
      const v = fastAmount(cell);
      if (v === v) {
        const c = cell.charCodeAt(0);
        this.currency = c === DOLLAR ? "USD" : c === YEN ? "CNY" : null;
        return scale(v, this.options.unit);
      }
    }
    const parsed = parseAmount(cell, this.options);
    this.currency = parsed.currency;
    return parsed.value;
  }
}

function readAmountText(text: string, options: AmountOptions): ParsedAmount {
  let s = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  let { rest, currency } = stripCurrency(s);
  const innerParen = negative ? null : /^\((.*)\)$/.exec(rest);
  if (innerParen) {
    // "$(1,200.00)": the brackets sit inside the currency sign.
    negative = true;
    rest = innerParen[1].trim();
  }
  if (rest.startsWith("-")) {
    if (negative) return { value: undefined, currency };
    negative = true;
    rest = rest.slice(1).trim();
    // "-$1,200" and "$-1,200" both occur.
    const again = stripCurrency(rest);
    if (again.currency) {
      if (currency && currency !== again.currency) return { value: undefined, currency };
      currency = again.currency;
      rest = again.rest;
    }
  }
  let unit = options.unit;
  const units = /^(.*?)\s*(万元|万|亿元|亿)$/.exec(rest);
  if (units) {
    rest = units[1];
    unit *= units[2].startsWith("亿") ? 1e8 : 1e4;
    // "12.5万元": the 元 was taken as the currency before the unit was seen.
    const after = stripCurrency(rest);
    if (after.currency) {
      currency = after.currency;
      rest = after.rest;
    }
  }
  const n = parseDigits(rest, options.decimalComma);
  if (!Number.isFinite(n)) return { value: undefined, currency };
  const value = scale(n, unit);
  return { value: negative ? -value : value, currency };
}

/** Probability as a fraction 0..1: "60%" and 60 (percent scale) are 0.6; undefined when unreadable or out of range. */
export function parseProbability(cell: RawCell, scaleOf: "percent" | "fraction"): number | null | undefined {
  if (cell === null) return null;
  let s = typeof cell === "number" ? String(cell) : cell.toString().trim();
  if (s === "") return null;
  if (NON_ASCII.test(s)) s = s.normalize("NFKC");
  let percent = scaleOf === "percent";
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (!/^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(s)) return undefined;
  const n = Number(s);
  const value = percent ? Number((n / 100).toPrecision(15)) : n;
  return value >= 0 && value <= 1 ? value : undefined;
}

/** "60" or "60%" (whole percent, 0 to 100) as a fraction, by char code; NaN for anything else. */
export function wholePercent(text: string, percentScale: boolean): number {
  let n = text.length;
  const percent = n > 1 && text.charCodeAt(n - 1) === 37;
  if (percent) n--;
  if (n < 1 || n > 3 || !(percent || percentScale)) return NaN;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  // v / 100 is the double parseProbability gives for 0..100 (its toPrecision(15) round trip).
  return v <= 100 ? v / 100 : NaN;
}
