/**
 * The Excel host against the fake Excel: few round trips, free names on clashes without touching what
 * a user has, all-or-nothing on failure at any sync, progress, and graceful older API sets.
 */
import fs from "fs";
import path from "path";
import { importCrm, sampleExportTable } from "../../src/generators/crm";
import { ExcelWriteError, NameWhileInactiveError, applyWorkbookSpec } from "../../src/hosts/excel";
import { parseRosterCsv } from "../../src/schemas/roster";
import { WorkbookSpec, WorkbookSpecError } from "../../src/workbook";
import { FakeExcel, REQUEST_LIMIT } from "../support/fake-excel";
import { cellKey } from "../support/fake-excel/model";
import { goalGridSpec } from "./goal-grid";
import { GOALS, sampleSpec } from "./sample-spec";

/** The fake stands in for Office.js; its context and collections implement the subset used. */
function write(fake: FakeExcel, spec: WorkbookSpec, options: Parameters<typeof applyWorkbookSpec>[2] = {}) {
  return fake.run((ctx) =>
    applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, {
      isSetSupported: fake.isSetSupported,
      ...options,
    }),
  );
}

/** A user's workbook that already has the names the sample asks for. */
function busyWorkbook(): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: GOALS,
        cells: { A1: "My own goals", B2: 42, C3: "=B2*2", D4: "'=not a formula" },
        tables: [{ name: "GoalTable", range: "A6:B8" }],
        names: [{ name: "Local", formula: "=$B$2" }],
      },
      { name: "Rates", cells: { A1: 0.1 } },
    ],
    names: [{ name: "Tiers", formula: "=Rates!$A$1" }],
  });
}

