/**
 * The streaming xlsx writer gives the same file content as ExcelJS's in-memory workbook (the writer
 * used before it, kept as writeXlsxInMemory): for every generator family (the demo workbook holds
 * goals, reviews, incentives, CRM import and dashboard sheets, in both languages), a plan with every
 * incentive mechanic, a review workbook with a protected sheet, the host's feature sample and a CRM
 * import of a few thousand rows. Compared through ExcelJS's reading of both files: values, formulas,
 * styles with number formats, row heights, columns, merges, validations, conditional formats, tables,
 * print setup and breaks, protection, views, defined names, calcPr, and the chart and table parts.
 */
import path from "path";
import { buildDemoSpec } from "../../src/cli/commands/demo";
import { importCrm, looksLikeHeader } from "../../src/generators/crm";
import { sampleExportCsv } from "../../src/generators/crm/sample-export";
import { generateIncentiveWorkbook } from "../../src/generators/incentives";
import { buildRepReviewWorkbook } from "../../src/generators/reviews/rep-workbook";
import { pairMentors } from "../../src/generators/reviews/mentors";
import { readTable } from "../../src/hosts/xlsx/read-table";
import { writeXlsxInMemory, writeXlsxWithReport } from "../../src/hosts/xlsx/write";
import { reviewConfig } from "../../src/schemas/review";
import { serialFromYmd } from "../../src/schemas/dates";
import type { Rep } from "../../src/schemas/roster";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { richPlan } from "../generators/incentives/rich-plan";
import { sampleSpec } from "./sample-spec";
import { unzip } from "./unzip";
import { xlsxContent } from "./xlsx-content";

const EXAMPLES = path.resolve(__dirname, "../../examples");

async function demo(locale: "en-US" | "zh-CN"): Promise<WorkbookSpec> {
  const built = await buildDemoSpec(EXAMPLES, locale);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.spec;
}

function review(): WorkbookSpec {
  const config = reviewConfig({
    period: "2025-H1",
    asOf: "2025-10-15",
    feedbackRows: 5,
    competencies: [
      { key: "prospecting", name: { en: "Prospecting", zh: "客户开发" }, weight: 0.6 },
      { key: "teamwork", name: { en: "Teamwork", zh: "团队协作" }, weight: 0.4 },
    ],
  });
  const rep: Rep = {
    name: "=Chen Jing",
    role: "Sales rep",
    team: "East",
    manager: "Zhang Min",
    hireDate: 45726,
  };
  return buildRepReviewWorkbook({
    locale: "zh-CN",
    rep,
    config,
    competencies: config.competencies!,
    kpis: [
      {
        key: "revenue",
        name: { en: "Revenue", zh: "收入" },
        unit: "currency",
        direction: "higher",
        target: 400000,
        actual: 330000,
      },
    ],
    mentors: pairMentors([rep], config.period.end, config.mentoring),
    answers: { self: { prospecting: 4 }, manager: { prospecting: 2 } },
  });
}

async function crm(rows: number): Promise<WorkbookSpec> {
  const asOf = serialFromYmd(2027, 3, 20);
  const roster: Rep[] = Array.from({ length: 6 }, (_, i) => ({
    name: `Rep ${i + 1}`,
    role: "Account Executive",
    team: i < 3 ? "East" : "West",
    manager: "Zhou Min",
    hireDate: null,
  }));
  const csv = sampleExportCsv(
    roster.map((r) => r.name),
    { rows, asOf },
  );
  const read = await readTable(new TextEncoder().encode(csv), {
    fileName: "deals.csv",
    isHeader: looksLikeHeader,
  });
  if (!read.ok) throw new Error(read.error.en);
  const result = importCrm(read.table, roster, { locale: "en-US", asOf, file: "deals.csv" });
  if (!result.ok) throw new Error(result.issues.map((i) => i.en).join("; "));
  return result.workbook.spec;
}

const CASES: [string, () => WorkbookSpec | Promise<WorkbookSpec>][] = [
  ["demo workbook, English (goals, reviews, incentives, CRM, dashboard)", () => demo("en-US")],
  ["demo workbook, Chinese", () => demo("zh-CN")],
  [
    "incentive plan with every mechanic, Chinese",
    () => generateIncentiveWorkbook(richPlan(), { locale: "zh-CN" }).spec,
  ],
  ["review workbook with a protected sheet", review],
  ["the host's feature sample", sampleSpec],
  ["CRM import of 3,000 deals", () => crm(3000)],
];

