/**
 * The KPI history (sales-kit import --history): a two-week example worked out by hand, the snapshot
 * of each import, the history carried from last week's workbook into this week's, re-imports of the
 * same day replacing their rows, the dashboard's week-over-week change and the trend recalculated by
 * LibreOffice, and the errors of a --history file that has no history.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import {
  appendSnapshot,
  buildHistorySheet,
  crmSnapshot,
  historyRowsFromGrid,
  importCrm,
} from "../../../src/generators/crm";
import type { CrmTable, HistoryRow, RawCell } from "../../../src/generators/crm";
import { HISTORY_TEXTS } from "../../../src/i18n/sheets/history";
import { DASHBOARD_TEXTS } from "../../../src/i18n/sheets/dashboard";
import { CRM_TEXTS } from "../../../src/i18n/sheets/crm";
import type { Rep } from "../../../src/schemas/roster";
import { makeTempDir, removeTempDir, runMain } from "../../support/cli";
import { describeWithLibreOffice, recalculate } from "../../oracle/libreoffice";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples");

/** Excel serial of a date (days since 1899-12-30), worked out from the calendar here. */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
/** ExcelJS reads a date-formatted number back as a Date (at UTC midnight). */
const asSerial = (v: unknown) =>
  v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : Number(v);
const WEEK_1 = serial("2027-03-13");
const WEEK_2 = serial("2027-03-20");

const HEADER = "Deal Owner,Deal Name,Account Name,Stage,Amount,Closing Date";
/**
 * Last week's export (2027-03-13): in 2027-Q1 Li Wei has won 10,000 (D1) with 20,000 open (D2);
 * Wang Fang has won 5,000 (D3) and lost D4; Zhang Jie has 8,000 open (D5).
 */
const WEEK_1_CSV = [
  HEADER,
  "Li Wei,D1,Acme,Closed Won,10000,2027-01-20",
  "Li Wei,D2,Globex,Negotiation/Review,20000,2027-03-25",
  "Wang Fang,D3,Initech,Closed Won,5000,2027-02-10",
  "Wang Fang,D4,Umbrella,Closed Lost,7000,2027-03-01",
  "Zhang Jie,D5,Hooli,Proposal/Price Quote,8000,2027-03-31",
].join("\n");
/**
 * This week's (2027-03-20): D2 and D5 won this week, so Li Wei is at 30,000 (+20,000) and Zhang Jie
 * at 8,000 (+8,000); Wang Fang's D6 closed in 2026 and D7 closes in April: neither is in 2027-Q1, so
 * she stays at 5,000 (+0). The team: 15,000 last week, 43,000 this week.
 */
const WEEK_2_CSV = [
  HEADER,
  "Li Wei,D1,Acme,Closed Won,10000,2027-01-20",
  "Li Wei,D2,Globex,Closed Won,20000,2027-03-17",
  "Wang Fang,D3,Initech,Closed Won,5000,2027-02-10",
  "Wang Fang,D4,Umbrella,Closed Lost,7000,2027-03-01",
  "Zhang Jie,D5,Hooli,Closed Won,8000,2027-03-18",
  "Wang Fang,D6,Stark,Closed Won,3000,2026-12-15",
  "Wang Fang,D7,Wayne,Qualification,4000,2027-04-10",
].join("\n");

const ROSTER: Rep[] = [
  { name: "Li Wei", team: "East" } as Rep,
  { name: "Wang Fang", team: "East" } as Rep,
  { name: "Zhang Jie", team: "West" } as Rep,
];
const Q1 = { label: "2027-Q1", start: serial("2027-01-01"), end: serial("2027-03-31") };
const MARCH = { label: "2027-03", start: serial("2027-03-01"), end: serial("2027-03-31") };

