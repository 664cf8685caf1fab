/** Texts of the CRM history sheet (one snapshot of the period KPIs per import) in en-US and zh-CN. */
import type { Locale } from "../index";

export interface HistoryTexts {
  readonly sheet: string;
  readonly title: string;
  readonly note: string;
  readonly latest: string;
  readonly previous: string;
  readonly period: string;
  readonly col: {
    readonly date: string;
    readonly period: string;
    readonly rep: string;
    readonly team: string;
    readonly wonRevenue: string;
    readonly dealsWon: string;
    readonly dealsLost: string;
    readonly openPipeline: string;
  };
  readonly trend: {
    readonly title: string;
    readonly label: string;
    readonly date: string;
    readonly wonRevenue: string;
    readonly chart: (period: string) => string;
  };
  /** The dashboard's week-over-week column. */
  readonly weekChange: string;
}

const enUS: HistoryTexts = {
  // "History" alone is a name Excel reserves for sheets.
  sheet: "KPI history",
  title: "KPI history: one snapshot per import",
  note: "Each import adds its date's rows (sales-kit import --history last-week.xlsx); earlier rows are kept as they were. Won revenue and pipeline are the period's figures as of the snapshot date; on a split report they are credited by share and deals count whole per rep, as on the KPI sheet.",
  latest: "Latest snapshot",
  previous: "Previous snapshot",
  period: "Trend period",
  col: {
    date: "Snapshot date",
    period: "Period",
    rep: "Rep",
    team: "Team",
    wonRevenue: "Won revenue",
    dealsWon: "Deals won",
    dealsLost: "Deals lost",
    openPipeline: "Open pipeline",
  },
  trend: {
    title: "Team won revenue by snapshot",
    label: "Week of",
    date: "Snapshot date",
    wonRevenue: "Won revenue",
    chart: (period) => `Won revenue ${period} by week`,
  },
  weekChange: "Won this week",
};

const zhCN: HistoryTexts = {
  sheet: "历史快照",
  title: "指标历史：每次导入一份快照",
  note: "每次导入追加当天的各行（sales-kit import --history 上周.xlsx），之前的各行保持原样。赢单金额与商机金额为截至快照日期的本期数字；拆分商机（业绩分成）的金额按分成比例计入，笔数在每位销售人员处按整单计，与 CRM 指标表一致。",
  latest: "最新快照",
  previous: "上次快照",
  period: "趋势期间",
  col: {
    date: "快照日期",
    period: "期间",
    rep: "销售",
    team: "团队",
    wonRevenue: "赢单金额",
    dealsWon: "赢单数",
    dealsLost: "输单数",
    openPipeline: "进行中商机金额",
  },
  trend: {
    title: "团队赢单金额（按快照）",
    label: "周",
    date: "快照日期",
    wonRevenue: "赢单金额",
    chart: (period) => `${period} 赢单金额周趋势`,
  },
  weekChange: "本周新增赢单",
};

export const HISTORY_TEXTS: Readonly<Record<Locale, HistoryTexts>> = { "en-US": enUS, "zh-CN": zhCN };

export function historyTexts(locale: Locale): HistoryTexts {
  return HISTORY_TEXTS[locale];
}
