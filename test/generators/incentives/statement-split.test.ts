/**
 * A team's pay statements over several sheets (issue 23): a sheet has 1,048,576 rows and Excel keeps
 * at most 1,026 manual page breaks on it ("Excel specifications and limits"); every statement keeps a
 * page break before it, and no statement is split across sheets. A team within both limits keeps
 * one sheet, exactly as before (the goldens).
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import { statementParts } from "../../../src/generators/incentives/statement-sheets";
import {
  EXCEL_STATEMENT_LIMITS,
  splitStatements,
  statementPlace,
} from "../../../src/generators/incentives/statement-split";
import { INCENTIVE_TEXTS } from "../../../src/i18n/sheets/incentives";
import { MAX_SHEET_NAME } from "../../../src/workbook/names";
import type { CellInput, SheetSpec } from "../../../src/workbook/spec";
import { validateWorkbookSpec } from "../../../src/workbook";
import { planModel } from "../../kpi/plan/worked-examples";
import { richPlan } from "./rich-plan";
import { STATEMENT_PLAN, STATEMENT_REPS } from "./statement-plan";
import { repName, twelveMonthTeam } from "./statement-team";

const REAL = EXCEL_STATEMENT_LIMITS;

function cellText(v: CellInput | undefined): string | null {
  if (typeof v === "string") return v;
  if (v !== null && typeof v === "object" && "text" in v) return String((v as { text: unknown }).text);
  return null;
}

/** Column A of a sheet (its single block starts at A1). */
function columnA(sheet: SheetSpec): (string | null)[] {
  const rows = sheet.blocks[0].rows as readonly (readonly CellInput[])[];
  const out: (string | null)[] = [];
  for (let r = 0; r < rows.length; r++) out.push(cellText(rows[r]?.[0]));
  return out;
}

describe("the split decision", () => {
  it("uses Excel's limits: 1,048,576 rows and 1,026 manual page breaks a sheet", () => {
    expect(REAL).toEqual({ rows: 1_048_576, breaks: 1_026 });
  });

  it("10,000 twelve-period statements of 141 rows: rows alone would need 2 sheets, the page breaks 40", () => {
    // Rows only (breaks not counted): a sheet holds its line naming the reps, then whole statements:
    // floor((1,048,576 - 1) / 141) = 7,436 statements, 7,436 x 141 = 1,048,476 rows;
    // ceil(1,410,000 / 1,048,476) = 2 sheets, the second with 10,000 - 7,436 = 2,564.
    const rowsOnly = splitStatements(141, Array(10_000).fill(3), { rows: REAL.rows, breaks: Infinity });
    expect(rowsOnly).toEqual([
      { first: 0, end: 7_436, top: 1 },
      { first: 7_436, end: 10_000, top: 1 },
    ]);
    // With the breaks: four pages a statement (three bands of four periods, then the notes) are three
    // breaks inside it and one before it (but the sheet's first): k statements take 4k - 1 <= 1,026,
    // k = 256. ceil(10,000 / 256) = 40 sheets, 39 x 256 = 9,984, the last with 16.
    const parts = splitStatements(141, Array(10_000).fill(3), REAL);
    expect(parts).toHaveLength(40);
    parts.slice(0, 39).forEach((p, i) => expect(p).toEqual({ first: 256 * i, end: 256 * (i + 1), top: 1 }));
    expect(parts[39]).toEqual({ first: 9_984, end: 10_000, top: 1 });
  });

  it("one-page statements: 1,027 keep one sheet (1,026 breaks), 1,028 take two", () => {
    expect(splitStatements(44, Array(1_027).fill(0), REAL)).toEqual([{ first: 0, end: 1_027, top: 0 }]);
    // Split: the first sheet still takes 1,027 (a line above them, no break before the first).
    expect(splitStatements(44, Array(1_028).fill(0), REAL)).toEqual([
      { first: 0, end: 1_027, top: 1 },
      { first: 1_027, end: 1_028, top: 1 },
    ]);
  });

  it("the same for a real plan's layout: 1,028 one-page statements of the rich plan", () => {
    const model = richPlan();
    const reps = Array.from({ length: 1_028 }, (_, i) => model.reps[i % model.reps.length]);
    const adjustmentNotes = reps.map((_, i) => model.adjustmentNotes[i % model.reps.length]);
    expect(statementParts({ ...model, reps, adjustmentNotes })).toEqual([
      { first: 0, end: 1_027, top: 1 },
      { first: 1_027, end: 1_028, top: 1 },
    ]);
  });

  it("a statement's rows decide where the row limit binds: 600 statements of 2,000 rows", () => {
    // floor(1,048,575 / 2,000) = 524 a sheet, 523 breaks between them: 524 + 76.
    expect(splitStatements(2_000, Array(600).fill(0), REAL)).toEqual([
      { first: 0, end: 524, top: 1 },
      { first: 524, end: 600, top: 1 },
    ]);
  });

  it("finds a rep's sheet and row", () => {
    const parts = [
      { first: 0, end: 3, top: 1 },
      { first: 3, end: 5, top: 1 },
    ];
    expect(statementPlace(parts, 10, 0)).toEqual({ part: 0, row: 1 });
    expect(statementPlace(parts, 10, 2)).toEqual({ part: 0, row: 21 });
    expect(statementPlace(parts, 10, 3)).toEqual({ part: 1, row: 1 });
    expect(statementPlace(parts, 10, 4)).toEqual({ part: 1, row: 11 });
    expect(() => statementPlace(parts, 10, 5)).toThrow(RangeError);
  });
});

