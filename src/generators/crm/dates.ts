/**
 * Dates as CRM exports write them, turned into Excel serial numbers (1900 system): ISO with or
 * without a time (2021-04-16T00:03:00.000Z, Salesforce's +0000), 2027/3/1, 2027年3月1日, US 3/1/2027
 * or day-first 16.04.2021 (Bitrix24) as the column shows, "Mar 1, 2027", Zoho's "16 Apr, 2021 00:03:00",
 * 1-Mar-27, 20270301 and Excel serials. A time of day is dropped: KPIs count days.
 */
import { MAX_SERIAL, MIN_SERIAL } from "../../schemas/dates";
import type { RawCell } from "./table";
import { NON_ASCII } from "./text";

export type DateOrder = "mdy" | "dmy";

const TIME = String.raw`(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})${TIME}$`);
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})${TIME}$`);
const MONTH_NAME_FIRST = new RegExp(
  String.raw`^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`,
);
// Zoho writes "16 Apr, 2021 00:03:00": a comma after the month.
const DAY_FIRST_NAME = new RegExp(
  String.raw`^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})${TIME}$`,
);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** Two-digit years as Excel reads them: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function twoDigitYear(y: number): number {
  return y < 30 ? 2000 + y : 1900 + y;
}

function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 4 ? y : twoDigitYear(y);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), in integer
 * arithmetic: no Date object per value read.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Excel serial of 1970-01-01. */
const EPOCH_OFFSET = 25569;

// Serials of the first day of each month from 1900 to 2199, the dates exports hold: a date read is
// then one addition (this runs for every date of every row).
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
const MONTH_STARTS = new Int32Array(TABLE_YEARS * 12 + 1);
for (let k = 0; k <= TABLE_YEARS * 12; k++) {
  MONTH_STARTS[k] = daysFromCivil(TABLE_FIRST_YEAR + Math.floor(k / 12), (k % 12) + 1, 1) + EPOCH_OFFSET;
}

/** The serial of a date given by its parts; undefined when there is no such day (or it is out of range). */
export function serial(year: number, month: number, day: number): number | undefined {
  const k = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  if (k >= 0 && k < TABLE_YEARS * 12 && month >= 1 && month <= 12) {
    const start = MONTH_STARTS[k];
    if (day < 1 || day > MONTH_STARTS[k + 1] - start) return undefined;
    const s = start + day - 1;
    return s >= MIN_SERIAL && s <= MAX_SERIAL ? s : undefined;
  }
  return serialByArithmetic(year, month, day);
}

function serialByArithmetic(year: number, month: number, day: number): number | undefined {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  const s = daysFromCivil(year, month, day) + EPOCH_OFFSET;
  return s >= MIN_SERIAL && s <= MAX_SERIAL ? s : undefined;
}

const DIGIT_0 = 48;
const TIME_ONLY = new RegExp(`^${TIME}$`);

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function isDigit(s: string, i: number): boolean {
  const d = s.charCodeAt(i) - DIGIT_0;
  return d >= 0 && d <= 9;
}

/** " 10:22" or "T10:22:13" after the date (what TIME accepts, the common cases by char code). */
function isClock(s: string): boolean {
  const n = s.length;
  if (n !== 16 && n !== 19) return false;
  const sep = s.charCodeAt(10);
  if (sep !== 32 && sep !== 84) return false;
  if (!isDigit(s, 11) || !isDigit(s, 12) || s.charCodeAt(13) !== 58) return false;
  if (!isDigit(s, 14) || !isDigit(s, 15)) return false;
  return n === 16 || (s.charCodeAt(16) === 58 && isDigit(s, 17) && isDigit(s, 18));
}

/**
 * "2027-03-01" and "2027-03-01 10:22:13", by far the commonest spellings, without the general regexes:
 * the serial (undefined for an impossible date such as 2027-02-30), or null for any other spelling.
 */
export function isoFast(s: string): number | undefined | null {
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  if (s.length > 10 && !isClock(s) && !TIME_ONLY.test(s.slice(10))) return null;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || m < 0 || d < 0) return null;
  return serial(y, m, d);
}

/** An Excel serial; null for blank; undefined when the value is not a date. */
export function parseDate(cell: RawCell, order: DateOrder): number | null | undefined {
  if (cell === null) return null;
  if (typeof cell === "boolean") return undefined;
  if (typeof cell === "number") {
    return Number.isFinite(cell) && cell >= MIN_SERIAL && cell <= MAX_SERIAL ? Math.floor(cell) : undefined;
  }
  let s = cell.trim();
  if (s === "") return null;
  const fast = isoFast(s);
  if (fast !== null) return fast;
  if (NON_ASCII.test(s)) s = s.normalize("NFKC");
  let m = YEAR_FIRST.exec(s) ?? CHINESE.exec(s);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = YEAR_LAST.exec(s);
  if (m) return inOrder(order, Number(m[1]), Number(m[2]), fullYear(m[3]));
  m = MONTH_NAME_FIRST.exec(s);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    return month ? serial(Number(m[3]), month, Number(m[2])) : undefined;
  }
  m = DAY_FIRST_NAME.exec(s);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    return month ? serial(fullYear(m[3]), month, Number(m[1])) : undefined;
  }
  m = COMPACT.exec(s);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  if (NUMBER.test(s)) return parseDate(Number(s), order);
  return undefined;
}

function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - DIGIT_0;
  return d >= 0 && d <= 9 ? d : -1;
}

function isSeparator(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 47 || c === 45 || c === 46; // / - .
}

/**
 * The two leading numbers of a date written day-month-year or month-day-year ("13/1/2027" -> 13, 1),
 * read by char code (this looks at every date of every row); null for any other spelling.
 */
function leadingPair(text: string): [number, number] | null {
  let i = 0;
  const a1 = digitAt(text, i++);
  if (a1 < 0) return null;
  let a = a1;
  if (digitAt(text, i) >= 0) a = a * 10 + digitAt(text, i++);
  if (!isSeparator(text, i++)) return null;
  const b1 = digitAt(text, i++);
  if (b1 < 0) return null;
  let b = b1;
  if (digitAt(text, i) >= 0) b = b * 10 + digitAt(text, i++);
  if (!isSeparator(text, i++) || digitAt(text, i) < 0) return null;
  return [a, b];
}

/**
 * "3/1/2027", "13-1-2027", "1.3.27": a date of numbers with the year last, no spaces and no time
 * (what YEAR_LAST accepts, in its commonest form), read by char code in `order` and
 * tallied as evidence of the order. Null for any other spelling, which parseDate reads. (The row
 * reader calls this for every date of every row, hence char codes, not YEAR_LAST.)
 */
export function yearLastDate(
  text: string,
  order: DateOrder,
  evidence: DateEvidence,
): number | undefined | null {
  const n = text.length;
  let i = 0;
  let a = digitAt(text, i++);
  if (a < 0) return null;
  if (digitAt(text, i) >= 0) a = a * 10 + digitAt(text, i++);
  if (!isSeparator(text, i++)) return null;
  let b = digitAt(text, i++);
  if (b < 0) return null;
  if (digitAt(text, i) >= 0) b = b * 10 + digitAt(text, i++);
  if (!isSeparator(text, i++)) return null;
  const digits = n - i;
  if (digits !== 4 && digits !== 2) return null;
  let year = 0;
  for (; i < n; i++) {
    const d = digitAt(text, i);
    if (d < 0) return null;
    year = year * 10 + d;
  }
  if (digits === 2) year = twoDigitYear(year);
  noteOrder(evidence, a, b);
  return inOrder(order, a, b, year);
}

/**
 * A year-last date of two leading numbers a and b: read in the column's order, except one that can be
 * read only the other way (16/02/2025 in a month-first column is 16 February, never a lost row): the
 * column's evidence counts it, and the import reports the mix.
 */
function inOrder(order: DateOrder, a: number, b: number, year: number): number | undefined {
  const mdy = order === "mdy";
  if (mdy ? a > 12 && b <= 12 : b > 12 && a <= 12) return mdy ? serial(year, b, a) : serial(year, a, b);
  return mdy ? serial(year, a, b) : serial(year, b, a);
}

/** What the dates of an export say about day/month order, gathered while they are read. */
export interface DateEvidence {
  dmy: number;
  mdy: number;
  ambiguous: boolean;
  yearLast: boolean;
}

export function tally(evidence: DateEvidence, text: string): void {
  // Leading spaces are rare: trim only then.
  const pair = leadingPair(text.charCodeAt(0) === 32 ? text.trim() : text);
  if (pair) noteOrder(evidence, pair[0], pair[1]);
}

/**
 * What a year-last date's two leading numbers say: 13/1/2027 can only be day-first, 1/13/2027 only
 * month-first; 3/1/2027 says nothing.
 */
function noteOrder(evidence: DateEvidence, a: number, b: number): void {
  evidence.yearLast = true;
  if (a > 12 && b <= 12) evidence.dmy++;
  else if (b > 12 && a <= 12) evidence.mdy++;
  else evidence.ambiguous = true;
}

/** The date columns of a record, each read in its own day/month order. */
export const DATE_FIELDS = ["closeDate", "createdDate", "nextContact", "paymentDate"] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export function emptyEvidence(): DateEvidence {
  return { dmy: 0, mdy: 0, ambiguous: false, yearLast: false };
}
