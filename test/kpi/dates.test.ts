/**
 * Excel serial dates and NETWORKDAYS, checked against Microsoft's published examples and against
 * an independent implementation (JavaScript's Date and a day-by-day loop).
 */
import fc from "fast-check";
import {
  calendarDays,
  daysInMonth,
  edate,
  networkDays,
  serialToYmd,
  weekday,
  ymdToSerial,
} from "../../src/kpi";

const DAY_MS = 86_400_000;
/** Serial of a date through JavaScript's calendar: valid from 1900-03-01 (serial 61). */
const jsSerial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS;
const jsDate = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * DAY_MS);

/** Monday-Friday from a to b, both counted, less each holiday once: a plain loop. */
function loopNetworkDays(a: number, b: number, holidays: readonly number[]): number {
  if (a > b) return -loopNetworkDays(b, a, holidays);
  const off = new Set(holidays);
  let n = 0;
  for (let s = a; s <= b; s++) {
    const day = jsDate(s).getUTCDay();
    if (day !== 0 && day !== 6 && !off.has(s)) n++;
  }
  return n;
}

describe("serials (1900 date system)", () => {
  it.each([
    // Serials as Excel shows them (DATE(y,m,d) in any Excel).
    [1900, 1, 1, 1],
    [1900, 1, 31, 31],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60], // Lotus 1-2-3's fictitious leap day, kept by Excel
    [1900, 3, 1, 61],
    [2000, 2, 29, 36585],
    [2025, 1, 1, 45658],
    [9999, 12, 31, 2958465],
  ])("DATE(%i,%i,%i) = %i and back", (y, m, d, serial) => {
    expect(ymdToSerial(y, m, d)).toBe(serial);
    expect(serialToYmd(serial)).toEqual({ year: y, month: m, day: d });
  });

  it("rolls months and days over like DATE", () => {
    expect(ymdToSerial(2024, 13, 1)).toBe(jsSerial(2025, 1, 1));
    expect(ymdToSerial(2025, 0, 1)).toBe(jsSerial(2024, 12, 1));
    expect(ymdToSerial(2025, 3, 0)).toBe(jsSerial(2025, 2, 28));
    expect(ymdToSerial(1900, 3, 0)).toBe(60); // Excel: DATE(1900,3,0) is the fictitious 29 Feb
  });

  it("agrees with JavaScript's calendar from 1900-03-01 to 9999-12-31", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const js = jsDate(serial);
        const ymd = serialToYmd(serial);
        expect(ymd).toEqual({ year: js.getUTCFullYear(), month: js.getUTCMonth() + 1, day: js.getUTCDate() });
        expect(ymdToSerial(ymd.year, ymd.month, ymd.day)).toBe(serial);
        expect(weekday(serial)).toBe(js.getUTCDay() + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it("WEEKDAY follows Excel, which calls 1900-01-01 a Sunday", () => {
    expect(weekday(1)).toBe(1);
    expect(weekday(0)).toBe(7); // 1900-01-00, a Saturday for Excel
    expect(weekday(45658)).toBe(4); // 2025-01-01 was a Wednesday
    expect(weekday(45658.75)).toBe(4); // the time of day does not matter
  });

  it("knows February 1900 has 29 days in Excel's calendar", () => {
    expect(daysInMonth(1900, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
  });
});

describe("edate", () => {
  it.each([
    // Microsoft's EDATE example: 15-Jan-2011 plus 1, -1 and 2 months.
    [jsSerial(2011, 1, 15), 1, jsSerial(2011, 2, 15)],
    [jsSerial(2011, 1, 15), -1, jsSerial(2010, 12, 15)],
    [jsSerial(2011, 1, 15), 2, jsSerial(2011, 3, 15)],
    // Month ends clamp to the shorter month.
    [jsSerial(2025, 1, 31), 1, jsSerial(2025, 2, 28)],
    [jsSerial(2024, 1, 31), 1, jsSerial(2024, 2, 29)],
    [jsSerial(2024, 3, 31), -1, jsSerial(2024, 2, 29)],
    [jsSerial(2024, 8, 31), 1.9, jsSerial(2024, 9, 30)], // months truncated toward zero
    [jsSerial(2024, 8, 31), -1.9, jsSerial(2024, 7, 31)],
    [jsSerial(2024, 2, 29), 12, jsSerial(2025, 2, 28)],
  ])("EDATE(%i, %p) = %i", (start, months, expected) => {
    expect(edate(start, months)).toBe(expected);
  });
});

describe("networkDays", () => {
  const d = jsSerial;
  it.each([
    // Microsoft's NETWORKDAYS examples: 1-Oct-2012 to 1-Mar-2013, holidays 22-Nov-2012, 4-Dec-2012, 21-Jan-2013.
    [d(2012, 10, 1), d(2013, 3, 1), [], 110],
    [d(2012, 10, 1), d(2013, 3, 1), [d(2012, 11, 22)], 109],
    [d(2012, 10, 1), d(2013, 3, 1), [d(2012, 11, 22), d(2012, 12, 4), d(2013, 1, 21)], 107],
    // June 2025 starts on a Sunday: 21 working days; 9 of them up to Thursday 12 June.
    [d(2025, 6, 1), d(2025, 6, 30), [], 21],
    [d(2025, 6, 1), d(2025, 6, 12), [], 9],
    // A weekend alone has no working day; start after end counts backwards.
    [d(2025, 6, 7), d(2025, 6, 8), [], 0],
    [d(2025, 6, 30), d(2025, 6, 1), [], -21],
    // A holiday listed twice, on a weekend or outside the span counts once or not at all.
    [d(2025, 6, 1), d(2025, 6, 30), [d(2025, 6, 2), d(2025, 6, 2), d(2025, 6, 7), d(2025, 7, 1)], 20],
    // Times of day are dropped.
    [d(2025, 6, 2) + 0.9, d(2025, 6, 6) + 0.1, [d(2025, 6, 4) + 0.5], 4],
  ])("NETWORKDAYS(%i, %i, %p) = %i", (a, b, holidays, expected) => {
    expect(networkDays(a, b, holidays)).toBe(expected);
  });

  it("agrees with a day-by-day loop, holidays included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 60000 }),
        fc.integer({ min: -400, max: 400 }),
        fc.array(fc.integer({ min: -30, max: 430 }), { maxLength: 40 }),
        (start, span, offsets) => {
          const end = start + span;
          const holidays = offsets.map((o) => start + o);
          expect(networkDays(start, end, holidays)).toBe(loopNetworkDays(start, end, holidays));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("counts calendar days inclusively, backwards as a negative count", () => {
    expect(calendarDays(d(2025, 6, 1), d(2025, 6, 30))).toBe(30);
    expect(calendarDays(d(2025, 6, 1), d(2025, 6, 1))).toBe(1);
    expect(calendarDays(d(2025, 6, 30), d(2025, 6, 1))).toBe(-30);
  });
});
