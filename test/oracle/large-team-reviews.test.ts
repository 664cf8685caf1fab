/**
 * The 1,000-rep team of large-team.ts through reviews and collect: each written workbook within
 * Excel's limits, read from the files' XML (the other commands are in large-team.test.ts).
 */
import fs from "fs";
import path from "path";
import { TEAM_SIZE, TIMEOUT_MS, largeTeam } from "./large-team";
import { readXmlWorkbook } from "./sheet-xml";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const { dir, run, expectWithinLimits } = largeTeam();

describe(`${TEAM_SIZE} reps: reviews and collect write workbooks within Excel's limits`, () => {
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
      const files = fs.readdirSync(path.join(dir(), "reviews")).filter((f) => f.endsWith(".xlsx"));
      expect(files).toHaveLength(TEAM_SIZE + 1);
      expectWithinLimits(path.join("reviews", "Review index.xlsx"));
      expectWithinLimits(path.join("reviews", "Rep 1000.xlsx"));
      // The manifest of 1,000 reps is about 60,000 characters: more than one cell.
      const index = readXmlWorkbook(fs.readFileSync(path.join(dir(), "reviews", "Review index.xlsx")));
      const manifest = [...index.sheets.values()][0];
      expect(String(manifest.get("L1")?.value)).toMatch(/^sales-kit-form /);
      expect(String(manifest.get("L2")?.value)).toMatch(/^sales-kit-form\+ /);

      // One review missing: collect names it, which it can only do from the index's whole manifest.
      fs.rmSync(path.join(dir(), "reviews", "Rep 1000.xlsx"));
      const collected = await run("collect", "reviews", "--out", "summary.xlsx");
      expect(collected.stdout + collected.stderr).not.toMatch(/damaged/);
      expectWithinLimits("summary.xlsx");
      const summary = readXmlWorkbook(fs.readFileSync(path.join(dir(), "summary.xlsx")));
      const texts = [...summary.sheets.values()].flatMap((cells) => [...cells.values()].map((c) => c.value));
      expect(texts.some((v) => typeof v === "string" && v.includes("Rep 1000"))).toBe(true);
    },
    TIMEOUT_MS,
  );
});
