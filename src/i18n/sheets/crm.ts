/**
 * Texts of the CRM import sheets (data, KPIs, funnel, follow-ups, import report) in en-US and zh-CN.
 * The outcome words written into the data table are also the criteria of the KPI formulas.
 */
import type { Locale } from "../index";

export interface CrmSheetTexts {
  readonly sheet: {
    readonly data: string;
    readonly kpi: string;
    readonly funnel: string;
    readonly followUp: string;
    readonly report: string;
  };
  readonly tableName: string;
  readonly outcome: { readonly won: string; readonly lost: string; readonly open: string };
  readonly notOnRoster: string;
  readonly stageUnknown: string;
  /** The rates table beside the data of a multi-currency export. */
  readonly rates: { readonly currency: string; readonly rate: (base: string) => string };
  readonly data: {
    readonly row: string;
    readonly owner: string;
    readonly team: string;
    readonly ownerExported: string;
    readonly deal: string;
    readonly account: string;
    readonly stage: string;
    readonly status: string;
    readonly outcome: string;
    readonly funnelStage: string;
    readonly amount: string;
    readonly currency: string;
    readonly amountExported: string;
    readonly probability: string;
    readonly closeDate: string;
    readonly createdDate: string;
    readonly nextContact: string;
    readonly collected: string;
    readonly paymentDate: string;
    readonly share: string;
    readonly newCustomer: string;
    readonly dealType: string;
    readonly leadSource: string;
  };
  readonly kpi: {
    readonly title: string;
    readonly note: (source: string, data: string) => string;
    readonly period: string;
    readonly start: string;
    readonly end: string;
    readonly rep: string;
    readonly team: string;
    readonly teamTotal: string;
    readonly allTotal: string;
    readonly wonRevenue: string;
    readonly collections: string;
    /** The part of the collections on deals or orders that are not won (open or lost). */
    readonly collectionsNotWon: string;
    readonly newCustomers: string;
    readonly dealsWon: string;
    readonly dealsLost: string;
    readonly winRate: string;
    readonly dealsCreated: string;
    readonly conversionRate: string;
    readonly averageDeal: string;
    readonly salesCycle: string;
    readonly openPipeline: string;
    readonly weightedPipeline: string;
    readonly target: string;
    readonly remaining: string;
    readonly coverage: string;
    readonly definitions: readonly string[];
    /** Replaces the last definition when targets come from a goal sheet. */
    readonly targetsLinked: (goalSheet: string) => string;
    /**
     * Added to the note when the export has a collected amount but no payment date: no collections
     * column (a collection is never dated by its order or close date).
     */
    readonly collectionsUndated: (collected: string) => string;
    /**
     * Under the definitions when the sheet has the not-won part of the collections: why collections
     * count every payment while commission on collections counts won deals only, and how they reconcile.
     */
    readonly collectionsByOutcome: string;
    /** Under the definitions of an export with credit shares: what is credited by share and what counts whole. */
    readonly splitCredit: string;
  };
  readonly funnel: {
    readonly title: string;
    readonly note: (order: string) => string;
    readonly summaryTitle: string;
    readonly summaryHeaders: readonly [string, string, string, string, string];
    readonly teamBlock: string;
    readonly headers: readonly [string, string, string, string, string, string, string, string, string];
    readonly won: string;
    readonly weakest: string;
    readonly noWeakStage: string;
    readonly orderGiven: string;
    readonly orderProbability: string;
    readonly orderFound: string;
    /** Added to the note of an export with credit shares (a split report). */
    readonly splitCredit: string;
  };
  readonly followUp: {
    readonly title: string;
    readonly note: string;
    readonly asOf: string;
    readonly headers: readonly [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    readonly reasonNext: string;
    readonly reasonClose: string;
    readonly reasonBoth: string;
    readonly none: string;
  };
  readonly report: {
    readonly title: string;
    readonly summaryTitle: string;
    readonly file: string;
    readonly profile: string;
    readonly recognisedBy: string;
    readonly byProfile: string;
    readonly byMapping: string;
    readonly kind: string;
    readonly kindDeals: string;
    readonly kindOrders: string;
    readonly rowsRead: string;
    readonly rowsImported: string;
    readonly rowsRejected: string;
    readonly warnings: string;
    readonly dateOrder: string;
    readonly dateOrders: { readonly mdy: string; readonly dmy: string };
    readonly dateHow: {
      readonly given: string;
      readonly evidence: string;
      readonly default: string;
      readonly unused: string;
    };
    readonly stageOrder: string;
    readonly encoding: string;
    readonly encodingHow: { readonly bom: string; readonly detected: string; readonly given: string };
    readonly currencies: string;
    readonly asOf: string;
    readonly repsWithout: string;
    readonly columnsTitle: string;
    readonly columnsHeaders: readonly [string, string, string];
    readonly viaProfile: string;
    readonly viaMapping: string;
    readonly unused: string;
    readonly ownersTitle: string;
    readonly ownersHeaders: readonly [string, string, string, string];
    readonly ownersNone: string;
    readonly issuesTitle: string;
    readonly issuesHeaders: readonly [string, string, string, string, string];
    readonly error: string;
    readonly warning: string;
    readonly issuesNone: string;
  };
}

const enUS: CrmSheetTexts = {
  sheet: {
    data: "CRM data",
    kpi: "CRM KPIs",
    funnel: "CRM funnel",
    followUp: "Follow-ups",
    report: "Import report",
  },
  tableName: "CrmDeals",
  outcome: { won: "Won", lost: "Lost", open: "Open" },
  notOnRoster: "(not on roster)",
  stageUnknown: "(stage unknown)",
  rates: { currency: "Currency", rate: (base) => `Rate: 1 unit in ${base}` },
  data: {
    row: "Source row",
    owner: "Owner",
    team: "Team",
    ownerExported: "Owner in CRM",
    deal: "Deal / order",
    account: "Customer",
    stage: "Stage",
    status: "Status",
    outcome: "Outcome",
    funnelStage: "Funnel stage",
    amount: "Amount",
    currency: "Currency",
    amountExported: "Amount as exported",
    probability: "Probability",
    closeDate: "Close date",
    createdDate: "Created date",
    nextContact: "Next contact",
    collected: "Collected",
    paymentDate: "Payment date",
    share: "Credit share",
    newCustomer: "New customer",
    dealType: "Deal type",
    leadSource: "Lead source",
  },
  kpi: {
    title: "Sales KPIs per rep and period (from the CRM)",
    note: (source, data) =>
      `Source: ${source}. Every figure is a SUMIFS/COUNTIFS formula over the table on sheet "${data}"; deals count in the period of their close date.`,
    period: "Period",
    start: "Start",
    end: "End",
    rep: "Rep",
    team: "Team",
    teamTotal: "Team total",
    allTotal: "All owners",
    wonRevenue: "Won revenue",
    collections: "Collections (回款)",
    collectionsNotWon: "Of which on deals not won",
    newCustomers: "New customers",
    dealsWon: "Deals won",
    dealsLost: "Deals lost",
    winRate: "Win rate",
    dealsCreated: "Deals created",
    conversionRate: "Conversion rate",
    averageDeal: "Average deal",
    salesCycle: "Avg. sales cycle (days)",
    openPipeline: "Open pipeline",
    weightedPipeline: "Weighted pipeline",
    target: "Target",
    remaining: "Remaining target",
    coverage: "Pipeline coverage",
    definitions: [
      "Won revenue, deals won and lost and new customers: deals closed (close date) in the period. Collections: money received (payment date) in the period.",
      "Win rate = deals won / (won + lost). Conversion rate = share of the deals created in the period that are won.",
      "Average deal = won revenue / deals won. Average sales cycle = days from created to close of the deals won.",
      "Open pipeline: open deals expected to close in the period; weighted = amount x probability.",
      "Target is an input (type it, or link it to the goal sheet); coverage = open pipeline / remaining target.",
    ],
    targetsLinked: (goalSheet) =>
      `Target and remaining target come from the goal sheet "${goalSheet}" (its target and gap; month rows: that month's target); coverage = open pipeline / remaining target.`,
    collectionsUndated: (collected) =>
      ` No collections figure: the export's "${collected}" has no payment date column (such as 最近回款日期 / Last Payment Date), and a collection is never dated by its order or close date. Import the payments (回款) export for collections by payment date.`,
    collectionsByOutcome:
      'Collections are all the money received in the period, whatever became of the deal or order: a deposit on an order not yet confirmed, or money on an order voided or lost later, was received all the same. Commission on collections pays won deals and orders only, so "Of which on deals not won" is the part it does not pay: collections minus that part is the rep\'s actual for the period on a commission on collections (crm: collected).',
    splitCredit:
      "Credit shares (split deals): won revenue, collections and pipeline are credited by share on every row, as commission pays them (a 60/40 split of 10,000: 6,000 and 4,000), so the rep rows add up to the totals. On a rep's row, deals won, lost and created, win rate, conversion rate, average deal (whole deal amounts) and sales cycle count a split deal whole: the rep won the deal. On team and total rows they count it by share, so a split deal counts once. A new customer counts whole for every owner of its first won deal, and by share on team and total rows, so it counts once there.",
  },
  funnel: {
    title: "Sales funnel by stage",
    note: (order) =>
      `Snapshot of the export: a deal has reached its current stage and every stage before it; won deals reached all stages; a lost deal counts at the stage it was lost at when the export says, else only in the first stage. Stage order: ${order}.`,
    summaryTitle: "Bottleneck to coach: each rep's weakest stage against the team",
    summaryHeaders: ["Rep", "Weakest stage", "Gap to team (pts)", "Rep conversion", "Team conversion"],
    teamBlock: "Team (all owners)",
    headers: [
      "Stage",
      "Deals at stage",
      "Value at stage",
      "Of which lost",
      "Reached",
      "Conversion to next",
      "Team conversion",
      "Gap to team",
      "Weakest",
    ],
    won: "Won",
    weakest: "◀ weakest",
    noWeakStage: "none below team",
    orderGiven: "from the profile or mapping",
    orderProbability: "stages not in the profile ordered by average probability",
    orderFound: "stages not in the profile in the order first found",
    splitCredit:
      " Split deals (credit shares): values are credited by share, as on the KPI sheet; a rep's block counts a split deal whole, the team block by share, so the team counts it once.",
  },
  followUp: {
    title: "Follow-ups: open deals overdue for contact",
    note: "Open deals whose next contact or close date is before the as-of date, selected at import (import again to refresh). Days overdue follow the as-of cell.",
    asOf: "As of",
    headers: [
      "Rep",
      "Team",
      "Deal / order",
      "Customer",
      "Stage",
      "Amount",
      "Close date",
      "Next contact",
      "Overdue",
      "Overdue since",
      "Days overdue",
      "Source row",
    ],
    reasonNext: "next contact",
    reasonClose: "close date",
    reasonBoth: "next contact and close date",
    none: "No open deal is overdue.",
  },
  report: {
    title: "CRM import report",
    summaryTitle: "Summary",
    file: "File",
    profile: "Profile",
    recognisedBy: "Columns recognised by",
    byProfile: "the profile's headers",
    byMapping: "the mapping",
    kind: "Records",
    kindDeals: "deals / opportunities",
    kindOrders: "orders",
    rowsRead: "Rows read",
    rowsImported: "Rows imported",
    rowsRejected: "Rows not imported (see below)",
    warnings: "Warnings",
    dateOrder: "Dates like 3/1/2027 read as",
    dateOrders: { mdy: "month/day/year", dmy: "day/month/year" },
    dateHow: {
      given: "set in the mapping",
      evidence: "shown by the file's dates",
      default: "the profile's default: check",
      unused: "no such date in the file",
    },
    stageOrder: "Stage order",
    encoding: "Text encoding",
    encodingHow: {
      bom: "marked in the file (BOM)",
      detected: "decided from the bytes",
      given: "given with --encoding",
    },
    currencies: "Currencies",
    asOf: "As of",
    repsWithout: "Reps with no records",
    columnsTitle: "Columns",
    columnsHeaders: ["Field", "Column in the file", "Set by"],
    viaProfile: "profile",
    viaMapping: "mapping",
    unused: "Columns not used",
    ownersTitle:
      "Owners not on the roster (their rows are kept; add them to the roster or map them in the mapping's owners)",
    ownersHeaders: ["Owner", "Rows", "Amount", "First row"],
    ownersNone: "Every owner is on the roster.",
    issuesTitle: "Rows and values that could not be read",
    issuesHeaders: ["Severity", "Row", "Column", "Problem", "Value in the file"],
    error: "row not imported",
    warning: "warning",
    issuesNone: "Every row was read.",
  },
};

const zhCN: CrmSheetTexts = {
  sheet: { data: "CRM数据", kpi: "CRM指标", funnel: "CRM漏斗", followUp: "待跟进", report: "导入报告" },
  tableName: "CrmDeals",
  outcome: { won: "赢单", lost: "输单", open: "进行中" },
  notOnRoster: "（不在名单）",
  stageUnknown: "（阶段未知）",
  rates: { currency: "币种", rate: (base) => `汇率：1 单位折合 ${base}` },
  data: {
    row: "源行号",
    owner: "负责人",
    team: "团队",
    ownerExported: "CRM负责人",
    deal: "商机/订单",
    account: "客户",
    stage: "销售阶段",
    status: "状态",
    outcome: "结果",
    funnelStage: "漏斗阶段",
    amount: "金额",
    currency: "币种",
    amountExported: "原币金额",
    probability: "赢率",
    closeDate: "结单日期",
    createdDate: "创建日期",
    nextContact: "下次跟进",
    collected: "已回款",
    paymentDate: "回款日期",
    share: "分成比例",
    newCustomer: "新客户",
    dealType: "商机类型",
    leadSource: "线索来源",
  },
  kpi: {
    title: "按销售人员和期间的销售指标（来自 CRM）",
    note: (source, data) =>
      `来源：${source}。每个数字都是对“${data}”工作表中表格的 SUMIFS/COUNTIFS 公式；商机按结单日期计入期间。`,
    period: "期间",
    start: "开始",
    end: "结束",
    rep: "销售人员",
    team: "团队",
    teamTotal: "团队合计",
    allTotal: "全部负责人",
    wonRevenue: "赢单金额",
    collections: "回款",
    collectionsNotWon: "其中未赢单回款",
    newCustomers: "新客户数",
    dealsWon: "赢单数",
    dealsLost: "输单数",
    winRate: "赢单率",
    dealsCreated: "新建商机数",
    conversionRate: "转化率",
    averageDeal: "平均单额",
    salesCycle: "平均销售周期（天）",
    openPipeline: "在途商机金额",
    weightedPipeline: "加权在途金额",
    target: "目标",
    remaining: "剩余目标",
    coverage: "商机覆盖率",
    definitions: [
      "赢单金额、赢单数、输单数和新客户数：结单日期在期间内的商机。回款：回款日期在期间内的回款。",
      "赢单率 = 赢单数 /（赢单数 + 输单数）。转化率 = 期间内新建商机中已赢单的比例。",
      "平均单额 = 赢单金额 / 赢单数。平均销售周期 = 赢单商机从创建到结单的天数。",
      "在途商机：预计在期间内结单的进行中商机；加权 = 金额 × 赢率。",
      "目标为输入项（可直接填写，或链接到目标表）；覆盖率 = 在途商机金额 / 剩余目标。",
    ],
    targetsLinked: (goalSheet) =>
      `目标和剩余目标取自目标表“${goalSheet}”（其目标与差距；月度行为当月目标）；覆盖率 = 在途商机金额 / 剩余目标。`,
    collectionsUndated: (collected) =>
      `未列回款：导出中的“${collected}”没有回款日期列（如“最近回款日期”），回款绝不按下单或结单日期计。请导入“回款”导出，按回款日期统计回款。`,
    collectionsByOutcome:
      "回款为期间内收到的全部款项，不论商机或订单结果如何：尚未确认订单的定金、之后作废或输单的订单上已收的款项，都已实际到账。回款提成只计赢单的商机和订单，“其中未赢单回款”即提成不计的部分：回款减去该部分，即该销售人员本期回款提成的业绩。",
    splitCredit:
      "业绩分成（拆分商机）：赢单金额、回款和在途商机金额在每一行都按分成比例计入，与提成一致（10,000 按 60/40 拆分：6,000 和 4,000），因此各销售人员行之和等于合计。在销售人员行，赢单数、输单数、新建商机数、赢单率、转化率、平均单额（按整单金额）和平均销售周期按整单计：该销售赢下了这笔商机。在团队和合计行按分成比例计，拆分商机只计一次。新客户在其首笔赢单的每位负责人处按整单计，在团队和合计行按分成比例计，只计一次。",
  },
  funnel: {
    title: "按阶段的销售漏斗",
    note: (order) =>
      `基于导出时的快照：商机视为已到达当前阶段及之前的所有阶段；赢单商机到达所有阶段；输单商机若导出中注明输单阶段则计入该阶段，否则只计入第一阶段。阶段顺序：${order}。`,
    summaryTitle: "辅导重点：每位销售相对团队最弱的阶段",
    summaryHeaders: ["销售人员", "最弱阶段", "与团队差距（百分点）", "个人转化率", "团队转化率"],
    teamBlock: "团队（全部负责人）",
    headers: [
      "阶段",
      "当前商机数",
      "当前金额",
      "其中输单",
      "到达数",
      "转入下一阶段",
      "团队转化率",
      "与团队差距",
      "最弱",
    ],
    won: "赢单",
    weakest: "◀ 最弱",
    noWeakStage: "均不低于团队",
    orderGiven: "来自配置或映射",
    orderProbability: "配置之外的阶段按平均赢率排序",
    orderFound: "配置之外的阶段按首次出现顺序排列",
    splitCredit:
      "拆分商机（业绩分成）：金额按分成比例计入，与 CRM 指标表一致；销售人员区块按整单计笔数，团队区块按分成比例计，拆分商机只计一次。",
  },
  followUp: {
    title: "待跟进：逾期未联系的进行中商机",
    note: "下次跟进日期或结单日期早于截至日期的进行中商机，在导入时选出（重新导入即可更新）。逾期天数随截至日期单元格变化。",
    asOf: "截至日期",
    headers: [
      "销售人员",
      "团队",
      "商机/订单",
      "客户",
      "销售阶段",
      "金额",
      "结单日期",
      "下次跟进",
      "逾期项",
      "逾期起始",
      "逾期天数",
      "源行号",
    ],
    reasonNext: "下次跟进",
    reasonClose: "结单日期",
    reasonBoth: "下次跟进和结单日期",
    none: "没有逾期的进行中商机。",
  },
  report: {
    title: "CRM 导入报告",
    summaryTitle: "概要",
    file: "文件",
    profile: "配置",
    recognisedBy: "列识别方式",
    byProfile: "配置的表头",
    byMapping: "映射",
    kind: "记录类型",
    kindDeals: "商机",
    kindOrders: "订单",
    rowsRead: "读取行数",
    rowsImported: "导入行数",
    rowsRejected: "未导入行数（见下文）",
    warnings: "警告数",
    dateOrder: "3/1/2027 这类日期读作",
    dateOrders: { mdy: "月/日/年", dmy: "日/月/年" },
    dateHow: {
      given: "映射中指定",
      evidence: "由文件中的日期判断",
      default: "配置默认：请核对",
      unused: "文件中没有此类日期",
    },
    stageOrder: "阶段顺序",
    encoding: "文本编码",
    encodingHow: { bom: "文件自带标记（BOM）", detected: "根据字节判断", given: "由 --encoding 指定" },
    currencies: "币种",
    asOf: "截至日期",
    repsWithout: "没有记录的销售人员",
    columnsTitle: "列",
    columnsHeaders: ["字段", "文件中的列", "来源"],
    viaProfile: "配置",
    viaMapping: "映射",
    unused: "未使用的列",
    ownersTitle: "不在名单中的负责人（其记录已保留；请加入名单，或在映射的 owners 中对应）",
    ownersHeaders: ["负责人", "行数", "金额", "首次出现行"],
    ownersNone: "所有负责人都在名单中。",
    issuesTitle: "无法读取的行和值",
    issuesHeaders: ["级别", "行", "列", "问题", "文件中的值"],
    error: "该行未导入",
    warning: "警告",
    issuesNone: "所有行均已读取。",
  },
};

export const CRM_TEXTS: Readonly<Record<Locale, CrmSheetTexts>> = { "en-US": enUS, "zh-CN": zhCN };

export function crmTexts(locale: Locale): CrmSheetTexts {
  return CRM_TEXTS[locale];
}
