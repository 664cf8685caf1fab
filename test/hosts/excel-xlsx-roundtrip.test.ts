/**
 * The two hosts agree: for the same spec, the fake Excel workbook the Excel host leaves and the file
 * the xlsx host writes hold the same values, formulas, number formats, validations, tables and names.
 */
import ExcelJS from "exceljs";
import { applyWorkbookSpec } from "../../src/hosts/excel";
import { removeFuturePrefixes } from "../../src/hosts/xlsx/future-functions";
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import { ExistingNames, WorkbookSpec, cellAddress, parseRange } from "../../src/workbook";
import { FakeExcel, WorkbookSnapshot } from "../support/fake-excel";
import { goalGridSpec } from "./goal-grid";
import { GOALS, sampleSpec } from "./sample-spec";
import { unzip } from "./unzip";

type Content = { value: string | number | boolean } | { formula: string };

interface Validation {
  range: string;
  type: string;
  operator?: string;
  operands: (string | number)[];
  allowBlank: boolean;
  prompt: { title: string; message: string } | null;
  error: { title: string; message: string };
}

interface SheetView {
  cells: Record<string, Content>;
  numberFormats: Record<string, string>;
  validations: Validation[];
}

function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const FAKE_OPERATORS: Record<string, string> = {
  Between: "between",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

function fromFake(snap: WorkbookSnapshot, sheetName: string): SheetView {
  const sheet = snap.sheets.find((s) => s.name === sheetName)!;
  const cells: SheetView["cells"] = {};
  const numberFormats: SheetView["numberFormats"] = {};
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (!cell.content) continue;
    if ("error" in cell.content) throw new Error(`unexpected error value in ${address}`);
    cells[address] = cell.content;
    if (cell.format?.numberFormat) numberFormats[address] = cell.format.numberFormat;
  }
  const validations = sheet.validations.map((v) => {
    const rule = v.rule as Record<string, Record<string, unknown>>;
    const [kind, body] = Object.entries(rule)[0];
    const prompt = v.prompt as { title: string; message: string } | undefined;
    const alert = v.errorAlert as { title: string; message: string };
    const common = {
      range: v.range,
      allowBlank: v.ignoreBlanks ?? true,
      prompt: prompt ? { title: prompt.title, message: prompt.message } : null,
      error: { title: alert.title, message: alert.message },
    };
    if (kind === "list") {
      const source = String(body.source);
      return { ...common, type: "list", operands: source.startsWith("=") ? [source] : source.split(",") };
    }
    const type = { wholeNumber: "whole", decimal: "decimal", date: "date" }[kind]!;
    const operands = [body.formula1, body.formula2]
      .filter((f) => f !== undefined)
      .map((f) => (type === "date" ? serial(String(f)) : Number(f)));
    return { ...common, type, operator: FAKE_OPERATORS[String(body.operator)], operands };
  });
  return { cells, numberFormats, validations };
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m
    ? m[1]
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
    : undefined;
}

function unescape(xml: string): string {
  return xml
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

async function fromXlsx(data: Uint8Array, sheetName: string): Promise<SheetView> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName)!;
  const cells: SheetView["cells"] = {};
  const numberFormats: SheetView["numberFormats"] = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.type === ExcelJS.ValueType.Formula)
        cells[cell.address] = { formula: `=${removeFuturePrefixes(cell.formula)}` };
      // ExcelJS reads date-formatted numbers as Dates; the file holds the serial.
      else if (cell.value instanceof Date)
        cells[cell.address] = { value: (cell.value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 };
      else if (cell.value !== null) cells[cell.address] = { value: cell.value as string | number | boolean };
      else return;
      if (cell.numFmt && cell.numFmt !== "General") numberFormats[cell.address] = cell.numFmt;
    }),
  );
  // Validations from the sheet XML itself, one element per range.
  const index = wb.worksheets.findIndex((w) => w.name === sheetName) + 1;
  const xml = unzip(data).get(`xl/worksheets/sheet${index}.xml`)!;
  const validations = [...xml.matchAll(/<dataValidation\s[^>]*>[\s\S]*?<\/dataValidation>/g)].map(([el]) => {
    const tag = el.slice(0, el.indexOf(">") + 1);
    const formulas = [...el.matchAll(/<formula\d>([\s\S]*?)<\/formula\d>/g)].map((m) => unescape(m[1]));
    const type = attr(tag, "type")!;
    const common = {
      range: attr(tag, "sqref")!,
      allowBlank: attr(tag, "allowBlank") === "1",
      prompt:
        attr(tag, "showInputMessage") === "1"
          ? { title: attr(tag, "promptTitle") ?? "", message: attr(tag, "prompt") ?? "" }
          : null,
      error: { title: attr(tag, "errorTitle") ?? "", message: attr(tag, "error") ?? "" },
    };
    if (type === "list") {
      const f = formulas[0];
      return { ...common, type, operands: f.startsWith('"') ? f.slice(1, -1).split(",") : [`=${f}`] };
    }
    return { ...common, type, operator: attr(tag, "operator") ?? "between", operands: formulas.map(Number) };
  });
  return { cells, numberFormats, validations };
}

