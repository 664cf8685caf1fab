/**
 * `sales-kit dashboard --in workbook.xlsx --out out.xlsx`: the dashboard added to (or refreshed in) a
 * workbook that holds the goal sheets, with everything else kept: every other part of the package
 * byte for byte (charts, drawings, sheets), every cell value and formula of the other sheets as
 * ExcelJS reads them, and as many charts as before plus the dashboard's when LibreOffice opens and
 * saves the file. The dashboard read back from the workbook computes, in LibreOffice, exactly what
 * the dashboard the demo writes from its plan computes (checked by hand in dashboard.oracle.test.ts).
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { buildDemoSpec } from "../../../src/cli/commands/demo";
import { writeXlsxBytes } from "../../../src/hosts/xlsx/write";
import { DASHBOARD_TEXTS } from "../../../src/i18n/sheets/dashboard";
import { GOAL_SHEET_TEXTS } from "../../../src/i18n/sheets/goals";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { makeTempDir, removeTempDir, runMain } from "../../support/cli";
import { unzip } from "../../hosts/unzip";
import {
  OracleValue,
  RecalculatedWorkbook,
  describeWithLibreOffice,
  readWorkbook,
  recalculatePackages,
} from "../../oracle/libreoffice";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples");
const CHART = /^xl\/charts\/chart\d+\.xml$/;
/** Parts the dashboard command may change; every other part stays byte for byte. */
const CHANGED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/calcChain.xml",
]);

async function demo(locale: "en-US" | "zh-CN"): Promise<WorkbookSpec> {
  const built = await buildDemoSpec(EXAMPLES, locale);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.spec;
}

async function dashboardCli(dir: string, args: string[], lang = "en-US") {
  return runMain(["--lang", lang, "dashboard", ...args], { cwd: dir });
}

