/**
 * Chinese workbooks made before the wording review (test/fixtures/zh-pre-review, written by Sales Kit
 * at edbad23) read back with today's code exactly as the same workbooks made today: the dashboard
 * finds the funnel under its old "(阶段未知)" row, the CRM import appends to the old history sheet,
 * the goal-sheet link accepts the old "目标(折算后)" header, `reviews --goals` reads the old goal
 * workbook and `collect` summarises the old review forms. "Made today" means the same command with
 * the same inputs run now, in the test; the goal targets are also worked out by hand from
 * examples/goals/goals.yaml.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { collectFolder } from "../../src/cli/commands/collect";
import { loadGoalPlan } from "../../src/cli/commands/goals";
import { goalWorkbookHeaders } from "../../src/cli/commands/reviews";
import { readHistoryFile } from "../../src/cli/history-file";
import { readRosterFile } from "../../src/cli/roster-file";
import {
  goalActualsFill,
  goalKpiPeriods,
  goalSheetBlock,
  goalTargetLinks,
  importCrm,
  looksLikeHeader,
  matchGoalSheet,
} from "../../src/generators/crm";
import { placeDashboard } from "../../src/generators/dashboard/place";
import { goalLayout } from "../../src/generators/goals";
import { FIELD, FORM_CONTINUATION, FORM_MARKER } from "../../src/generators/reviews/manifest";
import type { TeamReviewSummary } from "../../src/generators/reviews/summary";
import { graftSpecSheet, sheetScopedNames } from "../../src/hosts/xlsx/graft-sheet";
import { loadWorkbook } from "../../src/hosts/xlsx/load-workbook";
import { plainValue, readGoalNumbers } from "../../src/hosts/xlsx/read-reviews";
import { readTable } from "../../src/hosts/xlsx/read-table";
import { loadedCells } from "../../src/hosts/xlsx/workbook-cells";
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import { generateGoalWorkbook } from "../../src/generators/goals";
import { CHOICES } from "../../src/i18n/sheets/reviews";
import { parseDateText } from "../../src/schemas/dates";
import { parseRange } from "../../src/workbook/a1";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";
import { convertedByLibreOffice, describeWithLibreOffice, recalculate } from "../oracle/libreoffice";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures/zh-pre-review");
const EXAMPLES = path.join(ROOT, "examples");
const CONFIG = "goals.zh-CN.yaml";
const ROSTER = "roster.csv";

type Grid = (string | number | boolean | null)[][];

const zh = (args: string[], cwd: string) => runMain(["--lang", "zh-CN", ...args], { cwd });

/** A folder with the fixtures' goal config, the example roster and both weeks' CRM exports. */
function inputs(prefix: string): string {
  const dir = makeTempDir(prefix);
  fs.copyFileSync(path.join(FIXTURES, CONFIG), path.join(dir, CONFIG));
  fs.copyFileSync(path.join(EXAMPLES, "goals", ROSTER), path.join(dir, ROSTER));
  for (const week of ["week-1.csv", "week-2.csv"])
    fs.copyFileSync(path.join(EXAMPLES, "crm", week), path.join(dir, week));
  fs.copyFileSync(path.join(FIXTURES, "kpis-week1.xlsx"), path.join(dir, "old-week1.xlsx"));
  return dir;
}

/** The week-1 import as today's code writes it, with the arguments the fixture was made with. */
async function importWeek1(dir: string, out: string): Promise<void> {
  const r = await zh(
    [
      "import",
      "week-1.csv",
      "-r",
      ROSTER,
      "--goals",
      CONFIG,
      "--locale",
      "zh-CN",
      "--as-of",
      "2027-03-13",
      "--out",
      out,
    ],
    dir,
  );
  if (r.code !== 0) throw new Error(r.stderr);
}

async function cellsOfFile(file: string) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const wb = await loadWorkbook(bytes);
  return { bytes, wb, cells: { ...loadedCells(wb), scopedNames: await sheetScopedNames(bytes) } };
}

/** A block as a workbook's formulas read it (the pane's readFormulas): "=formula", the value, or "". */
function formulas(wb: ExcelJS.Workbook, sheet: string, address: string): Grid {
  const ws = wb.getWorksheet(sheet)!;
  const { start, end } = parseRange(address);
  const grid: Grid = [];
  for (let r = start.row; r <= end.row; r++) {
    const row: Grid[number] = [];
    for (let c = start.col; c <= end.col; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      row.push(cell.formula ? `=${cell.formula}` : (plainValue(cell.value) ?? ""));
    }
    grid.push(row);
  }
  return grid;
}

