/**
 * The round trip through the command line: `sales-kit reviews` writes one workbook per rep, the
 * manager's copies in a folder of their own, and an index; answers are typed into the files as a rep
 * and a manager would (found by their labels), the manager's into their copy;
 * one file is deleted, one truncated, one rearranged; `sales-kit collect` builds the team summary,
 * whose values must equal the answers and whose averages LibreOffice recalculates.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { CliResult, makeTempDir, removeTempDir, runMain } from "../support/cli";
import {
  describeWithLibreOffice,
  expectClose,
  recalculate,
  RecalculatedWorkbook,
} from "../oracle/libreoffice";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const LABELS: Record<number, string> = {
  5: "5 Exceptional 卓越",
  4: "4 Exceeds expectations 超出预期",
  3: "3 Meets expectations 符合预期",
  2: "2 Needs improvement 需改进",
  1: "1 Unsatisfactory 不合格",
};
const COMPETENCIES = [
  "Prospecting",
  "Needs discovery",
  "Product knowledge",
  "Negotiation and closing",
  "Customer service and follow-up visits",
  "CRM and data discipline",
  "Communication",
  "Teamwork",
];

const ROSTER = `name,role,team,manager,hire date
Anna Li,AE,East,Zhou Min,2019-04-15
Bo 王,AE,East,Zhou Min,2021-09-01
"Chen: ""C""",AE,East,Zhou Min,2022-03-07
Dai Rui,AE,West,Emily Carter,2020-01-01
Eva Sun,AE,West,Emily Carter,2024-12-01
方芳,SDR,West,Emily Carter,2025-05-01
`;

/** What each rep and manager answer: scores per competency in order, null = left blank. */
const ANSWERS = {
  "Anna Li": { self: [5, 4, 4, 3, 5, 4, 4, 5], manager: [4, 4, 3, 3, 5, 5, 4, 4], signed: true },
  "Bo 王": { self: [3, 3, 4, 2, null, null, null, null], manager: [2, 3, 3, 2, 3, 3, 3, 3], signed: false },
} as const;

const run = (args: string[], cwd: string) => runMain(args, { cwd, env: { LANG: "en_US.UTF-8" } });

function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r;
  throw new Error(`no row "${label}" on ${ws.name}`);
}

/**
 * Types the answers the way a person would, by the labels on the sheets: the rep's into their file
 * (`out/<name>.xlsx`), the manager's into their copy (`out/Manager copies/<name>.xlsx`).
 */
async function fillIn(
  out: string,
  file: string,
  answers: (typeof ANSWERS)[keyof typeof ANSWERS],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out, file));
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(path.join(out, "Manager copies", file));
  expect(wb.getWorksheet("Manager review")).toBeUndefined();
  const self = wb.getWorksheet("Self-review")!;
  const manager = copy.getWorksheet("Manager review")!;
  COMPETENCIES.forEach((name, i) => {
    const s = answers.self[i];
    const m = answers.manager[i];
    if (s !== null) self.getCell(rowOf(self, name), 3).value = LABELS[s];
    if (m !== null) manager.getCell(rowOf(manager, name), 3).value = LABELS[m];
  });
  self.getCell(rowOf(self, "Key achievements this period"), 2).value = "Won three key accounts.";
  if (answers.signed) {
    const rep = rowOf(self, "Rep signature");
    self.getCell(rep, 2).value = "signed";
    self.getCell(rep, 5).value = new Date(Date.UTC(2025, 6, 10));
    const mgr = rowOf(manager, "Manager signature");
    manager.getCell(mgr, 2).value = "Zhou Min";
    manager.getCell(mgr, 4).value = new Date(Date.UTC(2025, 6, 12));
  }
  await wb.xlsx.writeFile(path.join(out, file));
  await copy.xlsx.writeFile(path.join(out, "Manager copies", file));
}

