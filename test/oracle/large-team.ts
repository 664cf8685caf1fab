/**
 * The 1,000-rep team of the large-team tests (large-team.test.ts and large-team-reviews.test.ts, two
 * files so that jest's two workers share the work): the sample team of examples/ plus 988 reps in five
 * teams, their CRM export, and the checks on each written workbook.
 */
import fs from "fs";
import path from "path";
import { sampleExportTable } from "../../src/generators/crm";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";
import { checkExcelLimits } from "./excel-limits";

const EXAMPLES = path.resolve(__dirname, "../../examples");
export const TEAM_SIZE = 1000;
const TEAMS = ["East", "West", "North", "South", "Central"];
/** Minutes, not seconds, on a busy two-core machine: 1,000 review workbooks are written and read. */
export const TIMEOUT_MS = 600_000;

export interface LargeTeam {
  /** The folder holding roster.csv, export.csv and the example configurations. */
  readonly dir: () => string;
  /** Runs sales-kit in the folder; throws with its error output when it fails. */
  readonly run: (...args: string[]) => ReturnType<typeof runMain>;
  /** Every formula and text of `file` (in the folder) within Excel's limits, and some formulas. */
  readonly expectWithinLimits: (file: string) => void;
}

/** Registers beforeAll/afterAll that write the team's files into a new folder and remove it. */
export function largeTeam(): LargeTeam {
  let dir = "";
  beforeAll(() => {
    dir = makeTempDir("sales-kit-1000-reps-");
    const sample = fs
      .readFileSync(path.join(EXAMPLES, "goals", "roster.csv"), "utf8")
      .trim()
      .split("\n");
    const rows = [...sample];
    for (let i = sample.length - 1; i < TEAM_SIZE; i++) {
      const team = TEAMS[i % TEAMS.length];
      rows.push(
        `Rep ${String(i + 1).padStart(4, "0")},Account Executive,${team},Manager ${team},2022-01-10,`,
      );
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

  return {
    dir: () => dir,
    run: async (...args) => {
      const r = await runMain(args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });
      if (r.code !== 0)
        throw new Error(`sales-kit ${args.join(" ")} failed (${r.code}):\n${r.stderr.slice(0, 3000)}`);
      return r;
    },
    expectWithinLimits: (file) => {
      const report = checkExcelLimits(fs.readFileSync(path.join(dir, file)));
      expect(report.violations).toEqual([]);
      expect(report.formulas).toBeGreaterThan(0);
    },
  };
}