async function sharedText(file: string): Promise<string> {
  const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(file)));
  const texts: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) => row.eachCell((cell) => void texts.push(String(plainValue(cell.value) ?? "")))),
  );
  return texts.join("\n");
}

describe("the pre-review fixtures hold the old wording", () => {
  it("has the half-width labels the review replaced and no SalesKit_* names", async () => {
    const text = await sharedText(path.join(FIXTURES, "kpis-week1.xlsx"));
    expect(text).toContain("(阶段未知)");
    expect(text).toContain("目标(折算后)");
    expect(text).not.toContain("（阶段未知）");
    expect(text).not.toContain("目标（折算后）");
    const names = await sheetScopedNames(
      new Uint8Array(fs.readFileSync(path.join(FIXTURES, "kpis-week1.xlsx"))),
    );
    expect(names.filter((n) => n.name.startsWith("SalesKit_"))).toEqual([]);
  });
});

describe("weekly dashboard over a pre-review workbook", () => {
  let dir: string;
  beforeAll(async () => {
    dir = inputs("zh-dashboard-");
    await importWeek1(dir, "today-week1.xlsx");
  }, 120_000);
  afterAll(() => removeTempDir(dir));

  it("reads the funnel, follow-ups and history and builds the dashboard of today's workbook", async () => {
    const old = placeDashboard((await cellsOfFile(path.join(dir, "old-week1.xlsx"))).cells);
    const today = placeDashboard((await cellsOfFile(path.join(dir, "today-week1.xlsx"))).cells);
    if (!old.ok) throw new Error(JSON.stringify(old.issues));
    if (!today.ok) throw new Error(JSON.stringify(today.issues));
    // Today's workbook names its funnel rows (SalesKit_Funnel*); the old one is read by its labels.
    expect(old.input.funnel).toBeDefined();
    expect(old.input.funnel).toEqual(today.input.funnel);
    // The roster's 12 reps each have a summary row (Former Rep, not on the roster, is left out).
    expect(old.input.funnel!.summaryRows).toHaveLength(12);
    expect(old.input.funnel!.sheet).toBe("CRM漏斗");
    expect(old.input.history).toEqual(today.input.history);
    expect(old.input.followUpSheet).toBe("待跟进");
    expect(old.input.plan.reps.map((r) => r.name)).toEqual(today.input.plan.reps.map((r) => r.name));
    // The same dashboard, formula for formula; the old workbook's own dashboard is refreshed.
    expect(old.sheet).toEqual(today.sheet);
    expect(old.replace).toBe("周例会看板");
  });

  it("names a funnel sheet whose team block it cannot find instead of leaving the funnel out", async () => {
    const { cells } = await cellsOfFile(path.join(dir, "old-week1.xlsx"));
    const value = cells.value;
    // The closing row retyped as something else: the reader must say so, in both languages.
    const broken = {
      ...cells,
      value: (sheet: string, row: number, col: number) => {
        const v = value(sheet, row, col);
        return sheet === "CRM漏斗" && v === "(阶段未知)" ? "其他" : v;
      },
    };
    const read = placeDashboard(broken);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0].field).toMatch(/^CRM漏斗!A\d+$/);
    expect(read.issues[0].zh).toContain("CRM 漏斗工作表“CRM漏斗”");
    expect(read.issues[0].zh).toContain("“（阶段未知）”");
    expect(read.issues[0].en).toContain('the CRM funnel sheet "CRM漏斗"');
  });

  it("names a history sheet without its table", async () => {
    const { cells } = await cellsOfFile(path.join(dir, "old-week1.xlsx"));
    const value = cells.value;
    const broken = {
      ...cells,
      value: (sheet: string, row: number, col: number) =>
        sheet === "历史快照" && col === 0 && value(sheet, row, col) === "快照日期"
          ? "日期"
          : value(sheet, row, col),
    };
    const read = placeDashboard(broken);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((i) => i.field)).toEqual(["历史快照"]);
    expect(read.issues[0].zh).toContain("历史工作表“历史快照”中没有历史表");
    expect(read.issues[0].zh).toContain("“快照日期”");
  });
});

