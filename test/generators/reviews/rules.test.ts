/**
 * The rules behind the review generators, with worked examples: rating labels, safe file names,
 * mentor pairing, development tracks, seeding of development areas, the review configuration schema.
 */
import { RATING_LABELS, ratingLabel, scoreOfLabel } from "../../../src/generators/reviews/ratings";
import { assignFileNames, safeFileStem } from "../../../src/generators/reviews/file-names";
import { isNewHire, pairMentors } from "../../../src/generators/reviews/mentors";
import { developmentTrack } from "../../../src/generators/reviews/tracks";
import { competencyForKpi, seedActions, seedDevelopmentAreas } from "../../../src/generators/reviews/seed";
import { defaultCompetencies } from "../../../src/generators/reviews/competencies";
import { kpiLinesFromGoalNumbers } from "../../../src/generators/reviews/goal-numbers";
import { parseReviewConfig, periodFromText } from "../../../src/schemas/review";
import type { Rep } from "../../../src/schemas/roster";

/** Excel serials worked out by hand: 2025-01-01 is 45658 (=DATE(2025,1,1) in Excel). */
const JAN_1_2025 = 45658;

describe("rating scale", () => {
  it("lists 5 down to 1 with English and Chinese labels, and reads only exact labels back", () => {
    expect(RATING_LABELS).toEqual([
      "5 Exceptional 卓越",
      "4 Exceeds expectations 超出预期",
      "3 Meets expectations 符合预期",
      "2 Needs improvement 需改进",
      "1 Unsatisfactory 不合格",
    ]);
    expect(ratingLabel(1)).toBe("1 Unsatisfactory 不合格");
    expect(scoreOfLabel(" 4 Exceeds expectations 超出预期 ")).toBe(4);
    expect(scoreOfLabel("")).toBeNull();
    expect(scoreOfLabel(null)).toBeNull();
    // Typed over or pasted: not a rating of the list.
    expect(scoreOfLabel("4")).toBeUndefined();
    expect(scoreOfLabel(4)).toBeUndefined();
    expect(scoreOfLabel("great")).toBeUndefined();
    expect(() => ratingLabel(6)).toThrow(RangeError);
  });
});

describe("file names from reps' names", () => {
  it("keeps Chinese and spaces, replaces characters file systems refuse", () => {
    expect(safeFileStem("Li Wei 李伟")).toBe("Li Wei 李伟");
    expect(safeFileStem('a/b\\c:d*e?f"g<h>i|j')).toBe("a_b_c_d_e_f_g_h_i_j");
    expect(safeFileStem("tab\there\u0007bell")).toBe("tab here_bell");
    expect(safeFileStem("  ..hidden name.  ")).toBe("hidden name");
    expect(safeFileStem("CON")).toBe("_CON");
    expect(safeFileStem("lpt1.backup")).toBe("_lpt1.backup");
    expect(safeFileStem("///")).toBe("___");
    expect(safeFileStem("...")).toBe("review");
    // "é" typed as e + combining accent is stored in its composed form.
    expect(safeFileStem("Ame\u0301lie")).toBe("Amélie");
    expect([...safeFileStem("长".repeat(100))].length).toBe(80);
  });

  it("makes clashes unique ignoring case, and avoids names already taken", () => {
    expect(assignFileNames(["Ann", "ann", "A/nn", "A_nn", "Review index"], ["Review index.xlsx"])).toEqual([
      "Ann.xlsx",
      "ann (2).xlsx",
      "A_nn.xlsx",
      "A_nn (2).xlsx",
      "Review index (2).xlsx",
    ]);
  });
});