describe("a team split by the page-break limit", () => {
  // 300 reps, four pages each: 256 on the first sheet (1,023 breaks), 44 on the second (175).
  const model = twelveMonthTeam(300);
  const BLOCK = 121;

  it("writes Pay statements and Pay statements 2, each rep's statement once, breaks within the limit", () => {
    const { spec, layout } = generateIncentiveWorkbook(model);
    expect(layout.statement.rows).toBe(BLOCK);
    expect(layout.sheets.statementSheets).toEqual(["Pay statements", "Pay statements 2"]);
    expect(layout.sheets.statements).toBe("Pay statements");
    const sheets = layout.sheets.statementSheets.map((n) => spec.sheets.find((s) => s.name === n)!);
    // Right after the calculation sheet, in order.
    const names = spec.sheets.map((s) => s.name);
    expect(names.indexOf("Pay statements 2")).toBe(names.indexOf("Pay statements") + 1);

    const counts = [256, 44];
    sheets.forEach((sheet, i) => {
      const breaks = sheet.print!.breaksBefore!;
      expect(breaks).toHaveLength(4 * counts[i] - 1);
      expect(breaks.length).toBeLessThanOrEqual(1_026);
      // The first statement at row 2 (under the line), its bands at 2 + 38 and 2 + 76, its notes at
      // 2 + 114; the next statement 121 rows further.
      expect(breaks.slice(0, 4)).toEqual([40, 78, 116, 123]);
      expect(sheet.print!.scale).toBe(74);
      expect(sheet.print!.area).toBe(`A2:F${1 + counts[i] * BLOCK}`);
      expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
    });

    // Every rep's title exactly once, in roster order, at the row statementAt gives.
    const titles = sheets.flatMap((sheet) =>
      columnA(sheet)
        .map((t, row) => ({ t, row, sheet: sheet.name }))
        .filter((c) => /^Pay statement: Rep \d{3}$/.test(c.t ?? "")),
    );
    // Three bands a statement, each titled (the notes' page is titled "... (continued)").
    expect(titles).toHaveLength(3 * 300);
    const firsts = titles.filter((_, k) => k % 3 === 0);
    expect(firsts.map((c) => c.t)).toEqual(model.reps.map((r) => `Pay statement: ${r.name}`));
    model.reps.forEach((_, r) => {
      const place = layout.statementAt(r);
      expect({ sheet: place.sheet, row: place.row }).toEqual({ sheet: firsts[r].sheet, row: firsts[r].row });
    });
    expect(layout.statementAt(255)).toEqual({ sheet: "Pay statements", row: 1 + 255 * BLOCK });
    expect(layout.statementAt(256)).toEqual({ sheet: "Pay statements 2", row: 1 });

    // The line that names each sheet's reps.
    expect(columnA(sheets[0])[0]).toBe(
      `This sheet holds reps 1–256 of 300 in roster order (${repName(0)} to ${repName(255)}); the other reps' statements are on the other Pay statements sheets.`,
    );
    expect(columnA(sheets[1])[0]).toContain(
      `reps 257–300 of 300 in roster order (${repName(256)} to ${repName(299)})`,
    );

    // Excel would take it: no more breaks than a sheet keeps, names within 31 characters.
    expect(validateWorkbookSpec(spec)).toEqual([]);
  });

  it("points at the rep's Payable through the layout on the second sheet", () => {
    const { spec, layout } = generateIncentiveWorkbook(model);
    const place = layout.statementAt(257);
    const sheet = spec.sheets.find((s) => s.name === place.sheet)!;
    const rows = sheet.blocks[0].rows as readonly (readonly CellInput[])[];
    // Title, info, header, then the lines: the Payable line's label.
    const label = cellText(rows[place.row + 3 + layout.statement.payableOffset][0]);
    expect(label).toBe(INCENTIVE_TEXTS["en-US"].calc.payable);
    expect(cellText(rows[place.row][0])).toBe(`Pay statement: ${repName(257)}`);
    expect(at(place.row, 0)).toBe(`A${place.row + 1}`);
  });

  it("names the sheets in Chinese: 个人结算单, 个人结算单 2", () => {
    const { spec, layout } = generateIncentiveWorkbook(model, { locale: "zh-CN" });
    expect(layout.sheets.statementSheets).toEqual(["个人结算单", "个人结算单 2"]);
    const second = spec.sheets.find((s) => s.name === "个人结算单 2")!;
    expect(columnA(second)[0]).toBe(
      `本表为名单中第 257–300 位销售人员（共 300 位）：${repName(256)} 至 ${repName(299)}；其他销售人员的结算单在其余“个人结算单”工作表中。`,
    );
  });

  it("steps aside for a sheet the workbook already has, and the layout follows", () => {
    const existing = { sheets: ["Pay statements 2"], tables: [], names: [] };
    const { spec, layout } = generateIncentiveWorkbook(model, { existing });
    expect(layout.sheets.statementSheets).toEqual(["Pay statements", "Pay statements 2 (2)"]);
    expect(layout.statementAt(299).sheet).toBe("Pay statements 2 (2)");
    expect(spec.sheets.map((s) => s.name)).toContain("Pay statements 2 (2)");
    expect(spec.sheets.map((s) => s.name)).not.toContain("Pay statements 2");
  });

  it("keeps sheet names within 31 characters for the 40 sheets of 10,000 reps", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const t = INCENTIVE_TEXTS[locale].sheet;
      expect(t.statementsPart(40).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(new Set(Array.from({ length: 39 }, (_, i) => t.statementsPart(i + 2))).size).toBe(39);
      expect(Object.values(t).filter((v) => typeof v === "string")).not.toContain(t.statementsPart(2));
    }
  });
});

describe("a team within the limits", () => {
  it("keeps one sheet, no line above the statements, no print area", () => {
    const model = planModel(STATEMENT_PLAN, STATEMENT_REPS);
    const { spec, layout } = generateIncentiveWorkbook(model);
    expect(layout.sheets.statementSheets).toEqual(["Pay statements"]);
    const sheet = spec.sheets.find((s) => s.name === "Pay statements")!;
    expect(columnA(sheet)[0]).toBe("Pay statement: Ann Vale");
    expect(sheet.print?.area).toBeUndefined();
    expect(sheet.freeze).toBeUndefined();
    expect(layout.statementAt(1)).toEqual({ sheet: "Pay statements", row: layout.statement.rows });
  });
});