describe("CRM import appending to a pre-review history sheet", () => {
  let dir: string;
  beforeAll(async () => {
    dir = inputs("zh-history-");
    await importWeek1(dir, "today-week1.xlsx");
    for (const [history, out] of [
      ["old-week1.xlsx", "old-week2.xlsx"],
      ["today-week1.xlsx", "today-week2.xlsx"],
    ]) {
      const r = await zh(
        [
          "import",
          "week-2.csv",
          "-r",
          ROSTER,
          "--goals",
          CONFIG,
          "--history",
          history,
          "--locale",
          "zh-CN",
          "--as-of",
          "2027-03-20",
          "--out",
          out,
        ],
        dir,
      );
      if (r.code !== 0) throw new Error(r.stderr);
    }
  }, 180_000);
  afterAll(() => removeTempDir(dir));

  it("carries the old snapshot over and appends this week's, as over today's workbook", async () => {
    const old = await readHistoryFile(dir, "old-week2.xlsx");
    const today = await readHistoryFile(dir, "today-week2.xlsx");
    if (!old.ok) throw new Error(JSON.stringify(old.issues));
    if (!today.ok) throw new Error(JSON.stringify(today.issues));
    expect(old.value).toEqual(today.value);
    // Two snapshots (the fixture's 2027-03-13 and this import's 2027-03-20) of 12 reps in four
    // periods (2027-Q1 and its months).
    expect([...new Set(old.value.map((r) => r.date))]).toEqual([
      parseDateText("2027-03-13"),
      parseDateText("2027-03-20"),
    ]);
    expect(old.value).toHaveLength(2 * 12 * 4);
    // The carried snapshot is the fixture's own rows, unchanged.
    const fixture = await readHistoryFile(FIXTURES, "kpis-week1.xlsx");
    if (!fixture.ok) throw new Error(JSON.stringify(fixture.issues));
    expect(old.value.filter((r) => r.date === parseDateText("2027-03-13"))).toEqual(fixture.value);
  });
});

describe("goal-sheet link to a pre-review goal sheet", () => {
  it("accepts the old header and links the same cells the old import linked", async () => {
    const dir = inputs("zh-link-");
    try {
      const loaded = await loadGoalPlan(dir, ROSTER, CONFIG, {});
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const plan = loaded.plan;
      const { wb } = await cellsOfFile(path.join(dir, "old-week1.xlsx"));
      const block = goalSheetBlock(plan);
      expect(block.sheet).toBe("目标 2027-Q1");
      expect(matchGoalSheet(plan, formulas(wb, block.sheet, block.address))).toEqual({ kind: "ok" });

      // Today's KPI sheet of the same export: the fill the pane would write equals the formulas the
      // old import wrote into the goal sheet's monthly actuals.
      const roster = await readRosterFile(dir, ROSTER);
      if (!roster.ok) throw new Error(JSON.stringify(roster.issues));
      const read = await readTable(new Uint8Array(fs.readFileSync(path.join(dir, "week-1.csv"))), {
        fileName: "week-1.csv",
        isHeader: (cells) => looksLikeHeader(cells),
      });
      if (!read.ok) throw new Error(read.error.en);
      const imported = importCrm(read.table, roster.value, {
        locale: "zh-CN",
        asOf: parseDateText("2027-03-13") as number,
        periods: goalKpiPeriods(plan),
        goalLinks: goalTargetLinks(plan, goalLayout(plan, plan.locale)),
        file: "week-1.csv",
      });
      if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
      const fill = goalActualsFill(plan, imported.workbook.kpi);
      expect(fill.links.length).toBeGreaterThan(0);
      const written = formulas(wb, fill.sheet, fill.address);
      fill.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f !== null) expect(written[r][c]).toBe(f);
        }),
      );
    } finally {
      removeTempDir(dir);
    }
  });
});

