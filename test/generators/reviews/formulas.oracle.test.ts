/**
 * Every formula of the review sheets recalculated by LibreOffice and compared with values worked out
 * by hand in the comments: KPI attainment and status, scores, gaps, weighted scores and overall
 * rating, the development track, overdue flags of actions, check-ins and the feedback log, review
 * dates of work arrangements, and KPI lines linked to a goal sheet in the same workbook.
 */
import {
  describeWithLibreOffice,
  expectClose,
  recalculate,
  RecalculatedWorkbook,
} from "../../oracle/libreoffice";
import { buildRepReviewSheets, reviewSheetNames } from "../../../src/generators/reviews/rep-workbook";
import { pairMentors } from "../../../src/generators/reviews/mentors";
import { kpiLinesFromGoalPlan } from "../../../src/generators/reviews/goal-link";
import { generateGoalWorkbook } from "../../../src/generators/goals";
import { validateGoalInput } from "../../../src/schemas/goals";
import { KpiLine, reviewConfig } from "../../../src/schemas/review";
import type { Rep } from "../../../src/schemas/roster";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import type { CellInput, SheetSpec, WorkbookSpec } from "../../../src/workbook/spec";
import { parseCell } from "../../../src/workbook/a1";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

/** Excel serial of a date, from the calendar (1900 system after February 1900). */
function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const PERIOD_END = serial(2025, 6, 30); // 45838
const AS_OF = serial(2025, 10, 15); // 45945

/** The row whose column holds `text`, found like a reader scanning the sheet. */
function rowOf(sheet: SheetSpec, column: string, text: string, after = 0): number {
  const col = parseCell(`${column}1`).col;
  for (const block of sheet.blocks) {
    const start = parseCell(block.start);
    for (let r = 0; r < block.rows.length; r++) {
      const cell: CellInput | undefined = block.rows[r][col - start.col];
      if (start.row + r + 1 > after && cell === text) return start.row + r + 1;
    }
  }
  throw new Error(`"${text}" not found in column ${column} of ${sheet.name}`);
}

const competencies = [
  { key: "negotiation-closing", name: { en: "Negotiation and closing", zh: "谈判与成交" }, weight: 0.5 },
  { key: "needs-discovery", name: { en: "Needs discovery", zh: "需求挖掘" }, weight: 0.3 },
  { key: "teamwork", name: { en: "Teamwork", zh: "团队协作" }, weight: 0.2 },
];
const config = reviewConfig({ period: "2025-H1", asOf: AS_OF, feedbackRows: 5, competencies });
const rep = (name: string): Rep => ({
  name,
  role: "Sales rep",
  team: "East",
  manager: "Zhang Min",
  hireDate: 43528,
});
const kpi = (
  key: string,
  en: string,
  target: number,
  actual: number,
  direction: "higher" | "lower" = "higher",
): KpiLine => ({
  key,
  name: { en, zh: en },
  unit: "number",
  direction,
  target,
  actual,
});
const noMentors = pairMentors([], PERIOD_END, config.mentoring);

/** Rep A: below goal on two of three KPIs, a mixed review. */
const repA = buildRepReviewSheets({
  locale: "en-US",
  rep: rep("Rep A"),
  config,
  competencies,
  mentors: noMentors,
  kpis: [
    kpi("revenue", "Revenue", 1_000_000, 800_000),
    kpi("conversion-rate", "Conversion rate", 0.25, 0.18),
    kpi("churn", "Churn", 0.05, 0.04, "lower"),
  ],
  answers: {
    self: { "negotiation-closing": 4, "needs-discovery": 3, teamwork: 5 },
    manager: { "negotiation-closing": 3, "needs-discovery": 3, teamwork: 2 },
  },
  plan: {
    actionUpdates: [{ status: "Done 已完成" }, { status: "In progress 进行中", progress: 0.4 }],
    arrangements: [
      {
        type: "Remote days 远程办公日",
        details: "Fridays",
        agreedOn: PERIOD_END - 90,
        reviewDate: serial(2025, 9, 30),
      },
      {
        type: "Flexible hours 弹性工作时间",
        details: "7-16",
        agreedOn: PERIOD_END,
        reviewDate: serial(2025, 12, 1),
      },
    ],
    checkinsHeld: [null, serial(2025, 12, 1)],
  },
  feedback: [
    {
      date: AS_OF - 20,
      meeting: "One-to-one 一对一",
      participants: "A",
      topics: "t",
      due: AS_OF - 5,
      status: "Open 待跟进",
    },
    {
      date: AS_OF - 20,
      meeting: "One-to-one 一对一",
      participants: "A",
      topics: "t",
      due: AS_OF - 5,
      status: "Done 已完成",
    },
    {
      date: AS_OF - 20,
      meeting: "Weekly meeting 周例会",
      participants: "A",
      topics: "t",
      due: AS_OF,
      status: "Open 待跟进",
    },
    { date: AS_OF - 20, meeting: "Weekly meeting 周例会", participants: "A", topics: "t", due: null },
    {
      date: AS_OF - 20,
      meeting: "Weekly meeting 周例会",
      participants: "A",
      topics: "t",
      due: AS_OF - 45,
      status: null,
    },
  ],
});