/** The export as a table (no quoted cells in these). */
function tableOf(csv: string): CrmTable {
  const [header, ...rows] = csv.split("\n").map((line) => line.split(","));
  return { header, headerRow: 1, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

function snapshotOf(csv: string, asOf: number): HistoryRow[] {
  const result = importCrm(tableOf(csv), ROSTER, { locale: "en-US", asOf, periods: [Q1, MARCH] });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return crmSnapshot(result.imported, [Q1, MARCH], asOf);
}

const pick = (rows: readonly HistoryRow[], period: string) =>
  rows
    .filter((r) => r.period === period)
    .map((r) => [r.rep, r.wonRevenue, r.dealsWon, r.dealsLost, r.openPipeline]);

describe("the snapshot of an import", () => {
  it("holds each rep's period figures, worked out by hand", () => {
    const week1 = snapshotOf(WEEK_1_CSV, WEEK_1);
    expect(week1.every((r) => r.date === WEEK_1)).toBe(true);
    expect(pick(week1, "2027-Q1")).toEqual([
      ["Li Wei", 10000, 1, 0, 20000],
      ["Wang Fang", 5000, 1, 1, 0],
      ["Zhang Jie", 0, 0, 0, 8000],
    ]);
    const week2 = snapshotOf(WEEK_2_CSV, WEEK_2);
    expect(pick(week2, "2027-Q1")).toEqual([
      ["Li Wei", 30000, 2, 0, 0],
      ["Wang Fang", 5000, 1, 1, 0],
      ["Zhang Jie", 8000, 1, 0, 0],
    ]);
    // March alone: D2 and D5 won, D4 lost; D1 and D3 closed earlier.
    expect(pick(week2, "2027-03")).toEqual([
      ["Li Wei", 20000, 1, 0, 0],
      ["Wang Fang", 0, 0, 1, 0],
      ["Zhang Jie", 8000, 1, 0, 0],
    ]);
  });

  it("appends to the earlier history; an import of the same day replaces that day's rows", () => {
    const week1 = snapshotOf(WEEK_1_CSV, WEEK_1);
    const week2 = snapshotOf(WEEK_2_CSV, WEEK_2);
    const both = appendSnapshot(week1, week2);
    expect(both).toHaveLength(12);
    expect(both.slice(0, 6)).toEqual(week1);
    expect(both.slice(6)).toEqual(week2);
    // Run again on 2027-03-20 with a corrected export: still two snapshots, the second one new.
    const again = appendSnapshot(both, snapshotOf(WEEK_1_CSV, WEEK_2));
    expect(again).toHaveLength(12);
    expect(pick(again.slice(6), "2027-Q1")[0]).toEqual(["Li Wei", 10000, 1, 0, 20000]);
    // A history given out of order is put in date order.
    expect(appendSnapshot(week2, week1).map((r) => r.date)).toEqual(both.map((r) => r.date));
  });
});

/** The cells of a sheet spec's blocks as a grid from A1, as a host reads them back (values only). */
function gridOf(rows: readonly HistoryRow[]): RawCell[][] {
  const { sheet } = buildHistorySheet(rows, HISTORY_TEXTS["zh-CN"], "2027-Q1");
  const grid: RawCell[][] = [];
  for (const block of sheet.blocks) {
    const start = Number(/\d+/.exec(block.start)![0]) - 1;
    const col = block.start.charCodeAt(0) - 65;
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        (grid[start + r] ??= [])[col + c] =
          cell === null || typeof cell !== "object" ? cell : "text" in cell ? cell.text : null;
      }),
    );
  }
  return Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
}

describe("a history sheet read back", () => {
  it("gives back the rows it was written from, in either language", () => {
    const rows = appendSnapshot(snapshotOf(WEEK_1_CSV, WEEK_1), snapshotOf(WEEK_2_CSV, WEEK_2));
    const read = historyRowsFromGrid(gridOf(rows), "历史快照");
    expect(read).toEqual({ ok: true, rows });
  });

  it("names the sheet, the cell and the column of a cell that is not what its column holds", () => {
    const grid = gridOf(snapshotOf(WEEK_1_CSV, WEEK_1));
    grid[6][4] = "lots"; // row 7, won revenue
    grid[7][0] = "last Friday"; // row 8, the date
    const read = historyRowsFromGrid(grid, "History", "last-week.xlsx");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((i) => [i.file, i.field])).toEqual([
      ["last-week.xlsx", "History!E7"],
      ["last-week.xlsx", "History!A8"],
    ]);
    expect(read.issues[0].en).toBe('Won revenue: not a number (found "lots")');
    expect(read.issues[0].zh).toBe("赢单金额：不是数字（实际为“lots”）");
  });

  it("says so when the sheet holds no history table", () => {
    const read = historyRowsFromGrid([["Something else"]], "History");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues[0].en).toContain('no history table on sheet "History"');
    expect(read.issues[0].zh).toContain("工作表“History”中没有历史表");
  });
});