/** Each validated cell with its rule (the range left out), in address order. */
function perCell(validations: Validation[]): Record<string, Omit<Validation, "range">> {
  const out: Record<string, Omit<Validation, "range">> = {};
  for (const { range, ...rule } of validations) {
    for (const part of range.split(" ")) {
      const r = parseRange(part);
      for (let row = r.start.row; row <= r.end.row; row++)
        for (let col = r.start.col; col <= r.end.col; col++) out[cellAddress(row, col)] = rule;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

async function bothHosts(spec: WorkbookSpec, fake: FakeExcel) {
  const result = await fake.run((ctx) =>
    applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, { isSetSupported: fake.isSetSupported }),
  );
  const snap = fake.snapshot();
  // The file is told the same names are taken, so it picks the same free names.
  const existing: ExistingNames = {
    sheets: snap.sheets.map((s) => s.name).filter((n) => !result.sheets.some((r) => r.name === n)),
    tables: snap.tables.map((t) => t.name).filter((n) => !result.tables.some((r) => r.name === n)),
    names: snap.names.map((n) => n.name).filter((n) => !result.names.some((r) => r.name === n)),
  };
  const data = await writeXlsxBytes(spec, { existing });
  return { result, snap, data };
}

/**
 * Records given column by column under a header row, in an Excel table, with a formula column that
 * reads another sheet of the spec (renamed when that name is taken, so its formulas are rewritten).
 */
function columnBlockSpec(): WorkbookSpec {
  return {
    sheets: [
      { name: "Lists", blocks: [{ start: "A1", rows: [["Rate"], [0.1]] }] },
      {
        name: "Records",
        blocks: [{ start: "A1", rows: [["Owner", "Amount", "Close", "Bonus"]] }],
        columnBlocks: [
          {
            start: "A2",
            columns: [
              ["Li Wei 李伟", { text: "=not a formula" }, null, "Zhang Min"],
              [1200.5, 300, 45, NaN],
              [46388, 46419],
              [2, 3, 4, 5].map((r) => ({ formula: `=B${r}*Lists!$A$2` })),
            ],
          },
        ],
        tables: [{ name: "Deals", range: "A1:D5" }],
        numberFormats: [{ range: "C2:C5", format: "yyyy-mm-dd" }],
      },
    ],
  };
}

describe("Excel host and xlsx host agree", () => {
  const cases: [string, () => WorkbookSpec, () => FakeExcel][] = [
    ["the sample goal sheet", sampleSpec, () => new FakeExcel()],
    ["a 40-rep monthly grid", () => goalGridSpec(40), () => new FakeExcel()],
    ["records in a column block", columnBlockSpec, () => new FakeExcel()],
    [
      "records in a column block, their formulas' sheet renamed",
      columnBlockSpec,
      () => new FakeExcel({ sheets: [{ name: "Lists" }] }),
    ],
    [
      "the sample in a workbook whose names clash",
      sampleSpec,
      () =>
        new FakeExcel({
          sheets: [
            { name: GOALS, tables: [{ name: "GoalTable", range: "A1:B3" }], cells: { A1: "x", B1: "y" } },
            { name: "Lists" },
          ],
          names: [{ name: "Tiers", formula: "=1" }],
        }),
    ],
  ];

  it.each(cases)("for %s", async (_label, makeSpec, makeFake) => {
    const { result, snap, data } = await bothHosts(makeSpec(), makeFake());
    for (const { name } of result.sheets) {
      const live = fromFake(snap, name);
      const file = await fromXlsx(data, name);
      expect(file.cells).toEqual(live.cells);
      expect(file.numberFormats).toEqual(live.numberFormats);
      // Compared cell by cell: ExcelJS merges equal neighbouring validations into one range.
      expect(perCell(file.validations)).toEqual(perCell(live.validations));
      expect(Object.keys(live.cells).length).toBeGreaterThan(0);
    }
    // Tables and defined names carry the same final names in both.
    const book = unzip(data).get("xl/workbook.xml")!;
    for (const n of result.names.filter((r) => r.sheet === undefined))
      expect(book).toContain(`<definedName name="${n.name}">`);
    for (const t of result.tables) {
      const ours = snap.tables.find((x) => x.name === t.name)!;
      expect(ours.sheet).toBe(t.sheet);
      const tableXml = [...unzip(data).entries()].find(
        ([k, v]) => k.startsWith("xl/tables/") && v.includes(`name="${t.name}"`),
      );
      expect(tableXml?.[1]).toContain(`ref="${ours.range}"`);
    }
  });
});

describe("a column block", () => {
  it("is written cell by cell as its columns say, in both hosts", async () => {
    const { snap, data } = await bothHosts(columnBlockSpec(), new FakeExcel({ sheets: [{ name: "Lists" }] }));
    const live = fromFake(snap, "Records");
    const file = await fromXlsx(data, "Records");
    for (const view of [live, file]) {
      expect(view.cells.A2).toEqual({ value: "Li Wei 李伟" });
      // Text that reads as a formula stays text; a null leaves the cell empty.
      expect(view.cells.A3).toEqual({ value: "=not a formula" });
      expect(view.cells.A4).toBeUndefined();
      expect(view.cells.A5).toEqual({ value: "Zhang Min" });
      expect(view.cells.B2).toEqual({ value: 1200.5 });
      expect(view.cells.B5).toBeUndefined();
      // The shorter date column leaves C4:C5 empty.
      expect(view.cells.C3).toEqual({ value: 46419 });
      expect(view.cells.C4).toBeUndefined();
      // "Lists" was taken, so the spec's Lists is "Lists (2)" and the formulas follow it.
      expect(view.cells.D3).toEqual({ formula: "=B3*'Lists (2)'!$A$2" });
    }
  });
});
