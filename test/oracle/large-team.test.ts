/**
 * A 1,000-rep team through every command: each written workbook stays within Excel's limits (no
 * formula over 8,192 characters or 255 arguments to a function, no text over 32,767 characters),
 * read from the files' XML. The sample team of examples/ plus 988 reps in five teams (large-team.ts).
 * Reviews and collect are in large-team-reviews.test.ts.
 */
import { TEAM_SIZE, TIMEOUT_MS, largeTeam } from "./large-team";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const { run, expectWithinLimits } = largeTeam();

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
});