describe("sales-kit reviews and collect", () => {
  let dir: string;
  let reviews: CliResult;
  let collected: CliResult;
  let summary: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = makeTempDir("sales-kit-reviews-");
    fs.writeFileSync(path.join(dir, "team.csv"), ROSTER);
    reviews = await run(["reviews", "--roster", "team.csv", "--period", "2025-H1", "--out", "out"], dir);
    const out = path.join(dir, "out");
    await fillIn(out, "Anna Li.xlsx", ANSWERS["Anna Li"]);
    await fillIn(out, "Bo 王.xlsx", ANSWERS["Bo 王"]);
    // Chen's file never came back; Dai's was cut short in an email; Eva inserted a row.
    fs.rmSync(path.join(out, "Chen_ _C_.xlsx"));
    const dai = fs.readFileSync(path.join(out, "Dai Rui.xlsx"));
    fs.writeFileSync(path.join(out, "Dai Rui.xlsx"), dai.subarray(0, 3000));
    const eva = new ExcelJS.Workbook();
    await eva.xlsx.readFile(path.join(out, "Eva Sun.xlsx"));
    eva.getWorksheet("Self-review")!.spliceRows(12, 0, ["my extra row"]);
    await eva.xlsx.writeFile(path.join(out, "Eva Sun.xlsx"));
    // Excel's lock file of an open workbook, and an unrelated workbook.
    fs.writeFileSync(path.join(out, "~$Anna Li.xlsx"), "lock");
    const notes = new ExcelJS.Workbook();
    notes.addWorksheet("Notes").getCell("A1").value = "meeting notes";
    await notes.xlsx.writeFile(path.join(out, "notes.xlsx"));

    collected = await run(["collect", "out", "--out", "summary.xlsx"], dir);
    summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(path.join(dir, "summary.xlsx"));
  }, 120_000);

  afterAll(() => removeTempDir(dir));

  it("writes one workbook per rep, named from the rep's name, the manager's copies and the index", () => {
    expect(reviews).toMatchObject({ code: 0, stderr: "" });
    expect(reviews.stdout).toContain("Wrote 6 review workbook(s) and Review index.xlsx");
    expect(reviews.stdout).toContain("the manager reviews are in Manager copies/, not for the reps");
    expect(fs.readdirSync(path.join(dir, "out", "Manager copies")).sort()).toEqual(
      ["Anna Li.xlsx", "Bo 王.xlsx", "Chen_ _C_.xlsx", "Dai Rui.xlsx", "Eva Sun.xlsx", "方芳.xlsx"].sort(),
    );
    // 方芳 joined on 2025-05-01, within six months of 2025-06-30; Dai (2020) is the experienced West rep.
    expect(reviews.stdout).toContain("New hire 方芳: mentor Dai Rui");
    expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(
      [
        "Anna Li.xlsx",
        "Bo 王.xlsx",
        "Dai Rui.xlsx",
        "Eva Sun.xlsx",
        "Manager copies",
        "Review index.xlsx",
        "notes.xlsx",
        "~$Anna Li.xlsx",
        "方芳.xlsx",
      ].sort(),
    );
  });

  it("reports the damaged, rearranged and foreign files by name and still summarises the rest", () => {
    expect(collected.code).toBe(0);
    expect(collected.stdout).toContain("6 rep(s): 1 complete, 2 incomplete, 1 missing, 2 skipped");
    expect(collected.stdout).toMatch(/Dai Rui \(Dai Rui\.xlsx\): cannot be opened as an \.xlsx workbook/);
    expect(collected.stdout).toMatch(/Eva Sun \(Eva Sun\.xlsx\): the layout was changed/);
    expect(collected.stdout).toMatch(/Chen: "C": no returned file \(expected Chen_ _C_\.xlsx\)/);
    expect(collected.stdout).toMatch(/notes\.xlsx: is not a Sales Kit review workbook/);
    expect(collected.stdout).not.toContain("~$");
  });

  it("lists every rep with their status", () => {
    const ws = summary.getWorksheet("Team summary")!;
    const rows = [5, 6, 7, 8, 9, 10].map((r) => [
      ws.getCell(r, 1).value,
      ws.getCell(r, 3).value,
      ws.getCell(r, 4).value,
    ]);
    expect(rows).toEqual([
      ["Anna Li", "Anna Li.xlsx", "Complete"],
      ["Bo 王", "Bo 王.xlsx", "Incomplete"],
      ['Chen: "C"', null, "Missing"],
      ["Dai Rui", "Dai Rui.xlsx", "Skipped"],
      ["Eva Sun", "Eva Sun.xlsx", "Skipped"],
      ["方芳", "方芳.xlsx", "Incomplete"],
    ]);
    const issues = summary.getWorksheet("Issues")!;
    const problems: string[] = [];
    issues.eachRow((row, r) => {
      if (r > 3) problems.push(`${row.getCell(2).value ?? row.getCell(1).value}: ${row.getCell(3).value}`);
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "Bo 王: self ratings missing: Customer service and follow-up visits, CRM and data discipline, Communication, Teamwork",
        "Bo 王: not signed and dated by the rep",
        "方芳: no self ratings yet",
        "方芳: no manager ratings yet",
        "notes.xlsx: is not a Sales Kit review workbook, or its hidden form data was removed",
      ]),
    );
  });

  it("puts exactly the answers into the ratings sheet", () => {
    const ws = summary.getWorksheet("Ratings")!;
    // Rows from 7 in roster order; self scores in B-I, manager scores in J-Q.
    const scores = (row: number, from: number) =>
      COMPETENCIES.map((_, i) => {
        const v = ws.getCell(row, from + i).value;
        return v === null || v === undefined ? null : v;
      });
    expect(scores(7, 2)).toEqual(ANSWERS["Anna Li"].self);
    expect(scores(7, 10)).toEqual(ANSWERS["Anna Li"].manager);
    expect(scores(8, 2)).toEqual(ANSWERS["Bo 王"].self);
    expect(scores(8, 10)).toEqual(ANSWERS["Bo 王"].manager);
    expect(scores(9, 2)).toEqual(Array(8).fill(null));
    expect(ws.getCell(5, 2).value).toBe("Prospecting");
    expect(ws.getCell(6, 2).value).toBe(0.125);
  });

  it("refuses to overwrite returned files or the summary without --force", async () => {
    const again = await run(["reviews", "--roster", "team.csv", "--period", "2025-H1", "--out", "out"], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists (a returned review?)");
    const anna = new ExcelJS.Workbook();
    await anna.xlsx.readFile(path.join(dir, "out", "Anna Li.xlsx"));
    const self = anna.getWorksheet("Self-review")!;
    expect(self.getCell(rowOf(self, "Prospecting"), 3).value).toBe(LABELS[5]);
    const collectAgain = await run(["collect", "out", "--out", "summary.xlsx"], dir);
    expect(collectAgain.code).toBe(1);
  });
});

