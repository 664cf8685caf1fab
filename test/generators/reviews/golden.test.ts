/**
 * Golden WorkbookSpec tests: a small, fixed review (two competencies, two KPIs, a new hire with a
 * mentor) in both languages, the index and the summary, rendered as text and compared line by line
 * with files a person has checked (test/generators/reviews/golden/).
 */
import {
  buildPrivateReviewFiles,
  buildRepReviewWorkbook,
} from "../../../src/generators/reviews/rep-workbook";
import { buildReviewIndex } from "../../../src/generators/reviews/index-workbook";
import { pairMentors } from "../../../src/generators/reviews/mentors";
import { buildReviewSummaryWorkbook } from "../../../src/generators/reviews/summary-workbook";
import { reviewConfig } from "../../../src/schemas/review";
import type { Rep } from "../../../src/schemas/roster";
import { validateWorkbookSpec } from "../../../src/workbook/validate";
import { expectGolden, renderSpec } from "./render-spec";

const config = reviewConfig({
  period: "2025-H1",
  asOf: "2025-10-15",
  feedbackRows: 5,
  competencies: [
    { key: "prospecting", name: { en: "Prospecting", zh: "客户开发" }, weight: 0.6 },
    { key: "teamwork", name: { en: "Teamwork", zh: "团队协作" }, weight: 0.4 },
  ],
});
const reps: Rep[] = [
  { name: "Li Wei 李伟", role: "Account executive", team: "East", manager: "Zhang Min", hireDate: 43528 },
  { name: "=Chen Jing", role: "Sales rep", team: "East", manager: "Zhang Min", hireDate: 45726 },
];
const mentors = pairMentors(reps, config.period.end, config.mentoring);
const kpis = [
  {
    key: "revenue",
    name: { en: "Revenue", zh: "收入" },
    unit: "currency" as const,
    direction: "higher" as const,
    target: 400000,
    actual: 330000,
  },
  {
    key: "cost-of-sale",
    name: { en: "Cost of sale", zh: "销售成本率" },
    unit: "percent" as const,
    direction: "lower" as const,
    target: 0.1,
    actual: null,
  },
];

describe("golden review workbooks", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    it(`rep workbook, ${locale}`, () => {
      const spec = buildRepReviewWorkbook({
        locale,
        rep: reps[1],
        config,
        competencies: config.competencies!,
        kpis,
        mentors,
        answers: { self: { prospecting: 4 }, manager: { prospecting: 2 } },
      });
      expect(validateWorkbookSpec(spec)).toEqual([]);
      expectGolden(`rep-workbook.${locale}`, renderSpec(spec));
    });
  }

  it("a rep's own file and the manager's copy, en-US", () => {
    const files = buildPrivateReviewFiles({
      locale: "en-US",
      rep: reps[1],
      config,
      competencies: config.competencies!,
      kpis,
      mentors,
      id: "review-1",
      password: "pw",
      answers: { self: { prospecting: 4 }, manager: { prospecting: 2 } },
    });
    expect(validateWorkbookSpec(files.rep)).toEqual([]);
    expect(validateWorkbookSpec(files.manager)).toEqual([]);
    expectGolden("private-rep-file.en-US", renderSpec(files.rep));
    expectGolden("private-manager-copy.en-US", renderSpec(files.manager));
  });

  it("index workbook", () => {
    const spec = buildReviewIndex({
      locale: "en-US",
      config,
      entries: reps.map((rep, i) => ({ rep, file: `file ${i + 1}.xlsx` })),
      mentors,
    });
    expect(validateWorkbookSpec(spec)).toEqual([]);
    expectGolden("index-workbook.en-US", renderSpec(spec));
  });

  it("summary workbook", () => {
    const spec = buildReviewSummaryWorkbook(
      {
        period: "2025-H1",
        competencies: config.competencies!,
        reps: [
          {
            rep: "Li Wei 李伟",
            team: "East",
            file: "Li Wei 李伟.xlsx",
            status: "complete",
            self: { prospecting: 4, teamwork: 5 },
            manager: { prospecting: 3, teamwork: 5 },
            narrativesFilled: 5,
            notes: [],
          },
          {
            rep: "=Chen Jing",
            team: "East",
            file: null,
            status: "missing",
            self: {},
            manager: {},
            narrativesFilled: 0,
            notes: [{ en: "no returned file", zh: "未收回文件" }],
          },
        ],
        issues: [
          { file: "stray.xlsx", rep: null, en: "is not a Sales Kit review workbook", zh: "不是评审工作簿" },
        ],
      },
      "en-US",
    );
    expect(validateWorkbookSpec(spec)).toEqual([]);
    expectGolden("summary-workbook.en-US", renderSpec(spec));
  });
});
