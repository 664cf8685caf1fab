/**
 * Texts of the incentive (commission) workbook: Plan, Calculation, Statements, Awards, Teams, Credit
 * splits and Clawbacks sheets, in en-US and zh-CN. The plain-language explanation of pay is kept in
 * both languages for every locale (the Plan sheet shows both, the chosen locale first).
 */
import type { Locale } from "../index";

export interface IncentiveSheetTexts {
  readonly sheet: {
    readonly plan: string;
    readonly calculation: string;
    readonly statements: string;
    /** Sheet n (2, 3 ...) of a team's statements too many for one sheet. */
    readonly statementsPart: (n: number) => string;
    readonly awards: string;
    readonly teams: string;
    readonly credits: string;
    readonly clawbacks: string;
  };
  readonly common: {
    readonly rep: string;
    readonly team: string;
    readonly role: string;
    readonly manager: string;
    readonly hireDate: string;
    readonly period: string;
    readonly periodNo: string;
    readonly total: string;
    readonly none: string;
  };
  readonly plan: {
    readonly title: (name: string) => string;
    readonly note: string;
    readonly general: string;
    readonly name: string;
    readonly currency: string;
    readonly planPeriod: string;
    readonly planPeriodValue: (first: string, last: string, months: number) => string;
    readonly payFrequency: string;
    readonly frequency: Readonly<Record<"monthly" | "quarterly" | "semiannual" | "annual", string>>;
    readonly monthsPerPeriod: string;
    readonly basis: string;
    readonly basisValue: Readonly<Record<"bookings" | "collections", string>>;
    readonly compensation: string;
    readonly compensationValue: Readonly<Record<"ote" | "targetIncentive" | "none", string>>;
    readonly ote: string;
    readonly baseMix: string;
    readonly variableMix: string;
    readonly targetIncentive: string;
    readonly draw: string;
    readonly drawAmount: string;
    readonly zeroQuota: string;
    readonly zeroQuotaNote: string;
    readonly payDecimals: string;
    readonly payDecimalsNote: (currency: string) => string;
    readonly drawRecoverable: string;
    readonly drawRecoverableNote: string;
    readonly measure: (n: number, name: string, id: string) => string;
    readonly payoutKind: string;
    readonly payoutKindValue: (kind: "amount" | "attainment" | "curve") => string;
    readonly quota: string;
    readonly weight: string;
    readonly gate: (measureName: string) => string;
    readonly attainmentCap: string;
    readonly payoutCap: string;
    readonly blankNone: string;
    readonly method: string;
    readonly methodNote: string;
    readonly tierHeaders: (on: "amount" | "attainment" | "units") => readonly [string, string, string];
    readonly tier: (n: number) => string;
    readonly curveCap: string;
    readonly curveHeaders: readonly [string, string, string];
    readonly point: (n: number) => string;
    readonly spiff: (n: number, name: string, id: string) => string;
    readonly clawback: string;
    readonly clawbackHeaders: readonly [string, string, string];
    readonly band: (n: number) => string;
    readonly pool: string;
    readonly poolMeasure: string;
    readonly poolThreshold: string;
    readonly poolAmount: string;
    readonly poolExcessRate: string;
    readonly poolSplit: string;
    readonly poolSplitNote: string;
    readonly awards: string;
    readonly bestRep: string;
    readonly bestTeam: string;
    readonly awardMeasure: string;
    readonly awardBy: string;
    readonly awardByValue: Readonly<Record<"attainment" | "actual", string>>;
    readonly minAttainment: string;
    readonly tie: string;
    readonly tieNote: string;
    readonly awardTitle: string;
    readonly bonus: string;
    readonly bonusPerMember: string;
    readonly repsTitle: string;
    readonly repsNote: string;
    readonly repOte: string;
    readonly repBaseMix: string;
    readonly repTargetIncentive: string;
    readonly repDraw: string;
    readonly repQuota: (measure: string, period: string) => string;
    readonly howTitle: string;
  };
  readonly calc: {
    readonly title: (name: string) => string;
    readonly note: string;
    readonly periodTargetIncentive: string;
    readonly quota: (m: string) => string;
    readonly direct: (m: string, basis: "bookings" | "collections") => string;
    readonly split: (m: string) => string;
    readonly credited: (m: string) => string;
    readonly attainment: (m: string) => string;
    readonly gateMet: (m: string) => string;
    readonly amountUsed: (m: string) => string;
    readonly tierAmount: (m: string, k: number) => string;
    readonly tierCommission: (m: string, k: number) => string;
    readonly attainmentUsed: (m: string) => string;
    readonly segment: (m: string) => string;
    readonly curveValue: (m: string) => string;
    readonly fraction: (m: string) => string;
    readonly payout: (m: string) => string;
    readonly spiffUnits: (s: string) => string;
    readonly spiffAmount: (s: string) => string;
    readonly teamBonus: string;
    readonly bestRepBonus: string;
    readonly bestTeamBonus: string;
    readonly clawback: string;
    readonly adjustment: string;
    readonly adjustmentNote: string;
    readonly earned: string;
    readonly draw: string;
    readonly payable: string;
    readonly balance: string;
    readonly ytd: string;
  };
  readonly statement: {
    readonly title: (rep: string) => string;
    readonly plan: string;
    readonly item: string;
    readonly baseSalary: string;
    readonly targetIncentive: string;
    readonly quota: (m: string) => string;
    readonly credited: (m: string) => string;
    readonly attainment: (m: string) => string;
    readonly payout: (m: string) => string;
    readonly spiff: (s: string) => string;
    readonly notes: string;
    readonly noQuota: (measure: string, rule: "baseRate" | "nothing") => string;
    readonly negativeBalance: string;
    readonly footer: string;
    /** Atop each sheet of a team whose statements take several: which reps (1-based, roster order) it holds. */
    readonly sheetReps: (o: {
      first: number;
      last: number;
      total: number;
      firstName: string;
      lastName: string;
    }) => string;
  };
  readonly awards: {
    readonly title: (name: string) => string;
    readonly note: string;
    readonly bestRep: string;
    readonly bestTeam: string;
    readonly score: string;
    readonly recognition: string;
    readonly bonus: string;
    readonly bonusPerMember: string;
    readonly repScores: (by: "attainment" | "actual", measure: string) => string;
    readonly teamScores: (measure: string) => string;
    /** Header of the columns that collect the names tied at the top, and the separator joining them. */
    readonly tiedSoFar: string;
    readonly tieSeparator: string;
  };
  readonly teams: {
    readonly title: (name: string) => string;
    readonly note: string;
    readonly members: string;
    readonly quota: (m: string) => string;
    readonly credited: (m: string) => string;
    readonly attainment: (m: string) => string;
    readonly funded: string;
    readonly pool: string;
  };
  readonly credits: {
    readonly title: string;
    readonly note: string;
    readonly headers: readonly [string, string, string, string, string, string, string, string];
    readonly shareError: string;
  };
  readonly clawbacks: {
    readonly title: string;
    readonly note: string;
    readonly headers: readonly [string, string, string, string, string, string, string];
  };
  readonly explain: {
    readonly title: string;
    readonly credited: (basis: "bookings" | "collections") => string;
    readonly attainment: string;
    /** Where quotas of the listed measures come from, and which source wins. */
    readonly quotaSources: (items: readonly { measure: string; source: "roster" | "goal" }[]) => string;
    readonly tiers: string;
    readonly curve: (ote: boolean) => string;
    readonly gates: string;
    readonly zeroQuota: (rule: "baseRate" | "nothing") => string;
    readonly spiffs: string;
    readonly pool: (measure: string) => string;
    readonly awards: string;
    readonly clawbacks: string;
    readonly net: string;
    readonly draw: string;
    readonly payable: string;
  };
}

