/**
 * Texts of the incentive workbook about hire and leave dates, prorated periods and ramp draws, in
 * en-US and zh-CN. Kept apart from incentives.ts so the employment rules read as one piece.
 */
import type { Locale } from "../index";
import { INCENTIVE_TEXTS, IncentiveSheetTexts } from "./incentives";

export interface EmploymentTexts {
  readonly leaveDate: string;
  readonly periodDays: string;
  readonly daysEmployed: string;
  readonly drawRampMonths: string;
  readonly drawRampMonthsNote: string;
  /** The Plan sheet's explanation line (numbered with the others). */
  readonly explain: (ramp: number | null, pool: boolean, awards: boolean, goalQuotas?: boolean) => string;
  readonly prorated: { readonly before: string; readonly of: string; readonly after: string };
  readonly notEmployed: string;
  /** Between two notes of one period on a statement (each note is a sentence with its full stop). */
  readonly separator: string;
  readonly teamsMembers: string;
}

const enUS: EmploymentTexts = {
  leaveDate: "Leave date",
  periodDays: "Days in period",
  daysEmployed: "Days employed",
  drawRampMonths: "Draw only in the first months after hire",
  drawRampMonthsNote:
    "Blank: the draw runs the whole plan. A number N: the draw is paid from the hire date to the day before the same date N months later (hired 14 Jan, 3 months: 14 Jan to 13 Apr), prorated by days; a rep without a hire date gets none.",
  explain: (ramp, pool, awards, goalQuotas) =>
    [
      "Hire and leave dates (reps table): a period you were not employed in has no quota, no target incentive and no draw" +
        (pool ? ", no share of the team pool" : "") +
        (awards ? " and no award" : "") +
        ". A period you joined or left in is prorated by days employed / days in the period: quota (to the cent), target incentive and draw (to the pay decimals); the statement says so." +
        " Actuals are entered per pay period and carry no deal date: credit entered in a period after your leave date still earns commission (tiers on attainment by the plan's rule for a quota of 0), so a deal closed after leaving is not entered for you.",
      goalQuotas
        ? "Quotas taken from the goal sheet are used as they are: its ramp already follows the hire date."
        : "",
      pool ? "The team pool is split only among members employed in the period." : "",
      ramp !== null
        ? `The draw is a ramp draw: paid only in the first ${ramp} months from your hire date, prorated by days for a mid-month start.`
        : "",
    ]
      .filter(Boolean)
      .join(" "),
  prorated: { before: "Prorated: ", of: " of ", after: " days." },
  notEmployed: "Not employed this period: no quota, draw or award.",
  // Each note is a sentence ending in a full stop: a space apart.
  separator: " ",
  teamsMembers: "Members employed",
};

const zhCN: EmploymentTexts = {
  leaveDate: "离职日期",
  periodDays: "本期天数",
  daysEmployed: "在职天数",
  drawRampMonths: "仅入职后前几个月发放预支",
  drawRampMonthsNote:
    "留空：整个方案期发放预支。填 N：自入职日起至 N 个月后同日的前一天发放（1 月 14 日入职、3 个月：1 月 14 日至 4 月 13 日），按天折算；无入职日期者不发。",
  explain: (ramp, pool, awards, goalQuotas) =>
    [
      "入职与离职日期（见销售名单）：不在职的发放期不设指标、目标奖金和预支" +
        (pool ? "，不参与团队奖金分配" : "") +
        (awards ? "，也不参与评奖" : "") +
        "。入职或离职当期按 在职天数 / 本期天数 折算指标（保留到分）、目标奖金和预支（保留到应发小数位），个人结算单中注明。" +
        "业绩按发放期录入，不带成交日期：离职日之后的发放期中录入的业绩仍会计发提成（按达成率分档的指标按方案对指标为 0 的规定），因此离职后成交的订单不录入离职人员名下。",
      goalQuotas ? "取自目标表的指标按原值使用：目标表的爬坡已按入职日期计算。" : "",
      pool ? "团队奖金池只在本期在职的成员之间分配。" : "",
      ramp !== null ? `预支为爬坡期预支：仅在入职日起前 ${ramp} 个月发放，月中入职按天折算。` : "",
    ]
      .filter(Boolean)
      .join(""),
  prorated: { before: "按天折算：", of: " / ", after: " 天。" },
  notEmployed: "本期不在职：无指标、预支和奖励。",
  // Each note is a sentence ending in 。, which Chinese follows with no space.
  separator: "",
  teamsMembers: "在职人数",
};

export const EMPLOYMENT_TEXTS: Readonly<Record<Locale, EmploymentTexts>> = {
  "en-US": enUS,
  "zh-CN": zhCN,
};

export function employmentTexts(locale: Locale): EmploymentTexts {
  return EMPLOYMENT_TEXTS[locale];
}

/** The employment texts in the language of a set of incentive texts (the sheet builders carry those). */
export function employmentTextsOf(texts: IncentiveSheetTexts): EmploymentTexts {
  const locale = (Object.keys(INCENTIVE_TEXTS) as Locale[]).find((l) => INCENTIVE_TEXTS[l] === texts);
  return EMPLOYMENT_TEXTS[locale ?? "en-US"];
}
