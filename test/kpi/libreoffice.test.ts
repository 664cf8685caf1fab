/**
 * The KPI core against a second engine: LibreOffice Calc recalculates NETWORKDAYS, EDATE and
 * WEEKDAY over generated dates, and tiered commission written with native formulas (the classic
 * differential-rate SUMPRODUCT for marginal, LOOKUP for retro); the core must agree on every row.
 * Fails under CI without LibreOffice, otherwise skips with a notice (see test/oracle).
 */
import ExcelJS from "exceljs";
import { commissionCore, edate, networkDays, Tier, weekday } from "../../src/kpi";
import { describeWithLibreOffice, expectClose, recalculate } from "../oracle/libreoffice";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

/** Deterministic inputs (a linear congruential generator), so a failure names a row that stays put. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

const ROWS = 300;
const rand = lcg(42);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
// Dates from 1990 to 2040 (serials 32874-51501), spans up to two years either way.
const DATES = Array.from({ length: ROWS }, () => {
  const start = int(32874, 51501);
  return { start, end: start + int(-400, 730), months: int(-30, 30) };
});
// Holidays around the spans, some on weekends, one repeated.
const HOLIDAYS = Array.from({ length: 40 }, () => DATES[int(0, ROWS - 1)].start + int(-5, 200));
HOLIDAYS.push(HOLIDAYS[0]);

const TIERS: Tier[] = [
  { from: 0, rate: 0.02 },
  { from: 50000, rate: 0.03 },
  { from: 120000, rate: 0.035 },
  { from: 250000, rate: 0.05 },
  { from: 400000, rate: 0.04 }, // rates need not rise
  { from: 600000, rate: 0.07 },
  { from: 900000, rate: 0.08 },
  { from: 1200000, rate: 0.1 },
  { from: 2000000, rate: 0.12 },
  { from: 3500000, rate: 0.15 },
];
const AMOUNTS = Array.from({ length: ROWS }, (_, i) =>
  i < TIERS.length ? TIERS[i].from : Math.round(rand() * 4_000_000 * 100) / 100 - (i % 17 === 0 ? 5000 : 0),
);

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const dates = wb.addWorksheet("Dates");
  dates.addRow(["start", "end", "months", "NETWORKDAYS", "EDATE", "WEEKDAY", "holidays"]);
  DATES.forEach((d, i) => {
    const r = i + 2;
    dates.getCell(`A${r}`).value = d.start;
    dates.getCell(`B${r}`).value = d.end;
    dates.getCell(`C${r}`).value = d.months;
    dates.getCell(`D${r}`).value = { formula: `NETWORKDAYS(A${r},B${r},$G$2:$G$${HOLIDAYS.length + 1})` };
    dates.getCell(`E${r}`).value = { formula: `EDATE(A${r},C${r})` };
    dates.getCell(`F${r}`).value = { formula: `WEEKDAY(A${r})` };
  });
  HOLIDAYS.forEach((h, i) => (dates.getCell(`G${i + 2}`).value = h));

  const pay = wb.addWorksheet("Commission");
  pay.addRow(["amount", "marginal", "retro", "", "threshold", "rate", "rate step"]);
  const n = TIERS.length;
  TIERS.forEach((t, i) => {
    const r = i + 2;
    pay.getCell(`E${r}`).value = t.from;
    pay.getCell(`F${r}`).value = t.rate;
    pay.getCell(`G${r}`).value = { formula: i === 0 ? `F${r}` : `F${r}-F${r - 1}` };
  });
  const thr = `$E$2:$E$${n + 1}`;
  AMOUNTS.forEach((a, i) => {
    const r = i + 2;
    pay.getCell(`A${r}`).value = a;
    // Each threshold passed adds (amount - threshold) x the change in rate there.
    pay.getCell(`B${r}`).value = { formula: `SUMPRODUCT((A${r}>${thr})*(A${r}-${thr})*$G$2:$G$${n + 1})` };
    pay.getCell(`C${r}`).value = { formula: `IFERROR(A${r}*LOOKUP(A${r},${thr},$F$2:$F$${n + 1}),0)` };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describeWithLibreOffice("KPI core against LibreOffice Calc", () => {
  let book: Awaited<ReturnType<typeof recalculate>> extends Map<string, infer W> ? W : never;

  beforeAll(async () => {
    const results = await recalculate([{ name: "kpi", data: await workbook() }]);
    book = results.get("kpi")!;
  }, 180_000);

  it(`NETWORKDAYS, EDATE and WEEKDAY agree on ${ROWS} generated rows`, () => {
    DATES.forEach((d, i) => {
      const r = i + 2;
      const row = `row ${r}: ${JSON.stringify(d)}`;
      expect([row, book.get("Dates", `D${r}`)]).toEqual([row, networkDays(d.start, d.end, HOLIDAYS)]);
      expect([row, book.get("Dates", `E${r}`)]).toEqual([row, edate(d.start, d.months)]);
      expect([row, book.get("Dates", `F${r}`)]).toEqual([row, weekday(d.start)]);
    });
  });

  it(`marginal and retro commission agree on ${ROWS} amounts over a 10-tier table`, () => {
    AMOUNTS.forEach((a, i) => {
      const r = i + 2;
      expectClose(book.get("Commission", `B${r}`), commissionCore(a, TIERS, "marginal"));
      expectClose(book.get("Commission", `C${r}`), commissionCore(a, TIERS, "retro"));
    });
  });
});