describe("reviews --goals over a pre-review goal workbook", () => {
  it("reads each rep's targets, worked out by hand from examples/goals/goals.yaml", async () => {
    const data = new Uint8Array(fs.readFileSync(path.join(FIXTURES, "goals-saved.xlsx")));
    const read = await readGoalNumbers(data, "goals-saved.xlsx", goalWorkbookHeaders());
    if (!read.ok) throw new Error(read.en);
    expect(read.sheet).toBe("目标 2027-Q1");
    const target = (rep: string, metric: string) =>
      read.rows.find((r) => r.rep === rep && r.metric === metric)?.target;
    // Li Wei's revenue is given (1,500,000); Wang Fang's figures are her baselines grown by 20%
    // (revenue, new customers) and by 10% (conversion rate, its own growth).
    expect(target("Li Wei", "销售额")).toBe(1_500_000);
    expect(target("Wang Fang", "销售额")).toBeCloseTo(980_000 * 1.2, 6);
    expect(target("Wang Fang", "新客户数")).toBeCloseTo(18 * 1.2, 9);
    expect(target("Wang Fang", "转化率")).toBeCloseTo(0.17 * 1.1, 12);
    // 12 reps x 3 metrics, and nothing below them (the chart data's header is not a rep).
    expect(read.rows).toHaveLength(36);
    expect(read.rows.some((r) => r.rep === "销售人员")).toBe(false);
  });

  it("writes the review workbooks with no warning about the goal file", async () => {
    const dir = makeTempDir("zh-review-goals-");
    try {
      fs.copyFileSync(path.join(FIXTURES, "goals-saved.xlsx"), path.join(dir, "goals.xlsx"));
      fs.copyFileSync(path.join(EXAMPLES, "goals", ROSTER), path.join(dir, ROSTER));
      const r = await zh(
        [
          "reviews",
          "--roster",
          ROSTER,
          "--period",
          "2027-Q1",
          "--goals",
          "goals.xlsx",
          "--locale",
          "zh-CN",
          "--out",
          "rv",
        ],
        dir,
      );
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain("不在名单中");
    } finally {
      removeTempDir(dir);
    }
  });
});

describeWithLibreOffice("pre-review workbooks against today's, recalculated by LibreOffice", () => {
  it("reviews --goals reads the same targets from the old goal workbook as from today's", async () => {
    const dir = inputs("zh-goals-lo-");
    try {
      const loaded = await loadGoalPlan(dir, ROSTER, CONFIG, {});
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const today = await convertedByLibreOffice(
        await writeXlsxBytes(generateGoalWorkbook(loaded.plan)),
        "xlsx",
      );
      const headers = goalWorkbookHeaders();
      const readToday = await readGoalNumbers(today, "today.xlsx", headers);
      const readOld = await readGoalNumbers(
        new Uint8Array(fs.readFileSync(path.join(FIXTURES, "goals-saved.xlsx"))),
        "goals-saved.xlsx",
        headers,
      );
      expect(readOld).toEqual(readToday);
    } finally {
      removeTempDir(dir);
    }
  }, 180_000);

  it("the dashboard grafted into the old workbook computes what it computes in today's", async () => {
    const dir = inputs("zh-dashboard-lo-");
    try {
      await importWeek1(dir, "today-week1.xlsx");
      const values: Record<string, (string | number | boolean | null)[][]> = {};
      const files: { name: string; data: Uint8Array }[] = [];
      let sheet = "";
      for (const name of ["old-week1.xlsx", "today-week1.xlsx"]) {
        const { bytes, cells } = await cellsOfFile(path.join(dir, name));
        const placed = placeDashboard(cells);
        if (!placed.ok) throw new Error(JSON.stringify(placed.issues));
        sheet = placed.sheet.name;
        files.push({
          name,
          data: await graftSpecSheet(bytes, placed.sheet, cells.sheetNames, placed.replace),
        });
      }
      const books = await recalculate(files);
      for (const { name } of files) {
        const book = books.get(name)!;
        values[name] = Array.from({ length: 30 }, (_, r) =>
          Array.from({ length: 12 }, (_, c) => {
            const v = book.get(sheet, `${String.fromCharCode(65 + c)}${r + 1}`);
            return typeof v === "object" && v !== null ? `#${v.error}` : v;
          }),
        );
      }
      expect(values["old-week1.xlsx"]).toEqual(values["today-week1.xlsx"]);
      // The focus column (J, weakest funnel stage) is filled for the reps, rows 10 to 21.
      const focus = values["old-week1.xlsx"].slice(9, 21).map((row) => row[9]);
      expect(focus.filter((v) => typeof v === "string" && v !== "")).toHaveLength(12);
    } finally {
      removeTempDir(dir);
    }
  }, 300_000);
});