/** Every cell of every sheet but `skip`: "sheet!A1" -> its value and formula as ExcelJS reads them. */
async function cellsOf(data: Uint8Array, skip: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const cells = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (ws.name === skip) continue;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${ws.name}!${cell.address}`, JSON.stringify([cell.value, cell.formula ?? null]));
      }),
    );
  }
  return cells;
}

/** The charts in a package LibreOffice saved. */
function chartsIn(saved: Uint8Array): number {
  return [...unzip(saved).keys()].filter((p) => CHART.test(p)).length;
}

/**
 * Each workbook opened, recalculated and saved by LibreOffice in one soffice run: its values and the
 * saved package (whose charts tell what LibreOffice kept).
 */
async function throughLibreOffice(
  files: Record<string, Uint8Array>,
): Promise<Map<string, { book: RecalculatedWorkbook; saved: Buffer }>> {
  const saved = await recalculatePackages(Object.entries(files).map(([name, data]) => ({ name, data })));
  const out = new Map<string, { book: RecalculatedWorkbook; saved: Buffer }>();
  for (const [name, data] of saved) out.set(name, { book: await readWorkbook(data), saved: data });
  return out;
}

/** The computed values of a sheet over A1:L60, as LibreOffice recalculates them. */
function values(book: RecalculatedWorkbook, sheet: string): OracleValue[][] {
  return Array.from({ length: 60 }, (_, r) =>
    Array.from({ length: 12 }, (_, c) => book.get(sheet, `${String.fromCharCode(65 + c)}${r + 1}`)),
  );
}

function sheetOrder(xml: string): string[] {
  return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
}

describeWithLibreOffice("sales-kit dashboard into an existing workbook", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir("sales-kit-dashboard-");
  });
  afterAll(() => removeTempDir(dir));

  for (const locale of ["en-US", "zh-CN"] as const) {
    describe(`the demo workbook (${locale})`, () => {
      const t = DASHBOARD_TEXTS[locale];
      let withDashboard: Uint8Array;
      let without: Uint8Array;
      let added: Uint8Array;
      let refreshed: Uint8Array;
      let books: Map<string, RecalculatedWorkbook>;
      let charts: Map<string, number>;
      beforeAll(async () => {
        const spec = await demo(locale);
        withDashboard = await writeXlsxBytes(spec);
        without = await writeXlsxBytes({ sheets: spec.sheets.filter((s) => s.name !== t.sheet) });
        fs.writeFileSync(path.join(dir, `without-${locale}.xlsx`), without);
        fs.writeFileSync(path.join(dir, `with-${locale}.xlsx`), withDashboard);
        const add = await dashboardCli(dir, [
          "--in",
          `without-${locale}.xlsx`,
          "--out",
          `added-${locale}.xlsx`,
        ]);
        expect(add).toMatchObject({ code: 0, stderr: "" });
        expect(add.stdout).toContain(`"${t.sheet}" added`);
        // Refreshed in place: the output is the input file itself.
        const again = await dashboardCli(dir, [
          "--in",
          `with-${locale}.xlsx`,
          "--out",
          `with-${locale}.xlsx`,
          "--force",
        ]);
        expect(again).toMatchObject({ code: 0, stderr: "" });
        expect(again.stdout).toContain(`"${t.sheet}" refreshed`);
        added = fs.readFileSync(path.join(dir, `added-${locale}.xlsx`));
        refreshed = fs.readFileSync(path.join(dir, `with-${locale}.xlsx`));
        // One soffice run for the values and the charts LibreOffice keeps (four demo workbooks: the
        // hook has the time the separate chart test had).
        const saved = await throughLibreOffice({ demo: withDashboard, added, refreshed, without });
        books = new Map([...saved].map(([name, s]) => [name, s.book]));
        charts = new Map([...saved].map(([name, s]) => [name, chartsIn(s.saved)]));
      }, 600_000);

      it("keeps every other part of the package byte for byte, chart parts included", () => {
        for (const [from, to] of [
          [without, added],
          [withDashboard, refreshed],
        ]) {
          const before = unzip(from);
          const after = unzip(to);
          // The refreshed dashboard's own sheet, drawing and charts change; nothing else does.
          const own = from === withDashboard ? dashboardParts(before, t.sheet) : new Set<string>();
          const charts = [...before.keys()].filter((p) => CHART.test(p) && !own.has(p));
          expect(charts.length).toBeGreaterThanOrEqual(4);
          for (const part of charts) expect([part, after.get(part)]).toEqual([part, before.get(part)]);
          for (const [part, xml] of before) {
            if (CHANGED.has(part) || own.has(part)) continue;
            expect([part, after.get(part)]).toEqual([part, xml]);
          }
          // Styles are appended: the original's formats keep their indexes.
          const fonts = (xml: string) => /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(xml)![1];
          const xfs = (xml: string) => /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1];
          expect(fonts(after.get("xl/styles.xml")!).startsWith(fonts(before.get("xl/styles.xml")!))).toBe(
            true,
          );
          expect(xfs(after.get("xl/styles.xml")!).startsWith(xfs(before.get("xl/styles.xml")!))).toBe(true);
        }
      });

      it("keeps every cell value and formula of the other sheets", async () => {
        expect(await cellsOf(added, t.sheet)).toEqual(await cellsOf(without, t.sheet));
        expect(await cellsOf(refreshed, t.sheet)).toEqual(await cellsOf(withDashboard, t.sheet));
      });

      it("writes the dashboard's cells, formats, merges and page setup as the demo writes them", async () => {
        const sheet = async (data: Uint8Array) => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(
            data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
          );
          const ws = wb.getWorksheet(t.sheet)!;
          const cells: string[] = [];
          ws.eachRow((row) =>
            row.eachCell((c) =>
              cells.push(
                JSON.stringify([c.address, c.value, c.numFmt, c.font, c.fill, c.alignment, c.border]),
              ),
            ),
          );
          return { cells, merges: ws.model.merges, page: ws.pageSetup, views: ws.views };
        };
        const expected = await sheet(withDashboard);
        expect(expected.cells.length).toBeGreaterThan(100);
        expect(await sheet(added)).toEqual(expected);
        expect(await sheet(refreshed)).toEqual(expected);
      });

      it("adds the dashboard last, or refreshes it where it was", () => {
        const order = (data: Uint8Array) => sheetOrder(unzip(data).get("xl/workbook.xml")!);
        expect(order(added)).toEqual([...order(without), t.sheet]);
        expect(order(refreshed)).toEqual(order(withDashboard));
      });

      it("LibreOffice keeps every chart, plus the dashboard's three", () => {
        const [without_, added_, with_, refreshed_] = ["without", "added", "demo", "refreshed"].map((name) =>
          charts.get(name)!,
        );
        // The demo's dashboard draws actual against target, the funnel and the two-week trend.
        expect(added_).toBe(without_ + 3);
        expect(with_).toBe(without_ + 3);
        expect(refreshed_).toBe(with_);
      });

      it("computes what the demo's own dashboard computes, and the other sheets as before", () => {
        const demoBook = books.get("demo")!;
        const expected = values(demoBook, t.sheet);
        // Not an empty comparison: the team's target tile is the sum of the goal sheet's targets.
        expect(typeof expected[5][0]).toBe("number");
        expect(expected[5][0]).toBeGreaterThan(0);
        expect(values(books.get("added")!, t.sheet)).toEqual(expected);
        expect(values(books.get("refreshed")!, t.sheet)).toEqual(expected);
        for (const sheet of demoBook.sheetNames()) {
          if (sheet === t.sheet) continue;
          expect([sheet, values(books.get("refreshed")!, sheet)]).toEqual([sheet, values(demoBook, sheet)]);
        }
      });
    });
  }

  describe("a goal workbook of sales-kit goals", () => {
    it("gets the dashboard with its two charts; the goal sheet's charts stay", async () => {
      for (const f of ["roster.csv", "goals.yaml"]) {
        fs.copyFileSync(path.join(EXAMPLES, "goals", f), path.join(dir, f));
      }
      const goals = await runMain(
        [
          "goals",
          "--roster",
          "roster.csv",
          "--config",
          "goals.yaml",
          "--out",
          "goals.xlsx",
          "--locale",
          "en-US",
        ],
        { cwd: dir },
      );
      expect(goals.code).toBe(0);
      const run = await dashboardCli(dir, ["--in", "goals.xlsx"]);
      expect(run).toMatchObject({ code: 0, stderr: "" });
      // Without --out: <input>-dashboard.xlsx in the current folder.
      const before = fs.readFileSync(path.join(dir, "goals.xlsx"));
      const after = fs.readFileSync(path.join(dir, "goals-dashboard.xlsx"));
      const charts = [...unzip(before).keys()].filter((p) => CHART.test(p)).length;
      const saved = await throughLibreOffice({ before, after });
      expect(chartsIn(saved.get("before")!.saved)).toBe(charts);
      expect(chartsIn(saved.get("after")!.saved)).toBe(charts + 2);
      const t = DASHBOARD_TEXTS["en-US"];
      const g = GOAL_SHEET_TEXTS["en-US"].sheet;
      const book = saved.get("after")!.book;
      // The team target: the goal sheet's revenue targets (every third row from row 7: three metrics), summed here.
      let target = 0;
      let reps = 0;
      for (let r = 7; book.get(`${g.goals} 2027-Q1`, `A${r}`); r += 3, reps++) {
        expect(book.get(`${g.goals} 2027-Q1`, `D${r}`)).toBe("Revenue");
        target += book.get(`${g.goals} 2027-Q1`, `H${r}`) as number;
      }
      expect(reps).toBe(12);
      expect(book.get(t.sheet, "A6")).toBeCloseTo(target, 6);
      for (let i = 0; i < reps; i++)
        expect(book.get(t.sheet, `A${10 + i}`)).toBe(book.get(`${g.goals} 2027-Q1`, `A${7 + 3 * i}`));
    }, 300_000);
  });

  describe("errors", () => {
    it("names what is missing, in English and Chinese, and writes nothing", async () => {
      const spec: WorkbookSpec = {
        sheets: [{ name: "Notes", blocks: [{ start: "A1", rows: [["hello"]] }] }],
      };
      fs.writeFileSync(path.join(dir, "plain.xlsx"), await writeXlsxBytes(spec));
      const en = await dashboardCli(dir, ["--in", "plain.xlsx", "--out", "x.xlsx"]);
      expect(en.code).toBe(1);
      expect(en.stderr).toContain('"Goal settings <period>"');
      expect(en.stderr).toContain("plain.xlsx");
      const zh = await dashboardCli(dir, ["--in", "plain.xlsx", "--out", "x.xlsx"], "zh-CN");
      expect(zh.code).toBe(1);
      expect(zh.stderr).toContain("“目标设置 <期间>”");
      expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
    });

    it("names the goal sheet that is missing and the settings cell that is not Sales Kit's", async () => {
      const spec = await demo("en-US");
      const g = GOAL_SHEET_TEXTS["en-US"].sheet;
      const noScorecard = { sheets: spec.sheets.filter((s) => s.name !== `${g.scorecard} 2027-Q1`) };
      fs.writeFileSync(path.join(dir, "no-scorecard.xlsx"), await writeXlsxBytes(noScorecard));
      const run = await dashboardCli(dir, ["--in", "no-scorecard.xlsx", "--out", "y.xlsx"], "zh-CN");
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`工作簿中没有工作表“${g.scorecard} 2027-Q1”`);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await writeXlsxBytes(spec)).buffer as ArrayBuffer);
      wb.getWorksheet(`${g.settings} 2027-Q1`)!.getCell("A13").value = "Monat";
      fs.writeFileSync(path.join(dir, "changed.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
      const changed = await dashboardCli(dir, ["--in", "changed.xlsx", "--out", "y.xlsx"]);
      expect(changed.code).toBe(1);
      expect(changed.stderr).toContain(`${g.settings} 2027-Q1!A13`);
      expect(fs.existsSync(path.join(dir, "y.xlsx"))).toBe(false);
    });

    it("asks for --in and refuses an existing output without --force", async () => {
      expect((await dashboardCli(dir, [])).code).toBe(2);
      fs.writeFileSync(path.join(dir, "taken.xlsx"), "x");
      const run = await dashboardCli(dir, ["--in", "goals.xlsx", "--out", "taken.xlsx"]);
      expect(run.code).toBe(1);
      expect(fs.readFileSync(path.join(dir, "taken.xlsx"), "utf8")).toBe("x");
    });
  });
});

/** The worksheet part of `sheet` in an unzipped package, its relationships, drawing and charts. */
function dashboardParts(files: Map<string, string>, sheet: string): Set<string> {
  const tag = [...files.get("xl/workbook.xml")!.matchAll(/<sheet\b[^>]*>/g)].find((m) =>
    m[0].includes(`name="${sheet}"`),
  )![0];
  const id = /r:id="([^"]+)"/.exec(tag)![1];
  const rel = [...files.get("xl/_rels/workbook.xml.rels")!.matchAll(/<Relationship\b[^>]*>/g)].find((m) =>
    m[0].includes(`Id="${id}"`),
  )![0];
  const target = /Target="([^"]+)"/.exec(rel)![1];
  const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const parts = new Set([part, relsOf(part)]);
  const targets = (rels: string) =>
    [...(files.get(rels) ?? "").matchAll(/Target="\.\.\/([^"]+)"/g)].map((m) => `xl/${m[1]}`);
  for (const drawing of targets(relsOf(part))) {
    parts.add(drawing).add(relsOf(drawing));
    for (const chart of targets(relsOf(drawing))) parts.add(chart);
  }
  return parts;
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}