describe("streaming xlsx writer against the in-memory one", () => {
  for (const [name, build] of CASES) {
    it(`same content: ${name}`, async () => {
      const spec = await build();
      const streamed = await writeXlsxWithReport(spec);
      const inMemory = await writeXlsxInMemory(spec);
      expect(streamed.report).toEqual(inMemory.report);
      const a = await xlsxContent(streamed.data);
      const b = await xlsxContent(inMemory.data);
      // The comparison must have something to compare: every sheet, with its cells.
      expect(Object.keys(a).filter((k) => k.startsWith("sheet ")).length).toBe(spec.sheets.length);
      expect(a).toEqual(b);
    }, 60_000);
  }

  it("renames as the in-memory writer does when names are taken", async () => {
    const existing = { sheets: ["Goals 2027-Q1"], tables: ["GoalTable"], names: [] };
    const streamed = await writeXlsxWithReport(sampleSpec(), { existing });
    const inMemory = await writeXlsxInMemory(sampleSpec(), { existing });
    expect(streamed.report.sheets).toEqual(inMemory.report.sheets);
    expect(streamed.report.sheets[0].name).not.toBe("Goals 2027-Q1");
    expect(await xlsxContent(streamed.data)).toEqual(await xlsxContent(inMemory.data));
  });

  it("writes text inline, asks for a full recalculation and keeps formulas without cached values", async () => {
    const files = unzip((await writeXlsxWithReport(sampleSpec())).data);
    const sheet = files.get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toContain('t="inlineStr"><is><t>Li Wei 李伟</t></is>');
    // Imported text that looks like a formula stays text.
    expect(sheet).toContain("<t>=Targets are firm; review monthly. 目标刚性,每月回顾。</t>");
    expect(sheet).toMatch(/<c r="E4"[^>]*><f>IFERROR\(D4\/C4,0\)<\/f><\/c>/);
    expect(files.get("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("marks whitespace to keep only on texts that have it at an end or a line break, as ExcelJS does", async () => {
    const texts = [
      " leading space",
      "trailing space ",
      "two\nlines",
      "\tTab first",
      "plain words",
      "全角　中间",
    ];
    const spec: WorkbookSpec = {
      sheets: [{ name: "Texts", blocks: [{ start: "A1", rows: texts.map((t) => [t, { text: t }]) }] }],
    };
    const { data } = await writeXlsxWithReport(spec);
    const sheet = unzip(data).get("xl/worksheets/sheet1.xml")!;
    const marked = [...sheet.matchAll(/<c r="A(\d+)" t="inlineStr"><is><t( xml:space="preserve")?>/g)].map(
      (m) => [Number(m[1]), m[2] !== undefined],
    );
    expect(marked).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
      [5, false],
      [6, false],
    ]);
    // Read back, every text is what was written, its spaces and line breaks included.
    const cells = ((await xlsxContent(data))["sheet Texts"] as { cells: Record<string, { value: unknown }> })
      .cells;
    expect(texts.map((_, i) => [cells[`A${i + 1}`].value, cells[`B${i + 1}`].value])).toEqual(
      texts.map((t) => [t, t]),
    );
  });

  it("writes each sheet's merged ranges where and in the order ExcelJS's in-memory workbook does", async () => {
    const merged: WorkbookSpec = {
      sheets: [
        {
          name: "Merges",
          blocks: [{ start: "A1", rows: [["title"], [], ["note"], ["a", "b"]] }],
          // Out of row order, a one-column merge, a one-cell "merge" (none in the file), absolute refs.
          merges: ["A3:D3", "A1:C1", "$F$1:$F$4", "E2:E2", "B7:C8"],
          tables: [{ name: "Pairs", range: "A4:B5", style: "TableStyleLight9" }],
          protection: { password: "firm" },
        },
      ],
    };
    for (const spec of [
      merged,
      sampleSpec(),
      generateIncentiveWorkbook(richPlan(), { locale: "en-US" }).spec,
    ]) {
      const streamed = unzip((await writeXlsxWithReport(spec)).data);
      const inMemory = unzip((await writeXlsxInMemory(spec)).data);
      const sheets = [...inMemory.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      expect(sheets.length).toBe(spec.sheets.length);
      for (const name of sheets) {
        const after = (xml: string) => xml.slice(xml.indexOf("</sheetData>"));
        const elements = (xml: string) => [...after(xml).matchAll(/<([A-Za-z:]+)[\s/>]/g)].map((m) => m[1]);
        const mergeCells = (xml: string) => /<mergeCells[\s\S]*?<\/mergeCells>/.exec(xml)?.[0] ?? null;
        expect([name, mergeCells(streamed.get(name)!)]).toEqual([name, mergeCells(inMemory.get(name)!)]);
        expect([name, elements(streamed.get(name)!)]).toEqual([name, elements(inMemory.get(name)!)]);
      }
    }
    const sheet = unzip((await writeXlsxWithReport(merged)).data).get("xl/worksheets/sheet1.xml")!;
    expect(/<mergeCells[\s\S]*?<\/mergeCells>/.exec(sheet)?.[0]).toBe(
      '<mergeCells count="4"><mergeCell ref="A1:C1"/><mergeCell ref="F1:F4"/><mergeCell ref="A3:D3"/><mergeCell ref="B7:C8"/></mergeCells>',
    );
  });
});