/** Each rep's scores per competency, in manifest order: self and manager, made up for the test. */
const score = (rep: number, k: number, who: "self" | "manager") =>
  who === "self" ? ((rep + k) % 5) + 1 : ((rep + 2 * k + 1) % 5) + 1;
const label = (s: number) => CHOICES.ratings[5 - s];

/** Types the answers into every review form of `dir` (reps' files and the manager's copies), as returned. */
async function answer(dir: string, reps: readonly string[]): Promise<void> {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".xlsx") && !f.startsWith("评审索引"));
  for (const file of files) {
    const full = path.join(dir, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(full);
    let manifest: { fields: { key: string; sheet: string; cell: string }[] } | null = null;
    wb.eachSheet((ws) => {
      ws.getRow(1).eachCell((cell, col) => {
        const v = plainValue(cell.value);
        if (manifest || typeof v !== "string" || !v.startsWith(FORM_MARKER)) return;
        let json = v.slice(FORM_MARKER.length);
        for (let r = 2; ; r++) {
          const next = plainValue(ws.getCell(r, col).value);
          if (typeof next !== "string" || !next.startsWith(FORM_CONTINUATION)) break;
          json += next.slice(FORM_CONTINUATION.length);
        }
        manifest = JSON.parse(json);
      });
    });
    if (!manifest) throw new Error(`${file}: no manifest`);
    const rep = reps.indexOf(path.basename(file, ".xlsx"));
    let k = 0;
    const competencyIndex = new Map<string, number>();
    for (const f of (manifest as { fields: { key: string; sheet: string; cell: string }[] }).fields) {
      const cell = wb.getWorksheet(f.sheet)!.getCell(f.cell);
      const [kind, key] = f.key.split(":");
      if (kind === "self" || kind === "manager") {
        if (!competencyIndex.has(key)) competencyIndex.set(key, k++);
        cell.value = label(score(rep, competencyIndex.get(key)!, kind));
      } else if (f.key === FIELD.repSignature) cell.value = reps[rep];
      else if (f.key === FIELD.managerSignature) cell.value = "陈静";
      else if (f.key === FIELD.repSignDate || f.key === FIELD.managerSignDate)
        cell.value = new Date(Date.UTC(2027, 0, 10));
    }
    await wb.xlsx.writeFile(full);
  }
}

/** The summary without file identifiers, for comparing two folders. */
function comparable(summary: TeamReviewSummary) {
  return {
    period: summary.period,
    competencies: summary.competencies,
    reps: summary.reps.map(({ rep, team, file, status, self, manager, narrativesFilled, notes }) => ({
      rep,
      team,
      file,
      status,
      self,
      manager,
      narrativesFilled,
      notes,
    })),
    issues: summary.issues,
  };
}

describe("review summary of pre-review review forms", () => {
  it("collects the old forms' answers as it collects today's", async () => {
    const dir = makeTempDir("zh-collect-");
    try {
      const reps = ["李伟", "王芳", "张强"];
      fs.cpSync(path.join(FIXTURES, "reviews"), path.join(dir, "old"), { recursive: true });
      fs.copyFileSync(path.join(FIXTURES, "review-roster.csv"), path.join(dir, "roster.csv"));
      const r = await zh(
        [
          "reviews",
          "--roster",
          "roster.csv",
          "--period",
          "2026-H2",
          "--due",
          "2027-01-15",
          "--as-of",
          "2026-12-20",
          "--locale",
          "zh-CN",
          "--out",
          "today",
        ],
        dir,
      );
      if (r.code !== 0) throw new Error(r.stderr);
      await answer(path.join(dir, "old"), reps);
      await answer(path.join(dir, "today"), reps);
      const old = await collectFolder(path.join(dir, "old"));
      const today = await collectFolder(path.join(dir, "today"));
      expect(comparable(old)).toEqual(comparable(today));
      expect(old.reps.map((x) => x.status)).toEqual(["complete", "complete", "complete"]);
      // The scores read back are the ones typed in.
      old.reps.forEach((rep, i) =>
        old.competencies.forEach((c, k) => {
          expect(rep.self[c.key]).toBe(score(i, k, "self"));
          expect(rep.manager[c.key]).toBe(score(i, k, "manager"));
        }),
      );
    } finally {
      removeTempDir(dir);
    }
  }, 120_000);
});
