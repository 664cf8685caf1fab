/**
 * The review part of the demo workbook: a self-review (with the manager's sheet) and a development
 * plan for each of two sample reps, and one feedback log with their one-to-ones and a team meeting.
 * The answers are filled in so every formula shows a value. The demo itself is built by the goals
 * generator, which passes its own reps and, to link the KPIs to its goal sheet, their KPI lines.
 */
import type { Locale } from "../../i18n";
import { CHOICES } from "../../i18n/sheets/reviews";
import type { GoalPlan } from "../../schemas/goals";
import type { KpiLine, ReviewAnswers, ReviewConfig } from "../../schemas/review";
import { reviewConfig } from "../../schemas/review";
import type { Rep } from "../../schemas/roster";
import type { SheetSpec } from "../../workbook/spec";
import { serialFromYmd } from "../../schemas/dates";
import { defaultCompetencies } from "./competencies";
import type { PlanDetails } from "./development-plan";
import { FeedbackEntry, buildFeedbackLog } from "./feedback-log";
import { pairMentors } from "./mentors";
import { kpiLinesFromGoalPlan } from "./goal-link";
import { buildRepReviewSheets, reviewSheetNames } from "./rep-workbook";
import { reviewTexts } from "../../i18n/sheets/reviews";

export interface ReviewDemoOptions {
  /**
   * The demo's goal plan, its sheets generated in the same locale: the reviews take its period, its
   * first new hire with a mentor (and that mentor), and link their KPIs to its goal sheet by formula.
   */
  readonly goalPlan?: GoalPlan;
}

export const DEMO_REPS: readonly [Rep, Rep] = [
  {
    name: "Li Wei 李伟",
    role: "Senior account executive",
    team: "East",
    manager: "Zhang Min 张敏",
    hireDate: serialFromYmd(2019, 3, 4),
  },
  {
    name: "Chen Jing 陈静",
    role: "Sales representative",
    team: "East",
    manager: "Zhang Min 张敏",
    hireDate: serialFromYmd(2025, 3, 10),
  },
];

/** Sample numbers: the first rep beats every goal, the second is behind on conversion and revenue. */
const DEMO_KPIS: readonly [readonly KpiLine[], readonly KpiLine[]] = [
  [
    {
      key: "revenue",
      name: { en: "Revenue", zh: "销售额" },
      unit: "currency",
      direction: "higher",
      target: 1_200_000,
      actual: 1_416_000,
    },
    {
      key: "new-customers",
      name: { en: "New customers", zh: "新客户数" },
      unit: "count",
      direction: "higher",
      target: 20,
      actual: 24,
    },
    {
      key: "conversion-rate",
      name: { en: "Conversion rate", zh: "转化率" },
      unit: "percent",
      direction: "higher",
      target: 0.25,
      actual: 0.29,
    },
  ],
  [
    {
      key: "revenue",
      name: { en: "Revenue", zh: "销售额" },
      unit: "currency",
      direction: "higher",
      target: 400_000,
      actual: 330_000,
    },
    {
      key: "new-customers",
      name: { en: "New customers", zh: "新客户数" },
      unit: "count",
      direction: "higher",
      target: 10,
      actual: 10,
    },
    {
      key: "conversion-rate",
      name: { en: "Conversion rate", zh: "转化率" },
      unit: "percent",
      direction: "higher",
      target: 0.2,
      actual: 0.13,
    },
  ],
];

const DEMO_ANSWERS: readonly [ReviewAnswers, ReviewAnswers] = [
  {
    self: {
      prospecting: 5,
      "needs-discovery": 4,
      "product-knowledge": 5,
      "negotiation-closing": 5,
      "customer-service": 4,
      "crm-discipline": 3,
      communication: 4,
      teamwork: 5,
    },
    manager: {
      prospecting: 5,
      "needs-discovery": 5,
      "product-knowledge": 4,
      "negotiation-closing": 5,
      "customer-service": 4,
      "crm-discipline": 4,
      communication: 5,
      teamwork: 5,
    },
  },
  {
    self: {
      prospecting: 3,
      "needs-discovery": 4,
      "product-knowledge": 3,
      "negotiation-closing": 3,
      "customer-service": 4,
      "crm-discipline": 4,
      communication: 4,
      teamwork: 4,
    },
    manager: {
      prospecting: 3,
      "needs-discovery": 2,
      "product-knowledge": 3,
      "negotiation-closing": 2,
      "customer-service": 4,
      "crm-discipline": 4,
      communication: 3,
      teamwork: 4,
    },
  },
];

