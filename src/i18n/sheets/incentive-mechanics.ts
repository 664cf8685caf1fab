/**
 * Texts of the incentive workbook for the plan mechanics added beside the core ones (caps relative to
 * the target incentive ...), in en-US and zh-CN. Kept apart from incentives.ts so each mechanic's
 * wording sits in one place.
 */
import type { Locale } from "../index";
import { INCENTIVE_TEXTS, IncentiveSheetTexts } from "./incentives";

export interface IncentiveMechanicsTexts {
  readonly plan: {
    /** Label of a measure's cap as a multiple of the target incentive. */
    readonly payoutCapTI: string;
    readonly payoutCapTINote: string;
    /** Heading of a measure's tier table for the listed role spellings. */
    readonly roleTable: (roles: readonly string[]) => string;
    readonly ytd: string;
    readonly negativeTrueUp: string;
    readonly negativeTrueUpNote: string;
    readonly rates: (currency: string) => string;
    readonly ratesHeaders: (currency: string) => readonly [string, string];
  };
  readonly explain: {
    /** One line per plan listing the measures capped relative to the target incentive. */
    readonly tiCaps: (items: readonly { measure: string; multiple: number }[]) => string;
    /** The measures paying a tier table per role. */
    readonly roleTables: (measures: readonly string[]) => string;
    readonly returns: string;
    readonly quotaCredit: string;
    readonly ytd: (measures: readonly string[], rule: "carry" | "claw") => string;
    /** A team pool on a year-to-date measure: funded on the period's team figures (a stated rule). */
    readonly ytdPool: (measure: string) => string;
    readonly currencies: (currency: string) => string;
  };
  readonly calc: {
    readonly returnsReversed: string;
    readonly quotaSplit: (m: string) => string;
    readonly payCredited: (m: string) => string;
    readonly ytdQuota: (m: string) => string;
    readonly ytdCredited: (m: string) => string;
    readonly ytdPay: (m: string) => string;
    readonly ytdEarned: (m: string) => string;
    readonly ytdPaidBefore: (m: string) => string;
    readonly entered: (m: string) => string;
    readonly currency: (m: string) => string;
  };
  readonly credits: {
    readonly quotaShare: string;
    readonly quotaCredited: string;
  };
  readonly returns: {
    readonly sheet: string;
    readonly title: string;
    readonly note: string;
    readonly headers: readonly string[];
  };
}

const percent = (x: number) => `${Number((x * 100).toPrecision(12)).toLocaleString("en-US")}%`;

