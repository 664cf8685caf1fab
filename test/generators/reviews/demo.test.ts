/**
 * The review sheets of the demo workbook: valid in both languages, alongside the goal sheets of the
 * bundled example plan (whose new hire and mentor they pick), and computing the values worked out
 * here by hand when LibreOffice recalculates them.
 */
import fs from "fs";
import path from "path";
import YAML from "yaml";
import { buildReviewDemoSheets, DEMO_REPS } from "../../../src/generators/reviews/demo";
import { generateGoalWorkbook } from "../../../src/generators/goals";
import { validateGoalInput } from "../../../src/schemas/goals";
import { parseRosterCsv } from "../../../src/schemas/roster";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { validateWorkbookSpec } from "../../../src/workbook/validate";
import { describeWithLibreOffice, expectClose, recalculate } from "../../oracle/libreoffice";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples/goals");

function examplePlan() {
  const roster = parseRosterCsv(fs.readFileSync(path.join(EXAMPLES, "roster.csv"), "utf8"), "roster.csv");
  if (!roster.ok) throw new Error(JSON.stringify(roster.issues));
  const plan = validateGoalInput(
    roster.value,
    YAML.parse(fs.readFileSync(path.join(EXAMPLES, "goals.yaml"), "utf8")),
  );
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  return plan.value;
}

describe("demo review sheets", () => {
  it.each(["en-US", "zh-CN"] as const)("are a valid set of seven sheets in %s", (locale) => {
    const sheets = buildReviewDemoSheets(locale);
    expect(sheets).toHaveLength(7);
    expect(validateWorkbookSpec({ sheets })).toEqual([]);
    expect(sheets.map((s) => s.name).filter((n) => n.includes(DEMO_REPS[1].name))).toHaveLength(3);
  });

  it("join the example goal sheets: the new hire Gao Yu and the longest-serving West rep as mentor", () => {
    const plan = examplePlan();
    const sheets = buildReviewDemoSheets("en-US", { goalPlan: plan });
    // Gao Yu starts 2027-02-15, within six months of the quarter's end; every other West rep has two
    // years or more by 2027-03-31, and Huang Min (2018-08-20) has served longest.
    expect(sheets.slice(0, 6).map((s) => s.name)).toEqual([
      "Self-review Huang Min",
      "Manager review Huang Min",
      "Development plan Huang Min",
      "Self-review Gao Yu",
      "Manager review Gao Yu",
      "Development plan Gao Yu",
    ]);
    const spec = { sheets: [...generateGoalWorkbook(plan, { locale: "en-US" }).sheets, ...sheets] };
    expect(validateWorkbookSpec(spec)).toEqual([]);
  });
});

describeWithLibreOffice("demo review sheets in LibreOffice", () => {
  it("show the sample reps' scores, tracks and overdue actions", async () => {
    const sheets = buildReviewDemoSheets("en-US");
    const wb = (await recalculate([{ name: "demo", data: await writeXlsx({ sheets }) }])).get("demo")!;
    const [liSelf, , liPlan, chenSelf, , chenPlan, log] = sheets.map((s) => s.name);
    // Li Wei: manager 5,5,4,5,4,4,5,5 -> 37/8 = 4.625, rounds to 5; self 35/8 = 4.375.
    expectClose(wb.get(liSelf, "H26"), 4.625);
    expectClose(wb.get(liSelf, "D26"), 4.375);
    expect(wb.get(liSelf, "C27")).toBe("5 Exceptional 卓越");
    // KPIs 1416000/1200000 = 1.18, 24/20 = 1.2, 0.29/0.25 = 1.16: average 1.18 -> advanced.
    expectClose(wb.get(liSelf, "F14"), 1.18);
    expect(wb.get(liPlan, "E7")).toBe("Advanced 进阶发展");
    // Chen Jing: 330000/400000 = 0.825, 10/10 = 1, 0.13/0.2 = 0.65: average 0.825 -> support.
    expectClose(wb.get(chenSelf, "F14"), 0.825);
    expectClose(wb.get(chenSelf, "H26"), 25 / 8);
    expect(wb.get(chenPlan, "E7")).toBe("Support 帮扶提升");
    // Feedback log, as of 2025-10-15: the weekly action is done, the one-to-one action (due 2025-07-30)
    // is in progress and overdue, Li Wei's action is due after the as-of date.
    expect([7, 8, 9].map((r) => wb.get(log, `L${r}`))).toEqual(["", "Overdue", ""]);
  }, 180_000);
});