const DEMO_TEXT = {
  "en-US": {
    narratives: [
      {
        achievements: "Closed the two largest accounts of the region.",
        strengths: "Prospecting and closing; mentoring colleagues.",
        improve: "Keep CRM notes current after every visit.",
        support: "Time to prepare the team-lead programme.",
      },
      {
        achievements: "First ten customers won; product certification passed.",
        strengths: "Follow-up visits; customers praise the service.",
        improve: "Asking better questions before proposing.",
        support: "Shadowing my mentor on discovery meetings.",
      },
    ],
    plans: [
      { aspiration: "Lead a sales team within two years.", nextRole: "Team lead" },
      { aspiration: "Become a fully independent account executive.", nextRole: "Account executive" },
    ],
    arrangement: "Remote on Fridays for account planning",
    feedback: {
      weekly: "Team pipeline",
      weeklyProgress: "Pipeline at 3.1x of the quarter's goal",
      weeklyProblems: "Two deals stuck in legal review",
      weeklyAction: "Escalate legal review of both deals",
      weeklyPraise: "Largest deal of the quarter",
      oneToOne: "Discovery questions in first meetings",
      oneToOneProgress: "Shadowed two meetings",
      oneToOneProblems: "Proposes too early",
      oneToOneAction: "Prepare five discovery questions per meeting",
      oneToOnePraise: "Great follow-up with the Hangzhou customer",
      liAction: "Draft the team-lead programme plan",
    },
  },
  "zh-CN": {
    narratives: [
      {
        achievements: "拿下本区两个最大客户。",
        strengths: "客户开发和成交；带教同事。",
        improve: "每次拜访后及时更新 CRM 记录。",
        support: "需要时间准备团队主管培养项目。",
      },
      {
        achievements: "赢得首批十个客户；通过产品认证。",
        strengths: "客户回访；客户称赞服务周到。",
        improve: "在提出方案前更好地提问。",
        support: "跟随导师参加需求沟通会议。",
      },
    ],
    plans: [
      { aspiration: "两年内带领一个销售团队。", nextRole: "团队主管" },
      { aspiration: "成为能独立负责客户的客户经理。", nextRole: "客户经理" },
    ],
    arrangement: "每周五远程办公，做客户规划",
    feedback: {
      weekly: "团队销售漏斗",
      weeklyProgress: "漏斗为季度目标的 3.1 倍",
      weeklyProblems: "两个订单卡在法务审核",
      weeklyAction: "上报并推动法务加快审核这两个订单",
      weeklyPraise: "本季度最大单",
      oneToOne: "首次会面时的需求挖掘提问",
      oneToOneProgress: "跟随参加了两次会议",
      oneToOneProblems: "过早提出方案",
      oneToOneAction: "每次会面准备五个需求挖掘问题",
      oneToOnePraise: "对杭州客户的回访非常到位",
      liAction: "起草团队主管培养计划",
    },
  },
} as const;

/** The two reps of the demo: the first new hire who got a mentor, and that mentor; else the first two. */
function demoPair(plan: GoalPlan, config: ReviewConfig): [number, number] {
  const mentors = pairMentors(plan.reps, config.period.end, config.mentoring);
  const paired = mentors.pairings.find((p) => p.mentor !== null);
  const index = (name: string | null) => plan.reps.findIndex((r) => r.name === name);
  return paired ? [index(paired.mentor), index(paired.mentee)] : [0, Math.min(1, plan.reps.length - 1)];
}

interface DemoInput {
  readonly reps: readonly [Rep, Rep];
  readonly config: ReviewConfig;
  readonly kpis: readonly [readonly KpiLine[], readonly KpiLine[]];
}

