/**
 * Texts of the incentive workbook for the plan mechanics added beside the core ones (caps relative to
 * the target incentive ...), in en-US and zh-CN. Kept apart from incentives.ts so each mechanic's
 * wording sits in one place.
 */
import type { Locale } from "../index";

export interface IncentiveMechanicsTexts {
  readonly plan: {
    /** Label of a measure's cap as a multiple of the target incentive. */
    readonly payoutCapTI: string;
    readonly payoutCapTINote: string;
    /** Heading of a measure's tier table for the listed role spellings. */
    readonly roleTable: (roles: readonly string[]) => string;
  };
  readonly explain: {
    /** One line per plan listing the measures capped relative to the target incentive. */
    readonly tiCaps: (items: readonly { measure: string; multiple: number }[]) => string;
    /** The measures paying a tier table per role. */
    readonly roleTables: (measures: readonly string[]) => string;
  };
}

const percent = (x: number) => `${Number((x * 100).toPrecision(12)).toLocaleString("en-US")}%`;

const enUS: IncentiveMechanicsTexts = {
  plan: {
    payoutCapTI: "Payout cap per pay period (x target incentive of the period)",
    payoutCapTINote:
      "3 = 300%: the measure pays at most this multiple of the rep's target incentive for the period; with a money cap as well, the lower applies. Blank = none.",
    roleTable: (roles) => `Tier table for role: ${roles.join(" / ")}`,
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
  },
};

const zhCN: IncentiveMechanicsTexts = {
  plan: {
    payoutCapTI: "每期奖金封顶(本期目标奖金的倍数)",
    payoutCapTINote:
      "3 即 300%:该指标每期最多计发该销售本期目标奖金的这一倍数;同时设有金额封顶时取较低者。留空 = 无。",
    roleTable: (roles) => `职位档位表:${roles.join(" / ")}`,
  },
  explain: {
    tiCaps: (items) =>
      `按目标奖金封顶:${items
        .map((i) => `${i.measure} 每期最多计发本期目标奖金的 ${percent(i.multiple)}`)
        .join(";")}。本期目标奖金 = 年度目标奖金 × 每期月数 / 12。同一指标另设金额封顶时,取两者中较低者。`,
    roleTables: (measures) =>
      `按职位分档:${measures.join("、")} 按每位销售的职位(下方销售表的职位列)选用对应档位表计发。档位表在生成工作簿时选定:职位变更后需重新生成。没有对应档位表的职位会被拒绝,而不是按 0 计发。`,
  },
};

export const INCENTIVE_MECHANICS_TEXTS: Readonly<Record<Locale, IncentiveMechanicsTexts>> = {
  "en-US": enUS,
  "zh-CN": zhCN,
};
