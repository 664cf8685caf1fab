/**
 * Texts of the review sheets (self-review, manager review, development plan, feedback log, index
 * and team summary) in en-US and zh-CN. Dropdown labels are bilingual in both locales (see CHOICES)
 * so formulas and the collector read the same value whatever language the sheet was made in.
 */
import type { Locale } from "../index";

/** The narrative boxes of the self-review, in sheet order. */
export const NARRATIVE_KEYS = ["achievements", "strengths", "improve", "support", "comments"] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];

export interface ReviewSheetTexts {
  readonly sheet: {
    readonly selfReview: string;
    readonly managerReview: string;
    readonly plan: string;
    readonly feedback: string;
    readonly index: string;
    readonly pairing: string;
    readonly teamMeetings: string;
    readonly summary: string;
    readonly ratings: string;
    readonly issues: string;
  };
  /** Names in the output folder: the index workbook, and the folder of the manager's copies. */
  readonly file: { readonly index: string; readonly managerFolder: string };
  readonly selfReview: {
    readonly title: string;
    readonly note: string;
    /** The note of a rep's own file, which holds no manager review. */
    readonly ownNote: string;
    readonly rep: string;
    readonly role: string;
    readonly team: string;
    readonly manager: string;
    readonly period: string;
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly dueDate: string;
    readonly kpiTitle: string;
    readonly kpiHeaders: readonly [string, string, string, string, string, string, string];
    readonly kpiNone: string;
    readonly kpiAverage: string;
    readonly met: string;
    readonly notMet: string;
    readonly higher: string;
    readonly lower: string;
    readonly units: {
      readonly currency: string;
      readonly count: string;
      readonly percent: string;
      readonly number: string;
    };
    readonly competencyTitle: string;
    readonly competencyHeaders: readonly [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    readonly weightedTotal: string;
    readonly overallRating: string;
    readonly narrativeTitle: string;
    readonly narratives: Readonly<Record<NarrativeKey, string>>;
    readonly signOffTitle: string;
    readonly repSignature: string;
    readonly date: string;
    readonly ratingPrompt: string;
    readonly ratingError: string;
    readonly dateError: string;
    readonly numberError: string;
    readonly listError: string;
  };
  readonly managerReview: {
    readonly title: string;
    readonly note: string;
    /** The note of the manager's own copy, kept apart from the rep's file. */
    readonly copyNote: string;
    readonly headers: readonly [string, string, string, string, string];
    readonly overall: string;
    readonly managerSignature: string;
  };
  readonly plan: {
    readonly title: string;
    readonly note: string;
    readonly hireDate: string;
    readonly planStart: string;
    readonly asOf: string;
    readonly careerTitle: string;
    readonly aspiration: string;
    readonly currentRole: string;
    readonly nextRole: string;
    readonly readiness: string;
    readonly track: string;
    readonly areasTitle: string;
    readonly areaHeaders: readonly [string, string, string, string, string];
    readonly actionsTitle: string;
    readonly actionHeaders: readonly [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    readonly advancedTitle: string;
    readonly advancedNote: string;
    readonly supportTitle: string;
    readonly supportNote: string;
    readonly trackHeaders: readonly [string, string, string, string];
    readonly arrangementsTitle: string;
    readonly arrangementHeaders: readonly [string, string, string, string, string];
    readonly mentorTitle: string;
    readonly mentorHeaders: readonly [string, string, string, string];
    readonly mentorNone: string;
    readonly menteeOf: string;
    readonly checkinsTitle: string;
    readonly checkinHeaders: readonly [string, string, string, string, string];
    readonly quarter: (q: number) => string;
    readonly overdue: string;
    readonly reviewDue: string;
    readonly typeError: string;
    readonly statusError: string;
    readonly progressError: string;
  };
  readonly feedback: {
    readonly title: string;
    readonly note: string;
    readonly asOf: string;
    readonly headers: readonly [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    readonly overdue: string;
  };
  readonly index: {
    readonly title: string;
    readonly note: string;
    readonly headers: readonly [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    readonly yes: string;
    readonly pairingTitle: string;
    readonly pairingHeaders: readonly [string, string, string, string, string, string];
  };
  readonly summary: {
    readonly title: string;
    readonly note: string;
    readonly headers: readonly [string, string, string, string, string, string, string, string, string];
    readonly teamAverage: string;
    readonly ratingsTitle: string;
    readonly self: string;
    readonly manager: string;
    readonly gap: string;
    readonly weight: string;
    readonly rep: string;
    readonly issuesTitle: string;
    readonly issueHeaders: readonly [string, string, string];
    readonly status: {
      readonly complete: string;
      readonly incomplete: string;
      readonly missing: string;
      readonly skipped: string;
    };
    readonly noIssues: string;
  };
  readonly seed: {
    readonly reviewLow: (competency: string, score: number) => string;
    readonly reviewGap: (competency: string, self: number, manager: number) => string;
    readonly kpiShortfall: (kpi: string, attainment: string) => string;
    readonly sourceReview: string;
    readonly sourceKpi: string;
    readonly goalFor: (competency: string) => string;
    readonly successMeasure: (competency: string) => string;
    readonly mentoringWith: (mentor: string) => string;
    readonly mentorNewHire: (mentee: string) => string;
    readonly pairingReason: (months: number) => string;
    readonly noMentor: string;
    readonly kpiGoal: (kpi: string) => string;
    readonly coaching: (area: string) => string;
    readonly managerResource: string;
    readonly mentoringMeasure: string;
    readonly mentorMeasure: string;
  };
}

const enUS: ReviewSheetTexts = {
  sheet: {
    selfReview: "Self-review",
    managerReview: "Manager review",
    plan: "Development plan",
    feedback: "Feedback log",
    index: "Team reviews",
    pairing: "Mentor pairing",
    teamMeetings: "Team meetings",
    summary: "Team summary",
    ratings: "Ratings",
    issues: "Issues",
  },
  file: { index: "Review index", managerFolder: "Manager copies" },
  selfReview: {
    title: "Self-review",
    note: "Fill in the yellow cells: choose each rating from the dropdown (1-5) and write in the boxes. The sheet is protected; only your input cells can be changed. Your manager rates you on the Manager review sheet.",
    ownNote:
      "Fill in the yellow cells: choose each rating from the dropdown (1-5) and write in the boxes. The sheet is protected; only your input cells can be changed. Your manager rates you in a copy of their own; you talk the ratings through together in the review meeting.",
    rep: "Rep",
    role: "Role",
    team: "Team",
    manager: "Manager",
    period: "Review period",
    periodStart: "Period start",
    periodEnd: "Period end",
    dueDate: "Due date",
    kpiTitle: "KPI results against goals",
    kpiHeaders: ["KPI", "Unit", "Better when", "Goal", "Actual", "Attainment", "Status"],
    kpiNone: "No KPI goals were given for this period.",
    kpiAverage: "Average attainment",
    met: "Goal met",
    notMet: "Below goal",
    higher: "higher",
    lower: "lower",
    units: { currency: "Amount", count: "Count", percent: "Percent", number: "Number" },
    competencyTitle: "Competencies (1 Unsatisfactory ... 5 Exceptional)",
    competencyHeaders: [
      "#",
      "Competency",
      "Weight",
      "Self rating",
      "Self score",
      "Manager rating",
      "Manager score",
      "Gap (manager - self)",
      "Weighted score",
    ],
    weightedTotal: "Weighted total",
    overallRating: "Overall rating",
    narrativeTitle: "In your own words",
    narratives: {
      achievements: "Key achievements this period",
      strengths: "Strengths",
      improve: "Areas to improve",
      support: "Support needed",
      comments: "Other comments",
    },
    signOffTitle: "Sign-off",
    repSignature: "Rep signature",
    date: "Date",
    ratingPrompt: "Choose a rating from 1 (Unsatisfactory) to 5 (Exceptional).",
    ratingError: "Please choose one of the ratings in the list (1-5).",
    dateError: "Please enter a date, e.g. 2025-06-30.",
    numberError: "Please enter a number.",
    listError: "Please choose a value from the list.",
  },
  managerReview: {
    title: "Manager review",
    note: "For the manager: choose a rating for each competency and add comments. The rep's self-review shows these ratings, the gaps and the weighted score.",
    copyNote:
      "Your copy, for you alone: the rep's own file does not hold this sheet. Choose a rating for each competency and add comments. When the rep's file comes back, sales-kit collect reads both and compares the ratings.",
    headers: ["#", "Competency", "Self rating", "Manager rating", "Comment"],
    overall: "Overall comments and agreed priorities",
    managerSignature: "Manager signature",
  },
  plan: {
    title: "Development plan (IDP)",
    note: "Agree this plan together. Development areas are seeded from the review gaps and KPI shortfalls; add your own in the yellow cells.",
    hireDate: "Hire date",
    planStart: "Plan start",
    asOf: "As of",
    careerTitle: "Career",
    aspiration: "Career aspiration",
    currentRole: "Current role",
    nextRole: "Next role",
    readiness: "Readiness",
    track: "Development track",
    areasTitle: "Development areas",
    areaHeaders: ["Area", "Source", "Evidence", "Development goal", "Target date"],
    actionsTitle: "Actions",
    actionHeaders: [
      "Activity",
      "Type",
      "Resource",
      "Mentor",
      "Start",
      "Due",
      "Success measure",
      "Status",
      "Progress",
      "Overdue",
    ],
    advancedTitle: "Advanced development (top performers): stretch goals and leadership track",
    advancedNote: "Used when the development track is Advanced.",
    supportTitle: "Support plan (behind goal)",
    supportNote: "Used when the development track is Support.",
    trackHeaders: ["Item", "Measure", "Due", "Owner"],
    arrangementsTitle: "Agreed work arrangements",
    arrangementHeaders: ["Arrangement", "Details", "Agreed on", "Review date", "Review"],
    mentorTitle: "Mentor pairing",
    mentorHeaders: ["Mentor", "Team", "Rule", "Mentees"],
    mentorNone: "Not a new hire: no mentor assigned.",
    menteeOf: "Mentors",
    checkinsTitle: "Quarterly check-ins",
    checkinHeaders: ["Check-in", "Planned", "Held on", "Summary and next steps", "Status"],
    quarter: (q) => `Q${q} check-in`,
    overdue: "Overdue",
    reviewDue: "Review due",
    typeError: "Please choose a type from the list.",
    statusError: "Please choose a status from the list.",
    progressError: "Please enter a percentage from 0% to 100%.",
  },
  feedback: {
    title: "Feedback log",
    note: "Weekly meetings and one-to-ones: what was discussed, agreed actions with an owner and due date, and the recognition given. Overdue actions turn red.",
    asOf: "As of",
    headers: [
      "Date",
      "Meeting",
      "Participants",
      "Topics",
      "Progress",
      "Problems",
      "Agreed action",
      "Owner",
      "Due date",
      "Recognition given",
      "Follow-up status",
      "Overdue",
    ],
    overdue: "Overdue",
  },
  index: {
    title: "Team reviews",
    note: "One workbook per rep in this folder. Send each rep their file; your manager reviews are in the folder Manager copies, which stays with you. When the files come back, put them in this folder and run: sales-kit collect <folder> --out summary.xlsx",
    headers: [
      "Rep",
      "Role",
      "Team",
      "Manager",
      "Hire date",
      "New hire",
      "Mentor",
      "File",
      "Due date",
      "Status",
    ],
    yes: "Yes",
    pairingTitle: "Mentor pairing for new hires",
    pairingHeaders: ["New hire", "Team", "Hire date", "Mentor", "Mentor hire date", "Rule"],
  },
  summary: {
    title: "Team review summary",
    note: "Built from the returned review workbooks. Scores: 1 Unsatisfactory ... 5 Exceptional; gap = manager - self.",
    headers: [
      "Rep",
      "Team",
      "File",
      "Status",
      "Self average",
      "Manager average",
      "Average gap",
      "Weighted self score",
      "Weighted manager score",
    ],
    teamAverage: "Team average",
    ratingsTitle: "Ratings per competency",
    self: "Self",
    manager: "Manager",
    gap: "Gap",
    weight: "Weight",
    rep: "Rep",
    issuesTitle: "Missing, incomplete and skipped reviews",
    issueHeaders: ["File", "Rep", "Problem"],
    status: { complete: "Complete", incomplete: "Incomplete", missing: "Missing", skipped: "Skipped" },
    noIssues: "Every review is complete.",
  },
  seed: {
    reviewLow: (c, s) => `${c}: manager rating ${s} of 5`,
    reviewGap: (c, self, mgr) => `${c}: self ${self}, manager ${mgr}`,
    kpiShortfall: (k, a) => `${k}: ${a} of goal`,
    sourceReview: "Review",
    sourceKpi: "KPI shortfall",
    goalFor: (c) => `Reach a manager rating of 3 or more in ${c} by the next review`,
    successMeasure: (c) => `Manager rating of ${c} at 3 or more`,
    mentoringWith: (m) => `Mentoring with ${m}`,
    mentorNewHire: (m) => `Mentor new hire ${m}`,
    pairingReason: (months) => `Same team, at least ${months} months with the company, fewest mentees`,
    noMentor: "No experienced rep with a free place in the same team",
    kpiGoal: (k) => `Reach the goal for ${k} next period`,
    coaching: (a) => `Coaching on ${a} with the manager`,
    managerResource: "Manager",
    mentoringMeasure: "A mentoring meeting every month",
    mentorMeasure: "The new hire works independently within six months",
  },
};

const zhCN: ReviewSheetTexts = {
  sheet: {
    selfReview: "自评表",
    managerReview: "经理评价",
    plan: "发展计划",
    feedback: "沟通与反馈",
    index: "团队评审",
    pairing: "导师配对",
    teamMeetings: "团队例会",
    summary: "团队汇总",
    ratings: "评分",
    issues: "问题",
  },
  file: { index: "评审索引", managerFolder: "经理副本" },
  selfReview: {
    title: "自评表",
    note: "请填写黄色单元格：从下拉列表中选择评分（1-5），并在文本框中填写内容。工作表已保护，只能修改您的输入单元格。经理在“经理评价”工作表中为您评分。",
    ownNote:
      "请填写黄色单元格：从下拉列表中选择评分（1-5），并在文本框中填写内容。工作表已保护，只能修改您的输入单元格。经理在自己的副本中为您评分，评审面谈时双方一起讨论评分。",
    rep: "销售人员",
    role: "岗位",
    team: "团队",
    manager: "经理",
    period: "评审周期",
    periodStart: "周期开始",
    periodEnd: "周期结束",
    dueDate: "截止日期",
    kpiTitle: "KPI 完成情况（对照目标）",
    kpiHeaders: ["KPI", "单位", "方向", "目标", "实际", "达成率", "状态"],
    kpiNone: "本周期未设定 KPI 目标。",
    kpiAverage: "平均达成率",
    met: "已达标",
    notMet: "未达标",
    higher: "越高越好",
    lower: "越低越好",
    units: { currency: "金额", count: "数量", percent: "百分比", number: "数值" },
    competencyTitle: "能力评估（1 不合格 …… 5 卓越）",
    competencyHeaders: [
      "#",
      "能力项",
      "权重",
      "自评",
      "自评分",
      "经理评价",
      "经理评分",
      "差距（经理-自评）",
      "加权得分",
    ],
    weightedTotal: "加权合计",
    overallRating: "综合评级",
    narrativeTitle: "自我陈述",
    narratives: {
      achievements: "本期主要成绩",
      strengths: "优势",
      improve: "待改进方面",
      support: "需要的支持",
      comments: "其他意见",
    },
    signOffTitle: "签字确认",
    repSignature: "销售人员签字",
    date: "日期",
    ratingPrompt: "请选择评分：1（不合格）至 5（卓越）。",
    ratingError: "请从列表中选择评分（1-5）。",
    dateError: "请输入日期，例如 2025-06-30。",
    numberError: "请输入数字。",
    listError: "请从列表中选择。",
  },
  managerReview: {
    title: "经理评价",
    note: "供经理填写：为每项能力选择评分并填写评语。销售人员的自评表会显示这些评分、差距和加权得分。",
    copyNote:
      "本副本仅供经理本人使用：销售人员自己的文件中没有本工作表。请为每项能力选择评分并填写评语。收回销售人员的文件后，sales-kit collect 会同时读取两者并比较评分。",
    headers: ["#", "能力项", "自评", "经理评价", "评语"],
    overall: "总体评语与商定的重点",
    managerSignature: "经理签字",
  },
  plan: {
    title: "个人发展计划（IDP）",
    note: "请双方共同商定本计划。发展方向根据评审差距和 KPI 未达标项自动生成；可在黄色单元格中补充。",
    hireDate: "入职日期",
    planStart: "计划开始",
    asOf: "截至",
    careerTitle: "职业发展",
    aspiration: "职业志向",
    currentRole: "当前岗位",
    nextRole: "目标岗位",
    readiness: "准备程度",
    track: "发展路径",
    areasTitle: "发展方向",
    areaHeaders: ["方向", "来源", "依据", "发展目标", "目标日期"],
    actionsTitle: "行动计划",
    actionHeaders: ["活动", "类型", "资源", "导师", "开始", "截止", "成功标准", "状态", "进度", "逾期"],
    advancedTitle: "进阶发展（优秀员工）：挑战目标与领导力通道",
    advancedNote: "发展路径为“进阶发展”时适用。",
    supportTitle: "帮扶计划（未达目标）",
    supportNote: "发展路径为“帮扶提升”时适用。",
    trackHeaders: ["事项", "衡量标准", "截止", "负责人"],
    arrangementsTitle: "商定的工作安排",
    arrangementHeaders: ["安排", "详情", "商定日期", "复核日期", "复核"],
    mentorTitle: "导师配对",
    mentorHeaders: ["导师", "团队", "规则", "带教对象"],
    mentorNone: "非新员工：未分配导师。",
    menteeOf: "带教",
    checkinsTitle: "季度沟通",
    checkinHeaders: ["沟通", "计划日期", "实际日期", "小结与下一步", "状态"],
    quarter: (q) => `第${q}季度沟通`,
    overdue: "已逾期",
    reviewDue: "需复核",
    typeError: "请从列表中选择类型。",
    statusError: "请从列表中选择状态。",
    progressError: "请输入 0% 到 100% 之间的百分比。",
  },
  feedback: {
    title: "沟通与反馈记录",
    note: "记录周例会和一对一沟通：讨论内容、商定的行动（负责人和截止日期）以及给予的表扬。逾期的行动显示为红色。",
    asOf: "截至",
    headers: [
      "日期",
      "会议",
      "参加人",
      "议题",
      "进展",
      "问题",
      "商定行动",
      "负责人",
      "截止日期",
      "表扬与认可",
      "跟进状态",
      "逾期",
    ],
    overdue: "已逾期",
  },
  index: {
    title: "团队评审",
    note: "本文件夹中每位销售人员一个工作簿。将文件发给各销售人员；您的经理评价在“经理副本”文件夹中，请自行保留。收回后将文件放回本文件夹并运行：sales-kit collect <文件夹> --out summary.xlsx",
    headers: ["销售人员", "岗位", "团队", "经理", "入职日期", "新员工", "导师", "文件", "截止日期", "状态"],
    yes: "是",
    pairingTitle: "新员工导师配对",
    pairingHeaders: ["新员工", "团队", "入职日期", "导师", "导师入职日期", "规则"],
  },
  summary: {
    title: "团队评审汇总",
    note: "根据收回的评审工作簿生成。评分：1 不合格 …… 5 卓越；差距 = 经理评分 - 自评分。",
    headers: [
      "销售人员",
      "团队",
      "文件",
      "状态",
      "自评平均",
      "经理评分平均",
      "平均差距",
      "加权自评分",
      "加权经理评分",
    ],
    teamAverage: "团队平均",
    ratingsTitle: "各能力项评分",
    self: "自评",
    manager: "经理",
    gap: "差距",
    weight: "权重",
    rep: "销售人员",
    issuesTitle: "缺失、未完成和跳过的评审",
    issueHeaders: ["文件", "销售人员", "问题"],
    status: { complete: "已完成", incomplete: "未完成", missing: "缺失", skipped: "已跳过" },
    noIssues: "所有评审均已完成。",
  },
  seed: {
    reviewLow: (c, s) => `${c}：经理评分 ${s}/5`,
    reviewGap: (c, self, mgr) => `${c}：自评 ${self}，经理 ${mgr}`,
    kpiShortfall: (k, a) => `${k}：达成率 ${a}`,
    sourceReview: "评审",
    sourceKpi: "KPI 未达标",
    goalFor: (c) => `在下次评审前将“${c}”的经理评分提升到 3 分及以上`,
    successMeasure: (c) => `“${c}”经理评分达到 3 分及以上`,
    mentoringWith: (m) => `与 ${m} 进行导师带教`,
    mentorNewHire: (m) => `带教新员工 ${m}`,
    pairingReason: (months) => `同一团队，司龄至少 ${months} 个月，带教人数最少`,
    noMentor: "同团队中没有尚有带教名额的资深销售人员",
    kpiGoal: (k) => `下期达成“${k}”目标`,
    coaching: (a) => `由经理就“${a}”进行辅导`,
    managerResource: "经理",
    mentoringMeasure: "每月一次导师会谈",
    mentorMeasure: "新员工在六个月内能独立开展工作",
  },
};

export const REVIEW_TEXTS: Readonly<Record<Locale, ReviewSheetTexts>> = { "en-US": enUS, "zh-CN": zhCN };

export function reviewTexts(locale: Locale): ReviewSheetTexts {
  return REVIEW_TEXTS[locale];
}

/** A text in both languages; configurable items (competencies, KPIs) carry both. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

export function pick(text: Bilingual, locale: Locale): string {
  return locale === "zh-CN" ? text.zh : text.en;
}

/**
 * Dropdown labels: the same bilingual strings in both locales. The rating labels start with their
 * score so a formula (VALUE(LEFT(x,1))) and the collector turn a label back into a number.
 */
export const CHOICES = {
  ratings: [
    "5 Exceptional 卓越",
    "4 Exceeds expectations 超出预期",
    "3 Meets expectations 符合预期",
    "2 Needs improvement 需改进",
    "1 Unsatisfactory 不合格",
  ],
  actionTypes: ["Training 培训", "Mentoring 导师带教", "Stretch assignment 挑战性任务", "Shadowing 跟岗学习"],
  actionStatus: ["Not started 未开始", "In progress 进行中", "Done 已完成", "On hold 暂停"],
  readiness: ["Ready now 已具备", "Ready in 1-2 years 1-2年内", "Ready in 3+ years 3年以上"],
  arrangements: [
    "Flexible hours 弹性工作时间",
    "Remote days 远程办公日",
    "Compressed week 压缩工作周",
    "Other 其他",
  ],
  meetings: ["Weekly meeting 周例会", "One-to-one 一对一"],
  followUp: ["Open 待跟进", "In progress 进行中", "Done 已完成"],
  tracks: { advanced: "Advanced 进阶发展", core: "Core 常规发展", support: "Support 帮扶提升" },
  indexStatus: ["Sent 已发送", "Returned 已收回", "Reviewed 已评审"],
  done: "Done 已完成",
} as const;

/** Default competencies (configurable): key, bilingual name and what the rating is about. */
export const DEFAULT_COMPETENCY_TEXTS: readonly {
  readonly key: string;
  readonly name: Bilingual;
  readonly description: Bilingual;
}[] = [
  {
    key: "prospecting",
    name: { en: "Prospecting", zh: "客户开发" },
    description: { en: "Finding and qualifying new customers", zh: "寻找并筛选新客户" },
  },
  {
    key: "needs-discovery",
    name: { en: "Needs discovery", zh: "需求挖掘" },
    description: { en: "Asking questions that uncover the customer's needs", zh: "通过提问发现客户需求" },
  },
  {
    key: "product-knowledge",
    name: { en: "Product knowledge", zh: "产品知识" },
    description: { en: "Knowing the products and matching them to needs", zh: "熟悉产品并与需求匹配" },
  },
  {
    key: "negotiation-closing",
    name: { en: "Negotiation and closing", zh: "谈判与成交" },
    description: { en: "Handling objections and closing deals", zh: "处理异议并促成交易" },
  },
  {
    key: "customer-service",
    name: { en: "Customer service and follow-up visits", zh: "客户服务与回访" },
    description: { en: "Service after the sale and regular follow-up visits", zh: "售后服务与定期回访" },
  },
  {
    key: "crm-discipline",
    name: { en: "CRM and data discipline", zh: "CRM 与数据规范" },
    description: { en: "Keeping CRM records complete and up to date", zh: "保持 CRM 记录完整、及时" },
  },
  {
    key: "communication",
    name: { en: "Communication", zh: "沟通能力" },
    description: {
      en: "Clear, timely communication with customers and colleagues",
      zh: "与客户和同事清晰、及时地沟通",
    },
  },
  {
    key: "teamwork",
    name: { en: "Teamwork", zh: "团队协作" },
    description: {
      en: "Sharing leads, knowledge and help with the team",
      zh: "与团队分享线索、知识并互相帮助",
    },
  },
];

/** Suggested development action per default competency (seeding the plan). */
export const COMPETENCY_ACTIONS: Readonly<
  Record<string, { readonly activity: Bilingual; readonly type: number; readonly resource: Bilingual }>
> = {
  prospecting: {
    activity: { en: "Prospecting workshop: building a lead list", zh: "客户开发工作坊：建立线索名单" },
    type: 0,
    resource: { en: "Sales academy", zh: "销售学院" },
  },
  "needs-discovery": {
    activity: { en: "Needs-discovery training (questioning skills)", zh: "需求挖掘培训（提问技巧）" },
    type: 0,
    resource: { en: "Sales academy", zh: "销售学院" },
  },
  "product-knowledge": {
    activity: { en: "Product certification", zh: "产品认证" },
    type: 0,
    resource: { en: "Product team", zh: "产品团队" },
  },
  "negotiation-closing": {
    activity: { en: "Shadow a top closer on three deals", zh: "跟随优秀销售参与三次成交" },
    type: 3,
    resource: { en: "Top performer in the team", zh: "团队优秀销售" },
  },
  "customer-service": {
    activity: { en: "Follow-up visit plan for key accounts", zh: "重点客户回访计划" },
    type: 1,
    resource: { en: "Manager", zh: "经理" },
  },
  "crm-discipline": {
    activity: { en: "CRM refresher and weekly data check", zh: "CRM 复训与每周数据检查" },
    type: 0,
    resource: { en: "Sales operations", zh: "销售运营" },
  },
  communication: {
    activity: { en: "Communication skills course", zh: "沟通技巧课程" },
    type: 0,
    resource: { en: "HR learning", zh: "人力资源培训" },
  },
  teamwork: {
    activity: { en: "Co-own a team account with a colleague", zh: "与同事共同负责一个团队客户" },
    type: 2,
    resource: { en: "Manager", zh: "经理" },
  },
};

/** Development actions by track (top performers and reps behind goal). */
export const TRACK_ACTIONS = {
  advanced: [
    {
      item: { en: "Stretch goal: 120% of the next period's target", zh: "挑战目标：下期目标的 120%" },
      measure: { en: "Attainment of 120% or more", zh: "达成率 120% 及以上" },
    },
    {
      item: { en: "Leadership track: lead the weekly team meeting", zh: "领导力通道：主持每周团队例会" },
      measure: { en: "Leads one meeting a month", zh: "每月主持一次例会" },
    },
    {
      item: { en: "Stretch assignment: own a key account pursuit", zh: "挑战性任务：负责一个重点客户攻关" },
      measure: { en: "Account plan agreed and worked", zh: "客户计划获批并执行" },
    },
  ],
  support: [
    {
      item: { en: "Weekly one-to-one coaching with the manager", zh: "每周与经理一对一辅导" },
      measure: { en: "Held every week", zh: "每周进行" },
    },
    {
      item: { en: "Shadow a top performer for two weeks", zh: "跟随优秀销售跟岗学习两周" },
      measure: { en: "Ten customer calls shadowed", zh: "跟随完成十次客户拜访" },
    },
    {
      item: { en: "Monthly pipeline review against goal", zh: "每月对照目标复盘销售漏斗" },
      measure: { en: "Back to 90% of goal", zh: "达成率回到 90%" },
    },
  ],
} as const;