/** A count as both languages' sheets write it: 10,000. */
const count = (n: number) => n.toLocaleString("en-US");

const enUS: IncentiveSheetTexts = {
  sheet: {
    plan: "Commission plan",
    calculation: "Commission calc",
    statements: "Pay statements",
    statementsPart: (n) => `Pay statements ${n}`,
    awards: "Awards",
    teams: "Team results",
    credits: "Credit splits",
    clawbacks: "Clawbacks",
  },
  common: {
    rep: "Rep",
    team: "Team",
    role: "Role",
    manager: "Manager",
    hireDate: "Hire date",
    period: "Period",
    periodNo: "Period #",
    total: "Total",
    none: "none",
  },
  plan: {
    title: (name) => `${name}: incentive plan`,
    note: "Yellow cells are inputs: change any of them and every sheet recomputes. Grey cells are computed. A different number of reps, measures, tiers or periods needs a new generation.",
    general: "General",
    name: "Plan name",
    currency: "Currency",
    planPeriod: "Plan period",
    planPeriodValue: (first, last, months) => `${first} to ${last} (${months} months)`,
    payFrequency: "Pay frequency",
    frequency: { monthly: "monthly", quarterly: "quarterly", semiannual: "half-yearly", annual: "yearly" },
    monthsPerPeriod: "Months per pay period",
    basis: "Credited on",
    basisValue: { bookings: "bookings (signed orders)", collections: "collections (cash received)" },
    compensation: "Pay stated as",
    compensationValue: {
      ote: "on-target earnings (OTE) with a base/variable mix",
      targetIncentive: "a target incentive per year",
      none: "commission only (tier rates)",
    },
    ote: "Default OTE per year",
    baseMix: "Default base salary share of OTE",
    variableMix: "Variable share of OTE",
    targetIncentive: "Default target incentive per year",
    draw: "Draw",
    drawAmount: "Default draw per pay period",
    zeroQuota: "Period without quota pays",
    zeroQuotaNote:
      "When a rep's quota for a period is 0 (a ramp month, before the hire date), attainment tiers cannot be read: baseRate pays the credited amount at the first tier's rate, nothing pays 0.",
    payDecimals: "Payable rounded to decimals",
    payDecimalsNote: (cur) =>
      `Net earned, payable and balance are rounded to this many decimals each period (ROUND, half away from zero): the minor unit of ${cur || "the currency"}.`,
    drawRecoverable: "Draw recoverable",
    drawRecoverableNote:
      "TRUE: shortfalls are owed and recovered from later earnings; FALSE: a guaranteed minimum",
    measure: (n, name, id) => `Measure ${n}: ${name} (${id})`,
    payoutKind: "Pays by",
    payoutKindValue: (kind) =>
      kind === "curve"
        ? "payout curve on attainment x target incentive x weight"
        : kind === "attainment"
          ? "commission tiers, thresholds in attainment of quota"
          : "commission tiers, thresholds in amount",
    quota: "Default quota per pay period",
    weight: "Weight (share of target incentive)",
    gate: (m) => `Gate: minimum attainment of ${m}`,
    attainmentCap: "Attainment cap",
    payoutCap: "Payout cap per pay period",
    blankNone: "blank = none",
    method: "Tier method",
    methodNote: "marginal: each slice at its own rate; retro: the whole amount at the rate reached",
    tierHeaders: (on) =>
      on === "units"
        ? ["Tier", "From (units)", "Amount per unit"]
        : on === "attainment"
          ? ["Tier", "From (attainment)", "Rate"]
          : ["Tier", "From (amount)", "Rate"],
    tier: (n) => `Tier ${n}`,
    curveCap: "Curve cap (highest payout fraction)",
    curveHeaders: ["Point", "Attainment", "Payout (fraction of target)"],
    point: (n) => `Point ${n}`,
    spiff: (n, name, id) => `SPIFF ${n}: ${name} (${id})`,
    clawback: "Clawback schedule",
    clawbackHeaders: ["Band", "From months active", "Fraction clawed back"],
    band: (n) => `Band ${n}`,
    pool: "Team pool bonus",
    poolMeasure: "Measure",
    poolThreshold: "Team attainment that funds the pool",
    poolAmount: "Pool amount per team and period",
    poolExcessRate: "Extra pool per unit above team quota",
    poolSplit: "Split rule",
    poolSplitNote: "equal: same share per member; proRata: in proportion to credited actuals",
    awards: "Recognition awards",
    bestRep: "Best salesperson of the period",
    bestTeam: "Best team of the period",
    awardMeasure: "Measure",
    awardBy: "Scored by",
    awardByValue: { attainment: "attainment", actual: "credited actual" },
    minAttainment: "Minimum attainment to qualify",
    tie: "Equal top scores",
    tieNote:
      "share: the bonus is split among them; all: each gets the whole bonus; first: the first in roster order gets it",
    awardTitle: "Recognition title",
    bonus: "Bonus",
    bonusPerMember: "Bonus per team member",
    repsTitle: "Reps: pay, draw and quota per pay period",
    repsNote: "Cells linked to a default above follow it; type a number to override one rep.",
    repOte: "OTE per year",
    repBaseMix: "Base share",
    repTargetIncentive: "Target incentive per year",
    repDraw: "Draw per period",
    repQuota: (m, p) => `Quota ${m} ${p}`,
    howTitle: "How pay is computed",
  },
  calc: {
    title: (name) => `${name}: commission calculation`,
    note: "One row per rep and pay period. Yellow cells take the period's actuals; everything else follows from them and the Commission plan sheet.",
    periodTargetIncentive: "Target incentive (period)",
    quota: (m) => `${m}: quota`,
    direct: (m, basis) => `${m}: own ${basis === "collections" ? "collections" : "bookings"}`,
    split: (m) => `${m}: split credit`,
    credited: (m) => `${m}: credited actual`,
    attainment: (m) => `${m}: attainment`,
    gateMet: (m) => `${m}: gate met`,
    amountUsed: (m) => `${m}: amount commissioned`,
    tierAmount: (m, k) => `${m}: amount in tier ${k}`,
    tierCommission: (m, k) => `${m}: commission tier ${k}`,
    attainmentUsed: (m) => `${m}: attainment used`,
    segment: (m) => `${m}: curve segment`,
    curveValue: (m) => `${m}: curve value`,
    fraction: (m) => `${m}: payout fraction`,
    payout: (m) => `${m}: payout`,
    spiffUnits: (s) => `${s}: units`,
    spiffAmount: (s) => `${s}: SPIFF`,
    teamBonus: "Team pool share",
    bestRepBonus: "Best salesperson bonus",
    bestTeamBonus: "Best team bonus",
    clawback: "Clawbacks",
    adjustment: "Adjustment",
    adjustmentNote: "Adjustment reason",
    earned: "Net earned",
    draw: "Draw",
    payable: "Payable",
    balance: "Draw balance owed",
    ytd: "Payable year to date",
  },
  statement: {
    title: (rep) => `Pay statement: ${rep}`,
    plan: "Plan",
    item: "Item",
    baseSalary: "Base salary (paid by payroll, not in payable)",
    targetIncentive: "Target incentive",
    quota: (m) => `${m}: quota`,
    credited: (m) => `${m}: credited actual`,
    attainment: (m) => `${m}: attainment`,
    payout: (m) => `${m}: payout`,
    spiff: (s) => `SPIFF ${s}`,
    notes: "Notes",
    noQuota: (m, rule) =>
      `No ${m} quota this period: ${rule === "baseRate" ? "paid at the base rate" : "no tier payout"}.`,
    negativeBalance: "Negative balance carried forward (repaid from later earnings)",
    footer:
      "Every figure links to the Commission calc sheet; the Commission plan sheet explains how pay is computed.",
    sheetReps: (o) =>
      `This sheet holds reps ${count(o.first)}–${count(o.last)} of ${count(o.total)} in roster order (${o.firstName} to ${o.lastName}); the other reps' statements are on the other Pay statements sheets.`,
  },
  awards: {
    title: (name) => `${name}: awards`,
    note: "Highest score among those reaching the minimum attainment (default 100%). Equal top salespeople (teams) share the bonus, each get it, or the first listed gets it, as the plan sheet states (Equal top scores); when they share it or each get it, the winner cell names all of them. Only reps employed in the period can win. Bonuses are added to the winners' pay for the period.",
    bestRep: "Best salesperson",
    bestTeam: "Best team",
    score: "Score",
    recognition: "Recognition",
    bonus: "Bonus",
    bonusPerMember: "Bonus per member",
    repScores: (by, m) =>
      `Qualifying scores of salespeople (${m}, ${by === "attainment" ? "attainment" : "credited actual"})`,
    teamScores: (m) => `Qualifying scores of teams (${m}, team attainment)`,
    tiedSoFar: "Top scores so far (ties named together)",
    tieSeparator: ", ",
  },
  teams: {
    title: (name) => `${name}: teams`,
    note: "Team totals per pay period, summed from the Commission calc sheet; the team pool is funded when the team's attainment reaches the threshold.",
    members: "Members",
    quota: (m) => `${m}: team quota`,
    credited: (m) => `${m}: team credited`,
    attainment: (m) => `${m}: team attainment`,
    funded: "Pool funded",
    pool: "Pool",
  },
  credits: {
    title: "Credit splits",
    note: "One row per rep and split deal: the rep is credited deal amount x share toward the measure. A deal's shares should add up to 100%. Add rows in the yellow area.",
    headers: [
      "Deal",
      "Period #",
      "Measure id",
      "Rep",
      "Share",
      "Deal amount",
      "Credited",
      "Deal shares total",
    ],
    shareError: "Shares of a deal add up to something other than 100%",
  },
  clawbacks: {
    title: "Clawbacks",
    note: "Commission paid on a deal that was lost: the schedule on the Commission plan sheet gives the fraction recovered from the months the customer stayed. The amount is deducted in the pay period given.",
    headers: ["Rep", "Period #", "Deal", "Commission paid", "Months active", "Fraction", "Clawback"],
  },
  explain: {
    title: "How pay is computed",
    credited: (basis) =>
      `Credited actual = your own ${basis === "collections" ? "collections (cash received)" : "bookings"} + your share of split deals (deal amount x share, see the Credit splits sheet). Splits count toward attainment and commission; they do not change quotas.`,
    attainment:
      "Attainment = credited actual / quota of the pay period (0 when the quota is 0, e.g. before a new hire starts).",
    quotaSources: (items) =>
      `Quotas: ${items
        .map((i) =>
          i.source === "goal"
            ? `${i.measure} from the goal sheet (your targets for the months of the pay period; the quota cells are formulas pointing at them)`
            : `${i.measure} from the roster's quota column`,
        )
        .join(
          "; ",
        )}. Precedence: a quota set for the rep in the plan (reps[].quotas) first, then that source, then the measure's default quota (also for reps or periods the source does not cover).`,
    tiers:
      "Tier measures: commission from the tier table. marginal: each slice of the amount between two thresholds is paid at that tier's rate; retro: the whole amount is paid at the rate of the highest tier reached. Thresholds in attainment are multiplied by your quota and rounded to the cent (110% of 110,000 is 121,000.00).",
    curve: (ote) =>
      `Curve measures: payout = curve value x target incentive of the period x weight. The curve is linear between its points, pays nothing below the first point (a threshold), and its last slope continues above the last point (an accelerator) up to the curve cap. Target incentive of the period = target incentive per year x months per pay period / 12${ote ? "; target incentive per year = OTE x (1 - base share)" : ""}.`,
    gates:
      "Gate: a measure pays nothing while the gating attainment is below the gate. Attainment cap: attainment (for tier measures, the amount) above the cap earns nothing more. Payout cap: a measure pays at most this much per period.",
    zeroQuota: (rule) =>
      `A period with a quota of 0 (a ramp month, before the hire date) has no attainment to read tiers on: ${rule === "baseRate" ? "its credited amount is paid at the first tier's rate (the base rate)" : "tier measures on attainment pay nothing for it"}. The statement says so for that period.`,
    spiffs:
      "SPIFFs: paid per unit from the SPIFF's tier table. Units are counted from 1: a tier from 4 pays the 4th unit on. marginal: each unit at the rate of its tier (units 1-3 at tier 1, the 4th on at tier 2); retro: every unit at the rate of the tier the count reaches. Both pay the same inside the first tier.",
    pool: (m) =>
      `Team pool: when a team's attainment on ${m} reaches the threshold, the pool (amount + extra rate x team result above team quota) is shared equally or pro rata to credited actuals.`,
    awards:
      "Awards: each pay period the best salesperson (and best team) is the highest score among those reaching the minimum attainment (default 100%), so nobody wins with no sales. Equal top salespeople (teams) share the bonus, each get it, or the first listed gets it, as stated under Equal top scores. The bonus is added to that period's pay.",
    clawbacks:
      "Clawbacks: commission of a lost deal x the fraction of the schedule band for the months the customer stayed, deducted in the pay period entered.",
    net: "Net earned = measure payouts + SPIFFs + team pool share + award bonuses - clawbacks + adjustments.",
    draw: "Draw: with a recoverable draw, when net earned is below the draw you are paid the draw and owe the difference (draw balance); later surpluses above the draw repay the balance first. A non-recoverable draw is a guaranteed minimum: you are paid the larger of the draw and net earned. Without a draw, a negative net earned is carried forward as a balance and repaid from later earnings. Clawbacks and adjustments count before the draw.",
    payable:
      "Payable = what is paid for the period, rounded like net earned and the balance to the currency's minor unit (see Payable rounded to decimals); year to date = the sum of payables so far.",
  },
};

