/**
 * Texts of the pay statement that explains itself (tier slices, caps, gates, SPIFF rates, draw
 * lines, pay date, sign-off) and of the private per-rep statement files, in en-US and zh-CN. Kept
 * apart from incentives.ts so the statement's wording sits in one place.
 */
import type { Locale } from "../index";

export interface StatementTexts {
  /** Amount of a tier slice: "Revenue tier 2: 100.0% to 150.0% of quota" (range as text pieces). */
  readonly slice: (measure: string, tier: number) => { readonly head: string; readonly joiner: string };
  /** Range tail: " of quota" for attainment tiers, "" for amount tiers; "and up" for the last tier. */
  readonly ofQuota: string;
  readonly andUp: string;
  /** Commission of a slice: "Revenue tier 2 at " & rate. */
  readonly sliceRate: (measure: string, tier: number) => string;
  readonly amountUsed: (measure: string) => string;
  readonly attainmentUsed: (measure: string) => string;
  readonly curveFraction: (measure: string) => string;
  readonly beforeCap: (measure: string) => string;
  readonly capApplied: (measure: string) => string;
  readonly gateWithheld: (measure: string) => string;
  readonly gateReason: (measure: string) => string;
  /** Pieces of the gate sentence: gate measure " at " attainment ", gate " threshold ": m pays nothing". */
  readonly gateSentence: (
    gateMeasure: string,
    measure: string,
  ) => {
    readonly before: string;
    readonly middle: string;
    readonly after: string;
  };
  readonly ytdEarned: (measure: string) => string;
  readonly ytdPaidBefore: (measure: string) => string;
  readonly spiffUnits: (spiff: string) => string;
  readonly spiffRate: (spiff: string) => string;
  readonly clawback: string;
  readonly returnsReversed: string;
  readonly adjustmentReason: string;
  readonly drawTopUp: string;
  readonly drawRecovered: string;
  /** Without a draw: negative earnings carried to later periods, and recovered from them. */
  readonly negativeCarried: string;
  readonly negativeRecovered: string;
  readonly payDate: string;
  readonly payDateRule: (
    rule: { kind: "offset"; days: number } | { kind: "dates" } | { kind: "end" },
  ) => string;
  readonly currency: string;
  /** The line under the title: the rep's team and manager, and the plan. */
  readonly info: (team: string, manager: string, plan: string) => string;
  readonly signs: string;
  readonly signRep: (rep: string) => string;
  readonly signManager: (manager: string) => string;
  readonly signDate: string;
  /** The private file: its sheet name and the note that its figures are static. */
  readonly privateSheet: string;
  readonly privateNote: (plan: string) => string;
  readonly privateTitle: string;
  /** The heading of a statement's further printed page: its title, marked as continued. */
  readonly continued: (title: string) => string;
}

