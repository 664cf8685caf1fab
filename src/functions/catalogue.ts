/**
 * The SALES.* function catalogue: the one declarative table from which the adapters
 * (functions.ts, with the JSDoc that custom-functions-metadata reads), functions.zh-cn.json and
 * docs/functions.md are generated. Names and argument order are the public interface.
 *
 * This file must stay self-contained (no imports): build scripts load it outside webpack.
 */

export type ParamType = "number" | "string" | "boolean" | "any" | "number[][]" | "any[][]";

export interface CatalogueParam {
  readonly name: string;
  readonly type: ParamType;
  readonly optional?: boolean;
  readonly en: string;
  readonly zh: string;
}

export interface CatalogueExample {
  /** A formula a user can paste: numbers, text, TRUE/FALSE, DATE(y,m,d) and array constants only. */
  readonly formula: string;
  /** What the example returns, as a reader would see it (spills as an array constant). */
  readonly result: string;
  readonly en: string;
  readonly zh: string;
}

/** Edge-case rules (negative inputs, zero denominators, dates outside the period), shown with the help. */
export interface CatalogueRules {
  readonly en: string;
  readonly zh: string;
}

export interface CatalogueEntry {
  /** Excel name without the SALES. namespace. */
  readonly name: string;
  /** Export of src/kpi that computes it. */
  readonly core: string;
  /** "matrix" results spill. */
  readonly result: "scalar" | "matrix";
  readonly group: "goals" | "kpis" | "incentives";
  readonly en: string;
  readonly zh: string;
  readonly params: readonly CatalogueParam[];
  readonly example: CatalogueExample;
  readonly rules?: CatalogueRules;
}

export const NAMESPACE = "SALES";

// Parameters that several functions share, described once.
const DIRECTION: CatalogueParam = {
  name: "direction",
  type: "string",
  optional: true,
  en: '"higher" (default) when more is better, "lower" when less is better (cost, churn).',
  zh: '"higher"（默认）表示越高越好，"lower" 表示越低越好（成本、流失率）。',
};
const ACTUAL: CatalogueParam = {
  name: "actual",
  type: "number",
  en: "The actual result so far.",
  zh: "截至目前的实际完成值。",
};
const TARGET: CatalogueParam = {
  name: "target",
  type: "number",
  en: "The target for the whole period.",
  zh: "整个期间的目标值。",
};
const START: CatalogueParam = {
  name: "start",
  type: "number",
  en: "First day of the period (an Excel date).",
  zh: "期间第一天（Excel 日期）。",
};
const END: CatalogueParam = {
  name: "end",
  type: "number",
  en: "Last day of the period (an Excel date); before start gives #NUM!.",
  zh: "期间最后一天（Excel 日期）；早于 start 时返回 #NUM!。",
};
const ASOF: CatalogueParam = {
  name: "asof",
  type: "number",
  en: "The date the actual is measured at, usually TODAY(); that day counts as done.",
  zh: "实际值的统计日期，通常为 TODAY()；当天计为已过去。",
};
const HOLIDAYS: CatalogueParam = {
  name: "holidays",
  type: "any[][]",
  optional: true,
  en: "Range of holiday dates, not counted as working days (blank cells ignored).",
  zh: "节假日日期区域，不计为工作日（空单元格忽略）。",
};
const BASIS: CatalogueParam = {
  name: "basis",
  type: "string",
  optional: true,
  en: '"workdays" (default: Monday-Friday less holidays, both ends counted, like NETWORKDAYS) or "calendar".',
  zh: '"workdays"（默认：周一至周五减去节假日，首尾两天都计入，同 NETWORKDAYS）或 "calendar"（日历日）。',
};