const zhCN: IncentiveSheetTexts = {
  sheet: {
    plan: "提成方案",
    calculation: "提成计算",
    statements: "个人结算单",
    statementsPart: (n) => `个人结算单 ${n}`,
    awards: "评奖",
    teams: "团队业绩",
    credits: "分单",
    clawbacks: "追回",
  },
  common: {
    rep: "销售人员",
    team: "团队",
    role: "职位",
    manager: "经理",
    hireDate: "入职日期",
    period: "发放期",
    periodNo: "期序号",
    total: "合计",
    none: "无",
  },
  plan: {
    title: (name) => `${name}：激励方案`,
    note: "黄色单元格为输入项：修改任意一项，所有工作表都会重新计算。灰色单元格为计算结果。销售人数、指标、档位或发放期数量变化时需重新生成。",
    general: "基本信息",
    name: "方案名称",
    currency: "币种",
    planPeriod: "方案期间",
    planPeriodValue: (first, last, months) => `${first} 至 ${last}（${months} 个月）`,
    payFrequency: "发放频率",
    frequency: { monthly: "按月", quarterly: "按季", semiannual: "按半年", annual: "按年" },
    monthsPerPeriod: "每个发放期的月数",
    basis: "业绩口径",
    basisValue: { bookings: "签单额（订单）", collections: "回款额（实收）" },
    compensation: "薪酬表述",
    compensationValue: {
      ote: "目标总收入（OTE）及固浮比",
      targetIncentive: "年度目标奖金",
      none: "纯提成（按档位提成比例）",
    },
    ote: "默认年度目标总收入（OTE）",
    baseMix: "默认底薪占目标总收入比例",
    variableMix: "浮动部分占目标总收入比例",
    targetIncentive: "默认年度目标奖金",
    draw: "预支",
    drawAmount: "默认每期预支额",
    zeroQuota: "无指标期间计发方式",
    zeroQuotaNote:
      "某期指标为 0（爬坡期、入职前）时无法按达成率分档：填 baseRate 则计入业绩按第一档提成比例计发，填 nothing 则不计发。",
    payDecimals: "应发金额保留小数位",
    payDecimalsNote: (cur) =>
      `每期净应得、应发与余额均四舍五入（ROUND）到此位数：即 ${cur || "币种"} 的最小货币单位。`,
    drawRecoverable: "预支可追回",
    drawRecoverableNote: "TRUE：差额记为欠款，从以后收入中扣回；FALSE：保底金额，不追回",
    measure: (n, name, id) => `指标 ${n}：${name}（${id}）`,
    payoutKind: "计发方式",
    payoutKindValue: (kind) =>
      kind === "curve"
        ? "达成率支付曲线 × 目标奖金 × 权重"
        : kind === "attainment"
          ? "提成档位，起点按指标达成率"
          : "提成档位，起点按金额",
    quota: "默认每期指标",
    weight: "权重（占目标奖金比例）",
    gate: (m) => `门槛：${m} 的最低达成率`,
    attainmentCap: "达成率封顶",
    payoutCap: "每期奖金封顶",
    blankNone: "留空 = 不设",
    method: "档位算法",
    methodNote:
      "超额累进（填 marginal）：各段按各自档位的提成比例；全额累进（填 retro）：全部金额按达到的档位提成比例",
    tierHeaders: (on) =>
      on === "units"
        ? ["档位", "起点（数量）", "每单位金额"]
        : on === "attainment"
          ? ["档位", "起点（达成率）", "提成比例"]
          : ["档位", "起点（金额）", "提成比例"],
    tier: (n) => `第 ${n} 档`,
    curveCap: "曲线封顶（最高支付比例）",
    curveHeaders: ["节点", "达成率", "支付比例（占目标奖金）"],
    point: (n) => `节点 ${n}`,
    spiff: (n, name, id) => `专项激励 ${n}：${name}（${id}）`,
    clawback: "追回规则",
    clawbackHeaders: ["档位", "客户留存月数起", "追回比例"],
    band: (n) => `第 ${n} 档`,
    pool: "团队奖金池",
    poolMeasure: "指标",
    poolThreshold: "奖金池启动的团队达成率",
    poolAmount: "每个团队每期奖金池",
    poolExcessRate: "团队超出指标部分每单位追加",
    poolSplit: "分配规则",
    poolSplitNote: "平分（填 equal）：成员平分；按比例（填 proRata）：按各自计入业绩比例分配",
    awards: "荣誉奖励",
    bestRep: "本期最佳销售",
    bestTeam: "本期最佳团队",
    awardMeasure: "指标",
    awardBy: "评比依据",
    awardByValue: { attainment: "达成率", actual: "计入业绩" },
    minAttainment: "参评最低达成率",
    tie: "得分并列时",
    tieNote:
      "平分（填 share）：并列者平分奖金；全额（填 all）：每人获得全额奖金；取首位（填 first）：按名单顺序取第一位",
    awardTitle: "荣誉称号",
    bonus: "奖金",
    bonusPerMember: "团队每位成员奖金",
    repsTitle: "销售：薪酬、预支及每期指标",
    repsNote: "链接到上方默认值的单元格随默认值变化；输入数字即可单独调整某位销售。",
    repOte: "年度目标总收入",
    repBaseMix: "底薪比例",
    repTargetIncentive: "年度目标奖金",
    repDraw: "每期预支",
    repQuota: (m, p) => `指标 ${m} ${p}`,
    howTitle: "奖金如何计算",
  },
  calc: {
    title: (name) => `${name}：提成计算`,
    note: "每位销售每个发放期一行。黄色单元格填入本期实际业绩，其余各项均由其与“提成方案”表计算得出。",
    periodTargetIncentive: "本期目标奖金",
    quota: (m) => `${m}：指标`,
    direct: (m, basis) => `${m}：本人${basis === "collections" ? "回款" : "签单"}`,
    split: (m) => `${m}：分单计入`,
    credited: (m) => `${m}：计入业绩`,
    attainment: (m) => `${m}：达成率`,
    gateMet: (m) => `${m}：达到门槛`,
    amountUsed: (m) => `${m}：计提金额`,
    tierAmount: (m, k) => `${m}：第 ${k} 档金额`,
    tierCommission: (m, k) => `${m}：第 ${k} 档提成`,
    attainmentUsed: (m) => `${m}：计算用达成率`,
    segment: (m) => `${m}：曲线区段`,
    curveValue: (m) => `${m}：曲线值`,
    fraction: (m) => `${m}：支付比例`,
    payout: (m) => `${m}：奖金`,
    spiffUnits: (s) => `${s}：数量`,
    spiffAmount: (s) => `${s}：专项激励`,
    teamBonus: "团队奖金池分配",
    bestRepBonus: "最佳销售奖金",
    bestTeamBonus: "最佳团队奖金",
    clawback: "追回",
    adjustment: "调整",
    adjustmentNote: "调整原因",
    earned: "净应得",
    draw: "预支",
    payable: "应发",
    balance: "预支欠款余额",
    ytd: "年初至今应发",
  },
  statement: {
    title: (rep) => `个人结算单：${rep}`,
    plan: "方案",
    item: "项目",
    baseSalary: "底薪（由工资发放，不含在应发中）",
    targetIncentive: "目标奖金",
    quota: (m) => `${m}：指标`,
    credited: (m) => `${m}：计入业绩`,
    attainment: (m) => `${m}：达成率`,
    payout: (m) => `${m}：奖金`,
    spiff: (s) => `专项激励 ${s}`,
    notes: "说明",
    noQuota: (m, rule) =>
      `本期无${m}指标：${rule === "baseRate" ? "按基础提成比例计发" : "分档部分不计发"}。`,
    negativeBalance: "结转负余额（从以后收入中扣回）",
    footer: "各项数字均链接到“提成计算”表；“提成方案”表说明奖金的计算方法。",
    sheetReps: (o) =>
      `本表为名单中第 ${count(o.first)}–${count(o.last)} 位销售人员（共 ${count(o.total)} 位）：${o.firstName} 至 ${o.lastName}；其他销售人员的结算单在其余“个人结算单”工作表中。`,
  },
  awards: {
    title: (name) => `${name}：评奖`,
    note: "在达到最低达成率（默认 100%）者中取得分最高者。最佳销售（团队）得分并列时，按“提成方案”表“得分并列时”的规定平分奖金、每人全额或取排在前面者；平分或每人全额时，获奖者单元格列出全部并列者。本期不在职者不参与评奖。奖金计入获奖者当期应发。",
    bestRep: "最佳销售",
    bestTeam: "最佳团队",
    score: "得分",
    recognition: "荣誉",
    bonus: "奖金",
    bonusPerMember: "每位成员奖金",
    repScores: (by, m) => `销售人员参评得分（${m}，${by === "attainment" ? "达成率" : "计入业绩"}）`,
    teamScores: (m) => `团队参评得分（${m}，团队达成率）`,
    tiedSoFar: "截至本行的最高分者（并列者一并列出）",
    tieSeparator: "、",
  },
  teams: {
    title: (name) => `${name}：团队`,
    note: "各团队每个发放期的合计，由“提成计算”表汇总；团队达成率达到门槛时启动团队奖金池。",
    members: "人数",
    quota: (m) => `${m}：团队指标`,
    credited: (m) => `${m}：团队计入业绩`,
    attainment: (m) => `${m}：团队达成率`,
    funded: "奖金池启动",
    pool: "奖金池",
  },
  credits: {
    title: "分单",
    note: "每位销售每笔分单一行：该销售按 订单金额 × 份额 计入该指标业绩。同一订单各份额之和应为 100%。可在黄色区域添加行。",
    headers: ["订单", "期序号", "指标标识", "销售", "份额", "订单金额", "计入业绩", "订单份额合计"],
    shareError: "该订单各份额之和不等于 100%",
  },
  clawbacks: {
    title: "追回",
    note: "已丢失订单的已发提成：按“提成方案”表中的追回规则，根据客户留存月数确定追回比例，在所填发放期扣除。",
    headers: ["销售人员", "期序号", "订单", "已发提成", "留存月数", "追回比例", "追回金额"],
  },
  explain: {
    title: "奖金如何计算",
    credited: (basis) =>
      `计入业绩 = 本人${basis === "collections" ? "回款额（实收）" : "签单额"} + 分单中本人的份额（订单金额 × 份额，见“分单”表）。分单计入达成率和提成，但不改变指标。`,
    attainment: "达成率 = 计入业绩 ÷ 本期指标（指标为 0 时，如新人入职前，达成率为 0）。",
    quotaSources: (items) =>
      `指标来源：${items
        .map((i) =>
          i.source === "goal"
            ? `${i.measure} 取自目标表（本人在本发放期各月的目标；指标单元格是指向目标表的公式）`
            : `${i.measure} 取自名单的指标列`,
        )
        .join(
          "；",
        )}。优先级：方案中为该销售单独设定的指标（reps[].quotas）最高，其次为上述来源，最后为该指标的默认指标（来源未覆盖的销售或发放期也用默认指标）。`,
    tiers:
      "分档指标：按档位表计算提成。超额累进（marginal）：两个起点之间的各段金额按该档提成比例计算；全额累进（retro）：全部金额按达到的最高档提成比例计算。按达成率设定的起点乘以本人指标，并四舍五入到分（110,000 的 110% 为 121,000.00）。",
    curve: (ote) =>
      `曲线指标：奖金 = 曲线值 × 本期目标奖金 × 权重。曲线在节点之间线性变化，低于第一个节点时为 0（门槛），高于最后节点时沿最后一段斜率继续上升（加速），直至曲线封顶。本期目标奖金 = 年度目标奖金 × 每期月数 ÷ 12${ote ? "；年度目标奖金 = 目标总收入 ×（1 − 底薪比例）" : ""}。`,
    gates:
      "门槛：门槛指标的达成率低于门槛时，该指标奖金为 0。达成率封顶：超过封顶的达成率（分档指标为金额）不再计奖。奖金封顶：该指标每期奖金最高为此金额。",
    zeroQuota: (rule) =>
      `指标为 0 的发放期（爬坡期、入职前）没有达成率可用于分档：${rule === "baseRate" ? "计入业绩按第一档提成比例（基础提成比例）计发" : "按达成率分档的指标不计发"}。结算单会在该期注明。`,
    spiffs:
      "专项激励：按专项激励档位表逐单位计发。单位从 1 开始计数：起点为 4 的档位从第 4 单起计。超额累进（marginal）：每一单按其所在档位的金额计（第 1-3 单按第 1 档，第 4 单起按第 2 档）；全额累进（retro）：全部单数按达到的档位计。在第 1 档内两种方法结果相同。",
    pool: (m) =>
      `团队奖金池：团队在 ${m} 上的达成率达到门槛时，奖金池（固定金额 + 团队超出指标部分 × 追加比例）由成员平分，或按各自计入业绩比例分配。`,
    awards:
      "评奖：每个发放期，在达到最低达成率（默认 100%）者中得分最高者为最佳销售（最佳团队），无业绩者不会获奖。最佳销售（团队）得分并列时，按“得分并列时”的规定平分奖金、每人全额或取排在前面者；平分或每人全额时，获奖者单元格列出全部并列者。奖金计入当期应发。",
    clawbacks: "追回：已丢失订单的提成 × 按客户留存月数对应档位的追回比例，在所填发放期扣除。",
    net: "净应得 = 各指标奖金 + 专项激励 + 团队奖金池分配 + 评奖奖金 − 追回 + 调整。",
    draw: "预支：可追回预支下，净应得低于预支额时按预支额发放，差额记为欠款（预支欠款余额）；以后各期超出预支额的部分先用于归还欠款。不可追回预支即保底：按预支额与净应得中较大者发放。未设预支时，为负的净应得结转为欠款，从以后收入中扣回。追回和调整在计算预支之前计入。",
    payable:
      "应发 = 本期实际发放金额，与净应得、余额一样四舍五入到币种的最小货币单位（见“应发金额保留小数位”）；年初至今 = 截至本期的应发合计。",
  },
};

export const INCENTIVE_TEXTS: Readonly<Record<Locale, IncentiveSheetTexts>> = {
  "en-US": enUS,
  "zh-CN": zhCN,
};

export function incentiveTexts(locale: Locale): IncentiveSheetTexts {
  return INCENTIVE_TEXTS[locale];
}