describe("sales-kit import --history", () => {
  let dir = "";
  beforeAll(async () => {
    dir = makeTempDir("sales-kit-history-", path.join(EXAMPLES, "goals"), ["roster.csv", "goals.yaml"]);
    fs.writeFileSync(path.join(dir, "week-1.csv"), WEEK_1_CSV);
    fs.writeFileSync(path.join(dir, "week-2.csv"), WEEK_2_CSV);
    const env = { LANG: "en_US.UTF-8" };
    const common = ["-r", "roster.csv", "--goals", "goals.yaml"];
    const first = await runMain(
      ["import", "week-1.csv", ...common, "--as-of", "2027-03-13", "-o", "w1.xlsx"],
      {
        cwd: dir,
        env,
      },
    );
    expect(first.stderr).toBe("");
    const second = await runMain(
      ["import", "week-2.csv", ...common, "--history", "w1.xlsx", "--as-of", "2027-03-20", "-o", "w2.xlsx"],
      { cwd: dir, env },
    );
    expect(second.stderr).toBe("");
    expect(second.stdout).toContain("History: 2 snapshot(s): 2027-03-13, 2027-03-20");
  }, 120_000);
  afterAll(() => removeTempDir(dir));

  it("carries last week's rows over and appends this week's", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "w2.xlsx"));
    const ws = wb.getWorksheet(HISTORY_TEXTS["en-US"].sheet)!;
    // Column A date, B period, C rep, E won revenue; from row 6.
    const rows: [number, string, string, unknown][] = [];
    for (let r = 6; ws.getCell(r, 1).value !== null; r++)
      rows.push([
        asSerial(ws.getCell(r, 1).value),
        String(ws.getCell(r, 2).value),
        String(ws.getCell(r, 3).value),
        ws.getCell(r, 5).value,
      ]);
    // 12 reps in the example roster, the quarter and its three months: 48 rows a snapshot.
    expect(rows).toHaveLength(2 * 12 * 4);
    expect(rows.slice(0, 48).every((r) => r[0] === WEEK_1)).toBe(true);
    expect(rows.slice(48).every((r) => r[0] === WEEK_2)).toBe(true);
    const q1 = (date: number) =>
      rows
        .filter(
          (r) => r[0] === date && r[1] === "2027-Q1" && ["Li Wei", "Wang Fang", "Zhang Jie"].includes(r[2]),
        )
        .map((r) => [r[2], r[3]]);
    expect(q1(WEEK_1)).toEqual([
      ["Li Wei", 10000],
      ["Wang Fang", 5000],
      ["Zhang Jie", 0],
    ]);
    expect(q1(WEEK_2)).toEqual([
      ["Li Wei", 30000],
      ["Wang Fang", 5000],
      ["Zhang Jie", 8000],
    ]);
  });

  it("refuses a --history workbook without a history sheet, in English and Chinese", async () => {
    for (const [lang, text] of [
      ["en_US.UTF-8", 'the workbook has no history sheet ("KPI history" or "历史快照")'],
      ["zh_CN.UTF-8", "该工作簿中没有历史工作表（“KPI history”或“历史快照”）"],
    ]) {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Goals");
      await wb.xlsx.writeFile(path.join(dir, "plain.xlsx"));
      const r = await runMain(
        ["import", "week-2.csv", "-r", "roster.csv", "--history", "plain.xlsx", "-o", "never.xlsx"],
        { cwd: dir, env: { LANG: lang } },
      );
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain("plain.xlsx");
      expect(r.stderr).toContain(text);
      expect(fs.existsSync(path.join(dir, "never.xlsx"))).toBe(false);
    }
  });

  describeWithLibreOffice("recalculated", () => {
    it("shows each rep's won revenue of the week on the dashboard and the team's trend", async () => {
      const data = fs.readFileSync(path.join(dir, "w2.xlsx"));
      const book = (await recalculate([{ name: "w2", data }])).get("w2")!;
      const h = HISTORY_TEXTS["en-US"].sheet;
      expect(book.get(h, "B3")).toBe(WEEK_2);
      expect(book.get(h, "D3")).toBe(WEEK_1);
      // The trend: the team's 2027-Q1 won revenue at each snapshot.
      expect([book.get(h, "J6"), book.get(h, "L6")]).toEqual(["2027-03-13", 15000]);
      expect([book.get(h, "J7"), book.get(h, "L7")]).toEqual(["2027-03-20", 43000]);
      // The snapshot agrees with this week's KPI sheet (its formulas over the data sheet).
      const kpi = CRM_TEXTS["en-US"].sheet.kpi;
      const kpiWon = new Map<string, unknown>();
      for (let r = 5; book.get(kpi, `A${r}`) === "2027-Q1"; r++)
        kpiWon.set(String(book.get(kpi, `D${r}`)), book.get(kpi, `F${r}`));
      expect(["Li Wei", "Wang Fang", "Zhang Jie"].map((n) => kpiWon.get(n))).toEqual([30000, 5000, 8000]);
      // The dashboard: the column after the overdue follow-ups, each rep's row found by name.
      const d = DASHBOARD_TEXTS["en-US"];
      expect(book.get(d.sheet, "L9")).toBe(HISTORY_TEXTS["en-US"].weekChange);
      const change = new Map<string, unknown>();
      for (let r = 10; book.get(d.sheet, `A${r}`) !== null && book.get(d.sheet, `A${r}`) !== ""; r++)
        change.set(String(book.get(d.sheet, `A${r}`)), book.get(d.sheet, `L${r}`));
      expect(change.size).toBe(12);
      expect(change.get("Li Wei")).toBe(20000);
      expect(change.get("Wang Fang")).toBe(0);
      expect(change.get("Zhang Jie")).toBe(8000);
      for (const [rep, v] of change) if (!["Li Wei", "Zhang Jie"].includes(rep)) expect(v).toBe(0);
    }, 180_000);
  });
});