describe("mentor pairing", () => {
  // As of 2025-06-30: new hires joined after 2024-12-30 (6 months), mentors by 2023-06-30 (24 months).
  const asOf = JAN_1_2025 + 180; // 2025-06-30
  const rules = { newHireMonths: 6, experiencedMonths: 24, maxMentees: 2 };
  const rep = (name: string, team: string, hireDate: number | null): Rep => ({
    name,
    role: "Sales rep",
    team,
    manager: "M",
    hireDate,
  });
  const roster: Rep[] = [
    rep("E new 2025-05-01", "East", JAN_1_2025 + 120),
    rep("A since 2018", "East", 43101), // 2018-01-01
    rep("C new 2025-02-01", "East", JAN_1_2025 + 31),
    rep("F 18 months", "East", 45292), // 2024-01-01: neither new nor experienced
    rep("B since 2021", "East", 44317), // 2021-05-01
    rep("D new 2025-04-01", "East", JAN_1_2025 + 90),
    rep("G new West", "West", JAN_1_2025 + 59),
    rep("H West 2024", "West", 45444), // 2024-06-01: not experienced
  ];

  it("pairs each new hire with an experienced rep of the same team: fewest mentees, then longest tenure", () => {
    const plan = pairMentors(roster, asOf, rules);
    // C (earliest hire) picks first: A and B both free, A has served longer.
    // D: A has one mentee, B none -> B. E: one each -> A (longer). G: nobody in West qualifies.
    expect(plan.pairings).toEqual([
      { mentee: "E new 2025-05-01", team: "East", mentor: "A since 2018" },
      { mentee: "C new 2025-02-01", team: "East", mentor: "A since 2018" },
      { mentee: "D new 2025-04-01", team: "East", mentor: "B since 2021" },
      { mentee: "G new West", team: "West", mentor: null },
    ]);
    expect(plan.menteesOf.get("A since 2018")).toEqual(["C new 2025-02-01", "E new 2025-05-01"]);
  });

  it("respects the mentor's limit, and counts an unknown hire date as long-serving", () => {
    const plan = pairMentors(
      [rep("N1", "T", asOf - 10), rep("N2", "T", asOf - 20), rep("Old", "T", null)],
      asOf,
      { ...rules, maxMentees: 1 },
    );
    expect(plan.mentorOf.get("N2")).toBe("Old");
    expect(plan.mentorOf.get("N1")).toBeNull();
  });

  it("draws the new-hire line six calendar months back", () => {
    // EDATE(2025-06-30, -6) is 2024-12-30: hired that day is not new, the day after is.
    expect(isNewHire(rep("x", "T", JAN_1_2025 - 2), asOf, rules)).toBe(false);
    expect(isNewHire(rep("x", "T", JAN_1_2025 - 1), asOf, rules)).toBe(true);
    expect(isNewHire(rep("x", "T", null), asOf, rules)).toBe(false);
  });
});

describe("development track", () => {
  const rules = { topAttainment: 1.1, behindAttainment: 0.9, topRating: 4.5, behindRating: 2.5 };
  it.each([
    [0.85, 4.8, "support"], // behind on attainment wins over a top rating
    [1.2, 2.4, "support"],
    [1.15, null, "advanced"],
    [null, 4.5, "advanced"],
    [1.1, 3, "advanced"],
    [1.0, 3.0, "core"],
    [0.9, 2.5, "core"], // on the support thresholds is not behind
    [null, null, "core"],
  ])("attainment %p, rating %p -> %s", (attainment, rating, track) => {
    expect(developmentTrack(attainment, rating, rules)).toBe(track);
  });
});

describe("seeding development areas", () => {
  const competencies = defaultCompetencies();
  const kpi = (
    key: string,
    en: string,
    zh: string,
    target: number,
    actual: number,
    direction: "higher" | "lower" = "higher",
  ) => ({
    key,
    name: { en, zh },
    unit: "number" as const,
    direction,
    target,
    actual,
  });

  it("maps KPIs to the competency that drives them, in English or Chinese", () => {
    expect(competencyForKpi(kpi("conversion-rate", "Sales conversion rate", "转化率", 1, 1))).toBe(
      "needs-discovery",
    );
    expect(competencyForKpi(kpi("x1", "新客户数", "新客户数", 1, 1))).toBe("prospecting");
    expect(competencyForKpi(kpi("revenue", "Revenue", "收入", 1, 1))).toBe("negotiation-closing");
    expect(competencyForKpi(kpi("churn", "Churn rate", "流失率", 1, 1))).toBe("customer-service");
    expect(competencyForKpi(kpi("share", "Market share", "市场份额", 1, 1))).toBeNull();
  });

  it("seeds from low manager ratings, overrated self-views and KPI shortfalls, one area per competency", () => {
    const areas = seedDevelopmentAreas({
      locale: "en-US",
      competencies,
      answers: {
        self: { "needs-discovery": 3, communication: 5, teamwork: 4 },
        manager: { "needs-discovery": 2, communication: 3, teamwork: 3 },
      },
      kpis: [
        // 0.18 of 0.25: attainment 1 + (0.18 - 0.25) / 0.25 = 0.72
        kpi("conversion-rate", "Conversion rate", "转化率", 0.25, 0.18),
        // lower is better, 6% churn against 5%: 1 + (0.05 - 0.06) / 0.05 = 0.8
        kpi("churn", "Churn rate", "流失率", 0.05, 0.06, "lower"),
        kpi("revenue", "Revenue", "收入", 100, 120),
        // 1 + (30 - 40) / 40 = 0.75
        kpi("share", "Market share", "市场份额", 40, 30),
      ],
    });
    expect(areas.map((a) => [a.competency, a.area, a.sources, a.evidence])).toEqual([
      [
        "needs-discovery",
        "Needs discovery",
        ["Review", "KPI shortfall"],
        ["Needs discovery: manager rating 2 of 5", "Conversion rate: 72% of goal"],
      ],
      [
        "customer-service",
        "Customer service and follow-up visits",
        ["KPI shortfall"],
        ["Churn rate: 80% of goal"],
      ],
      ["communication", "Communication", ["Review"], ["Communication: self 5, manager 3"]],
      [null, "Market share", ["KPI shortfall"], ["Market share: 75% of goal"]],
    ]);
    const actions = seedActions(areas, "zh-CN");
    expect(actions[0]).toMatchObject({ activity: "需求挖掘培训（提问技巧）", type: "Training 培训" });
    expect(actions[3]).toMatchObject({ type: "Mentoring 导师带教", resource: "经理" });
  });
});