describeWithLibreOffice("the team summary's formulas", () => {
  let dir: string;
  let wb: RecalculatedWorkbook;
  beforeAll(async () => {
    dir = makeTempDir("sales-kit-summary-");
    fs.writeFileSync(path.join(dir, "team.csv"), ROSTER.split("\n").slice(0, 3).join("\n") + "\n");
    await run(["reviews", "--roster", "team.csv", "--period", "2025-H1", "--out", "out"], dir);
    await fillIn(path.join(dir, "out"), "Anna Li.xlsx", ANSWERS["Anna Li"]);
    await fillIn(path.join(dir, "out"), "Bo 王.xlsx", ANSWERS["Bo 王"]);
    await run(["collect", "out", "--out", "summary.xlsx"], dir);
    wb = (await recalculate([{ name: "s", data: fs.readFileSync(path.join(dir, "summary.xlsx")) }])).get(
      "s",
    )!;
  }, 180_000);
  afterAll(() => removeTempDir(dir));

  it("computes each rep's averages, gap and weighted scores", () => {
    const s = "Team summary";
    // Anna: self 5+4+4+3+5+4+4+5 = 34 -> 4.25; manager 32 -> 4.0; gaps -1,0,-1,0,0,1,0,-1 -> -0.25.
    // Equal weights of 12.5%: the weighted scores equal the averages.
    expectClose(wb.get(s, "E5"), 4.25);
    expectClose(wb.get(s, "F5"), 4);
    expectClose(wb.get(s, "G5"), -0.25);
    expectClose(wb.get(s, "H5"), 4.25);
    expectClose(wb.get(s, "I5"), 4);
    // Bo: self 3,3,4,2 -> 3; manager 2,3,3,2,3,3,3,3 -> 22/8 = 2.75; gaps -1,0,-1,0 -> -0.5;
    // no weighted self score until all eight are rated.
    expectClose(wb.get(s, "E6"), 3);
    expectClose(wb.get(s, "F6"), 2.75);
    expectClose(wb.get(s, "G6"), -0.5);
    expect(wb.get(s, "H6")).toBe("");
    expectClose(wb.get(s, "I6"), 2.75);
    // Team averages: (4.25 + 3) / 2, (4 + 2.75) / 2, (-0.25 - 0.5) / 2, 4.25 alone, (4 + 2.75) / 2
    expectClose(wb.get(s, "E7"), 3.625);
    expectClose(wb.get(s, "F7"), 3.375);
    expectClose(wb.get(s, "G7"), -0.375);
    expectClose(wb.get(s, "H7"), 4.25);
    expectClose(wb.get(s, "I7"), 3.375);
  });

  it("computes gaps per competency and team averages on the ratings sheet", () => {
    const r = "Ratings";
    // Gap columns start at R (B + 2 x 8): Anna's Prospecting gap 4 - 5 = -1, Bo's 2 - 3 = -1.
    expect(wb.get(r, "R7")).toBe(-1);
    expect(wb.get(r, "W7")).toBe(1);
    expect(wb.get(r, "V8")).toBe("");
    // Team average of Prospecting: self (5 + 3) / 2 = 4, manager (4 + 2) / 2 = 3, gap -1.
    expectClose(wb.get(r, "B9"), 4);
    expectClose(wb.get(r, "J9"), 3);
    expectClose(wb.get(r, "R9"), -1);
    // Customer service: only Anna rated herself (5); managers 5 and 3 -> 4; gap only Anna's 0.
    expectClose(wb.get(r, "F9"), 5);
    expectClose(wb.get(r, "N9"), 4);
    expectClose(wb.get(r, "V9"), 0);
  });
});
