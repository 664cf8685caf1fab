/**
 * A 1,000-rep team through every command: each written workbook stays within Excel's limits (no
 * formula over 8,192 characters or 255 arguments to a function, no text over 32,767 characters),
 * read from the files' XML. The sample team of examples/ plus 988 reps in five teams.
 */
import fs from "fs";
import path from "path";
import { sampleExportTable } from "../../src/generators/crm";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";
import { checkExcelLimits } from "./excel-limits";
import { readXmlWorkbook } from "./sheet-xml";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const TEAM_SIZE = 1000;
const TEAMS = ["East", "West", "North", "South", "Central"];
/** Minutes, not seconds, on a busy two-core machine: 1,000 review workbooks are written and read. */
const TIMEOUT_MS = 600_000;

let dir: string;
const run = async (...args: string[]) => {
  const r = await runMain(args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });
  if (r.code !== 0)
    throw new Error(`sales-kit ${args.join(" ")} failed (${r.code}):\n${r.stderr.slice(0, 3000)}`);
  return r;
};

function expectWithinLimits(file: string): void {
  const report = checkExcelLimits(fs.readFileSync(path.join(dir, file)));
  expect(report.violations).toEqual([]);
  expect(report.formulas).toBeGreaterThan(0);
}

beforeAll(() => {
  dir = makeTempDir("sales-kit-1000-reps-");
  const sample = fs
    .readFileSync(path.join(EXAMPLES, "goals", "roster.csv"), "utf8")
    .trim()
    .split("\n");
  const rows = [...sample];
  for (let i = sample.length - 1; i < TEAM_SIZE; i++) {
    const team = TEAMS[i % TEAMS.length];
    rows.push(`Rep ${String(i + 1).padStart(4, "0")},Account Executive,${team},Manager ${team},2022-01-10,`);
  }
  fs.writeFileSync(path.join(dir, "roster.csv"), rows.join("\n") + "\n");
  for (const f of ["goals/goals.yaml", "incentives/plan.yaml", "incentives/demo-plan.yaml"])
    fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, path.basename(f)));
  const owners = rows.slice(1).map((r) => r.split(",")[0]);
  const table = sampleExportTable(owners, { rows: 5000, asOf: 46456, largestAmount: 150_000 });
  const csv = [table.header, ...table.rows.map((r) => r.cells.map(String))]
    .map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
    .join("\n");
  fs.writeFileSync(path.join(dir, "export.csv"), csv + "\n");
});

afterAll(() => removeTempDir(dir));

describe(`${TEAM_SIZE} reps: every command writes workbooks within Excel's limits`, () => {
  it(
    "goals",
    async () => {
      await run("goals", "-r", "roster.csv", "-c", "goals.yaml", "-o", "goals.xlsx");
      expectWithinLimits("goals.xlsx");
    },
    TIMEOUT_MS,
  );

  it(
    "incentives, with and without the goal sheets",
    async () => {
      await run("incentives", "-r", "roster.csv", "-c", "plan.yaml", "-o", "inc.xlsx");
      expectWithinLimits("inc.xlsx");
      await run(
        "incentives",
        "-r",
        "roster.csv",
        "-c",
        "demo-plan.yaml",
        "--goals",
        "goals.yaml",
        "-o",
        "inc-goals.xlsx",
      );
      expectWithinLimits("inc-goals.xlsx");
    },
    TIMEOUT_MS,
  );

  it(
    "CRM import, with and without the goal sheets: team and all-owner rows in range forms",
    async () => {
      await run("import", "export.csv", "-r", "roster.csv", "--as-of", "2027-03-20", "-o", "kpis.xlsx");
      expectWithinLimits("kpis.xlsx");
      await run(
        "import",
        "export.csv",
        "-r",
        "roster.csv",
        "--goals",
        "goals.yaml",
        "--as-of",
        "2027-03-20",
        "-o",
        "kpis-goals.xlsx",
      );
      expectWithinLimits("kpis-goals.xlsx");
    },
    TIMEOUT_MS,
  );

  it(
    "reviews and their index; collect reads the index's manifest back from several cells",
    async () => {
      await run(
        "reviews",
        "--roster",
        "roster.csv",
        "--period",
        "2027-H1",
        "--as-of",
        "2027-07-20",
        "--out",
        "reviews",
      );
      const files = fs.readdirSync(path.join(dir, "reviews")).filter((f) => f.endsWith(".xlsx"));
      expect(files).toHaveLength(TEAM_SIZE + 1);
      expectWithinLimits(path.join("reviews", "Review index.xlsx"));
      expectWithinLimits(path.join("reviews", "Rep 1000.xlsx"));
      // The manifest of 1,000 reps is about 60,000 characters: more than one cell.
      const index = readXmlWorkbook(fs.readFileSync(path.join(dir, "reviews", "Review index.xlsx")));
      const manifest = [...index.sheets.values()][0];
      expect(String(manifest.get("L1")?.value)).toMatch(/^sales-kit-form /);
      expect(String(manifest.get("L2")?.value)).toMatch(/^sales-kit-form\+ /);

      // One review missing: collect names it, which it can only do from the index's whole manifest.
      fs.rmSync(path.join(dir, "reviews", "Rep 1000.xlsx"));
      const collected = await run("collect", "reviews", "--out", "summary.xlsx");
      expect(collected.stdout + collected.stderr).not.toMatch(/damaged/);
      expectWithinLimits("summary.xlsx");
      const summary = readXmlWorkbook(fs.readFileSync(path.join(dir, "summary.xlsx")));
      const texts = [...summary.sheets.values()].flatMap((cells) => [...cells.values()].map((c) => c.value));
      expect(texts.some((v) => typeof v === "string" && v.includes("Rep 1000"))).toBe(true);
    },
    TIMEOUT_MS,
  );
});
