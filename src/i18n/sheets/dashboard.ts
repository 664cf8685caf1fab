/** Texts of the weekly dashboard (周例会看板) in en-US and zh-CN. */
import type { Locale } from "../index";

export interface DashboardTexts {
  readonly sheet: string;
  readonly title: (period: string) => string;
  readonly note: string;
  readonly asOf: string;
  readonly metric: string;
  readonly kpi: {
    readonly target: string;
    readonly actual: string;
    readonly attainment: string;
    readonly expected: string;
    readonly pace: string;
  };
  readonly topPerformer: string;
  readonly bestTeam: string;
  readonly repsTitle: string;
  readonly col: {
    readonly rep: string;
    readonly team: string;
    readonly target: string;
    readonly actual: string;
    readonly attainment: string;
    readonly pace: string;
    readonly status: string;
    readonly score: string;
    readonly rank: string;
    readonly focus: string;
    readonly overdue: string;
  };
  readonly teamsTitle: string;
  readonly chart: {
    readonly attainment: string;
    readonly score: string;
    readonly funnel: string;
    readonly deals: string;
  };
}

const enUS: DashboardTexts = {
  sheet: "Weekly dashboard",
  title: (period) => `Weekly sales meeting ${period}`,
  note: "Everything here is a formula over the goal, scorecard and CRM sheets: enter this week's actuals there and this page follows. Coaching focus = the rep's weakest funnel stage against the team.",
  asOf: "As of",
  metric: "Metric",
  kpi: {
    target: "Team target",
    actual: "Actual to date",
    attainment: "Attainment",
    expected: "Expected to date",
    pace: "Pace",
  },
  topPerformer: "Top performer",
  bestTeam: "Best team",
  repsTitle: "Reps",
  col: {
    rep: "Rep",
    team: "Team",
    target: "Target",
    actual: "Actual",
    attainment: "Attainment",
    pace: "Pace",
    status: "Status",
    score: "Score",
    rank: "Rank",
    focus: "Coaching focus",
    overdue: "Overdue follow-ups",
  },
  teamsTitle: "Teams",
  chart: {
    attainment: "Actual against target by rep",
    score: "Weighted score by rep",
    funnel: "Team funnel: deals by stage",
    deals: "Deals",
  },
};

const zhCN: DashboardTexts = {
  sheet: "周例会看板",
  title: (period) => `销售周例会 ${period}`,
  note: "本页全部为引用目标表、计分卡和 CRM 工作表的公式：在那里录入本周实际，本页随之更新。辅导重点 = 该销售相对团队最薄弱的漏斗阶段。",
  asOf: "截至",
  metric: "指标",
  kpi: {
    target: "团队目标",
    actual: "至今实际",
    attainment: "达成率",
    expected: "应达进度",
    pace: "进度比",
  },
  topPerformer: "本期之星",
  bestTeam: "最佳团队",
  repsTitle: "销售人员",
  col: {
    rep: "销售人员",
    team: "团队",
    target: "目标",
    actual: "实际",
    attainment: "达成率",
    pace: "进度比",
    status: "状态",
    score: "得分",
    rank: "排名",
    focus: "辅导重点",
    overdue: "逾期跟进",
  },
  teamsTitle: "团队",
  chart: {
    attainment: "各销售人员实际与目标",
    score: "各销售人员加权得分",
    funnel: "团队漏斗：各阶段商机数",
    deals: "商机数",
  },
};

export const DASHBOARD_TEXTS: Readonly<Record<Locale, DashboardTexts>> = { "en-US": enUS, "zh-CN": zhCN };

export function dashboardTexts(locale: Locale): DashboardTexts {
  return DASHBOARD_TEXTS[locale];
}
