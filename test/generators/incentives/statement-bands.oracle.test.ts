/**
 * A twelve-period statement in bands of four periods (twelve side by side printed at 4.2 pt): each
 * band repeats the title and the lines for its periods, the last band holds the total column, whose
 * formulas span all three bands. Recalculated in LibreOffice against Ann's hand-worked year.
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import {
  BAND_PERIODS,
  periodBands,
  bandStarts,
  statementBreaks,
} from "../../../src/generators/incentives/statement-sheets";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { describeWithLibreOffice, recalculate } from "../../oracle/libreoffice";
import { planModel } from "../../kpi/plan/worked-examples";
import { STATEMENT_REPS, TWELVE_PLAN } from "./statement-plan";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const model = planModel(TWELVE_PLAN, STATEMENT_REPS);

describe("bands of periods", () => {
  it("splits twelve periods in three bands of four, and keeps four or fewer in one", () => {
    expect(BAND_PERIODS).toBe(4);
    expect(periodBands(12)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 10, 11],
    ]);
    expect(periodBands(5)).toEqual([[0, 1, 2, 3], [4]]);
    expect(periodBands(3)).toEqual([[0, 1, 2]]);
  });

  it("breaks the page before each band and each rep", () => {
    const { layout } = generateIncentiveWorkbook(model);
    const rows = layout.statement.rows;
    const band = bandStarts(model)[0];
    // Each band: title, info and header rows and the lines. Three bands of 38 rows print at the
    // smallest legible scale, 74%, landscape: a page holds 0.95 x 487 pt / 0.74 = 625 pt of rows,
    // and the last band (18 + 2 x 15 + 35 lines of 15 pt or more: over 573 pt) leaves no room for the
    // notes and sign-off (three notes and two rows, 75 pt or more): they go on a page of their own,
    // headed by the rep's title, one row under the last band.
    expect(band).toBe(38);
    const notes = 3 * band;
    expect(statementBreaks(model)).toEqual([
      band + 1,
      2 * band + 1,
      notes + 1,
      rows + 1,
      rows + band + 1,
      rows + 2 * band + 1,
      rows + notes + 1,
    ]);
  });
});

describeWithLibreOffice("a twelve-period statement recalculated", () => {
  it("totals the year across the bands: Ann's payable 89,900, revenue credited 2,160,000 at 180.0%", async () => {
    const { spec, layout } = generateIncentiveWorkbook(model);
    const [wb] = [...(await recalculate([{ name: "twelve.xlsx", data: await writeXlsx(spec) }])).values()];
    const sheet = layout.sheets.statements;
    const band = bandStarts(model)[0];
    const header = 2;
    const payable = header + 1 + layout.statement.payableOffset;
    // Ann's months: 7,500 each (January's worked example), February 7,400 (clawback -400, adjustment
    // +300 as in the walk-through); the later months repeat the actuals without those: 7,500.
    const months = [7_500, 7_400, ...Array(10).fill(7_500)];
    months.forEach((m, p) => {
      const b = Math.floor(p / 4);
      expect(wb.get(sheet, at(b * band + payable, 1 + (p % 4)))).toBeCloseTo(m, 6);
      // Each band's period header.
      expect(wb.get(sheet, at(b * band + header, 1 + (p % 4)))).toBe(model.periods[p].label);
    });
    // The total column (F) of the last band: 11 x 7,500 + 7,400 = 89,900; year to date the same.
    expect(wb.get(sheet, at(2 * band + payable, 5))).toBeCloseTo(89_900, 6);
    expect(wb.get(sheet, at(2 * band + payable + 2, 5))).toBeCloseTo(89_900, 6);
    // Revenue credited: 6 x 160,000 + 6 x 200,000 = 2,160,000; quota 12 x 100,000; attainment 180%.
    expect(wb.get(sheet, at(2 * band + header + 2, 5))).toBeCloseTo(1_200_000, 6);
    expect(wb.get(sheet, at(2 * band + header + 3, 5))).toBeCloseTo(2_160_000, 6);
    expect(wb.get(sheet, at(2 * band + header + 4, 5))).toBeCloseTo(1.8, 9);
  }, 300_000);
});
