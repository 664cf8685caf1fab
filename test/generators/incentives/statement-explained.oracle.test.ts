/**
 * The statement that explains itself, recalculated in LibreOffice and in Gnumeric: every line of both
 * reps' statements (tier slices with their range and rate, payout before cap, cap applied, the gate
 * that paid nothing and why, SPIFF units and rate, clawback and adjustment with one sign, draw topped
 * up and recovered, payable, balance, year to date, pay date) equals the hand-worked value in
 * statement-plan.ts, in English and Chinese; the two engines agree on every formula cell of the file.
 * Also: the lines are formulas on the Calculation sheet, the money lines carry the currency symbol.
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import type { Locale } from "../../../src/i18n";
import { serialFromYmd } from "../../../src/schemas/dates";
import type { CellInput } from "../../../src/workbook/spec";
import { compareEngineOutputs, describeDifferences } from "../../oracle/cross-engine";
import { describeWithBothEngines, recalculateInGnumeric } from "../../oracle/gnumeric";
import { libreOfficeAvailable, recalculatePackages } from "../../oracle/libreoffice";
import { XmlValue, readXmlWorkbook } from "../../oracle/sheet-xml";
import { planModel } from "../../kpi/plan/worked-examples";
import { HAND, HandPeriod, STATEMENT_PLAN, STATEMENT_REPS } from "./statement-plan";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

type Expected = [label: string, values: (h: HandPeriod) => number | string];

/** The statement's lines in order, as a rep reads them, with the hand-worked value of each period. */
function expectedLines(locale: Locale): Expected[] {
  const en = locale === "en-US";
  const tier = (k: number, range: string, rate: string): Expected[] => [
    [en ? `Revenue tier ${k}: ${range}` : `Revenue 第 ${k} 档：${range}`, (h) => h.revSlices[k - 1]],
    [
      en ? `Revenue tier ${k} at ${rate}` : `Revenue 第 ${k} 档提成比例 ${rate}`,
      (h) => h.revSliceCommission[k - 1],
    ],
  ];
  return en
    ? [
        ["Notes", () => ""],
        ["Revenue: quota", (h) => h.quota[0]],
        ["Revenue: credited actual", (h) => h.credited[0]],
        ["Revenue: attainment", (h) => h.attainment[0]],
        ...tier(1, "0.0% to 100.0% of quota", "2.00%"),
        ...tier(2, "100.0% to 150.0% of quota", "5.00%"),
        ...tier(3, "150.0% of quota and up", "8.00%"),
        ["Revenue: payout before cap", (h) => h.revBeforeCap],
        ["Revenue: cap applied", (h) => h.revCap],
        ["Revenue: withheld by the gate", (h) => h.revGate],
        ["Revenue: gate", (h) => h.gateReason],
        ["Revenue: payout", (h) => h.revPayout],
        ["Renewals: quota", (h) => h.quota[1]],
        ["Renewals: credited actual", (h) => h.credited[1]],
        ["Renewals: attainment", (h) => h.attainment[1]],
        ["Renewals tier 1: 0 and up", (h) => h.credited[1]],
        ["Renewals tier 1 at 3.00%", (h) => h.renewPayout],
        ["Renewals: payout before cap", (h) => h.renewPayout],
        ["Renewals: payout", (h) => h.renewPayout],
        ["SPIFF New logo: units", (h) => h.spiffUnits],
        ["SPIFF New logo: rate per unit", (h) => h.spiffRate],
        ["SPIFF New logo", (h) => h.spiff],
        ["Clawbacks", (h) => h.clawback],
        ["Adjustment", (h) => h.adjustment],
        ["Adjustment reason", (h) => h.adjustmentReason],
        ["Net earned", (h) => h.earned],
        ["Draw topped up", (h) => h.topUp],
        ["Draw recovered", (h) => h.recovered],
        ["Payable", (h) => h.payable],
        ["Draw balance owed", (h) => h.balance],
        ["Payable year to date", (h) => h.ytd],
        ["Pay date", (h) => serialOf(h.payDate)],
      ]
    : [
        ["说明", () => ""],
        ["Revenue：指标", (h) => h.quota[0]],
        ["Revenue：计入业绩", (h) => h.credited[0]],
        ["Revenue：达成率", (h) => h.attainment[0]],
        ...tier(1, "0.0% 至 100.0%（占指标）", "2.00%"),
        ...tier(2, "100.0% 至 150.0%（占指标）", "5.00%"),
        ...tier(3, "150.0%（占指标） 及以上", "8.00%"),
        ["Revenue：封顶前奖金", (h) => h.revBeforeCap],
        ["Revenue：封顶扣减", (h) => h.revCap],
        ["Revenue：未过门槛扣减", (h) => h.revGate],
        ["Revenue：门槛", (h) => h.gateReasonZh],
        ["Revenue：奖金", (h) => h.revPayout],
        ["Renewals：指标", (h) => h.quota[1]],
        ["Renewals：计入业绩", (h) => h.credited[1]],
        ["Renewals：达成率", (h) => h.attainment[1]],
        ["Renewals 第 1 档：0 及以上", (h) => h.credited[1]],
        ["Renewals 第 1 档提成比例 3.00%", (h) => h.renewPayout],
        ["Renewals：封顶前奖金", (h) => h.renewPayout],
        ["Renewals：奖金", (h) => h.renewPayout],
        ["专项激励 New logo：数量", (h) => h.spiffUnits],
        ["专项激励 New logo：每单位奖金", (h) => h.spiffRate],
        ["专项激励 New logo", (h) => h.spiff],
        ["追回", (h) => h.clawback],
        ["调整", (h) => h.adjustment],
        ["调整原因", (h) => h.adjustmentReason],
        ["净应得", (h) => h.earned],
        ["预支补足", (h) => h.topUp],
        ["预支扣回", (h) => h.recovered],
        ["应发", (h) => h.payable],
        ["预支欠款余额", (h) => h.balance],
        ["年初至今应发", (h) => h.ytd],
        ["发放日", (h) => serialOf(h.payDate)],
      ];
}

function serialOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromYmd(y, m, d);
}

function close(actual: XmlValue, expected: number | string, where: string): void {
  if (typeof expected === "string") {
    // A formula giving "" may come back as an empty string or, from a text-typed cell, as blank.
    expect({ where, value: actual ?? "" }).toEqual({ where, value: expected });
    return;
  }
  expect({ where, type: typeof actual }).toEqual({ where, type: "number" });
  expect({ where, diff: Math.abs((actual as number) - expected) < 1e-6 }).toEqual({ where, diff: true });
}

const model = planModel(STATEMENT_PLAN, STATEMENT_REPS);
const books = (["en-US", "zh-CN"] as const).map((locale) => ({
  locale,
  ...generateIncentiveWorkbook(model, { locale }),
}));

describe("the statement that explains itself, as written", () => {
  const { spec, layout } = books[0];
  const sheet = spec.sheets.find((s) => s.name === layout.sheets.statements)!;
  const cell = (row: number, col: number): CellInput => sheet.blocks[0].rows[row]?.[col] ?? null;

  it("computes every figure by formula on the Calculation sheet (a rep can click through)", () => {
    const lines = expectedLines("en-US");
    for (let i = 1; i < lines.length - 1; i++) {
      for (const p of [0, 1]) {
        const v = cell(3 + i, 1 + p) as { formula?: string };
        expect({ line: lines[i][0], formula: typeof v?.formula }).toEqual({
          line: lines[i][0],
          formula: "string",
        });
        expect(v.formula).toContain(`'${layout.sheets.calculation}'!`);
      }
    }
    // The tier labels read their range and rate from the Plan sheet's names.
    expect((cell(7, 0) as { formula: string }).formula).toContain("M1_T1_From");
    expect((cell(8, 0) as { formula: string }).formula).toContain("M1_T1_Rate");
  });

  it("shows money with the plan currency's symbol and prints one rep per page", () => {
    const formats = sheet.numberFormats ?? [];
    const payable = at(3 + layout.statement.payableOffset, 1);
    expect(formats.find((f) => f.range.startsWith(payable))?.format).toBe('"¥"#,##0.00');
    expect(sheet.print?.breaksBefore).toEqual([layout.statement.rows + 1]);
  });

  it("closes with the sign-off lines for the rep and the manager", () => {
    const after = 3 + expectedLines("en-US").length;
    expect(cell(after + 3, 0)).toBe("Rep: Ann Vale    Signature: ____________________");
    expect(cell(after + 4, 0)).toBe("Manager: Mia Stone    Signature: ____________________");
    expect(cell(after + 2, 0)).toBe(
      "Pay date: the period's end plus 15 day(s) (plan: payDate.daysAfterPeriodEnd).",
    );
  });
});