const enUS: StatementTexts = {
  slice: (m, k) => ({ head: `${m} tier ${k}: `, joiner: " to " }),
  ofQuota: " of quota",
  andUp: " and up",
  sliceRate: (m, k) => `${m} tier ${k} at `,
  amountUsed: (m) => `${m}: amount commissioned`,
  attainmentUsed: (m) => `${m}: attainment used`,
  curveFraction: (m) => `${m}: payout share of target incentive`,
  beforeCap: (m) => `${m}: payout before cap`,
  capApplied: (m) => `${m}: cap applied`,
  gateWithheld: (m) => `${m}: withheld by the gate`,
  gateReason: (m) => `${m}: gate`,
  gateSentence: (g, m) => ({ before: `${g} at `, middle: ", gate ", after: `: ${m} pays nothing` }),
  ytdEarned: (m) => `${m}: earned to date`,
  ytdPaidBefore: (m) => `${m}: paid in earlier periods`,
  spiffUnits: (s) => `SPIFF ${s}: units`,
  spiffRate: (s) => `SPIFF ${s}: rate per unit`,
  clawback: "Clawbacks",
  returnsReversed: "Commission reversed for returns",
  adjustmentReason: "Adjustment reason",
  drawTopUp: "Draw topped up",
  drawRecovered: "Draw recovered",
  negativeCarried: "Negative earnings carried to later periods",
  negativeRecovered: "Recovered from earlier negative earnings",
  payDate: "Pay date",
  payDateRule: (r) =>
    r.kind === "offset"
      ? `Pay date: the period's end plus ${r.days} day(s) (plan: payDate.daysAfterPeriodEnd).`
      : r.kind === "dates"
        ? "Pay date: as the plan sets it for each period (plan: payDate.dates)."
        : "Pay date: the period's last day (the plan sets no payDate).",
  currency: "Currency",
  info: (team, manager, plan) => `Team: ${team}    Manager: ${manager || "-"}    Plan: ${plan}`,
  signs:
    "Signs: amounts that add to pay are positive, deductions (clawbacks, returns, caps, gates, draw recovered, negative adjustments) are negative.",
  signRep: (rep) => `Rep: ${rep}    Signature: ____________________`,
  signManager: (manager) => `Manager: ${manager}    Signature: ____________________`,
  signDate: "Date: ______________",
  privateSheet: "Pay statement",
  privateNote: (plan) =>
    `Your figures only, copied from the team's commission workbook of plan ${plan}: the team workbook keeps the formulas.`,
  privateTitle: "Pay statement",
  continued: (title) => `${title} (continued)`,
};

const zhCN: StatementTexts = {
  slice: (m, k) => ({ head: `${m} 第 ${k} 档：`, joiner: " 至 " }),
  ofQuota: "（占指标）",
  andUp: " 及以上",
  sliceRate: (m, k) => `${m} 第 ${k} 档提成比例 `,
  amountUsed: (m) => `${m}：计提金额`,
  attainmentUsed: (m) => `${m}：计发达成率`,
  curveFraction: (m) => `${m}：占目标奖金比例`,
  beforeCap: (m) => `${m}：封顶前奖金`,
  capApplied: (m) => `${m}：封顶扣减`,
  gateWithheld: (m) => `${m}：未过门槛扣减`,
  gateReason: (m) => `${m}：门槛`,
  gateSentence: (g, m) => ({ before: `${g} 达成 `, middle: "，门槛 ", after: `：${m} 本期不计发` }),
  ytdEarned: (m) => `${m}：累计应得`,
  ytdPaidBefore: (m) => `${m}：以前各期已发`,
  spiffUnits: (s) => `专项激励 ${s}：数量`,
  spiffRate: (s) => `专项激励 ${s}：每单位奖金`,
  clawback: "追回",
  returnsReversed: "退货冲回提成",
  adjustmentReason: "调整原因",
  drawTopUp: "预支补足",
  drawRecovered: "预支扣回",
  negativeCarried: "负数净应得结转至以后各期",
  negativeRecovered: "扣回以前各期结转的负数",
  payDate: "发放日",
  payDateRule: (r) =>
    r.kind === "offset"
      ? `发放日：发放期结束后第 ${r.days} 天（按方案的发放日规则）。`
      : r.kind === "dates"
        ? "发放日：按方案为各期设定的日期。"
        : "发放日：发放期最后一天（方案未设定发放日）。",
  currency: "币种",
  info: (team, manager, plan) => `团队：${team}    经理：${manager || "-"}    方案：${plan}`,
  signs: "符号：增加应发的金额为正数，扣减（追回、退货、封顶、门槛、预支扣回、负数调整）为负数。",
  signRep: (rep) => `销售人员：${rep}    签字：____________________`,
  signManager: (manager) => `经理：${manager}    签字：____________________`,
  signDate: "日期：______________",
  privateSheet: "个人结算单",
  privateNote: (plan) => `仅含本人数据，复制自方案 ${plan} 的团队提成工作簿：公式保留在团队工作簿中。`,
  privateTitle: "个人结算单",
  continued: (title) => `${title}（续）`,
};

export const STATEMENT_TEXTS: Record<Locale, StatementTexts> = { "en-US": enUS, "zh-CN": zhCN };
