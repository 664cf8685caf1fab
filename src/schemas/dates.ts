/**
 * Date text as people type it in rosters and configs (2027-03-01, 2027/3/1, 2027年3月1日, an Excel
 * serial) turned into Excel serial numbers (1900 system). Schemas import nothing else, so this lives here.
 */

/** Serial of 1900-03-01 onwards: days since 1899-12-30 (Excel's 1900 leap-year bug sits before it). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31, Excel's last date. */
export const MAX_SERIAL = 2_958_465;
/** 1900-03-01: earlier serials disagree between Excel and other programs. */
export const MIN_SERIAL = 61;

export function serialFromYmd(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_UTC) / DAY_MS);
}

export function ymdFromSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function validYmd(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Year first, separated by - / . or 年月日; an optional time part (exports from Excel add one) is ignored.
const YMD =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;

/**
 * A date typed by a person, as an Excel serial; null for blank; undefined when it is not a date
 * (the caller reports it). Ambiguous day/month orders such as 3/1/2027 are refused on purpose.
 */
export function parseDateText(text: string | number | null | undefined): number | null | undefined {
  if (text === null || text === undefined) return null;
  if (typeof text === "number") {
    return Number.isFinite(text) && text >= MIN_SERIAL && text <= MAX_SERIAL ? Math.floor(text) : undefined;
  }
  const s = text.trim();
  if (s === "") return null;
  const m = YMD.exec(s);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validYmd(year, month, day) ? serialFromYmd(year, month, day) : undefined;
  }
  if (SERIAL.test(s)) return parseDateText(Number(s));
  return undefined;
}

/** "2027-03" or "2027年3月" -> { year, month }; undefined when it is not a month. */
export function parseMonthText(text: string): { year: number; month: number } | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return year >= 1900 && year <= 9999 && month >= 1 && month <= 12 ? { year, month } : undefined;
}
