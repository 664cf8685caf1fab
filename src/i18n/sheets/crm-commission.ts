/**
 * Texts of commission computed from a CRM export (sales-kit incentives --crm): the sheet that says
 * which measure reads which column and accounts for every row not paid, and the issues and notes.
 */
import type { Locale } from "../index";

export interface CrmCommissionTexts {
  readonly sheet: string;
  readonly title: string;
  readonly note: (data: string, calc: string) => string;
  readonly sources: {
    readonly heading: string;
    readonly measure: string;
    readonly reads: string;
    readonly datedBy: string;
    readonly total: string;
    readonly paid: string;
    readonly outside: string;
    readonly offRoster: string;
    readonly difference: string;
  };
  /** "Won amount" / "Collected (回款)": what a field means as an actual. */
  readonly field: { readonly amount: string; readonly collected: string; readonly payment: string };
  readonly date: { readonly closeDate: string; readonly paymentDate: string };
  readonly outsideHeading: (first: string, last: string) => string;
  readonly offRosterHeading: string;
  readonly columns: {
    readonly row: string;
    readonly owner: string;
    readonly deal: string;
    readonly date: string;
    readonly amount: string;
    readonly measure: string;
    readonly rows: string;
  };
  readonly none: string;
}

const EN: CrmCommissionTexts = {
  sheet: "CRM commission",
  title: "Commission actuals from the CRM export",
  note: (data, calc) =>
    `Each CRM measure's actual on "${calc}" is a SUMIFS over the "${data}" table, per rep and pay period. Every row of the export is accounted for below: paid, outside the plan's periods, or owned by someone not on the roster. The difference column must be 0.`,
  sources: {
    heading: "Which measure reads which column",
    measure: "Measure",
    reads: "Reads",
    datedBy: "Dated by",
    total: "Total in the export",
    paid: "On the calculation sheet",
    outside: "Outside the plan's periods",
    offRoster: "Owners not on the roster",
    difference: "Difference",
  },
  field: {
    amount: "Won amount (bookings)",
    collected: "Collected amount (回款)",
    payment: "Payment amount (回款金额)",
  },
  date: { closeDate: "Close date", paymentDate: "Payment date (回款日期)" },
  outsideHeading: (first, last) => `Rows outside the plan's periods (${first} to ${last}): not paid`,
  offRosterHeading: "Owners not on the roster: not paid",
  columns: {
    row: "Row in export",
    owner: "Owner",
    deal: "Deal / order",
    date: "Date",
    amount: "Amount",
    measure: "Measure",
    rows: "Rows",
  },
  none: "(none)",
};

const ZH: CrmCommissionTexts = {
  sheet: "CRM 提成来源",
  title: "取自 CRM 导出的提成业绩",
  note: (data, calc) =>
    `“${calc}”中各 CRM 指标的业绩是对“${data}”表按销售人员和发放期求和的 SUMIFS 公式。导出中的每一行在下方都有交代：已计发、不在方案发放期内，或负责人不在名单中。“差额”列须为 0。`,
  sources: {
    heading: "各指标读取的列",
    measure: "指标",
    reads: "读取",
    datedBy: "日期依据",
    total: "导出合计",
    paid: "计算表合计",
    outside: "不在发放期内",
    offRoster: "负责人不在名单中",
    difference: "差额",
  },
  field: {
    amount: "赢单金额（签约额）",
    collected: "已回款金额",
    payment: "回款金额",
  },
  date: { closeDate: "结单日期", paymentDate: "回款日期" },
  outsideHeading: (first, last) => `不在方案发放期（${first} 至 ${last}）内的行：不计发`,
  offRosterHeading: "不在名单中的负责人：不计发",
  columns: {
    row: "导出行号",
    owner: "负责人",
    deal: "商机/订单",
    date: "日期",
    amount: "金额",
    measure: "指标",
    rows: "行数",
  },
  none: "（无）",
};

export function crmCommissionTexts(locale: Locale): CrmCommissionTexts {
  return locale === "zh-CN" ? ZH : EN;
}

/** Issues and notes of the --crm option, in both languages. */
export const CRM_COMMISSION_ISSUES = {
  noCrmMeasure: (file: string) => ({
    en: `--crm ${file} was given, but no measure of the plan reads the CRM export: add crm: amount (won amount by close date) or crm: collected (回款 by payment date) to a measure`,
    zh: `指定了 --crm ${file}，但方案中没有指标读取 CRM 导出：请在指标中加上 crm: amount（按结单日期计的赢单金额）或 crm: collected（按回款日期计的回款）`,
  }),
  collectedUndated: (measure: string, file: string, dateColumn: string, collected: string) => ({
    en: `measure "${measure}" reads the collected amount (回款), which is dated by its payment date, but ${file} has no payment date column for its "${collected}" (such as 最近回款日期 / Last Payment Date): its only date is the ${dateColumn}, and a collection is never dated by its order date. Add the payment date column to the export (or map it as "paymentDate"), or export the 回款 (payments) object instead`,
    zh: `指标 “${measure}” 读取回款，回款按回款日期计，但 ${file} 中的“${collected}”没有回款日期列（如“最近回款日期”）：其中只有 ${dateColumn}，而回款绝不按下单日期计。请在导出中加入回款日期列（或在映射中映射为 "paymentDate"），或改为导出“回款”对象`,
  }),
  noCollected: (measure: string, file: string) => ({
    en: `measure "${measure}" reads the collected amount (回款), but ${file} has no collected amount column`,
    zh: `指标 “${measure}” 读取回款金额，但 ${file} 中没有回款金额列`,
  }),
  currency: (file: string, found: string, plan: string) => ({
    en: `${file} holds amounts in ${found}, the plan pays in ${plan}: commission is computed from an export in the plan's currency only`,
    zh: `${file} 中的金额币种为 ${found}，方案以 ${plan} 计发：仅可从与方案币种相同的导出计算提成`,
  }),
  plainActuals: (measure: string, index: number) => ({
    en: `actuals[${index}] gives actuals for measure "${measure}", which reads the CRM export: remove them, or remove crm: from the measure`,
    zh: `actuals[${index}] 为指标 “${measure}” 填写了业绩，而该指标读取 CRM 导出：请删除这些业绩，或删除该指标的 crm:`,
  }),
};