describe("Excel host", () => {
  it("writes the sample in three round trips (read, write, recalculate), with every feature", async () => {
    const fake = new FakeExcel();
    const result = await write(fake, sampleSpec());
    expect(result.syncs).toBe(3);
    expect(fake.syncCount).toBe(3);
    expect(result.skipped).toEqual([]);
    const snap = fake.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Sheet1", GOALS, "Rates", "Lists"]);
    expect(snap.activeSheet).toBe(GOALS);
    const goals = snap.sheets[1];
    expect(goals.cells.A4.content).toEqual({ value: "Li Wei 李伟" });
    expect(goals.cells.C4.content).toEqual({ value: 100000 });
    expect(goals.cells.E4.content).toEqual({ formula: "=IFERROR(D4/C4,0)" });
    expect(goals.cells.J5.content).toEqual({
      formula: '=MAXIFS(GoalTable[Actual],GoalTable[Region],"West")',
    });
    // Forced text stays text (Excel's "'" prefix), never a formula.
    expect(goals.cells.A2.content).toEqual({
      value: "=Targets are firm; review monthly. 目标刚性,每月回顾。",
    });
    // Totals row: SUBTOTAL per function, the block's label, Excel's default total cleared.
    expect(goals.cells.C9.content).toEqual({ formula: "=SUBTOTAL(109,GoalTable[Target])" });
    expect(goals.cells.E9.content).toEqual({ formula: "=SUBTOTAL(101,GoalTable[Attainment])" });
    expect(goals.cells.A9.content).toEqual({ value: "Total 合计" });
    expect(goals.cells.G9?.content).toBeUndefined();
    expect(snap.tables).toEqual([
      { name: "GoalTable", sheet: GOALS, range: "A3:G9", showTotals: true, style: "TableStyleMedium2" },
    ]);
    expect(snap.names.map((n) => n.name)).toEqual(["Tiers", "Holidays"]);
    expect(goals.names).toEqual([{ name: "Bonus", formula: "=0.05", comment: "Bonus rate on actual sales" }]);
    expect(goals.freeze).toEqual({ rows: 3, columns: 1 });
    expect(goals.showGridlines).toBe(false);
    expect(goals.tabColor).toBe("#1F4E79");
    expect(goals.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$3:$3",
      printArea: "A1:G9",
    });
    expect(goals.pageBreaksBefore).toEqual([6, 8]);
    expect(goals.protection).toEqual({
      options: { allowSort: true, allowAutoFilter: true, allowFormatColumns: false, selectionMode: "Normal" },
    });
    // Styles: header bold and filled; input cells and the extra range unlocked; formats layered.
    expect(goals.cells.A3.format).toMatchObject({
      bold: true,
      fill: "#1F4E79",
      horizontal: "Center",
      locked: true,
    });
    expect(goals.cells.A3.format!.borders).toEqual({
      top: "Continuous:Thin",
      bottom: "Continuous:Thin",
      left: "Continuous:Thin",
      right: "Continuous:Thin",
    });
    expect(goals.cells.C4.format).toMatchObject({ locked: false, fill: "#FFF2CC", numberFormat: "#,##0" });
    expect(goals.cells.G4.format).toMatchObject({ locked: false, numberFormat: "yyyy-mm-dd" });
    expect(goals.cells.A9.format!.borders).toEqual({ top: "Double" });
    expect(goals.merges).toEqual(["A1:G1", "A2:G2"]);
    // OOXML: pixels = trunc((256 * width + trunc(128 / 7)) / 256 * 7) for Calibri 11; points = pixels * 3/4.
    // 22 -> trunc(154.49) = 154 px = 115.5 pt; 10 -> 70 px; 14 -> 98 px; 2 -> 14 px.
    expect(goals.columnWidths).toEqual({ A: 115.5, B: 52.5, C: 73.5, H: 10.5 });
    expect(goals.hiddenColumns).toEqual(["H"]);
    expect(goals.rowHeights).toEqual({ 1: 24, 2: 30 });
    expect(goals.validations).toHaveLength(5);
    expect(goals.conditionalFormats.map((c) => c.type)).toEqual([
      "CellValue",
      "Custom",
      "DataBar",
      "ColorScale",
      "IconSet",
      "CellValue",
    ]);
    // ExcelApi 1.7 and later: made from the first series, then each series pointed at its cells.
    expect(snap.sheets[2].charts).toEqual([
      {
        type: "ColumnClustered",
        source: "Rates!G2:G3",
        seriesBy: "Columns",
        series: [{ name: "Actual 实际", values: "Rates!G2:G3", categories: "Rates!F2:F3" }],
        title: "Actual by region 各区域实际",
        valueAxisTitle: "Amount 金额",
        legend: "Bottom",
        position: ["I2", "P16"],
      },
    ]);
  });

  it("keeps the sync count flat from 5 to 500 reps", async () => {
    for (const reps of [5, 50, 500]) {
      const fake = new FakeExcel();
      const result = await write(fake, goalGridSpec(reps));
      expect(result.syncs).toBe(3);
      expect(fake.requests.every((r) => r.bytes < REQUEST_LIMIT)).toBe(true);
      const sheet = fake.snapshot().sheets[1];
      expect(sheet.cells[`A${reps + 1}`].content).toEqual({
        value: `Rep ${String(reps).padStart(4, "0")} 销售`,
      });
    }
  });

  it("suspends calculation in every write request, screen updating in the first", async () => {
    const fake = new FakeExcel();
    await write(fake, goalGridSpec(300), { requestBudget: 64 * 1024 });
    const [read, ...rest] = fake.requests;
    const writes = rest.slice(0, -1);
    expect(writes.length).toBeGreaterThan(1);
    expect(read.calcSuspended).toBe(false);
    for (const w of writes) expect(w.calcSuspended).toBe(true);
    expect(writes.map((w) => w.screenSuspended)).toEqual(writes.map((_, i) => i === 0));
  });

  it("adds one sync per extra 4 MB chunk, each request under Excel on the web's 5 MB", async () => {
    // 2,000 rows of ten 300-character notes: about 6 MB of cell data in one block.
    const note = "Follow up with the customer on renewal terms; 跟进客户续约条款。".padEnd(300, ".");
    const rows = Array.from({ length: 2000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `${note}${r}-${c}`),
    );
    const fake = new FakeExcel();
    const result = await write(fake, { sheets: [{ name: "Notes", blocks: [{ start: "A1", rows }] }] });
    // The read first, the recalculation last.
    const writes = fake.requests.slice(1, -1);
    const total = writes.reduce((s, r) => s + r.bytes, 0);
    expect(total).toBeGreaterThan(6_000_000);
    expect(result.syncs).toBe(2 + writes.length);
    expect(writes.length).toBe(Math.ceil(total / (4 * 1024 * 1024)));
    expect(fake.requests.every((r) => r.bytes < REQUEST_LIMIT)).toBe(true);
    expect(fake.snapshot().sheets[1].cells.J2000.content).toEqual({ value: `${note}1999-9` });
  });

  it("keeps each request near its budget, measured by the fake", async () => {
    const fake = new FakeExcel();
    const budget = 256 * 1024;
    const result = await write(fake, goalGridSpec(1000), { requestBudget: budget });
    expect(result.syncs).toBeGreaterThan(3);
    // The host's estimate and the fake's count are independent; they stay within a quarter.
    for (const r of fake.requests) expect(r.bytes).toBeLessThan(budget * 1.25);
    expect(fake.snapshot().sheets[1].cells.AB1001.content).toEqual({ formula: "=SUM(O1001:Z1001)" });
  });

  it("gives clashing names free ones and leaves the user's sheet, table and names untouched", async () => {
    const fake = busyWorkbook();
    const before = fake.snapshot();
    const result = await write(fake, sampleSpec());
    const after = fake.snapshot();
    expect(result.sheets.map((s) => s.name)).toEqual([`${GOALS} (2)`, "Rates (2)", "Lists"]);
    expect(result.tables).toEqual([{ requested: "GoalTable", name: "GoalTable_2", sheet: `${GOALS} (2)` }]);
    expect(after.sheets[0]).toEqual(before.sheets[0]);
    expect(after.sheets[1]).toEqual(before.sheets[1]);
    expect(after.names.slice(0, 1)).toEqual(before.names);
    expect(after.tables[0]).toEqual(before.tables[0]);
    const goals = after.sheets.find((s) => s.name === `${GOALS} (2)`)!;
    expect(goals.cells.J4.content).toEqual({
      formula: '=SUMIFS(GoalTable_2[Actual],GoalTable_2[Region],"East")',
    });
    expect(goals.cells.J8.content).toEqual({ formula: "='Rates (2)'!B3*2" });
    expect(goals.cells.J9.content).toEqual({ formula: "='Goals 2027-Q1 (2)'!C4+1" });
    expect(goals.cells.J6.content).toEqual({ formula: "=VLOOKUP(E4,Tiers_2,2,TRUE)" });
    expect(after.names.map((n) => n.name)).toEqual(["Tiers", "Tiers_2", "Holidays"]);
    expect(after.names[1].formula).toBe("='Rates (2)'!$A$2:$B$5");
    expect(after.activeSheet).toBe(`${GOALS} (2)`);
  });

  it("leaves the workbook as it was when any sync fails, however much of the request went through", async () => {
    // A write in several requests (small budget), so there are several write syncs to fail at.
    const spec = goalGridSpec(200);
    const options = { requestBudget: 32 * 1024 };
    const { syncs } = await write(busyWorkbook(), spec, options);
    expect(syncs).toBeGreaterThan(2);
    let failures = 0;
    for (let at = 1; at <= syncs; at++) {
      for (const applied of [0, 1, undefined, 1_000_000]) {
        const fake = busyWorkbook();
        const before = fake.snapshot();
        fake.failAt({ atSync: at, applied });
        const error = await write(fake, spec, options).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ExcelWriteError);
        expect((error as Error).message).toMatch(/Injected failure/);
        expect((error as Error).message).toMatch(/工作簿已恢复原状/);
        expect(fake.snapshot()).toEqual(before);
        failures++;
      }
    }
    expect(failures).toBe(syncs * 4);
  });

  it("also rolls back when Excel itself refuses an action", async () => {
    const fake = busyWorkbook();
    const before = fake.snapshot();
    const spec = sampleSpec();
    // A list source on a sheet that does not exist: Excel refuses the formula.
    const bad: WorkbookSpec = {
      ...spec,
      sheets: spec.sheets.map((s, i) =>
        i === 0
          ? {
              ...s,
              validations: [{ range: "K1", rule: { type: "listSource", source: "=Missing!$A$1:$A$3" } }],
            }
          : s,
      ),
    };
    await expect(write(fake, bad)).rejects.toThrow(/no sheet "Missing"/);
    expect(fake.snapshot()).toEqual(before);
  });

  it("reports progress from 0 to the total", async () => {
    const fake = new FakeExcel();
    const seen: [number, number][] = [];
    await write(fake, goalGridSpec(200), {
      requestBudget: 32 * 1024,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen[0][0]).toBe(0);
    expect(seen[seen.length - 1][0]).toBe(seen[0][1]);
    // One report before the writes and one per write request; the read and the recalculation
    // requests report nothing.
    expect(seen.length).toBe(fake.syncCount - 1);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThan(seen[i - 1][0]);
  });

  it("skips features of newer API sets on an older Excel and still writes the data", async () => {
    const fake = new FakeExcel({ apiVersion: "1.5" });
    const result = await write(fake, sampleSpec());
    // No calculation suspension before ExcelApi 1.6, so no recalculation request either.
    expect(result.syncs).toBe(2);
    expect(result.skipped.map((s) => s.feature)).toEqual(
      expect.arrayContaining([
        "conditional formats",
        "data validation",
        "freeze panes",
        "print setup",
        "tab colour",
      ]),
    );
    expect(result.skipped.find((s) => s.feature === "data validation")).toMatchObject({
      sheet: GOALS,
      requires: "ExcelApi 1.8",
      zh: expect.stringContaining("数据验证"),
    });
    expect(fake.requests[1]).toMatchObject({ calcSuspended: false, screenSuspended: false });
    const goals = fake.snapshot().sheets[1];
    expect(goals.cells.E4.content).toEqual({ formula: "=IFERROR(D4/C4,0)" });
    expect(goals.cells.A3.format).toMatchObject({ bold: true });
    expect(goals.validations).toEqual([]);
    // Before ExcelApi 1.7 the chart comes from one block, categories first; Excel takes the text
    // column as the categories and the series gets its name.
    expect(fake.snapshot().sheets[2].charts).toEqual([
      expect.objectContaining({
        source: "Rates!F2:G3",
        seriesBy: "Columns",
        series: [{ name: "Actual 实际", values: "Rates!G2:G3", categories: "Rates!F2:F3" }],
        title: "Actual by region 各区域实际",
        position: ["I2", "P16"],
      }),
    ]);
  });

  it("leaves out, and names, a chart an Excel before ExcelApi 1.7 cannot draw from its references", async () => {
    const spec = sampleSpec();
    const rates = spec.sheets[1];
    // Holiday dates in D as categories: not the column next to the values in G.
    const chart = { ...rates.charts![0], categories: "D2:D3" };
    const fake = new FakeExcel({ apiVersion: "1.5" });
    const sheets = spec.sheets.map((s) => (s === rates ? { ...rates, charts: [chart] } : s));
    const result = await write(fake, { ...spec, sheets });
    expect(result.skipped.find((s) => s.feature === "charts")).toMatchObject({
      sheet: "Rates",
      requires: "ExcelApi 1.7",
      zh: expect.stringContaining("图表"),
    });
    expect(fake.snapshot().sheets[2].charts).toEqual([]);
  });

  it("refuses an invalid spec before any round trip", async () => {
    const fake = new FakeExcel();
    await expect(write(fake, { sheets: [{ name: "a:b", blocks: [] }] })).rejects.toBeInstanceOf(
      WorkbookSpecError,
    );
    expect(fake.syncCount).toBe(0);
  });

  it("keeps text that Excel would parse as text", async () => {
    const fake = new FakeExcel();
    const texts = [
      "=1+1",
      "+86 138 0000 0000",
      "-5",
      "2027-01-31",
      "1/2",
      "TRUE",
      "#N/A",
      "'quoted",
      "12%",
      "007",
    ];
    await write(fake, {
      sheets: [{ name: "T", blocks: [{ start: "A1", rows: texts.map((t) => [t, { text: t }]) }] }],
    });
    const cells = fake.snapshot().sheets[1].cells;
    texts.forEach((t, i) => {
      expect(cells[`A${i + 1}`].content).toEqual({ value: t });
      expect(cells[`B${i + 1}`].content).toEqual({ value: t });
    });
  });
});

