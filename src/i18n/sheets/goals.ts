/**
 * Texts of the goal sheets (goals, scorecard, team roll-ups, settings, ramp) in en-US and zh-CN,
 * including the SMART goal sentences. Status words are written into formulas, so each locale's
 * sheet compares against its own words.
 */
import type { Locale } from "../index";

export interface SmartParts {
  /** Metric name in the sheet language. */
  readonly metric: string;
  /** Formatted numbers ("1.20M" / "120万"). */
  readonly baseline: string | null;
  readonly target: string;
  /** Signed change ("+20%"), when there is a baseline. */
  readonly change: string | null;
  /** Target against baseline: up, down or the same; null without a baseline. */
  readonly move: "up" | "down" | "same" | null;
  readonly direction: "higher" | "lower";
  /** ISO date of the period end. */
  readonly by: string;
  /** Ramp note: share of the full target and the full target, when ramped or prorated. */
  readonly ramp: { readonly share: string; readonly full: string } | null;
}

export interface GoalSheetTexts {
  readonly sheet: {
    readonly goals: string;
    readonly scorecard: string;
    readonly teams: string;
    readonly settings: string;
    readonly ramp: string;
  };
  readonly defaultTitle: string;
  /** The title row: "Sales goals 2027-Q1" or "Sales goals 2027-Q1: Scorecard". */
  readonly heading: (title: string, period: string, part?: string) => string;
  readonly asOf: string;
  readonly period: string;
  readonly goalsNote: string;
  readonly monthlyTargets: string;
  readonly monthlyActuals: string;
  readonly progress: string;
  readonly elapsedRow: string;
  readonly col: {
    readonly rep: string;
    readonly team: string;
    readonly manager: string;
    readonly role: string;
    readonly hireDate: string;
    readonly metric: string;
    readonly weight: string;
    readonly baseline: string;
    readonly fullTarget: string;
    readonly target: string;
    readonly actual: string;
    readonly attainment: string;
    readonly gap: string;
    readonly expected: string;
    readonly pace: string;
    readonly projected: string;
    readonly status: string;
    readonly score: string;
    readonly growth: string;
    readonly achievability: string;
    readonly smart: string;
    readonly reps: string;
    readonly rank: string;
    readonly averageScore: string;
  };
  readonly status: {
    readonly onTrack: string;
    readonly atRisk: string;
    readonly offTrack: string;
    readonly notStarted: string;
  };
  readonly band: { readonly above: string; readonly below: string; readonly within: string };
  readonly noManager: string;
  readonly notOnSheet: (names: string) => string;
  /** Between the names of a list in a sentence: ", " / "、". */
  readonly nameSeparator: string;
  readonly monthHeader: (year: number, month: number) => string;
  readonly attainmentOf: (metric: string) => string;
  readonly scorecardTitle: string;
  readonly scorecardNote: string;
  readonly teamsTitle: string;
  readonly teamsNote: string;
  readonly byTeam: string;
  readonly byManager: string;
  readonly allReps: string;
  readonly allRepsLabel: string;
  readonly scoreByTeam: string;
  readonly settingsTitle: string;
  readonly settingsNote: string;
  readonly start: string;
  readonly end: string;
  readonly asOfNote: string;
  readonly tolerance: string;
  readonly toleranceNote: string;
  readonly workdays: string;
  readonly workdaysElapsed: string;
  readonly months: string;
  readonly monthCols: {
    readonly month: string;
    readonly start: string;
    readonly end: string;
    readonly weight: string;
    readonly share: string;
    readonly workdays: string;
    readonly elapsed: string;
  };
  readonly metrics: string;
  readonly metricCols: {
    readonly metric: string;
    readonly unit: string;
    readonly better: string;
    readonly aggregation: string;
    readonly weight: string;
    readonly growth: string;
    readonly cap: string;
    readonly gate: string;
  };
  readonly totalWeight: string;
  readonly unit: {
    readonly currency: string;
    readonly count: string;
    readonly percent: string;
    readonly number: string;
  };
  readonly better: { readonly higher: string; readonly lower: string };
  readonly aggregation: { readonly sum: string; readonly average: string };
  readonly rampSchedule: string;
  readonly rampCols: { readonly monthInRole: string; readonly share: string };
  readonly holidays: string;
  readonly history: string;
  readonly historyCols: {
    readonly team: string;
    readonly metric: string;
    readonly key: string;
    readonly low: string;
    readonly high: string;
    readonly value: (n: number) => string;
    readonly growth: (n: number) => string;
  };
  readonly rampTitle: string;
  readonly rampNote: string;
  readonly validation: {
    readonly numberTitle: string;
    readonly number: string;
    readonly dateTitle: string;
    readonly date: string;
    readonly fraction: string;
  };
  readonly smart: (p: SmartParts) => string;
}