describe("goal numbers from a goal workbook", () => {
  it("matches preset metrics by English or Chinese name and keeps others as they are", () => {
    const lines = kpiLinesFromGoalNumbers([
      { rep: "Li", metric: "Revenue", target: 100, actual: 90 },
      { rep: "Li", metric: "新客户数", target: 10, actual: null },
      { rep: "Li", metric: "Cost per lead", target: 5, actual: 6 },
      { rep: "Wang", metric: "Revenue", target: 50, actual: null },
    ]);
    expect(lines.get("Li")).toEqual([
      {
        key: "revenue",
        name: { en: "Revenue", zh: "销售额" },
        unit: "currency",
        direction: "higher",
        target: 100,
        actual: 90,
      },
      {
        key: "new-customers",
        name: { en: "New customers", zh: "新客户数" },
        unit: "count",
        direction: "higher",
        target: 10,
        actual: null,
      },
      {
        key: "cost-per-lead",
        name: { en: "Cost per lead", zh: "Cost per lead" },
        unit: "number",
        direction: "higher",
        target: 5,
        actual: 6,
      },
    ]);
    expect(lines.get("Wang")?.map((l) => l.key)).toEqual(["revenue"]);
  });
});

describe("review configuration", () => {
  it("reads periods as people write them", () => {
    // 2025-H1 ends on 2025-06-30: 45658 + 31 + 28 + 31 + 30 + 31 + 29 = 45838.
    expect(periodFromText("2025-H1")).toEqual({ label: "2025-H1", start: JAN_1_2025, end: JAN_1_2025 + 180 });
    expect(periodFromText("2025-q4")).toEqual({
      label: "2025-Q4",
      start: JAN_1_2025 + 273,
      end: JAN_1_2025 + 364,
    });
    expect(periodFromText("2025")).toEqual({ label: "2025", start: JAN_1_2025, end: JAN_1_2025 + 364 });
    // February 2024 has 29 days: 2024-02-01 is 45323, 2024-02-29 is 45351.
    expect(periodFromText("2024-02")).toEqual({ label: "2024-02", start: 45323, end: 45351 });
    expect(periodFromText("2025-H3")).toBeUndefined();
  });

  it("fills the defaults: due two weeks after the period, eight equal competencies left to the generator", () => {
    const result = parseReviewConfig({ period: "2025-H1" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.dueDate).toBe(JAN_1_2025 + 180 + 14);
    expect(result.value.mentoring).toEqual({ newHireMonths: 6, experiencedMonths: 24, maxMentees: 2 });
    expect(result.value.competencies).toBeUndefined();
    expect(defaultCompetencies().map((c) => c.weight)).toEqual(Array(8).fill(0.125));
  });

  it("explains bad settings in English and Chinese, naming the field", () => {
    const result = parseReviewConfig(
      {
        period: "2025-H3",
        dueDate: "2025-13-01",
        competencies: [
          { key: "closing", name: { en: "Closing", zh: "成交" }, weight: 0.5 },
          { key: "closing", name: { en: "Closing 2", zh: "成交2" }, weight: 0.4 },
          { key: "Bad Key", name: { en: "X", zh: "X" }, weight: 0.1 },
        ],
        tracks: { topAttainment: 0.8, behindAttainment: 0.9 },
      },
      "review.yaml",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = (field: string) => result.issues.filter((i) => i.field === field);
    expect(byField("period")[0]).toMatchObject({
      file: "review.yaml",
      en: "write the period as 2025, 2025-H1, 2025-Q3 or 2025-07",
      zh: "请将周期写成 2025、2025-H1、2025-Q3 或 2025-07",
    });
    expect(byField("dueDate")[0].en).toMatch(/is not a date/);
    expect(byField("dueDate")[0].zh).toMatch(/不是日期/);
    expect(byField("competencies[1].key")[0]).toMatchObject({
      en: '"closing" is used twice',
      zh: '"closing" 重复',
    });
    expect(byField("competencies[2].key")[0].en).toMatch(/lower-case letters/);
    expect(byField("tracks")[0].zh).toBe("帮扶阈值必须低于进阶阈值");
    const weights = parseReviewConfig({
      period: "2025",
      competencies: [
        { key: "a", name: { en: "A", zh: "甲" }, weight: 0.5 },
        { key: "b", name: { en: "B", zh: "乙" }, weight: 0.4 },
      ],
    });
    expect(weights.ok ? [] : weights.issues.map((i) => [i.field, i.en, i.zh])).toEqual([
      ["competencies", "weights add up to 90%, not 100%", "权重合计为 90%，而不是 100%"],
    ]);
  });
});