describe("Excel host, held to Excel's documented limits (issue 16)", () => {
  it("writes the open date rule's lowest date as 1900-01-01, a date Excel holds", async () => {
    // Goal settings and ramp sheets ask for "any date" ({type: date}); self-review for 1..2958465.
    const fake = new FakeExcel();
    await write(fake, {
      sheets: [
        {
          name: "Dates",
          blocks: [],
          validations: [
            { range: "A1:A5", rule: { type: "date" } },
            { range: "B1:B5", rule: { type: "date", min: 1, max: 2958465 } },
            { range: "C1:C5", rule: { type: "date", min: 59, max: 61 } },
          ],
        },
      ],
    });
    const [a, b, c] = fake.snapshot().sheets[1].validations;
    // Serial 1 is 1900-01-01; 2958465 is 9999-12-31; 59 is 1900-02-28 and 61 1900-03-01
    // (serial 60 is Excel's fictitious 1900-02-29).
    expect(a.rule).toEqual({ date: { operator: "GreaterThanOrEqualTo", formula1: "1900-01-01" } });
    expect(b.rule).toEqual({
      date: { operator: "Between", formula1: "1900-01-01", formula2: "9999-12-31" },
    });
    expect(c.rule).toEqual({
      date: { operator: "Between", formula1: "1900-02-28", formula2: "1900-03-01" },
    });
  });

  it("sizes requests in UTF-8 bytes: 3 MB of Chinese characters is 9 MB on the wire", async () => {
    // 1,000 rows of ten 300-character Chinese notes: 3,000,000 characters, 9,000,000 bytes.
    const note = "跟进客户续约条款并确认付款计划".repeat(20);
    expect(note.length).toBe(300);
    const rows = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => note));
    const fake = new FakeExcel();
    await write(fake, { sheets: [{ name: "Notes", blocks: [{ start: "A1", rows }] }] });
    const writes = fake.requests.slice(1);
    expect(writes.reduce((s, r) => s + r.bytes, 0)).toBeGreaterThan(9_000_000);
    expect(fake.requests.every((r) => r.bytes <= REQUEST_LIMIT)).toBe(true);
    expect(fake.snapshot().sheets[1].cells.J1000.content).toEqual({ value: note });
  });

  it("imports 100,000 rows of a Chinese CRM export with every request under 5 MB", async () => {
    const roster = parseRosterCsv(
      fs.readFileSync(path.join(__dirname, "../../examples/goals/roster.zh-CN.csv"), "utf8"),
    );
    if (!roster.ok) throw new Error("examples/goals/roster.zh-CN.csv");
    const asOf = (Date.UTC(2027, 2, 20) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const table = sampleExportTable(
      roster.value.map((r) => r.name),
      { rows: 100_000, asOf, flavour: "fxiaoke" },
    );
    const result = importCrm(table, roster.value, { locale: "zh-CN", asOf });
    if (!result.ok) throw new Error("import");
    const fake = new FakeExcel();
    const written = await write(fake, result.workbook.spec);
    expect(fake.requests.every((r) => r.bytes <= REQUEST_LIMIT)).toBe(true);
    const total = fake.requests.reduce((s, r) => s + r.bytes, 0);
    expect(total).toBeGreaterThan(REQUEST_LIMIT);
    expect(written.syncs).toBe(fake.syncCount);
    const layout = result.workbook.data;
    expect(layout.lastRow - layout.firstRow + 1).toBe(result.imported.records.length);
    expect(result.imported.records.length).toBeGreaterThan(99_000);
    const sheet = fake.state.sheetByName(layout.sheet)!;
    expect(sheet.cells.get(cellKey(layout.lastRow - 1, 0))?.content).toBeDefined();
  }, 180_000);

  it("recalculates after the last write, in a request with no suspension", async () => {
    const fake = new FakeExcel();
    await write(fake, goalGridSpec(1000), { requestBudget: 256 * 1024 });
    expect(fake.pendingRecalc).toBe(false);
    const last = fake.requests[fake.requests.length - 1];
    expect(last).toMatchObject({ calcSuspended: false, screenSuspended: false });
  });

  it("suspends screen updating once per write, not in every chunk", async () => {
    const fake = new FakeExcel();
    const result = await write(fake, goalGridSpec(1000), { requestBudget: 256 * 1024 });
    expect(result.syncs).toBeGreaterThan(3);
    expect(fake.screenSuspensions).toBe(1);
  });

  it("refuses more than 1,026 manual page breaks on a sheet before any round trip", async () => {
    const fake = new FakeExcel();
    const breaksBefore = Array.from({ length: 1027 }, (_, i) => 2 + i * 3);
    await expect(
      write(fake, { sheets: [{ name: "S", blocks: [], print: { breaksBefore } }] }),
    ).rejects.toThrow(/1026/);
    expect(fake.syncCount).toBe(0);
  });

  it("rolls back and says why when Excel refuses names while its window is not active (office-js 2078)", async () => {
    const fake = busyWorkbook();
    const before = fake.snapshot();
    fake.state.windowActive = false;
    const error = await write(fake, sampleSpec()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelWriteError);
    const cause = (error as ExcelWriteError).cause;
    expect(cause).toBeInstanceOf(NameWhileInactiveError);
    expect((cause as Error).message).toMatch(/Click into the workbook and run it again/);
    expect((cause as Error).message).toMatch(/请点击工作簿后重新运行/);
    expect((cause as NameWhileInactiveError).cause).toMatchObject({ code: "ItemNotFound" });
    expect(fake.snapshot()).toEqual(before);
    // Back in the window, the same write goes through.
    fake.state.windowActive = true;
    await expect(write(fake, sampleSpec())).resolves.toMatchObject({ skipped: [] });
  });
});
