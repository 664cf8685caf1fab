/** Texts of the generated charts and the small tables they draw from, in en-US and zh-CN. */
import type { Locale } from "../index";

export interface ChartTexts {
  readonly goals: {
    /** Heading of the chart data under the goal table. */
    readonly dataHeading: (metric: string) => string;
    readonly attainmentTitle: (metric: string) => string;
    readonly paceTitle: (metric: string) => string;
    readonly repAxis: string;
    readonly amountAxis: string;
  };
  readonly funnel: {
    readonly countsTitle: string;
    readonly valuesTitle: string;
    readonly stageAxis: string;
  };
  readonly incentives: {
    readonly payoutTitle: string;
    readonly repAxis: string;
    readonly amountAxis: string;
  };
}

const enUS: ChartTexts = {
  goals: {
    dataHeading: (metric) => `Chart data: ${metric} by rep (formulas over the table above)`,
    attainmentTitle: (metric) => `${metric}: actual against target by rep`,
    paceTitle: (metric) => `${metric}: pace, actual against expected to date`,
    repAxis: "Rep",
    amountAxis: "Amount",
  },
  funnel: {
    countsTitle: "Funnel: deals by stage",
    valuesTitle: "Funnel: amount by stage",
    stageAxis: "Stage",
  },
  incentives: {
    payoutTitle: "Payout by rep",
    repAxis: "Rep",
    amountAxis: "Amount",
  },
};

const zhCN: ChartTexts = {
  goals: {
    dataHeading: (metric) => `图表数据：各销售人员的${metric}（引用上表的公式）`,
    attainmentTitle: (metric) => `${metric}：各销售人员实际与目标`,
    paceTitle: (metric) => `${metric}：进度，实际与应达进度`,
    repAxis: "销售人员",
    amountAxis: "金额",
  },
  funnel: {
    countsTitle: "漏斗：各阶段商机数",
    valuesTitle: "漏斗：各阶段金额",
    stageAxis: "阶段",
  },
  incentives: {
    payoutTitle: "各销售人员奖金",
    repAxis: "销售人员",
    amountAxis: "金额",
  },
};

export const CHART_TEXTS: Readonly<Record<Locale, ChartTexts>> = { "en-US": enUS, "zh-CN": zhCN };

export function chartTexts(locale: Locale): ChartTexts {
  return CHART_TEXTS[locale];
}