/** Rep B: above goal, rated highly. */
const repB = buildRepReviewSheets({
  locale: "zh-CN",
  rep: rep("Rep B"),
  config,
  competencies,
  mentors: noMentors,
  kpis: [kpi("revenue", "Revenue", 100, 125)],
  answers: {
    self: { "negotiation-closing": 5, "needs-discovery": 5, teamwork: 4 },
    manager: { "negotiation-closing": 5, "needs-discovery": 4, teamwork: 5 },
  },
});

/** Rep C: no KPIs, one self rating missing, a low manager rating; the as-of date left to TODAY(). */
const repC = buildRepReviewSheets({
  locale: "en-US",
  rep: rep("Rep C"),
  config: { ...config, asOf: undefined },
  competencies,
  mentors: noMentors,
  kpis: [],
  answers: {
    self: { "negotiation-closing": 3, "needs-discovery": 3 },
    manager: { "negotiation-closing": 2, "needs-discovery": 2, teamwork: 3 },
  },
});

function workbook(built: { sheets: readonly SheetSpec[] }): WorkbookSpec {
  return { sheets: built.sheets };
}

describeWithLibreOffice("review formulas in LibreOffice", () => {
  let results: Map<string, RecalculatedWorkbook>;
  beforeAll(async () => {
    results = await recalculate(
      await Promise.all(
        [
          ["A", repA],
          ["B", repB],
          ["C", repC],
        ].map(async ([name, built]) => ({
          name: name as string,
          data: await writeXlsx(workbook(built as typeof repA)),
        })),
      ),
    );
  }, 180_000);

  const en = reviewSheetNames("en-US");
  const zh = reviewSheetNames("zh-CN");

  it("computes KPI attainment like the KPI core, for higher and lower is better", () => {
    const wb = results.get("A")!;
    const s = en.selfReview;
    const first = rowOf(repA.sheets[0], "A", "Revenue");
    // 800,000 of 1,000,000: 1 + (800000 - 1000000) / 1000000 = 0.8
    expectClose(wb.get(s, `F${first}`), 0.8);
    // 18% of 25%: 1 + (0.18 - 0.25) / 0.25 = 0.72
    expectClose(wb.get(s, `F${first + 1}`), 0.72);
    // churn, lower is better, 4% against 5%: 1 + (0.05 - 0.04) / 0.05 = 1.2
    expectClose(wb.get(s, `F${first + 2}`), 1.2);
    expect([wb.get(s, `G${first}`), wb.get(s, `G${first + 1}`), wb.get(s, `G${first + 2}`)]).toEqual([
      "Below goal",
      "Below goal",
      "Goal met",
    ]);
    // (0.8 + 0.72 + 1.2) / 3
    expectClose(wb.get(s, `F${first + 3}`), 2.72 / 3);
  });

  it("turns rating labels into scores, gaps and weighted scores", () => {
    const wb = results.get("A")!;
    const s = en.selfReview;
    const r = rowOf(repA.sheets[0], "A", "Negotiation and closing");
    // self 4, 3, 5; manager 3, 3, 2; weights 50%, 30%, 20%
    const row = (k: number) => ["D", "F", "G", "H"].map((c) => wb.get(s, `${c}${r + k}`));
    expect(row(0)).toEqual([4, 3, -1, 1.5]);
    expect(row(1)).toEqual([3, 3, 0, expect.closeTo(0.9, 12)]);
    expect(row(2)).toEqual([5, 2, -3, expect.closeTo(0.4, 12)]);
    expect(wb.get(s, `E${r + 2}`)).toBe("2 Needs improvement 需改进");
    const total = r + 3;
    expectClose(wb.get(s, `B${total}`), 1);
    // weighted self: 0.5*4 + 0.3*3 + 0.2*5 = 3.9; weighted manager: 1.5 + 0.9 + 0.4 = 2.8
    expectClose(wb.get(s, `D${total}`), 3.9);
    expectClose(wb.get(s, `H${total}`), 2.8);
    // average gap: (-1 + 0 - 3) / 3
    expectClose(wb.get(s, `G${total}`), -4 / 3);
    // ROUND(2.8) = 3
    expect(wb.get(s, `C${total + 1}`)).toBe("3 Meets expectations 符合预期");
    // The manager's sheet shows the rep's own rating next to the manager's.
    expect(wb.get(en.managerReview, "B8")).toBe("4 Exceeds expectations 超出预期");
    expect(wb.get(en.managerReview, "B4")).toBe("Rep A");
  });

  it("leaves the weighted score blank until every competency is rated", () => {
    const wb = results.get("C")!;
    const s = en.selfReview;
    const r = rowOf(repC.sheets[0], "A", "Negotiation and closing");
    const total = r + 3;
    expect(wb.get(s, `D${r + 2}`)).toBe("");
    expect(wb.get(s, `G${r + 2}`)).toBe("");
    expect(wb.get(s, `D${total}`)).toBe("");
    // gaps -1, -1 and one blank: the average skips the blank
    expectClose(wb.get(s, `G${total}`), -1);
    // manager complete: 0.5*2 + 0.3*2 + 0.2*3 = 2.2, rounds to 2
    expectClose(wb.get(s, `H${total}`), 2.2);
    expect(wb.get(s, `C${total + 1}`)).toBe("2 Needs improvement 需改进");
  });

  it("puts each rep on the development track their review and KPIs call for", () => {
    // A: attainment 90.7% (not below 90%), rating 2.8 (not below 2.5, not 4.5) -> core
    expect(results.get("A")!.get(en.plan, "E7")).toBe("Core 常规发展");
    // B: attainment 125% and rating 0.5*5 + 0.3*4 + 0.2*5 = 4.7 -> advanced
    expect(results.get("B")!.get(zh.plan, "E7")).toBe("Advanced 进阶发展");
    // C: no KPIs, rating 2.2 below 2.5 -> support
    expect(results.get("C")!.get(en.plan, "E7")).toBe("Support 帮扶提升");
    expect(results.get("A")!.get(en.plan, "B7")).toBe(PERIOD_END);
    expect(results.get("A")!.get(en.plan, "E6")).toBe("2025-H1");
  });

  it("flags overdue actions, arrangements due for review and missed check-ins", () => {
    const wb = results.get("A")!;
    const plan = repA.sheets[2];
    const header = rowOf(plan, "A", "Activity");
    // Seeded actions are due EDATE(2025-06-30, 3) = 2025-09-30, before the as-of date 2025-10-15:
    // the first is done, the second in progress (overdue), the third not started (overdue).
    expect(wb.get(en.plan, `F${header + 1}`)).toBe(serial(2025, 9, 30));
    expect([1, 2, 3, 4].map((k) => wb.get(en.plan, `J${header + k}`))).toEqual([
      "",
      "Overdue",
      "Overdue",
      "",
    ]);
    const arrangements = rowOf(plan, "A", "Arrangement");
    // review 2025-09-30 is on or before 2025-10-15; 2025-12-01 is not
    expect(wb.get(en.plan, `G${arrangements + 1}`)).toBe("Review due");
    expect(wb.get(en.plan, `G${arrangements + 2}`)).toBe("");
    expect(wb.get(en.plan, `G${arrangements + 3}`)).toBe("");
    const checkins = rowOf(plan, "A", "Check-in");
    // planned every three months from 2025-06-30: 09-30, 12-30, 2026-03-30, 2026-06-30
    expect([1, 2, 3, 4].map((q) => wb.get(en.plan, `B${checkins + q}`))).toEqual([
      serial(2025, 9, 30),
      serial(2025, 12, 30),
      serial(2026, 3, 30),
      serial(2026, 6, 30),
    ]);
    // Q1 not held and past; Q2 held; Q3, Q4 still ahead
    expect([1, 2, 3, 4].map((q) => wb.get(en.plan, `J${checkins + q}`))).toEqual([
      "Overdue",
      "Done 已完成",
      "",
      "",
    ]);
  });

  it("flags agreed actions in the feedback log that are past due and not done", () => {
    const wb = results.get("A")!;
    // due before the as-of date and open -> overdue; done -> not; due on the as-of date -> not yet;
    // no due date -> not; no status and past due -> overdue
    expect([7, 8, 9, 10, 11].map((r) => wb.get(en.feedback, `L${r}`))).toEqual([
      "Overdue",
      "",
      "",
      "",
      "Overdue",
    ]);
    expect(wb.get(en.feedback, "L12")).toBe("");
  });

  it("uses today's date when no as-of date is fixed", () => {
    const today = Math.floor((Date.now() - Date.UTC(1899, 11, 30)) / 86_400_000);
    const asOf = results.get("C")!.get(en.feedback, "B3") as number;
    // LibreOffice runs in local time; allow the day either side of UTC's.
    expect(Math.abs(asOf - today)).toBeLessThanOrEqual(1);
    expect(results.get("C")!.get(en.plan, "B8")).toBe(asOf);
  });
});