const en: GoalSheetTexts = {
  sheet: { goals: "Goals", scorecard: "Scorecard", teams: "Teams", settings: "Goal settings", ramp: "Ramp" },
  defaultTitle: "Sales goals",
  heading: (title, period, part) => `${title} ${period}${part ? `: ${part}` : ""}`,
  asOf: "As of",
  period: "Period",
  goalsNote:
    "Yellow cells are inputs. Enter each month's actual (month-to-date for the current month). " +
    "Expected = each month's target x the share of its working days elapsed by the as-of date; " +
    "status compares the actual with it. Targets are ramped and prorated for new hires (see the Ramp sheet). " +
    "The SMART goal texts are written when the sheet is generated.",
  monthlyTargets: "Monthly targets",
  monthlyActuals: "Monthly actuals (enter)",
  progress: "Progress to date",
  elapsedRow: "Share of month elapsed",
  col: {
    rep: "Rep",
    team: "Team",
    manager: "Manager",
    role: "Role",
    hireDate: "Hire date",
    metric: "Metric",
    weight: "Weight",
    baseline: "Baseline (last period)",
    fullTarget: "Full target",
    target: "Target (ramped)",
    actual: "Actual to date",
    attainment: "Attainment",
    gap: "Gap to target",
    expected: "Expected to date",
    pace: "Pace",
    projected: "Projected (run rate)",
    status: "Status",
    score: "Weighted score",
    growth: "Growth vs baseline",
    achievability: "Achievability",
    smart: "SMART goal",
    reps: "Reps",
    rank: "Rank",
    averageScore: "Average score",
  },
  status: { onTrack: "ON TRACK", atRisk: "AT RISK", offTrack: "OFF TRACK", notStarted: "NOT STARTED" },
  band: {
    above: "Stretch: above team history",
    below: "Easy: below team history",
    within: "Within team history",
  },
  noManager: "(no manager)",
  notOnSheet: (names) => `Not on these sheets (they start after the period): ${names}`,
  nameSeparator: ", ",
  monthHeader: (year, month) =>
    `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]} ${year}`,
  attainmentOf: (metric) => `${metric}: attainment`,
  scorecardTitle: "Scorecard",
  scorecardNote:
    "Score = sum of weight x attainment per metric; attainment counts up to the metric's cap and as 0 below its gate. 100% = every goal met.",
  teamsTitle: "Team and manager roll-ups",
  teamsNote:
    "Sums of the reps' targets, actuals and expected values (averages for rate metrics); attainment, pace and status are computed on the totals.",
  byTeam: "By team",
  byManager: "By manager",
  allReps: "All reps",
  allRepsLabel: "All",
  scoreByTeam: "Scorecard by team",
  settingsTitle: "Goal settings",
  settingsNote:
    "Yellow cells are inputs: changing them recomputes every goal sheet. Dates are working days Monday-Friday less the holidays below.",
  start: "Start",
  end: "End",
  asOfNote: "TODAY(), kept inside the period; type a date to freeze it",
  tolerance: "Tolerance",
  toleranceNote: "A shortfall of at least this share of the expected value is OFF TRACK; less is AT RISK",
  workdays: "Working days in the period",
  workdaysElapsed: "Working days elapsed",
  months: "Months",
  monthCols: {
    month: "Month",
    start: "Start",
    end: "End",
    weight: "Split weight",
    share: "Share of target",
    workdays: "Working days",
    elapsed: "Share elapsed",
  },
  metrics: "Metrics",
  metricCols: {
    metric: "Metric",
    unit: "Unit",
    better: "Better when",
    aggregation: "Months combine by",
    weight: "Weight",
    growth: "Growth target",
    cap: "Cap",
    gate: "Gate",
  },
  totalWeight: "Total weight (must be 100%)",
  unit: { currency: "currency", count: "count", percent: "percent", number: "number" },
  better: { higher: "higher", lower: "lower" },
  aggregation: { sum: "sum", average: "average" },
  rampSchedule: "New-hire ramp",
  rampCols: { monthInRole: "Month in role", share: "Share of full target" },
  holidays: "Holidays",
  history: "Team history (achievability band)",
  historyCols: {
    team: "Team",
    metric: "Metric",
    key: "Key",
    low: "Lowest growth",
    high: "Highest growth",
    value: (n) => `Period ${n}`,
    growth: (n) => `Growth ${n}`,
  },
  rampTitle: "New-hire ramp and proration",
  rampNote:
    "Factor per month = ramp share for the month in role (month of hire = 1) x working days from the hire date / working days in the month. Blank hire date = fully ramped.",
  validation: {
    numberTitle: "Number",
    number: "Enter a number.",
    dateTitle: "Date",
    date: "Enter a date, e.g. 2027-03-01.",
    fraction: "Enter a share between 0% and 100%.",
  },
  smart: (p) => {
    const ramp = p.ramp ? ` (new-hire ramp: ${p.ramp.share} of the full ${p.ramp.full})` : "";
    const metric = p.metric.toLowerCase() === p.metric ? p.metric : lowerFirst(p.metric);
    if (p.baseline === null || p.move === null) {
      return p.direction === "higher"
        ? `Reach ${metric} of ${p.target} by ${p.by}${ramp}`
        : `Keep ${metric} at or below ${p.target} by ${p.by}${ramp}`;
    }
    if (p.move === "same") return `Hold ${metric} at ${p.target} by ${p.by}${ramp}`;
    if (p.direction === "higher") {
      return p.move === "up"
        ? `Grow ${metric} from ${p.baseline} to ${p.target} (${p.change}) by ${p.by}${ramp}`
        : `Keep ${metric} at or above ${p.target} (${p.change} vs. ${p.baseline}) by ${p.by}${ramp}`;
    }
    return p.move === "down"
      ? `Reduce ${metric} from ${p.baseline} to ${p.target} (${p.change}) by ${p.by}${ramp}`
      : `Keep ${metric} at or below ${p.target} (${p.change} vs. ${p.baseline}) by ${p.by}${ramp}`;
  },
};

