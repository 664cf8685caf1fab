/**
 * Texts of the deal list on a pay statement paid from a CRM export: the rep's deals that earned in
 * each period, with the total that ties to the statement's credited line. en-US and zh-CN.
 */
import type { Locale } from "../index";

export interface StatementDealTexts {
  readonly heading: string;
  readonly deal: string;
  /** The date column: close date (bookings) or payment date (回款). */
  readonly date: { readonly close: string; readonly payment: string; readonly mixed: string };
  readonly amount: string;
  readonly share: string;
  readonly credited: string;
  /** A group of the list: "Bookings, Jan 2027". */
  readonly group: (measure: string, period: string) => string;
  /** The group's total row: its label, then whether it ties to the credited line. */
  readonly total: (measure: string, period: string) => string;
  readonly ties: string;
  readonly differs: string;
  /** A credit split typed on the plan's Credit splits sheet (no date in the export). */
  readonly planCredit: string;
  readonly none: string;
}

const enUS: StatementDealTexts = {
  heading: "Deals credited in these periods (from the CRM export)",
  deal: "Deal",
  date: { close: "Close date", payment: "Payment date", mixed: "Close / payment date" },
  amount: "Amount",
  share: "Credit share",
  credited: "Credited",
  group: (measure, period) => `${measure}, ${period}`,
  total: (measure, period) => `Total ${measure}, ${period}`,
  ties: ": equals the credited line above",
  differs: ": differs from the credited line by ",
  planCredit: "credit split (plan)",
  none: "No deal of this rep earned in these periods.",
};

const zhCN: StatementDealTexts = {
  heading: "本期计入业绩的成交（取自 CRM 导出）",
  deal: "成交",
  date: { close: "结单日期", payment: "回款日期", mixed: "结单/回款日期" },
  amount: "金额",
  share: "分成比例",
  credited: "计入业绩",
  group: (measure, period) => `${measure},${period}`,
  total: (measure, period) => `${measure}合计，${period}`,
  ties: "：与上方计入业绩一致",
  differs: "：与上方计入业绩相差 ",
  planCredit: "业绩分成（方案）",
  none: "本人在这些发放期内没有计入业绩的成交。",
};

export const STATEMENT_DEAL_TEXTS: Record<Locale, StatementDealTexts> = { "en-US": enUS, "zh-CN": zhCN };