const enUS: IncentiveMechanicsTexts = {
  plan: {
    payoutCapTI: "Payout cap per pay period (x target incentive of the period)",
    payoutCapTINote:
      "3 = 300%: the measure pays at most this multiple of the rep's target incentive for the period; with a money cap as well, the lower applies. Blank = none.",
    roleTable: (roles) => `Tier table for role: ${roles.join(" / ")}`,
    ytd: "Year to date with true-up",
    rates: (cur) => `Exchange rates to ${cur}`,
    ratesHeaders: (cur) => ["Currency", `${cur} per unit`],
    negativeTrueUp: "Negative true-up (year-to-date measures)",
    negativeTrueUpNote:
      "carry: when earned to date falls below what was paid, the period pays 0 and the difference is made up from later earnings; claw: the period's payout is negative.",
  },
  explain: {
    tiCaps: (items) =>
      `Caps relative to your target incentive: ${items
        .map((i) => `${i.measure} pays at most ${percent(i.multiple)} of your target incentive of the period`)
        .join(
          "; ",
        )}. Target incentive of the period = target incentive per year x months per pay period / 12. Where a measure also has a payout cap in money, the lower of the two applies.`,
    roleTables: (measures) =>
      `Tier tables by role: ${measures.join(", ")} ${measures.length > 1 ? "pay" : "pays"} each rep on the tier table of their role (the Role column of the reps table below). The table is chosen when the workbook is generated: a rep whose role changes needs a new generation. A role without a table is refused, never paid at 0.`,
    returns:
      "Returns and credit memos (Returns sheet): the commission of a returned or credited booking is reversed at the rate it was paid, the rate of the tier your paid amount reached in the period it was paid (commission / amount of the highest tier holding an amount; 0 if the measure paid nothing then), and deducted in the period of the return. Returns do not change attainment. A payout cap of the paid period does not lower the rate. Returns apply to tier measures only: a curve measure pays a share of the target incentive on attainment, not a rate on an amount, so a return on it is refused (enter it as a negative actual or an adjustment).",
    ytd: (measures, rule) =>
      `Year to date with true-up: ${measures.join(", ")} ${measures.length > 1 ? "are" : "is"} computed each period on the quota and credit to date (thresholds, curve and caps on the figures to date, per-period caps times the periods so far), and the period pays what is earned to date less what was paid before. ${rule === "claw" ? "When earned to date falls below what was paid, the difference is clawed back: the period's payout is negative." : "When earned to date falls below what was paid, nothing is clawed back: the period pays 0 and the shortfall is carried until earnings to date catch up."}`,
    ytdPool: (m) =>
      `Team pool on ${m}: the pool is funded and shared on the team's quota and credit of the period, not to date; only the individual payout of ${m} is trued up year to date.`,
    currencies: (cur) =>
      `Currencies: actuals entered in another currency are converted to ${cur} by the exchange rates table below (amount x rate) before anything is added; amounts of different currencies are never added as they are. A currency without a rate gives #N/A. Credit split amounts, returns and adjustments carry no currency of their own: enter them in ${cur}.`,
    quotaCredit:
      "Quota credit and pay credit: a split may credit a rep toward quota with a share different from the share paid (Quota share on the Credit splits sheet; an overlay gets quota credit and no pay). Quota credit (credited actual) drives attainment, gates, awards and team results; tier commission is paid on pay credit (own actual + deal amount x share).",
  },
  calc: {
    returnsReversed: "Returns reversed",
    quotaSplit: (m) => `${m}: split quota credit`,
    payCredited: (m) => `${m}: pay credit (commissioned)`,
    ytdQuota: (m) => `${m}: quota to date`,
    ytdCredited: (m) => `${m}: credited to date`,
    ytdPay: (m) => `${m}: pay credit to date`,
    ytdEarned: (m) => `${m}: earned to date`,
    ytdPaidBefore: (m) => `${m}: paid before`,
    entered: (m) => `${m}: own actual as entered`,
    currency: (m) => `${m}: currency (blank = plan's)`,
  },
  credits: { quotaShare: "Quota share (blank = share)", quotaCredited: "Quota credited" },
  returns: {
    sheet: "Returns",
    title: "Returns and credit memos",
    note: "Commission of a returned or credited booking is reversed at the rate it was paid: the rate of the tier the rep reached in the period it was paid (from the Commission calc sheet), deducted in the period of the return.",
    headers: [
      "Rep",
      "Period # deducted",
      "Measure id",
      "Document",
      "Amount returned",
      "Paid in period #",
      "Calc row",
      "Rate paid",
      "Reversal",
    ],
  },
};