/** "Revenue" -> "revenue" inside a sentence, but "AOV" or "NPS" stay as written. */
function lowerFirst(text: string): string {
  const first = text.split(/\s/, 1)[0];
  if (first.length > 1 && first === first.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const zh: GoalSheetTexts = {
  sheet: { goals: "目标", scorecard: "计分卡", teams: "团队汇总", settings: "目标设置", ramp: "爬坡" },
  defaultTitle: "销售目标",
  heading: (title, period, part) => `${title} ${period}${part ? `:${part}` : ""}`,
  asOf: "截至",
  period: "考核期",
  goalsNote:
    "黄色单元格为填写项。请按月填写实际值（当月填写月初至今的累计）。" +
    "应达进度 = 各月目标 × 截至日期该月已过工作日的比例；状态将实际值与应达进度比较。新人的目标按爬坡和在岗天数折算（见爬坡表）。" +
    "SMART 目标文字在生成表格时写入。",
  monthlyTargets: "月度目标",
  monthlyActuals: "月度实际（填写）",
  progress: "至今进度",
  elapsedRow: "本月已过比例",
  col: {
    rep: "销售人员",
    team: "团队",
    manager: "经理",
    role: "职位",
    hireDate: "入职日期",
    metric: "指标",
    weight: "权重",
    baseline: "基线（上期）",
    fullTarget: "完整目标",
    target: "目标（折算后）",
    actual: "至今实际",
    attainment: "达成率",
    gap: "距目标差额",
    expected: "应达进度",
    pace: "进度比",
    projected: "预计全期（按当前速度）",
    status: "状态",
    score: "加权得分",
    growth: "较基线增长",
    achievability: "可达性",
    smart: "SMART 目标",
    reps: "人数",
    rank: "排名",
    averageScore: "平均得分",
  },
  status: { onTrack: "正常", atRisk: "有风险", offTrack: "落后", notStarted: "未开始" },
  band: { above: "挑战：高于团队历史区间", below: "偏低：低于团队历史区间", within: "在团队历史区间内" },
  noManager: "（无经理）",
  notOnSheet: (names) => `未列入本表（在考核期结束后入职）：${names}`,
  nameSeparator: "、",
  monthHeader: (year, month) => `${year}年${month}月`,
  attainmentOf: (metric) => `${metric}达成率`,
  scorecardTitle: "计分卡",
  scorecardNote:
    "得分 = 各指标权重 × 达成率之和；达成率不超过该指标的封顶值，低于门槛计 0。100% 表示全部目标达成。",
  teamsTitle: "团队与经理汇总",
  teamsNote: "汇总各销售人员的目标、实际和应达进度（比率类指标取平均）；达成率、进度比和状态按汇总值计算。",
  byTeam: "按团队",
  byManager: "按经理",
  allReps: "全体销售人员",
  allRepsLabel: "全部",
  scoreByTeam: "团队计分卡",
  settingsTitle: "目标设置",
  settingsNote: "黄色单元格为填写项：修改后所有目标表自动重算。工作日为周一至周五，扣除下方节假日。",
  start: "开始",
  end: "结束",
  asOfNote: "TODAY()，限定在考核期内；输入日期即可固定",
  tolerance: "允许偏差",
  toleranceNote: "低于应达进度的差额达到该比例为“落后”，不足则为“有风险”",
  workdays: "考核期工作日",
  workdaysElapsed: "已过工作日",
  months: "月份",
  monthCols: {
    month: "月份",
    start: "开始",
    end: "结束",
    weight: "分解权重",
    share: "目标占比",
    workdays: "工作日",
    elapsed: "已过比例",
  },
  metrics: "指标",
  metricCols: {
    metric: "指标",
    unit: "单位",
    better: "方向",
    aggregation: "月度合并方式",
    weight: "权重",
    growth: "目标增长率",
    cap: "封顶",
    gate: "门槛",
  },
  totalWeight: "权重合计（须为 100%）",
  unit: { currency: "金额", count: "数量", percent: "百分比", number: "数值" },
  better: { higher: "越高越好", lower: "越低越好" },
  aggregation: { sum: "求和", average: "平均" },
  rampSchedule: "新人爬坡",
  rampCols: { monthInRole: "在岗第几月", share: "完整目标占比" },
  holidays: "节假日",
  history: "团队历史（可达性区间）",
  historyCols: {
    team: "团队",
    metric: "指标",
    key: "键",
    low: "最低增长",
    high: "最高增长",
    value: (n) => `第 ${n} 期`,
    growth: (n) => `增长 ${n}`,
  },
  rampTitle: "新人爬坡与在岗折算",
  rampNote:
    "每月系数 = 在岗第几月对应的爬坡比例（入职当月为第 1 月）× 入职日起的工作日 / 当月工作日。入职日期为空表示已完全爬坡。",
  validation: {
    numberTitle: "数字",
    number: "请输入数字。",
    dateTitle: "日期",
    date: "请输入日期，例如 2027-03-01。",
    fraction: "请输入 0% 到 100% 之间的比例。",
  },
  smart: (p) => {
    const ramp = p.ramp ? `（新人爬坡：完整目标 ${p.ramp.full} 的 ${p.ramp.share}）` : "";
    const by = `在 ${p.by} 前`;
    if (p.baseline === null || p.move === null) {
      return p.direction === "higher"
        ? `${by}${p.metric}达到 ${p.target}${ramp}`
        : `${by}将${p.metric}控制在 ${p.target} 以内${ramp}`;
    }
    if (p.move === "same") return `${by}保持${p.metric}在 ${p.target}${ramp}`;
    if (p.direction === "higher") {
      return p.move === "up"
        ? `${by}将${p.metric}从 ${p.baseline} 提升至 ${p.target}（${p.change}）${ramp}`
        : `${by}保持${p.metric}不低于 ${p.target}（较上期 ${p.baseline} ${p.change}）${ramp}`;
    }
    return p.move === "down"
      ? `${by}将${p.metric}从 ${p.baseline} 降至 ${p.target}（${p.change}）${ramp}`
      : `${by}将${p.metric}控制在 ${p.target} 以内（较上期 ${p.baseline} ${p.change}）${ramp}`;
  },
};

export const GOAL_SHEET_TEXTS: Readonly<Record<Locale, GoalSheetTexts>> = { "en-US": en, "zh-CN": zh };

export function goalSheetTexts(locale: Locale): GoalSheetTexts {
  return GOAL_SHEET_TEXTS[locale];
}