describeWithBothEngines(
  "the statement recalculated in LibreOffice and Gnumeric",
  libreOfficeAvailable(),
  () => {
    let results: { locale: Locale; lo: Buffer; gn: Buffer; data: Buffer }[] = [];

    beforeAll(async () => {
      const files = await Promise.all(
        books.map(async (b) => ({ name: b.locale, data: await writeXlsx(b.spec) })),
      );
      const [lo, gn] = await Promise.all([recalculatePackages(files), recalculateInGnumeric(files)]);
      results = files.map((f) => ({
        locale: f.name as Locale,
        data: f.data,
        lo: lo.get(f.name)!,
        gn: gn.get(f.name)!,
      }));
    }, 300_000);

    it("both engines agree on every formula cell", () => {
      for (const r of results) {
        const { cells, differences } = compareEngineOutputs(r.locale, r.data, r.lo, r.gn);
        expect(cells).toBeGreaterThan(400);
        if (differences.length) throw new Error(describeDifferences(differences));
      }
    });

    it.each(["en-US", "zh-CN"] as const)(
      "%s: every line equals the hand-worked value, in both engines",
      (locale) => {
        const r = results.find((x) => x.locale === locale)!;
        const { layout } = books.find((b) => b.locale === locale)!;
        const lines = expectedLines(locale);
        for (const [engine, data] of [
          ["LibreOffice", r.lo],
          ["Gnumeric", r.gn],
        ] as const) {
          const sheet = readXmlWorkbook(data).sheets.get(layout.sheets.statements)!;
          const value = (row: number, col: number) => sheet.get(at(row, col))?.value ?? null;
          // Both statements on the one sheet.
          expect(layout.sheets.statementSheets).toEqual([layout.sheets.statements]);
          STATEMENT_REPS.forEach((rep, ri) => {
            const top = layout.statementAt(ri).row;
            expect(value(top, 0)).toBe(
              locale === "en-US" ? `Pay statement: ${rep.name}` : `个人结算单：${rep.name}`,
            );
            lines.forEach(([label, of], i) => {
              const y = top + 3 + i;
              expect({ engine, rep: rep.name, y, label: value(y, 0) }).toEqual({
                engine,
                rep: rep.name,
                y,
                label,
              });
              [0, 1].forEach((p) =>
                close(value(y, 1 + p), of(HAND[ri][p]), `${engine} ${rep.name} ${label} P${p + 1}`),
              );
            });
            // The line after the last is the footer: no line is missing or extra.
            expect(typeof value(top + 3 + lines.length, 0)).toBe("string");
            expect(top + 3 + lines.length + 6).toBe(top + layout.statement.rows);
          });
          // Totals: the payable over both periods, and the attainment total as credited / quota.
          const payRow = 3 + layout.statement.payableOffset;
          close(value(payRow, 3), 7500 + 7400, `${engine} Ann total payable`);
          close(value(layout.statement.rows + payRow, 3), 3000 + 4535, `${engine} Bo total payable`);
          close(
            value(layout.statement.rows + 6, 3),
            (90000 + 130000) / 200000,
            `${engine} Bo revenue attainment total`,
          );
        }
      },
    );
  },
);