const zhCN: IncentiveMechanicsTexts = {
  plan: {
    payoutCapTI: "每期奖金封顶（本期目标奖金的倍数）",
    payoutCapTINote:
      "3 即 300%：该指标每期最多计发该销售本期目标奖金的这一倍数；同时设有金额封顶时取较低者。留空 = 无。",
    roleTable: (roles) => `职位档位表：${roles.join(" / ")}`,
    ytd: "按年度累计计算并补差",
    rates: (cur) => `折算为 ${cur} 的汇率`,
    ratesHeaders: (cur) => ["币种", `每单位折合 ${cur}`],
    negativeTrueUp: "负补差处理（累计指标）",
    negativeTrueUpNote:
      "结转（填 carry）：累计应得低于已发时，本期发 0，差额从以后的收入中抵扣；追回（填 claw）：本期奖金为负数。",
  },
  explain: {
    tiCaps: (items) =>
      `按目标奖金封顶：${items
        .map((i) => `${i.measure} 每期最多计发本期目标奖金的 ${percent(i.multiple)}`)
        .join("；")}。本期目标奖金 = 年度目标奖金 × 每期月数 / 12。同一指标另设金额封顶时，取两者中较低者。`,
    roleTables: (measures) =>
      `按职位分档：${measures.join("、")} 按每位销售的职位（下方销售表的职位列）选用对应档位表计发。档位表在生成工作簿时选定：职位变更后需重新生成。没有对应档位表的职位会被拒绝，而不是按 0 计发。`,
    returns:
      "退货与贷项通知（见退货冲回表）：退货或贷项对应业绩的提成，按其计发时的提成比例冲回，即该业绩计发当期您所达到档位的提成比例（达到的最高档位的提成 / 金额；当期该指标未计发则为 0），在退货所在发放期扣除。退货不改变达成率。计发当期的奖金封顶不降低该提成比例。退货冲回仅适用于分档指标：曲线型指标按达成率计发目标奖金的一定比例，而非按金额乘以提成比例，因此其退货会被拒绝（请以负业绩或手工调整录入）。",
    ytd: (measures, rule) =>
      `按年度累计计算并补差：${measures.join("、")} 每期按截至本期的累计指标与累计业绩计算（档位、曲线与封顶均按累计数，每期封顶乘以已过期数），本期发放 = 累计应得 − 此前已发。${rule === "claw" ? "累计应得低于已发时，差额予以追回：本期奖金为负数。" : "累计应得低于已发时不追回：本期发 0，差额结转，待累计应得追上后再发放。"}`,
    ytdPool: (m) =>
      `${m} 的团队奖金池：按团队本期（而非累计）的指标与业绩判断是否发放并分配；仅个人的 ${m} 提成按年度累计补差。`,
    currencies: (cur) =>
      `币种：以其他币种录入的业绩先按下方汇率表换算为 ${cur}（金额 × 汇率）再参与计算；不同币种的金额绝不直接相加。缺少汇率的币种显示 #N/A。分单金额、退货金额和手工调整不单独标注币种：请以 ${cur} 录入。`,
    quotaCredit:
      "指标业绩与计酬业绩：分单可为销售单独设定计入指标的份额（分单表中的指标份额；叠加角色计入指标但不计酬）。指标业绩（计入业绩）用于达成率、门槛、评奖和团队业绩；分档提成按计酬业绩（本人业绩 + 订单金额 × 计酬份额）计发。",
  },
  calc: {
    returnsReversed: "退货冲回",
    quotaSplit: (m) => `${m}：分单指标业绩`,
    payCredited: (m) => `${m}：计酬业绩`,
    ytdQuota: (m) => `${m}：累计指标`,
    ytdCredited: (m) => `${m}：累计业绩`,
    ytdPay: (m) => `${m}：累计计酬业绩`,
    ytdEarned: (m) => `${m}：累计应得`,
    ytdPaidBefore: (m) => `${m}：此前已发`,
    entered: (m) => `${m}：本人业绩（原币）`,
    currency: (m) => `${m}：币种（空 = 方案币种）`,
  },
  credits: { quotaShare: "指标份额（空 = 同计酬份额）", quotaCredited: "计入指标业绩" },
  returns: {
    sheet: "退货冲回",
    title: "退货与贷项通知",
    note: "退货或贷项对应业绩的提成按其计发时的提成比例冲回：即该销售在业绩计发当期所达到档位的提成比例（取自提成计算表），在退货所在发放期扣除。",
    headers: [
      "销售人员",
      "扣除期序号",
      "指标 ID",
      "单据号",
      "退货金额",
      "原计发期序号",
      "计算表行",
      "原计发提成比例",
      "冲回金额",
    ],
  },
};

/** The texts in the language of a set of incentive sheet texts (statement lines receive only those). */
export function mechanicsTextsFor(texts: IncentiveSheetTexts): IncentiveMechanicsTexts {
  return texts === INCENTIVE_TEXTS["zh-CN"] ? zhCN : enUS;
}

export const INCENTIVE_MECHANICS_TEXTS: Readonly<Record<Locale, IncentiveMechanicsTexts>> = {
  "en-US": enUS,
  "zh-CN": zhCN,
};