describeWithLibreOffice("review KPIs linked to a goal sheet in the same workbook", () => {
  // A quarter with explicit targets and an even split; Li has three months of actuals, Wang none.
  const roster: Rep[] = [
    { name: "Li", role: "AE", team: "East", manager: "Zhou", hireDate: null },
    { name: "Wang", role: "AE", team: "East", manager: "Zhou", hireDate: null },
  ];
  const goals = validateGoalInput(roster, {
    period: "2025-Q1",
    asOf: "2025-03-31",
    metrics: [
      { id: "revenue", weight: 0.6 },
      { id: "conversionRate", weight: 0.4 },
    ],
    targets: { Li: { revenue: 300000, conversionRate: 0.2 }, Wang: { revenue: 240000, conversionRate: 0.2 } },
    actuals: { Li: { revenue: [100000, 120000, 110000], conversionRate: [0.2, 0.25, null] } },
  });

  it("pulls targets and actuals by formula and computes attainment from them", async () => {
    expect(goals.ok).toBe(true);
    if (!goals.ok) return;
    const plan = goals.value;
    const mentors = pairMentors(plan.reps, plan.period.end, config.mentoring);
    const cfg = reviewConfig({ period: "2025-Q1", asOf: AS_OF, feedbackRows: 5 });
    const sheets = plan.reps.flatMap((r, i) =>
      buildRepReviewSheets({
        locale: "en-US",
        rep: r,
        config: cfg,
        competencies,
        mentors,
        kpis: kpiLinesFromGoalPlan(plan, "en-US", i),
        names: reviewSheetNames("en-US", r.name),
      }).sheets.slice(0, 3),
    );
    const spec: WorkbookSpec = {
      sheets: [...generateGoalWorkbook(plan, { locale: "en-US" }).sheets, ...sheets],
    };
    const wb = (await recalculate([{ name: "linked", data: await writeXlsx(spec) }])).get("linked")!;
    const li = reviewSheetNames("en-US", "Li").selfReview;
    const wang = reviewSheetNames("en-US", "Wang").selfReview;
    const r = rowOf(sheets[0], "A", "Revenue");
    // Li: revenue 100000 + 120000 + 110000 = 330000 of 300000 -> 1.1
    expectClose(wb.get(li, `D${r}`), 300000);
    expectClose(wb.get(li, `E${r}`), 330000);
    expectClose(wb.get(li, `F${r}`), 1.1);
    // conversion averages the months entered: (0.2 + 0.25) / 2 = 0.225 of 0.2 -> 1.125
    expectClose(wb.get(li, `E${r + 1}`), 0.225);
    expectClose(wb.get(li, `F${r + 1}`), 1.125);
    // Wang has no actuals yet: blank, not a 0% attainment
    expectClose(wb.get(wang, `D${r}`), 240000);
    expect(wb.get(wang, `E${r}`)).toBe("");
    expect(wb.get(wang, `F${r}`)).toBe("");
    expect(wb.get(wang, `G${r}`)).toBe("");
    // the goal sheet's own cell, read through the reference, matches
    const goalsSheet = spec.sheets[0].name;
    const targetRef = (kpiLinesFromGoalPlan(plan, "en-US", 0)[0].targetFormula ?? "")
      .replace(/^=.*!/, "")
      .replace(/\$/g, "");
    expectClose(wb.get(goalsSheet, targetRef), 300000);
  }, 180_000);
});