export const CATALOGUE: readonly CatalogueEntry[] = [
  // Goals and pace
  {
    name: "ATTAINMENT",
    core: "attainment",
    result: "scalar",
    group: "goals",
    en: "Goal attainment as a fraction: 1 means the target is met exactly, 1.2 means 120%.",
    zh: "目标达成率（小数）：1 表示恰好达成目标，1.2 表示 120%。",
    params: [
      { name: "actual", type: "number", en: "The actual result.", zh: "实际完成值。" },
      {
        name: "target",
        type: "number",
        en: "The target; 0 gives #DIV/0!.",
        zh: "目标值；为 0 时返回 #DIV/0!。",
      },
      DIRECTION,
    ],
    example: {
      formula: "=SALES.ATTAINMENT(1440000, 1200000)",
      result: "1.2",
      en: "1.44M against a 1.2M target: 120% attained.",
      zh: "实际 144 万，目标 120 万：达成 120%。",
    },
    rules: {
      en: "higher: 1 + (actual - target)/|target|, so a negative target (a loss to reduce) works; lower: 1 + (target - actual)/|target|.",
      zh: "higher：1 + (actual - target)/|target|，目标为负（需减少的亏损）也适用；lower：1 + (target - actual)/|target|。",
    },
  },
  {
    name: "GROWTH",
    core: "growth",
    result: "scalar",
    group: "goals",
    en: "Growth from one period to the next as a fraction: (current - previous) / |previous|.",
    zh: "环比或同比增长率（小数）：（current - previous） / |previous|。",
    params: [
      { name: "current", type: "number", en: "This period's value.", zh: "本期值。" },
      {
        name: "previous",
        type: "number",
        en: "The previous period's value; 0 gives #DIV/0!.",
        zh: "上期值；为 0 时返回 #DIV/0!。",
      },
    ],
    example: {
      formula: "=SALES.GROWTH(1150000, 1000000)",
      result: "0.15",
      en: "Revenue up from 1.0M to 1.15M: 15% growth.",
      zh: "收入从 100 万增至 115 万：增长 15%。",
    },
    rules: {
      en: "Dividing by |previous| keeps the sign right when previous is negative: a smaller loss is positive growth.",
      zh: "除以 |previous|，上期为负时符号仍正确：亏损减少即为正增长。",
    },
  },
  {
    name: "GAP",
    core: "gap",
    result: "scalar",
    group: "goals",
    en: "What is still missing to reach the target; 0 once it is reached (never negative).",
    zh: "距离目标还差多少；达成后为 0（不会为负）。",
    params: [
      { name: "actual", type: "number", en: "The actual result.", zh: "实际完成值。" },
      { name: "target", type: "number", en: "The target.", zh: "目标值。" },
      DIRECTION,
    ],
    example: {
      formula: "=SALES.GAP(820000, 1000000)",
      result: "180000",
      en: "820K sold against a 1M target: 180K to go.",
      zh: "目标 100 万，已完成 82 万：还差 18 万。",
    },
    rules: {
      en: "higher: max(0, target - actual); lower: max(0, actual - target).",
      zh: "higher：max(0, target - actual)；lower：max(0, actual - target)。",
    },
  },
  {
    name: "PACE",
    core: "pace",
    result: "scalar",
    group: "goals",
    en: "Pace: actual against the part of the target expected by asof on a straight line over the period; 1 means exactly on pace.",
    zh: "进度达成率：实际值与按期间均匀分摊到 asof 当天的应完成目标之比；1 表示进度刚好。",
    params: [ACTUAL, TARGET, START, END, ASOF, HOLIDAYS, BASIS],
    example: {
      formula: "=SALES.PACE(96000, 260000, DATE(2025,6,1), DATE(2025,6,30), DATE(2025,6,12))",
      result: "0.861538461538462",
      en: "June 2025 has 21 working days, 9 of them done by June 12: 96,000 / (260,000 x 9/21) = 86% of pace.",
      zh: "2025 年 6 月有 21 个工作日，到 6 月 12 日已过 9 个：96,000 / (260,000 × 9/21) = 进度的 86%。",
    },
    rules: {
      en: "An asof after end counts the whole period; nothing expected yet (asof before start, or target 0) gives #DIV/0!; a period with no working day gives #DIV/0!.",
      zh: "asof 晚于 end 时按整个期间计算；尚无应完成量（asof 早于 start 或 target 为 0）返回 #DIV/0!；期间内没有工作日返回 #DIV/0!。",
    },
  },
  {
    name: "RUNRATE",
    core: "runRate",
    result: "scalar",
    group: "goals",
    en: "Run rate: the period total projected from the pace so far (actual x days in period / days elapsed).",
    zh: "预测期末值：按目前进度推算的整个期间总量（actual × 期间天数 / 已过天数）。",
    params: [ACTUAL, START, END, ASOF, HOLIDAYS, BASIS],
    example: {
      formula: '=SALES.RUNRATE(96000, DATE(2025,6,1), DATE(2025,6,30), DATE(2025,6,12), , "calendar")',
      result: "240000",
      en: "96,000 after day 12 of a 30-day month: 96,000 x 30/12 = 240,000 by month end.",
      zh: "30 天的月份过了 12 天完成 96,000:96,000 × 30/12 = 月末预计 240,000。",
    },
    rules: {
      en: "An asof after end gives actual itself; asof before start (no day elapsed) gives #DIV/0!.",
      zh: "asof 晚于 end 时返回 actual 本身；asof 早于 start（尚无已过天数）返回 #DIV/0!。",
    },
  },
  {
    name: "REQUIREDRATE",
    core: "requiredRate",
    result: "scalar",
    group: "goals",
    en: "What is needed per remaining day to reach the target: (target - actual) / days after asof up to and including end.",
    zh: "达成目标每个剩余日需完成的量：（target - actual） / asof 之后至 end（含）的天数。",
    params: [ACTUAL, TARGET, END, ASOF, HOLIDAYS, BASIS],
    example: {
      formula: '=SALES.REQUIREDRATE(96000, 260000, DATE(2025,6,30), DATE(2025,6,12), , "calendar")',
      result: "9111.11111111111",
      en: "164,000 still to sell in the 18 days after June 12: 9,111.11 per day.",
      zh: "6 月 12 日之后还有 18 天，尚差 164,000：每天需完成 9,111.11。",
    },
    rules: {
      en: "0 once the target is reached; #DIV/0! when it is not and no day is left.",
      zh: "目标已达成时为 0；未达成且没有剩余天数时返回 #DIV/0!。",
    },
  },
  {
    name: "STATUS",
    core: "status",
    result: "scalar",
    group: "goals",
    en: 'Traffic light for a goal: "ON TRACK" when actual >= the target expected by asof, "OFF TRACK" when at least tolerance below it, else "AT RISK".',
    zh: '目标状态灯：actual 不低于到 asof 的应完成量时为 "ON TRACK"（正常），低于应完成量达 tolerance 以上为 "OFF TRACK"（落后），否则为 "AT RISK"（有风险）。',
    params: [
      ACTUAL,
      TARGET,
      START,
      END,
      ASOF,
      {
        name: "tolerance",
        type: "number",
        optional: true,
        en: "How far below the expected value (as a fraction of it) counts as off track; default 0.1; negative gives #NUM!.",
        zh: "低于应完成量多少（占应完成量的比例）视为落后；默认 0.1；为负时返回 #NUM!。",
      },
      HOLIDAYS,
      BASIS,
    ],
    example: {
      formula:
        '=SALES.STATUS(96000, 260000, DATE(2025,6,1), DATE(2025,6,30), DATE(2025,6,12), , , "calendar")',
      result: "AT RISK",
      en: "104,000 expected by day 12 of 30; 96,000 is 7.7% short, less than the 10% tolerance: at risk.",
      zh: "30 天中第 12 天应完成 104,000；实际 96,000 落后 7.7%，未超过 10% 允许偏差：有风险。",
    },
    rules: {
      en: "The texts stay in English in every language so formulas can compare them. Before start nothing is expected, so any actual >= 0 is ON TRACK.",
      zh: "返回文本在任何语言下都保持英文，便于公式比较。start 之前应完成量为 0,actual >= 0 即为 ON TRACK。",
    },
  },
  {
    name: "RAMPQUOTA",
    core: "rampQuota",
    result: "scalar",
    group: "goals",
    en: "Quota of a new hire in their n-th period in the role: fullQuota x the schedule's fraction for that period; the full quota after the schedule.",
    zh: "新员工在岗第 n 个周期的业绩指标：fullQuota × 该周期的爬坡比例；爬坡期结束后为全额指标。",
    params: [
      {
        name: "fullQuota",
        type: "number",
        en: "The quota of a fully ramped rep.",
        zh: "完全胜任后的全额业绩指标。",
      },
      {
        name: "periodInRole",
        type: "number",
        en: "Which period in the role (1 = first); decimals are truncated; below 1 gives #NUM!.",
        zh: "在岗第几个周期（1 表示第一个）；小数部分舍去；小于 1 时返回 #NUM!。",
      },
      {
        name: "schedule",
        type: "any[][]",
        optional: true,
        en: "One column (or row) of fractions per period; default 0.25, 0.5, 0.75; blank cells skipped.",
        zh: "每个周期的比例，一列（或一行）；默认 0.25、0.5、0.75；空单元格跳过。",
      },
    ],
    example: {
      formula: "=SALES.RAMPQUOTA(120000, 2)",
      result: "60000",
      en: "Second month on the default ramp: half of a 120,000 quota.",
      zh: "默认爬坡期的第二个月：120,000 指标的一半。",
    },
    rules: {
      en: "A schedule given but empty means no ramp (the full quota from period 1); a negative fraction gives #NUM!.",
      zh: "提供了 schedule 但为空表示无爬坡期（从第 1 个周期起即全额）；比例为负时返回 #NUM!。",
    },
  },
  {
    name: "PRORATE",
    core: "prorate",
    result: "scalar",
    group: "goals",
    en: "The share of a target for someone active only part of the period: target x days active in the period / days in the period.",
    zh: "期间内仅部分时间在岗人员的目标份额：target × 期间内在岗天数 / 期间天数。",
    params: [
      { name: "target", type: "number", en: "The full-period target.", zh: "整个期间的目标。" },
      { name: "periodStart", type: "number", en: "First day of the period.", zh: "期间第一天。" },
      {
        name: "periodEnd",
        type: "number",
        en: "Last day of the period; before periodStart gives #NUM!.",
        zh: "期间最后一天；早于 periodStart 时返回 #NUM!。",
      },
      {
        name: "activeFrom",
        type: "number",
        en: "First day the person is active.",
        zh: "人员开始在岗的日期。",
      },
      {
        name: "activeTo",
        type: "number",
        optional: true,
        en: "Last day active; omitted means still active at the end; before activeFrom gives #NUM!.",
        zh: "最后在岗日期；省略表示期末仍在岗；早于 activeFrom 时返回 #NUM!。",
      },
      HOLIDAYS,
      BASIS,
    ],
    example: {
      formula: '=SALES.PRORATE(90000, DATE(2025,1,1), DATE(2025,3,31), DATE(2025,2,1), , , "calendar")',
      result: "59000",
      en: "Joined on 1 February: 59 of the quarter's 90 days, so 59,000 of 90,000.",
      zh: "2 月 1 日入职：在季度 90 天中在岗 59 天，目标为 90,000 中的 59,000。",
    },
    rules: {
      en: "No overlap with the period gives 0; a period with no working day gives #DIV/0!.",
      zh: "在岗时间与期间无重叠时为 0；期间内没有工作日返回 #DIV/0!。",
    },
  },
  {
    name: "SCORECARD",
    core: "scorecard",
    result: "scalar",
    group: "goals",
    en: "Weighted KPI score: sum of weight x attainment, each attainment capped, and 0 when below its gate.",
    zh: "加权 KPI 得分：各项 权重 × 达成率 之和，达成率有封顶，低于门槛时该项为 0。",
    params: [
      {
        name: "attainments",
        type: "any[][]",
        en: "Range of attainments (fractions); blank cells count as 0.",
        zh: "各项达成率（小数）区域；空单元格计为 0。",
      },
      {
        name: "weights",
        type: "any[][]",
        en: "Range of weights, the same size; must add up to 1 (else #VALUE!); negative gives #NUM!.",
        zh: "各项权重区域，大小相同；合计必须为 1（否则返回 #VALUE!）；为负时返回 #NUM!。",
      },
      {
        name: "caps",
        type: "any[][]",
        optional: true,
        en: "Highest attainment each KPI can count with; one cell applies to all; a blank cell means no cap.",
        zh: "每项达成率计分的上限；单个单元格适用于所有项；空单元格表示不封顶。",
      },
      {
        name: "gates",
        type: "any[][]",
        optional: true,
        en: "Attainment below which a KPI scores 0; one cell applies to all; a blank cell means no gate.",
        zh: "低于该达成率时该项得 0 分；单个单元格适用于所有项；空单元格表示无门槛。",
      },
    ],
    example: {
      formula: "=SALES.SCORECARD({1.2;0.8;1.5}, {0.5;0.3;0.2}, {1.5;1.5;1.2}, {0.5;0.9;0})",
      result: "0.84",
      en: "0.5 x 1.2 + 0.3 x 0 (0.8 is below its 0.9 gate) + 0.2 x 1.2 (capped) = 0.84.",
      zh: "0.5 × 1.2 + 0.3 × 0（0.8 低于 0.9 门槛）+ 0.2 × 1.2（封顶）= 0.84。",
    },
    rules: {
      en: "Ranges of different sizes give #VALUE!. With no caps or gates the score is the weighted mean.",
      zh: "区域大小不一致时返回 #VALUE!。无封顶、无门槛时即为加权平均。",
    },
  },

  // KPIs
  {
    name: "CONVERSIONRATE",
    core: "conversionRate",
    result: "scalar",
    group: "kpis",
    en: "Conversion rate: converted / total (leads to opportunities, trials to customers ...).",
    zh: "转化率：converted / total（线索转商机、试用转客户等）。",
    params: [
      { name: "converted", type: "number", en: "How many converted.", zh: "已转化数量。" },
      {
        name: "total",
        type: "number",
        en: "How many there were; 0 gives #DIV/0!.",
        zh: "总数量；为 0 时返回 #DIV/0!。",
      },
    ],
    example: {
      formula: "=SALES.CONVERSIONRATE(45, 300)",
      result: "0.15",
      en: "45 of 300 leads became opportunities: 15%.",
      zh: "300 条线索中 45 条转为商机：15%。",
    },
    rules: {
      en: "Negative counts, or converted greater than total, give #NUM!.",
      zh: "数量为负，或 converted 大于 total 时返回 #NUM!。",
    },
  },
  {
    name: "WINRATE",
    core: "winRate",
    result: "scalar",
    group: "kpis",
    en: "Win rate of closed deals: won / (won + lost).",
    zh: "赢单率（已结束商机）：won / （won + lost）。",
    params: [
      { name: "won", type: "number", en: "Deals won.", zh: "赢单数。" },
      { name: "lost", type: "number", en: "Deals lost.", zh: "输单数。" },
    ],
    example: {
      formula: "=SALES.WINRATE(18, 42)",
      result: "0.3",
      en: "18 won and 42 lost: 30%.",
      zh: "赢 18 单、输 42 单：30%。",
    },
    rules: {
      en: "No closed deal (won + lost = 0) gives #DIV/0!; negative counts give #NUM!.",
      zh: "没有已结束商机（won + lost = 0）返回 #DIV/0!；数量为负时返回 #NUM!。",
    },
  },
  {
    name: "AVGDEAL",
    core: "avgDeal",
    result: "scalar",
    group: "kpis",
    en: "Average deal size (average order value): revenue / deals.",
    zh: "平均客单价（平均成交金额）：revenue / deals。",
    params: [
      {
        name: "revenue",
        type: "number",
        en: "Revenue of the deals (refunds may make it negative).",
        zh: "成交收入（有退款时可为负）。",
      },
      {
        name: "deals",
        type: "number",
        en: "Number of deals; 0 gives #DIV/0!; negative gives #NUM!.",
        zh: "成交单数；为 0 时返回 #DIV/0!；为负时返回 #NUM!。",
      },
    ],
    example: {
      formula: "=SALES.AVGDEAL(540000, 18)",
      result: "30000",
      en: "540,000 from 18 deals: 30,000 per deal.",
      zh: "18 单共 540,000：每单 30,000。",
    },
  },
  {
    name: "PIPELINECOVERAGE",
    core: "pipelineCoverage",
    result: "scalar",
    group: "kpis",
    en: "Pipeline coverage: open pipeline / what is still missing to the target, pipeline / (target - closed).",
    zh: "商机覆盖率：在途商机金额 / 距目标尚差金额，即 pipeline / （target - closed）。",
    params: [
      { name: "pipeline", type: "number", en: "Value of the open pipeline.", zh: "在途商机金额。" },
      { name: "target", type: "number", en: "The period target.", zh: "期间目标。" },
      {
        name: "closed",
        type: "number",
        optional: true,
        en: "Already closed (won) this period; default 0.",
        zh: "本期已成交金额；默认 0。",
      },
    ],
    example: {
      formula: "=SALES.PIPELINECOVERAGE(1800000, 1000000, 400000)",
      result: "3",
      en: "600,000 still to close and 1.8M in pipeline: 3x coverage.",
      zh: "尚差 60 万，在途商机 180 万：覆盖 3 倍。",
    },
    rules: {
      en: "closed equal to target gives #DIV/0!; closed above target (nothing left to cover) or negative inputs give #NUM!.",
      zh: "closed 等于 target 时返回 #DIV/0!；closed 超过 target（已无缺口）或输入为负时返回 #NUM!。",
    },
  },
  {
    name: "VELOCITY",
    core: "velocity",
    result: "scalar",
    group: "kpis",
    en: "Sales velocity, revenue per day: opportunities x winRate x avgDeal / cycleDays.",
    zh: "销售速度（每天产生的收入）：opportunities × winRate × avgDeal / cycleDays。",
    params: [
      { name: "opportunities", type: "number", en: "Open opportunities.", zh: "在途商机数。" },
      {
        name: "winRate",
        type: "number",
        en: "Win rate, a fraction from 0 to 1.",
        zh: "赢单率，0 到 1 之间的小数。",
      },
      { name: "avgDeal", type: "number", en: "Average deal size.", zh: "平均成交金额。" },
      {
        name: "cycleDays",
        type: "number",
        en: "Average sales cycle in days; 0 gives #DIV/0!.",
        zh: "平均销售周期（天）；为 0 时返回 #DIV/0!。",
      },
    ],
    example: {
      formula: "=SALES.VELOCITY(40, 0.25, 25000, 90)",
      result: "2777.77777777778",
      en: "40 x 25% x 25,000 / 90 days = 2,777.78 per day.",
      zh: "40 × 25% × 25,000 / 90 天 = 每天 2,777.78。",
    },
    rules: {
      en: "Negative inputs, or a win rate outside 0-1, give #NUM!.",
      zh: "输入为负，或赢单率不在 0 到 1 之间时返回 #NUM!。",
    },
  },
  {
    name: "CHURN",
    core: "churn",
    result: "scalar",
    group: "kpis",
    en: "Customer churn rate: lostCustomers / startCustomers.",
    zh: "客户流失率：lostCustomers / startCustomers。",
    params: [
      {
        name: "startCustomers",
        type: "number",
        en: "Customers at the start of the period; 0 gives #DIV/0!.",
        zh: "期初客户数；为 0 时返回 #DIV/0!。",
      },
      {
        name: "lostCustomers",
        type: "number",
        en: "Customers lost during the period.",
        zh: "期间流失的客户数。",
      },
    ],
    example: {
      formula: "=SALES.CHURN(400, 18)",
      result: "0.045",
      en: "18 of 400 customers left: 4.5% churn.",
      zh: "400 个客户中流失 18 个：流失率 4.5%。",
    },
    rules: {
      en: "Negative counts give #NUM!.",
      zh: "数量为负时返回 #NUM!。",
    },
  },
  {
    name: "RETENTION",
    core: "retention",
    result: "scalar",
    group: "kpis",
    en: "Customer retention rate: (endCustomers - newCustomers) / startCustomers.",
    zh: "客户留存率：（endCustomers - newCustomers） / startCustomers。",
    params: [
      {
        name: "startCustomers",
        type: "number",
        en: "Customers at the start; 0 gives #DIV/0!.",
        zh: "期初客户数；为 0 时返回 #DIV/0!。",
      },
      { name: "endCustomers", type: "number", en: "Customers at the end.", zh: "期末客户数。" },
      {
        name: "newCustomers",
        type: "number",
        en: "Customers won during the period.",
        zh: "期间新增客户数。",
      },
    ],
    example: {
      formula: "=SALES.RETENTION(400, 430, 48)",
      result: "0.955",
      en: "(430 - 48) / 400 = 95.5% of the starting customers kept.",
      zh: "(430 - 48) / 400 = 保留了 95.5% 的期初客户。",
    },
    rules: {
      en: "Negative counts, or newCustomers greater than endCustomers, give #NUM!.",
      zh: "数量为负，或 newCustomers 大于 endCustomers 时返回 #NUM!。",
    },
  },
  {
    name: "NRR",
    core: "nrr",
    result: "scalar",
    group: "kpis",
    en: "Net revenue retention: (startRevenue + expansion - contraction - churned) / startRevenue.",
    zh: "净收入留存率：（startRevenue + expansion - contraction - churned） / startRevenue。",
    params: [
      {
        name: "startRevenue",
        type: "number",
        en: "Recurring revenue at the start; 0 gives #DIV/0!.",
        zh: "期初经常性收入；为 0 时返回 #DIV/0!。",
      },
      {
        name: "expansion",
        type: "number",
        en: "Upsell and cross-sell to those customers.",
        zh: "老客户增购与交叉销售。",
      },
      {
        name: "contraction",
        type: "number",
        en: "Downgrades, as a positive amount.",
        zh: "降级减少的收入，填正数。",
      },
      {
        name: "churned",
        type: "number",
        en: "Revenue of customers who left, as a positive amount.",
        zh: "流失客户的收入，填正数。",
      },
    ],
    example: {
      formula: "=SALES.NRR(1000000, 150000, 30000, 50000)",
      result: "1.07",
      en: "1M + 150K - 30K - 50K = 1.07M: 107% net retention.",
      zh: "100 万 + 15 万 - 3 万 - 5 万 = 107 万：净留存 107%。",
    },
    rules: {
      en: "Negative inputs give #NUM! (enter losses as positive amounts).",
      zh: "输入为负时返回 #NUM!（损失请填正数）。",
    },
  },
  {
    name: "GRR",
    core: "grr",
    result: "scalar",
    group: "kpis",
    en: "Gross revenue retention: (startRevenue - contraction - churned) / startRevenue, expansion not counted.",
    zh: "总收入留存率：（startRevenue - contraction - churned） / startRevenue，不计增购。",
    params: [
      {
        name: "startRevenue",
        type: "number",
        en: "Recurring revenue at the start; 0 gives #DIV/0!.",
        zh: "期初经常性收入；为 0 时返回 #DIV/0!。",
      },
      {
        name: "contraction",
        type: "number",
        en: "Downgrades, as a positive amount.",
        zh: "降级减少的收入，填正数。",
      },
      {
        name: "churned",
        type: "number",
        en: "Revenue of customers who left, as a positive amount.",
        zh: "流失客户的收入，填正数。",
      },
    ],
    example: {
      formula: "=SALES.GRR(1000000, 30000, 50000)",
      result: "0.92",
      en: "1M - 30K - 50K = 920K: 92% gross retention.",
      zh: "100 万 - 3 万 - 5 万 = 92 万：总留存 92%。",
    },
    rules: {
      en: "Negative inputs, or losses greater than startRevenue, give #NUM!.",
      zh: "输入为负，或损失大于 startRevenue 时返回 #NUM!。",
    },
  },
  {
    name: "CAC",
    core: "cac",
    result: "scalar",
    group: "kpis",
    en: "Customer acquisition cost: sales and marketing spend / new customers.",
    zh: "获客成本：销售与市场费用 / 新增客户数。",
    params: [
      { name: "spend", type: "number", en: "Sales and marketing spend.", zh: "销售与市场费用。" },
      {
        name: "newCustomers",
        type: "number",
        en: "New customers won; 0 gives #DIV/0!.",
        zh: "新增客户数；为 0 时返回 #DIV/0!。",
      },
    ],
    example: {
      formula: "=SALES.CAC(120000, 40)",
      result: "3000",
      en: "120,000 spent to win 40 customers: 3,000 each.",
      zh: "花费 120,000 获得 40 个客户：每个 3,000。",
    },
    rules: { en: "Negative inputs give #NUM!.", zh: "输入为负时返回 #NUM!。" },
  },
  {
    name: "LTV",
    core: "ltv",
    result: "scalar",
    group: "kpis",
    en: "Customer lifetime value: arpa x grossMargin / churnRate (arpa and churnRate over the same period).",
    zh: "客户终身价值：arpa × grossMargin / churnRate（arpa 与 churnRate 须为同一周期）。",
    params: [
      {
        name: "arpa",
        type: "number",
        en: "Average revenue per account per period.",
        zh: "每个客户每周期的平均收入。",
      },
      {
        name: "grossMargin",
        type: "number",
        en: "Gross margin, a fraction from 0 to 1.",
        zh: "毛利率，0 到 1 之间的小数。",
      },
      {
        name: "churnRate",
        type: "number",
        en: "Churn per period, a fraction from 0 to 1; 0 gives #DIV/0!.",
        zh: "每周期流失率，0 到 1 之间的小数；为 0 时返回 #DIV/0!。",
      },
    ],
    example: {
      formula: "=SALES.LTV(500, 0.8, 0.02)",
      result: "20000",
      en: "500 a month at 80% margin, 2% monthly churn: 20,000.",
      zh: "每月 500、毛利率 80%、月流失率 2%:20,000。",
    },
    rules: {
      en: "A negative arpa, or a margin or churn rate outside 0-1, gives #NUM!.",
      zh: "arpa 为负，或毛利率、流失率不在 0 到 1 之间时返回 #NUM!。",
    },
  },

  // Incentives
  {
    name: "COMMISSION",
    core: "commission",
    result: "scalar",
    group: "incentives",
    en: "Tiered commission on an amount: marginal (each slice at its tier's rate) or retro (the whole amount at the rate of the tier reached).",
    zh: '阶梯提成：超额累进（method 填 "marginal"，每段按所在档的比例）或全额累进（填 "retro"，全部金额按达到的档位比例）。',
    params: [
      {
        name: "amount",
        type: "number",
        en: "The sales amount (or units, for a per-unit SPIFF).",
        zh: "销售额（按件奖励时为件数）。",
      },
      {
        name: "tiers",
        type: "any[][]",
        en: "Two columns: threshold (ascending, a tier starts at its threshold) and rate; blank rows are ignored.",
        zh: "两列：起点（升序，每档从其起点开始）和比例；空行忽略。",
      },
      {
        name: "method",
        type: "string",
        optional: true,
        en: '"marginal" (default) or "retro".',
        zh: '超额累进填 "marginal"（默认），全额累进填 "retro"。',
      },
    ],
    example: {
      formula: "=SALES.COMMISSION(600000, {0,0.03;300000,0.05;500000,0.07})",
      result: "26000",
      en: "300,000 x 3% + 200,000 x 5% + 100,000 x 7% = 26,000.",
      zh: "300,000 × 3% + 200,000 × 5% + 100,000 × 7% = 26,000。",
    },
    rules: {
      en: "An amount below the first threshold (a negative one, say) earns 0. Unsorted or repeated thresholds, or a table that is not two columns, give #VALUE!.",
      zh: "低于第一档起点的金额（如负数）提成为 0。起点未按升序排列或重复，或表格不是两列时返回 #VALUE!。",
    },
  },
  {
    name: "COMMISSIONDETAIL",
    core: "commissionDetail",
    result: "matrix",
    group: "incentives",
    en: "How a commission is computed: spills one row per tier (from, to, amount in tier, rate, commission) and a total row.",
    zh: "提成计算明细：每档一行（起点、终点、该档金额、比例、提成），最后一行为合计。",
    params: [
      { name: "amount", type: "number", en: "The sales amount.", zh: "销售额。" },
      {
        name: "tiers",
        type: "any[][]",
        en: "Two columns: threshold (ascending) and rate; blank rows are ignored.",
        zh: "两列：起点（升序）和比例；空行忽略。",
      },
      {
        name: "method",
        type: "string",
        optional: true,
        en: '"marginal" (default) or "retro".',
        zh: '超额累进填 "marginal"（默认），全额累进填 "retro"。',
      },
    ],
    example: {
      formula: "=SALES.COMMISSIONDETAIL(600000, {0,0.03;300000,0.05;500000,0.07})",
      result:
        '{0,300000,300000,0.03,9000;300000,500000,200000,0.05,10000;500000,"",100000,0.07,7000;"","",600000,"",26000}',
      en: "Four rows: the three tiers' slices (9,000 + 10,000 + 7,000) and the total 26,000.",
      zh: "四行：三档各自的提成（9,000 + 10,000 + 7,000）和合计 26,000。",
    },
    rules: {
      en: 'The last tier\'s "to" is blank (open-ended). Retro shows the whole amount on the tier reached. The total row sums the amounts and commissions.',
      zh: "最后一档的终点为空（无上限）。全额累进（retro）方式下，全部金额显示在达到的档位。合计行为金额与提成之和。",
    },
  },
  {
    name: "PAYOUT",
    core: "payout",
    result: "scalar",
    group: "incentives",
    en: "Incentive payout from a curve: linear between points, 0 below the first point, the last slope continues above the last point unless capped.",
    zh: "按激励曲线计算奖金：点之间线性插值，低于第一个点为 0，高于最后一个点按最后一段斜率继续（加速），可封顶。",
    params: [
      { name: "attainment", type: "number", en: "Attainment (1 = 100%).", zh: "达成率（1 表示 100%）。" },
      {
        name: "curve",
        type: "any[][]",
        en: "Two columns: attainment (ascending) and payout fraction; blank rows are ignored.",
        zh: "两列：达成率（升序）和奖金比例；空行忽略。",
      },
      {
        name: "targetIncentive",
        type: "number",
        optional: true,
        en: "Target incentive amount; when given the result is an amount, else a fraction.",
        zh: "目标奖金额；提供时返回金额，否则返回比例。",
      },
      {
        name: "cap",
        type: "number",
        optional: true,
        en: "Highest payout fraction (for example 2 = 200%); default none.",
        zh: "奖金比例上限（如 2 表示 200%）；默认不封顶。",
      },
    ],
    example: {
      formula: "=SALES.PAYOUT(1.1, {0.5,0;1,1;1.2,1.5}, 20000)",
      result: "25000",
      en: "110% lies halfway from 100% (payout 1) to 120% (1.5): 1.25 x 20,000 = 25,000.",
      zh: "110% 位于 100%（奖金 1）与 120%（1.5）正中：1.25 × 20,000 = 25,000。",
    },
    rules: {
      en: "Never below 0. Negative payout fractions, targetIncentive or cap give #NUM!; unsorted attainments give #VALUE!.",
      zh: "结果不会小于 0。奖金比例、targetIncentive 或 cap 为负时返回 #NUM!；达成率未按升序排列时返回 #VALUE!。",
    },
  },
  {
    name: "DRAW",
    core: "draw",
    result: "matrix",
    group: "incentives",
    en: "Draw against commission: spills, per period, the amount paid and the balance owed after it.",
    zh: "预支提成：逐期返回实发金额和期末尚欠余额（两列）。",
    params: [
      {
        name: "earned",
        type: "any[][]",
        en: "Commission earned per period, one column; blank cells count as 0.",
        zh: "每期应得提成，一列；空单元格计为 0。",
      },
      {
        name: "draw",
        type: "number",
        en: "The draw (guaranteed advance) per period; negative gives #NUM!.",
        zh: "每期预支（保底）金额；为负时返回 #NUM!。",
      },
      {
        name: "recoverable",
        type: "boolean",
        optional: true,
        en: "TRUE (default): shortfalls are owed and repaid from later surpluses; FALSE: the draw is a guaranteed minimum.",
        zh: "TRUE（默认）：不足部分记为欠款，以后期超出部分偿还；FALSE：预支为保底，不追回。",
      },
    ],
    example: {
      formula: "=SALES.DRAW({500;3000}, 1500)",
      result: "{1500,1000;2000,0}",
      en: "Month 1: 1,500 paid, 1,000 owed. Month 2: 3,000 earned, 1,000 recovered, 2,000 paid.",
      zh: "第 1 月：发 1,500，欠 1,000。第 2 月：应得 3,000，扣回 1,000，实发 2,000。",
    },
    rules: {
      en: "Recoverable: when earned < draw, pay the draw and add the difference to the balance; otherwise recover min(balance, earned - draw). Non-recoverable: pay max(draw, earned).",
      zh: "可追回：应得 < 预支时发预支额并把差额计入欠款；否则追回 min（欠款，应得 - 预支）。不可追回：发 max（预支，应得）。",
    },
  },
  {
    name: "CLAWBACK",
    core: "clawback",
    result: "scalar",
    group: "incentives",
    en: "Commission to recover when a customer leaves early, as a positive amount: commission x the fraction of the band reached.",
    zh: "客户提前流失时应追回的提成（正数）：commission × 所在区间的追回比例。",
    params: [
      {
        name: "commission",
        type: "number",
        en: "The commission paid; negative gives #NUM!.",
        zh: "已发放的提成；为负时返回 #NUM!。",
      },
      {
        name: "monthsActive",
        type: "number",
        en: "How many months the customer stayed; negative gives #NUM!.",
        zh: "客户留存的月数；为负时返回 #NUM!。",
      },
      {
        name: "schedule",
        type: "any[][]",
        en: "Two columns: months from (ascending, a band starts at its months) and fraction clawed back (0-1); blank rows ignored.",
        zh: "两列：起始月数（升序，每个区间从该月数开始）和追回比例（0 到 1）；空行忽略。",
      },
    ],
    example: {
      formula: "=SALES.CLAWBACK(6000, 4, {0,1;3,0.5;6,0})",
      result: "3000",
      en: "Customer left after 4 months: the band from 3 months claws back 50% of 6,000.",
      zh: "客户 4 个月后流失：落在“3 个月起”区间，追回 6,000 的 50%。",
    },
    rules: {
      en: "Before the first band nothing is clawed back. A fraction outside 0-1 gives #NUM!.",
      zh: "早于第一个区间时不追回。追回比例不在 0 到 1 之间时返回 #NUM!。",
    },
  },
  {
    name: "TOPPERFORMER",
    core: "topPerformer",
    result: "scalar",
    group: "incentives",
    en: "The name with the highest score (ties: the first listed), for the best salesperson of the month.",
    zh: "得分最高者的姓名（并列时取排在前面者），用于评选月度销售冠军。",
    params: [
      { name: "names", type: "any[][]", en: "Range of names.", zh: "姓名区域。" },
      {
        name: "scores",
        type: "any[][]",
        en: "Range of scores, the same size; blank scores count as 0.",
        zh: "得分区域，大小相同；空得分计为 0。",
      },
    ],
    example: {
      formula: '=SALES.TOPPERFORMER({"Li Na";"Sam";"Wang Fang"}, {182000;240000;240000})',
      result: "Sam",
      en: "Sam and Wang Fang tie at 240,000; Sam is listed first.",
      zh: "Sam 与 Wang Fang 并列 240,000；Sam 排在前面。",
    },
    rules: {
      en: "Rows where both name and score are blank are skipped; no one to rank gives #N/A; ranges of different sizes give #VALUE!.",
      zh: "姓名与得分都为空的行跳过；无人可排名时返回 #N/A；区域大小不一致时返回 #VALUE!。",
    },
  },
  {
    name: "LEADERBOARD",
    core: "leaderboard",
    result: "matrix",
    group: "incentives",
    en: "Spills the top n names and scores, highest first, ties in sheet order.",
    zh: "返回前 n 名的姓名和得分（两列），从高到低，并列时按表中顺序。",
    params: [
      { name: "names", type: "any[][]", en: "Range of names.", zh: "姓名区域。" },
      {
        name: "scores",
        type: "any[][]",
        en: "Range of scores, the same size; blank scores count as 0.",
        zh: "得分区域，大小相同；空得分计为 0。",
      },
      {
        name: "n",
        type: "number",
        optional: true,
        en: "How many to show; default all; below 1 gives #NUM!.",
        zh: "显示前几名；默认全部；小于 1 时返回 #NUM!。",
      },
    ],
    example: {
      formula: '=SALES.LEADERBOARD({"Li Na";"Sam";"Wang Fang"}, {182000;240000;240000}, 2)',
      result: '{"Sam",240000;"Wang Fang",240000}',
      en: "The top two; the tie stays in sheet order.",
      zh: "前两名；并列者保持表中顺序。",
    },
    rules: {
      en: "n above the number of people shows everyone. Rows where both name and score are blank are skipped; no one to rank gives #N/A.",
      zh: "n 大于人数时显示全部。姓名与得分都为空的行跳过；无人可排名时返回 #N/A。",
    },
  },
];
