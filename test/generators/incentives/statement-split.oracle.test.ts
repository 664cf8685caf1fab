/**
 * A team whose statements take more page breaks than Excel keeps on a sheet, written to .xlsx and
 * recalculated in LibreOffice: 300 reps of the twelve-month walk-through, four printed pages each,
 * go on two sheets (256 + 44). The file's page breaks stay within 1,026 a sheet, and the statements
 * on the second sheet, found through the layout, show the hand-worked payables (statement-team.ts).
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import { bandStarts } from "../../../src/generators/incentives/statement-sheets";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { unzip } from "../../hosts/unzip";
import {
  describeWithLibreOffice,
  describeWithPrinting,
  expectClose,
  printedPages,
  recalculate,
} from "../../oracle/libreoffice";
import { MAX_ROWS } from "../../../src/workbook/a1";
import { planModel } from "../../kpi/plan/worked-examples";
import { STATEMENT_REPS, TWELVE_PLAN } from "./statement-plan";
import { ANN_MONTH, ANN_YEAR, BO_MONTHS, BO_YEAR, twelveMonthTeam } from "./statement-team";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

describeWithLibreOffice("a team's statements over two sheets, recalculated", () => {
  it("keeps each sheet's breaks within 1,026 and pays reps on the second sheet as worked by hand", async () => {
    const model = twelveMonthTeam(300);
    const { spec, layout } = generateIncentiveWorkbook(model);
    const data = await writeXlsx(spec);

    // The breaks as written in each sheet's XML (<rowBreaks count="n" ...>), in workbook order.
    const parts = unzip(data);
    const workbook = parts.get("xl/workbook.xml")!;
    const order = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const breaksOf = (name: string) => {
      const xml = parts.get(`xl/worksheets/sheet${order.indexOf(name) + 1}.xml`)!;
      return Number(/<rowBreaks count="(\d+)"/.exec(xml)?.[1] ?? 0);
    };
    expect(layout.sheets.statementSheets).toEqual(["Pay statements", "Pay statements 2"]);
    expect(breaksOf("Pay statements")).toBe(4 * 256 - 1);
    expect(breaksOf("Pay statements 2")).toBe(4 * 44 - 1);

    const [wb] = [...(await recalculate([{ name: "split.xlsx", data }])).values()];
    const band = bandStarts(model)[0];
    const payable = 2 + 1 + layout.statement.payableOffset;
    // Rep 257 (index 256, Ann's actuals) opens the second sheet; rep 300 (index 299, Bo's) closes it.
    const ann = layout.statementAt(256);
    const bo = layout.statementAt(299);
    expect([ann.sheet, ann.row]).toEqual(["Pay statements 2", 1]);
    expect(bo.sheet).toBe("Pay statements 2");
    for (let p = 0; p < 12; p++) {
      const cell = (top: number) => at(top + Math.floor(p / 4) * band + payable, 1 + (p % 4));
      expectClose(wb.get(ann.sheet, cell(ann.row)), ANN_MONTH);
      expectClose(wb.get(bo.sheet, cell(bo.row)), BO_MONTHS[p % 2]);
    }
    // The year in the last band's total column (F).
    expectClose(wb.get(ann.sheet, at(ann.row + 2 * band + payable, 5)), ANN_YEAR);
    expectClose(wb.get(bo.sheet, at(bo.row + 2 * band + payable, 5)), BO_YEAR);
    // The last rep on the first sheet as well.
    const last = layout.statementAt(255);
    expect(last.sheet).toBe("Pay statements");
    expectClose(wb.get(last.sheet, at(last.row + 2 * band + payable, 5)), BO_YEAR);
  }, 300_000);
});

describeWithPrinting("split statements on paper", () => {
  it("print each sheet's statements from their first row, four pages a rep, without the line naming the reps", async () => {
    // Limits lowered (test-only option) so that Ann and Bo go on a sheet each.
    const model = planModel(TWELVE_PLAN, STATEMENT_REPS);
    const { spec, layout } = generateIncentiveWorkbook(model, {
      statementLimits: { rows: MAX_ROWS, breaks: 6 },
    });
    expect(layout.sheets.statementSheets).toEqual(["Pay statements", "Pay statements 2"]);
    const pages = await printedPages(await writeXlsx(spec));
    expect(pages.some((p) => p.includes("This sheet holds"))).toBe(false);
    const statementPages = pages.filter((p) => p.includes("Pay statement: "));
    // Three bands and the notes' page for each rep, each page one rep's, Ann's (first sheet) first.
    const whose = statementPages.map((p) =>
      STATEMENT_REPS.filter((r) => p.includes(r.name)).map((r) => r.name),
    );
    expect(whose).toEqual([...Array(4).fill(["Ann Vale"]), ...Array(4).fill(["Bo Quill"])]);
    // Each page starts with the rep's title (a band) or its continuation (the notes).
    statementPages.forEach((p, i) =>
      expect(p.trimStart().startsWith(`Pay statement: ${whose[i][0]}`)).toBe(true),
    );
  }, 300_000);
});
