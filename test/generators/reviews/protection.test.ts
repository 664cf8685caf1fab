/**
 * The written .xlsx of a review, opened with ExcelJS: every sheet is protected, exactly the intended
 * input cells are unlocked (the rep's on the self-review, the manager's on the manager sheet), every
 * formula and the hidden form data stay locked, and dropdowns reject other entries with a message.
 */
import ExcelJS from "exceljs";
import { buildRepReviewWorkbook } from "../../../src/generators/reviews/rep-workbook";
import { pairMentors } from "../../../src/generators/reviews/mentors";
import { reviewConfig } from "../../../src/schemas/review";
import { writeXlsx } from "../../../src/hosts/xlsx/write";

const config = reviewConfig({
  period: "2025-H1",
  feedbackRows: 5,
  competencies: [
    { key: "a", name: { en: "Prospecting", zh: "客户开发" }, weight: 0.4 },
    { key: "b", name: { en: "Needs discovery", zh: "需求挖掘" }, weight: 0.3 },
    { key: "c", name: { en: "Teamwork", zh: "团队协作" }, weight: 0.3 },
  ],
});

/** "B24:D25" -> B24 C24 D24 B25 C25 D25. */
function cells(...ranges: string[]): string[] {
  const out: string[] = [];
  for (const range of ranges) {
    const [a, b = a] = range.split(":");
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b)!;
    for (let r = Number(r1); r <= Number(r2); r++) {
      for (let c = c1.charCodeAt(0); c <= c2.charCodeAt(0); c++) out.push(`${String.fromCharCode(c)}${r}`);
    }
  }
  return out;
}

function unlockedCells(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked === false) out.push(cell.address);
    }),
  );
  return out.sort();
}

function formulaCells(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) out.push(cell);
    }),
  );
  return out;
}

describe("protection of the written review workbook", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const spec = buildRepReviewWorkbook({
      locale: "en-US",
      rep: { name: "Li Wei", role: "AE", team: "East", manager: "Zhang Min", hireDate: null },
      config,
      competencies: config.competencies!,
      mentors: pairMentors([], 0, config.mentoring),
      kpis: [
        {
          key: "revenue",
          name: { en: "Revenue", zh: "收入" },
          unit: "currency",
          direction: "higher",
          target: 100,
          actual: 90,
        },
        {
          key: "visits",
          name: { en: "Visits", zh: "拜访" },
          unit: "count",
          direction: "higher",
          target: 40,
          actual: null,
        },
      ],
    });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(spec)) as unknown as ArrayBuffer);
  });

  it("protects every sheet and keeps every formula locked", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      "Self-review",
      "Manager review",
      "Development plan",
      "Feedback log",
    ]);
    for (const ws of wb.worksheets) {
      const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
      expect({ sheet: ws.name, protected: protection?.sheet }).toEqual({ sheet: ws.name, protected: true });
      const unlockedFormulas = formulaCells(ws)
        .filter((c) => c.protection?.locked === false)
        .map((c) => c.address);
      expect({ sheet: ws.name, unlockedFormulas }).toEqual({ sheet: ws.name, unlockedFormulas: [] });
    }
  });

  it("unlocks only the rep's cells on the self-review", () => {
    // Layout: KPIs on rows 11-12 (the second has no actual: the rep reports it in E12), average 13;
    // competencies on rows 17-19 (self rating in C), totals 20-21; five narrative boxes B24:H28;
    // signature B31:C31 and its date E31.
    const ws = wb.getWorksheet("Self-review")!;
    expect(unlockedCells(ws)).toEqual(cells("E12", "C17:C19", "B24:H28", "B31:C31", "E31").sort());
    // The form data the collector reads sits in a hidden, locked column.
    expect(ws.getColumn("J").hidden).toBe(true);
    expect(ws.getCell("J1").protection?.locked).not.toBe(false);
    expect(String(ws.getCell("J1").value)).toMatch(/^sales-kit-form \{/);
  });

  it("unlocks only the manager's cells on the manager sheet", () => {
    // Ratings and comments C8:D10, overall comments B12:D12, signature B14 and date D14.
    const ws = wb.getWorksheet("Manager review")!;
    expect(unlockedCells(ws)).toEqual(cells("C8:D10", "B12:D12", "B14", "D14").sort());
  });

  it("unlocks the plan's inputs, not its dates, flags and track", () => {
    const ws = wb.getWorksheet("Development plan")!;
    const open = new Set(unlockedCells(ws));
    for (const input of ["B11", "E12", "B13"]) expect(open.has(input)).toBe(true);
    for (const computed of ["E7", "B7", "B8", "B12"]) expect(open.has(computed)).toBe(false);
  });

  it("unlocks the feedback log's entry columns A-K, not the overdue flag", () => {
    const ws = wb.getWorksheet("Feedback log")!;
    expect(unlockedCells(ws)).toEqual(cells("A7:K11").sort());
  });

  it("rejects anything but a listed rating, with a message", () => {
    const ws = wb.getWorksheet("Self-review")!;
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const rating = model["C17"];
    expect(rating).toMatchObject({
      type: "list",
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "stop",
      error: "Please choose one of the ratings in the list (1-5).",
    });
    expect(rating.formulae[0]).toBe(
      '"5 Exceptional 卓越,4 Exceeds expectations 超出预期,3 Meets expectations 符合预期,2 Needs improvement 需改进,1 Unsatisfactory 不合格"',
    );
    expect(model["E31"]).toMatchObject({ type: "date", showErrorMessage: true, errorStyle: "stop" });
    expect(model["E12"]).toMatchObject({ type: "decimal", error: "Please enter a number." });
  });
});