function demoInput(locale: Locale, plan: GoalPlan | undefined): DemoInput {
  if (!plan) {
    return {
      reps: DEMO_REPS,
      config: reviewConfig({
        period: "2025-H1",
        dueDate: serialFromYmd(2025, 7, 15),
        asOf: serialFromYmd(2025, 10, 15),
        feedbackRows: 10,
      }),
      kpis: DEMO_KPIS,
    };
  }
  const config = reviewConfig({
    period: { label: plan.period.label, start: plan.period.start, end: plan.period.end },
    ...(plan.asOf !== null ? { asOf: plan.asOf } : {}),
    feedbackRows: 10,
  });
  const [a, b] = demoPair(plan, config);
  return {
    reps: [plan.reps[a], plan.reps[b]],
    config,
    kpis: [kpiLinesFromGoalPlan(plan, locale, a), kpiLinesFromGoalPlan(plan, locale, b)],
  };
}

/** The demo's review sheets, in workbook order; sheet names carry each rep's name. */
export function buildReviewDemoSheets(locale: Locale, options: ReviewDemoOptions = {}): SheetSpec[] {
  const { reps, config, kpis } = demoInput(locale, options.goalPlan);
  const texts = DEMO_TEXT[locale];
  const competencies = config.competencies ?? defaultCompetencies();
  const mentors = pairMentors(reps, config.period.end, config.mentoring);
  const end = config.period.end;
  const plans: PlanDetails[] = [
    {
      aspiration: texts.plans[0].aspiration,
      nextRole: texts.plans[0].nextRole,
      readiness: CHOICES.readiness[1],
      arrangements: [
        {
          type: CHOICES.arrangements[1],
          details: texts.arrangement,
          agreedOn: end - 90,
          reviewDate: end + 92,
        },
      ],
      checkinsHeld: [end + 91],
    },
    {
      aspiration: texts.plans[1].aspiration,
      nextRole: texts.plans[1].nextRole,
      readiness: CHOICES.readiness[2],
      actionUpdates: [
        { status: CHOICES.actionStatus[1], progress: 0.5 },
        { status: CHOICES.actionStatus[2], progress: 1 },
      ],
    },
  ];
  const sheets: SheetSpec[] = [];
  reps.forEach((rep, i) => {
    const built = buildRepReviewSheets({
      locale,
      rep,
      config,
      competencies,
      kpis: [...kpis[i]],
      mentors,
      names: reviewSheetNames(locale, rep.name),
      answers: DEMO_ANSWERS[i],
      narratives: texts.narratives[i],
      plan: plans[i],
    });
    // Each rep's own feedback sheet is replaced by the shared log below.
    sheets.push(...built.sheets.slice(0, 3));
  });
  const f = texts.feedback;
  const [a, b] = reps;
  const entries: FeedbackEntry[] = [
    {
      date: end + 7,
      meeting: CHOICES.meetings[0],
      participants: `${a.manager}, ${a.name}, ${b.name}`,
      topics: f.weekly,
      progress: f.weeklyProgress,
      problems: f.weeklyProblems,
      action: f.weeklyAction,
      owner: a.manager,
      due: end + 21,
      recognition: f.weeklyPraise,
      status: CHOICES.followUp[2],
    },
    {
      date: end + 9,
      meeting: CHOICES.meetings[1],
      participants: `${b.manager}, ${b.name}`,
      topics: f.oneToOne,
      progress: f.oneToOneProgress,
      problems: f.oneToOneProblems,
      action: f.oneToOneAction,
      owner: b.name,
      due: end + 30,
      recognition: f.oneToOnePraise,
      status: CHOICES.followUp[1],
    },
    {
      date: end + 10,
      meeting: CHOICES.meetings[1],
      participants: `${a.manager}, ${a.name}`,
      topics: texts.plans[0].nextRole,
      action: f.liAction,
      owner: a.name,
      due: (config.asOf ?? end) + 30,
      status: CHOICES.followUp[0],
    },
  ];
  const sheetName = `${reviewTexts(locale).sheet.feedback} ${locale === "zh-CN" ? "示例" : "demo"}`;
  sheets.push(
    buildFeedbackLog({
      locale,
      sheetName,
      owner: a.team,
      ownerIsTeam: true,
      emptyRows: config.feedbackRows,
      ...(config.asOf !== undefined ? { asOf: config.asOf } : {}),
      entries,
    }),
  );
  return sheets;
}
