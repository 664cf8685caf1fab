/**
 * Excel serial dates (1900 date system) and working-day counts, exactly as Excel computes them:
 * serial 1 is 1900-01-01, serial 60 the fictitious 1900-02-29 that Excel keeps from Lotus 1-2-3,
 * serial 61 is 1900-03-01. Weekdays follow Excel too (serial mod 7: 0 Saturday, 1 Sunday).
 */

/** Excel serial of 1970-01-01, the epoch of the civil-date arithmetic below (valid from serial 61). */
const UNIX_EPOCH_SERIAL = 25569;
/** Dedupe holidays with a nested loop below this many (no allocation), with a Set above. */
const SMALL_HOLIDAY_LIST = 24;

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** WEEKDAY(serial) with Excel's default return type: 1 = Sunday ... 7 = Saturday. */
export function weekday(serial: number): number {
  const m = mod(Math.floor(serial), 7);
  return m === 0 ? 7 : m;
}

/** Monday to Friday. */
export function isWorkday(serial: number): boolean {
  const m = mod(Math.floor(serial), 7);
  return m > 1;
}

/** Working days among the serials [0, n): five per full week plus the weekdays of the rest. */
function workdaysBefore(n: number): number {
  return 5 * Math.floor(n / 7) + Math.max(0, mod(n, 7) - 2);
}

/** Holidays on a working day within [start, end], each date counted once. */
function holidaysWithin(start: number, end: number, holidays: readonly number[]): number {
  const n = holidays.length;
  if (n === 0) return 0;
  let count = 0;
  if (n <= SMALL_HOLIDAY_LIST) {
    outer: for (let i = 0; i < n; i++) {
      const h = Math.floor(holidays[i]);
      if (h < start || h > end || !isWorkday(h)) continue;
      for (let j = 0; j < i; j++) if (Math.floor(holidays[j]) === h) continue outer;
      count++;
    }
    return count;
  }
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const h = Math.floor(holidays[i]);
    if (h < start || h > end || !isWorkday(h) || seen.has(h)) continue;
    seen.add(h);
    count++;
  }
  return count;
}

/**
 * NETWORKDAYS(start, end, holidays): Monday-Friday from start to end, both counted, less the
 * holidays that fall on those days (each once). start after end gives the negative count.
 * Times of day are dropped.
 */
export function networkDays(start: number, end: number, holidays: readonly number[]): number {
  const s = Math.floor(start);
  const e = Math.floor(end);
  if (s > e) return -networkDays(e, s, holidays);
  return workdaysBefore(e + 1) - workdaysBefore(s) - holidaysWithin(s, e, holidays);
}

/** Calendar days from start to end, both counted; start after end gives the negative count. */
export function calendarDays(start: number, end: number): number {
  const s = Math.floor(start);
  const e = Math.floor(end);
  return s <= e ? e - s + 1 : -(s - e + 1);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse (civil_from_days). */
function civilFromDays(z: number): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Year, month and day of a serial as Excel shows them (60 is 1900-02-29, 0 is 1900-01-00). */
export function serialToYmd(serial: number): Ymd {
  const s = Math.floor(serial);
  if (s >= 61 || s < 0) {
    const { y, m, d } = civilFromDays(s - UNIX_EPOCH_SERIAL);
    return { year: y, month: m, day: d };
  }
  if (s === 60) return { year: 1900, month: 2, day: 29 };
  if (s <= 31) return { year: 1900, month: 1, day: s };
  return { year: 1900, month: 2, day: s - 31 };
}

/**
 * The serial of a date, like DATE(year, month, day) for years 1900-9999: months beyond 1-12 roll
 * the year, days beyond the month roll on (day 0 is the last day of the previous month).
 */
export function ymdToSerial(year: number, month: number, day: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = mod(month - 1, 12) + 1;
  const first = y === 1900 && m <= 2 ? (m === 1 ? 1 : 32) : daysFromCivil(y, m, 1) + UNIX_EPOCH_SERIAL;
  return first + day - 1;
}

/** Days in a month of Excel's calendar (which gives February 1900 29 days). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 || year === 1900;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * EDATE(serial, months): the same day `months` later (or earlier), or the last day of that month
 * when it is shorter. months is truncated toward zero, as Excel does.
 */
export function edate(serial: number, months: number): number {
  const { year, month, day } = serialToYmd(serial);
  const total = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(total / 12);
  const m = mod(total, 12) + 1;
  return ymdToSerial(y, m, Math.min(day, daysInMonth(y, m)));
}
