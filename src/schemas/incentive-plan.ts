/**
 * The incentive (commission) plan a user writes as JSON or YAML: measures with tiers or payout curves,
 * draws, clawbacks, SPIFFs, team pool, awards, per-rep overrides and the period's activity data.
 * Checks that need the roster (rep names) happen when the plan meets the roster (generators/incentives/model.ts).
 */
import { z } from "zod";
import { bi, parseWith, SchemaResult, ZodIssueContext } from "./errors";
import { checkPlan } from "./incentive-plan-checks";
import { PAY_FREQUENCIES } from "./incentive-plan-periods";

/** Sizes that keep the generated sheets readable and their formulas short. */
export const PLAN_LIMITS = {
  measures: 6,
  tiers: 8,
  curvePoints: 12,
  spiffs: 6,
  months: 24,
  clawbackBands: 12,
  roleTables: 8,
} as const;

export {
  MONTHS_PER_PAY_PERIOD,
  PAY_FREQUENCIES,
  payPeriodCount,
  resolvePeriodRef,
} from "./incentive-plan-periods";
export type { PayFrequency } from "./incentive-plan-periods";
export { MAX_RATE } from "./incentive-plan-checks";

const finite = () => z.number().refine(Number.isFinite, bi("must be a finite number", "必须是有限数值"));
const nonNegative = () => finite().min(0);
const positive = () => finite().gt(0);
const fraction = () => finite().min(0).max(1);

/**
 * A rate: a fraction (0.05) or a percentage text ("5%", "7.5 %"). Whether a bare number above 1 is
 * meant (rates above 100% need the plan's allowRatesAbove100) is checked with the whole plan in view.
 */
const rate = () =>
  z
    .union([
      nonNegative(),
      z
        .string()
        .trim()
        .regex(
          /^\d+(\.\d+)?\s*[%％]$/,
          bi(
            'write a rate as a percentage ("5%") or a fraction (0.05)',
            "提成比例请写成百分数（“5%”）或小数（0.05）",
          ),
        ),
    ])
    .transform((v) =>
      typeof v === "number" ? v : Number((Number(v.replace(/\s*[%％]$/, "")) / 100).toPrecision(15)),
    );

/** A multiple of the target incentive: 3 or "300%"; above 0. */
const tiMultiple = () => rate().refine((v) => v > 0, bi("must be above 0", "须大于 0"));

/** Ids name measures and SPIFFs in references and in the Credit splits sheet: short, no spaces. */
const id = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_-]{0,31}$/,
    bi(
      "must start with a letter and hold only letters, digits, _ or - (at most 32)",
      "须以字母开头，只含字母、数字、_ 或 -（最多 32 个字符）",
    ),
  );
const label = z.string().trim().min(1).max(80);
const repName = z.string().trim().min(1).max(100);

/** A pay period: its number (1 = first) or a month "2027-02" inside it. */
const periodRef = z.union([z.number().int().min(1), z.string().trim().min(1)]);

function ascending<T>(key: (t: T) => number, en: string, zh: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    for (let i = 1; i < items.length; i++) {
      if (!(key(items[i]) > key(items[i - 1]))) {
        ctx.addIssue({ code: "custom", path: [i], message: bi(en, zh) });
      }
    }
  };
}

const tier = z
  .strictObject({
    from: nonNegative().describe("Where the tier starts (amount, or attainment: 0.8 = 80%) / 档位起点"),
    rate: rate().describe(
      'Rate: "5%" or 0.05; a bare number above 1 is refused unless allowRatesAbove100 / 提成比例：“5%” 或 0.05；大于 1 的数须设置 allowRatesAbove100',
    ),
  })
  .describe("A tier: it runs from its threshold up to the next one / 档位");
/** A tier table: one to PLAN_LIMITS.tiers tiers, thresholds rising. */
function tierTable<T extends z.ZodType<{ from: number }>>(row: T) {
  return z
    .array(row)
    .min(1)
    .max(PLAN_LIMITS.tiers)
    .superRefine(
      ascending(
        (t: { from: number }) => t.from,
        "tier thresholds (from) must rise from one tier to the next",
        "各档起点（from）必须逐档递增",
      ),
    );
}
const tiers = tierTable(tier);

const curvePoint = z
  .strictObject({
    attainment: nonNegative().describe("Attainment (1 = 100%) / 达成率"),
    payout: nonNegative().describe("Payout as a fraction of the target incentive / 支付比例"),
  })
  .describe("A point of the payout curve / 曲线节点");
const curve = z
  .array(curvePoint)
  .min(2)
  .max(PLAN_LIMITS.curvePoints)
  .superRefine(
    ascending(
      (p: { attainment: number }) => p.attainment,
      "curve attainments must rise from one point to the next",
      "曲线各点的达成率必须逐点递增",
    ),
  );

const roleName = z.string().trim().min(1).max(100);
/** One role's tier table: the role as the roster writes it (or several spellings of it). */
const roleTiers = z.strictObject({
  role: z
    .union([roleName, z.array(roleName).min(1).max(10)])
    .describe(
      "The role, or its spellings, as in the roster's role column / 职位（或其多种写法），与名单职位列一致",
    ),
  tiers,
});

const tiersPayout = z.strictObject({
  type: z.literal("tiers"),
  /** Tier thresholds in amounts, or in attainment (0.8 = 80% of the rep's quota). */
  on: z
    .enum(["amount", "attainment"])
    .default("amount")
    .describe("Thresholds in money, or in attainment of the quota / 起点按金额或按达成率"),
  method: z
    .enum(["marginal", "retro"])
    .default("marginal")
    .describe("marginal: each slice at its rate; retro: all at the rate reached / 超额累进或全额累进"),
  perUnit: z
    .boolean()
    .default(false)
    .describe(
      "Rates are money per unit of a counted measure (100 per new logo), not percentages / 按件提成：档位数值为计数型指标的每单位金额（如每个新客户 100），而非百分比",
    ),
  tiers: tiers
    .optional()
    .describe(
      "The tier table, for every rep; omit it when roles gives a table per role / 档位表；按职位分表时省略",
    ),
  roles: z
    .array(roleTiers)
    .min(1)
    .max(PLAN_LIMITS.roleTables)
    .optional()
    .describe(
      "A tier table per role (AE, SDR, manager), instead of tiers: each rep is paid on the table of their role (the roster's role column, or reps[].role); a rep whose role has no table is an error / 按职位分别设置档位表（代替 tiers）：每位销售按其职位（名单的职位列或 reps[].role）对应的档位表计发；职位无对应档位表时报错",
    ),
});

const curvePayout = z.strictObject({
  type: z.literal("curve"),
  points: curve,
  /** Highest payout fraction of the target incentive (2 = 200%). */
  cap: positive().optional().describe("Highest payout fraction (2 = 200%) / 曲线封顶"),
});

const measure = z.strictObject({
  id,
  name: label,
  /** Share of the target incentive (curve measures only); curve weights add up to 1. */
  weight: finite().gt(0).max(1).optional().describe("Share of the target incentive, curve measures / 权重"),
  /** Default quota per pay period; reps[].quotas and quotaFrom take precedence over it. */
  quota: positive().describe("Default quota per pay period / 每期默认指标"),
  /**
   * Where each rep's quota comes from. Precedence: reps[].quotas of the plan first, then this source
   * (the roster's quota column, or the goal sheet's target of the rep and goalMetric for the months
   * of the pay period), then `quota`.
   */
  quotaFrom: z
    .enum(["plan", "roster", "goal"])
    .optional()
    .describe(
      "Per-rep quota source: plan (default), roster (the roster's quota column), goal (the goal sheet's target for the months of the pay period, when the workbook has one). Precedence: reps[].quotas, then this source, then quota / 个人指标来源：plan（默认）、roster（名单的指标列）、goal（同一工作簿中目标表该销售在本发放期各月的目标）。优先级：reps[].quotas 最高，其次为此来源，最后为默认 quota",
    ),
  /** The goal sheet metric (id) whose targets are the quotas when quotaFrom is "goal"; default: the measure id. */
  goalMetric: id
    .optional()
    .describe(
      "Goal sheet metric id for quotaFrom: goal; default the measure id / quotaFrom 为 goal 时对应的目标表指标 ID，默认与指标 ID 相同",
    ),
  /**
   * Where the measure's actuals come from when the command is given a CRM export (--crm): "amount",
   * the won amount dated by its close date (bookings); "collected", the collected amount (回款) dated
   * by its payment date, never by the order date. Absent: the plan's actuals.
   */
  crm: z
    .enum(["amount", "collected"])
    .optional()
    .describe(
      'Actuals from the CRM export given with --crm: "amount" = won amount by close date (bookings); "collected" = collected amount (回款) by payment date, never by order date. Absent: the plan\'s actuals / 从 --crm 指定的 CRM 导出取业绩：“amount” 为按结单日期计的赢单金额（签约额）；“collected” 为按回款日期计的回款金额（绝不按下单日期）。不填：使用方案中的 actuals',
    ),
  payout: z
    .discriminatedUnion("type", [tiersPayout, curvePayout])
    .describe("Commission tiers or a payout curve / 提成档位或支付曲线"),
  /** No payout on this measure unless the attainment of `measure` (default: this one) reaches `attainment`. */
  gate: z
    .strictObject({ attainment: nonNegative(), measure: id.optional() })
    .optional()
    .describe("No payout below this attainment (of `measure`, default this one) / 门槛"),
  attainmentCap: positive().optional().describe("Attainment above this earns nothing more / 达成率封顶"),
  /** Highest payout of this measure per rep and pay period, in money. */
  payoutCap: nonNegative().optional().describe("Highest payout per pay period / 每期奖金封顶"),
  ytd: z
    .boolean()
    .optional()
    .describe(
      "Year to date with true-up: each period is computed on the quota and credit to date and pays earned to date less paid before (negativeTrueUp says what a shortfall does) / 按年度累计计算并补差：每期按累计指标与累计业绩计算，发放累计应得减此前已发（负补差见 negativeTrueUp）",
    ),
  payoutCapTI: tiMultiple()
    .optional()
    .describe(
      "Highest payout per pay period as a multiple of the rep's target incentive for the period: \"300%\" or 3. Needs compensation; each rep's target incentive comes from reps[], the roster's target incentive column, or the plan / 每期奖金封顶，按该销售本期目标奖金的倍数：“300%” 或 3。须给出 compensation；个人目标奖金依次取 reps[]、名单的目标奖金列、方案默认值",
    ),
});

/** SPIFF tiers count units from 1: `from: 4` is the 4th unit on (a from of 0 would name no unit). */
const countTier = z
  .strictObject({
    from: finite()
      .int(bi("must be a whole unit number", "须为整数单位序号"))
      .min(1, bi("units are counted from 1 (the first unit)", "单位从 1（第 1 单）开始计数"))
      .describe("The unit number the tier starts at: 1 = the first unit / 档位起始单位序号，第 1 单为 1"),
    rate: nonNegative().describe("Money per unit / 每单位金额"),
  })
  .describe("A count tier: units numbered from..next from-1 / 按数量分档");
const countTiers = tierTable(countTier);

const spiff = z.strictObject({
  id,
  name: label,
  method: z.enum(["marginal", "retro"]).default("marginal"),
  /** The unit number (first unit = 1) from which each rate (money per unit) applies. */
  tiers: countTiers,
});

const compensation = z
  .strictObject({
    /** On-target earnings per year: base salary plus target incentive. */
    ote: positive().optional(),
    /** Base salary share of OTE (0.6 = 60/40 mix). */
    baseMix: fraction().optional(),
    /** Target incentive per year, when the plan is stated without OTE. */
    targetIncentive: nonNegative().optional(),
  })
  .superRefine((c, ctx) => {
    const hasOte = c.ote !== undefined;
    const hasTi = c.targetIncentive !== undefined;
    if (hasOte === hasTi) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: bi(
          "give either ote (with baseMix) or targetIncentive",
          "请给出 ote（及 baseMix）或 targetIncentive 之一",
        ),
      });
    }
    if (hasOte && c.baseMix === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["baseMix"],
        message: bi("is required with ote", "给出 ote 时必填"),
      });
    }
    if (!hasOte && c.baseMix !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["baseMix"],
        message: bi("only applies with ote", "仅在给出 ote 时适用"),
      });
    }
  });

const clawbackBand = z.strictObject({ months: nonNegative(), fraction: fraction() });

const repOverride = z.strictObject({
  name: repName,
  ote: positive().optional(),
  baseMix: fraction().optional(),
  targetIncentive: nonNegative().optional(),
  draw: nonNegative().optional(),
  role: roleName
    .optional()
    .describe(
      "The role whose tier tables pay this rep, instead of the roster's role / 计发所用职位（代替名单中的职位）",
    ),
  /**
   * Quota per pay period by measure id: one number for every period, or one per period. 0 means no
   * quota for that period (before a new hire starts, on leave): attainment 0.
   */
  quotas: z.record(z.string(), z.union([nonNegative(), z.array(nonNegative()).min(1)])).optional(),
});

const creditSplit = z.strictObject({
  deal: z.string().trim().min(1).max(60),
  period: periodRef,
  measure: id,
  amount: finite(),
  shares: z
    .array(
      z.strictObject({
        rep: repName,
        share: finite()
          .min(0)
          .max(1)
          .describe(
            "Pay credit: share of the deal paid commission; 0 for an overlay / 计酬份额；叠加角色为 0",
          ),
        quotaShare: finite()
          .min(0)
          .max(1)
          .optional()
          .describe(
            "Quota credit: share of the deal counted toward the rep's quota and attainment, when it differs from share (an overlay gets 1 with share 0); default share / 计入指标与达成率的份额（与 share 不同时填写，如叠加角色 quotaShare 1、share 0）；默认等于 share",
          ),
      }),
    )
    .min(2)
    .superRefine((shares, ctx) => {
      const total = shares.reduce((s, x) => s + x.share, 0);
      if (Math.abs(total - 1) > 1e-9) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message: bi(
            `shares must add up to 1 (100%), they add up to ${total}`,
            `各份额之和必须为 1（100%），现为 ${total}`,
          ),
        });
      }
    }),
});

const clawbackEvent = z.strictObject({
  rep: repName,
  period: periodRef,
  deal: z.string().trim().min(1).max(60),
  /** Commission paid on the deal that is now lost. */
  commission: nonNegative(),
  /** Months the customer stayed before cancelling or not paying. */
  monthsActive: nonNegative(),
});

/** A return or credit memo: booked and paid in `paidIn`, reversed in `period` at the rate it was paid. */
const returnEvent = z.strictObject({
  rep: repName,
  measure: id,
  period: periodRef.describe("The pay period the reversal is deducted in / 冲回所在发放期"),
  paidIn: periodRef.describe("The pay period the returned booking was paid in / 原业绩计发所在发放期"),
  amount: positive().describe(
    "The amount returned or credited, as a positive number / 退货或贷项金额（正数）",
  ),
  document: z
    .string()
    .trim()
    .max(60)
    .optional()
    .describe("Credit memo or return number / 贷项通知单或退货单号"),
});

const adjustment = z.strictObject({
  rep: repName,
  period: periodRef,
  amount: finite(),
  reason: z.string().trim().max(200).optional(),
});

const series = z.array(finite()).min(1);

const planShape = z.strictObject({
  name: label.describe("Plan name, shown on every sheet / 方案名称"),
  currency: z.string().trim().max(10).default("").describe("Currency code or symbol / 币种"),
  period: z.strictObject({
    /** First month, "2027-01". */
    start: z.string().trim(),
    months: z.number().int().min(1).max(PLAN_LIMITS.months),
  }),
  payFrequency: z.enum(PAY_FREQUENCIES).default("monthly").describe("How often pay is computed / 发放频率"),
  payableDecimals: z
    .number()
    .int()
    .min(0)
    .max(4)
    .optional()
    .describe(
      "Decimals each period's payable is rounded to; default the currency's minor unit (2; 0 for JPY, KRW) / 应发保留小数位，默认为币种最小单位（2；JPY、KRW 为 0）",
    ),
  zeroQuota: z
    .enum(["baseRate", "nothing"])
    .default("baseRate")
    .describe(
      "A period whose quota is 0 (ramp month, before the hire date): baseRate pays attainment-tier measures at the first tier's rate, nothing pays 0 / 指标为 0 的发放期（爬坡期、入职前）：baseRate 按第一档提成比例计发按达成率分档的指标，nothing 不计发",
    ),
  negativeTrueUp: z
    .enum(["carry", "claw"])
    .default("carry")
    .describe(
      "Year-to-date measures whose earnings to date fall below what was paid: carry (default) pays 0 and makes it up from later earnings, claw pays a negative amount / 累计指标的累计应得低于已发时：carry（默认）本期发 0 并结转，claw 本期为负数（追回）",
    ),
  allowRatesAbove100: z
    .boolean()
    .default(false)
    .describe(
      "Accept commission rates above 100% (up to 1,000%); without it a rate above 1 is refused as a likely typo for a percentage / 允许超过 100% 的提成比例（最高 1000%）；未设置时大于 1 的提成比例视为百分数误写而拒绝",
    ),
  payDate: z
    .union([
      z.strictObject({ daysAfterPeriodEnd: z.number().int().min(0).max(366) }),
      z.strictObject({ dates: z.array(z.union([z.string().trim(), z.number()])).min(1) }),
    ])
    .optional()
    .describe(
      "When each period is paid, shown on the statements: daysAfterPeriodEnd (the period's end plus N days) or dates (one per pay period); absent: the period's last day / 发放日，显示在结算单上：daysAfterPeriodEnd（发放期结束后第 N 天）或 dates（每个发放期一个日期）；未设置：发放期最后一天",
    ),
  /** What the actuals are: bookings (signed orders) or collections (回款, cash received). */
  basis: z
    .enum(["bookings", "collections"])
    .default("bookings")
    .describe("Actuals are bookings or collections (回款) / 业绩口径：签单或回款"),
  compensation: compensation
    .optional()
    .describe("OTE with base share, or a target incentive, per year / 年度 OTE 与底薪比例，或年度目标奖金"),
  measures: z.array(measure).min(1).max(PLAN_LIMITS.measures).describe("What reps are paid on / 计奖指标"),
  draw: z
    .strictObject({
      amount: nonNegative(),
      recoverable: z.boolean().default(true),
      rampMonths: z
        .number()
        .int()
        .min(1)
        .max(PLAN_LIMITS.months)
        .optional()
        .describe(
          "Pay the draw only in the first N months from each rep's hire date (a ramp draw), prorated by days for a mid-month start; reps without a hire date get none. Absent: the whole plan / 仅在入职日起前 N 个月发放预支（爬坡期预支），月中入职按天折算；无入职日期者不发。未设置：整个方案期",
        ),
    })
    .optional()
    .describe("Draw per pay period against commission / 每期预支"),
  clawback: z
    .strictObject({
      schedule: z
        .array(clawbackBand)
        .min(1)
        .max(PLAN_LIMITS.clawbackBands)
        .superRefine(
          ascending(
            (b: { months: number }) => b.months,
            "schedule months must rise from one band to the next",
            "追回档位的月数必须逐档递增",
          ),
        ),
    })
    .optional(),
  spiffs: z
    .array(spiff)
    .max(PLAN_LIMITS.spiffs)
    .default([])
    .describe("SPIFFs paid per unit / 按数量计发的 SPIFF"),
  teamPool: z
    .strictObject({
      measure: id,
      /** Team attainment that funds the pool (1 = 100% of the team's quota). */
      threshold: positive(),
      amount: nonNegative(),
      /** Extra pool money per unit of team result above the team quota. */
      excessRate: rate().default(0),
      split: z.enum(["equal", "proRata"]).default("equal"),
    })
    .optional(),
  awards: z
    .strictObject({
      bestRep: z
        .strictObject({
          measure: id,
          by: z.enum(["attainment", "actual"]).default("attainment"),
          minAttainment: nonNegative()
            .default(1)
            .describe(
              "Lowest attainment of the measure that can win (default 1 = 100%) / 获奖最低达成率（默认 1，即 100%）",
            ),
          title: label,
          bonus: nonNegative().default(0),
          tie: z
            .enum(["share", "all", "first"])
            .default("share")
            .describe(
              "Equal top scores: share the bonus, pay it to all, or to the first in roster order / 并列时：平分奖金、每人全额，或按名单顺序取第一位",
            ),
        })
        .optional(),
      bestTeam: z
        .strictObject({
          measure: id,
          minAttainment: nonNegative()
            .default(1)
            .describe(
              "Lowest team attainment that can win (default 1 = 100%) / 获奖最低团队达成率（默认 100%）",
            ),
          title: label,
          bonusPerMember: nonNegative().default(0),
          tie: z
            .enum(["share", "all", "first"])
            .default("share")
            .describe(
              "Equal top teams: members share the per-member bonus between the tied teams, each tied team's members get all of it, or only the first team in roster order / 团队并列时：各并列团队成员平分每人奖金、每个并列团队成员均获全额，或只取名单中最先出现的团队",
            ),
        })
        .optional(),
    })
    .default({}),
  reps: z.array(repOverride).default([]).describe("Per-rep pay, draw and quotas / 个人调整"),
  credits: z.array(creditSplit).default([]).describe("Deals credited to several reps / 分单"),
  clawbacks: z
    .array(clawbackEvent)
    .default([])
    .describe("Lost deals whose commission is recovered / 追回记录"),
  adjustments: z.array(adjustment).default([]).describe("Manual adjustments, + or - / 手工调整"),
  returns: z
    .array(returnEvent)
    .default([])
    .describe(
      "Returns and credit memos on tier measures: commission reversed at the rate of the tier the rep was in when the booking was paid / 退货与贷项通知（分档指标）：按原业绩计发时所在档位的提成比例冲回提成",
    ),
  /** Sample or known actuals per rep and measure, one value per pay period (direct credit, not splits). */
  actuals: z
    .array(
      z.strictObject({
        rep: repName,
        measure: id,
        values: series,
        currency: z
          .string()
          .trim()
          .max(10)
          .optional()
          .describe(
            "Currency of the values when not the plan's: converted by exchangeRates, never added raw / 业绩币种（与方案币种不同时填写），按 exchangeRates 换算，绝不直接相加",
          ),
      }),
    )
    .default([]),
  exchangeRates: z
    .array(
      z.strictObject({
        currency: z.string().trim().min(1).max(10),
        rate: positive().describe("Plan currency per unit of this currency / 1 单位该币种折合方案币种"),
      }),
    )
    .default([])
    .describe(
      "Rates converting actuals in other currencies to the plan currency; the workbook holds them as a table the calculation converts by / 将其他币种业绩换算为方案币种的汇率表，工作簿中以表格保存并由公式换算",
    ),
  /** SPIFF units per rep, one value per pay period. */
  spiffUnits: z.array(z.strictObject({ rep: repName, spiff: id, values: series })).default([]),
});

export type IncentivePlanInput = z.input<typeof planShape>;
/** The plan as its fields check it, before the cross-field rules (incentive-plan-checks.ts). */
export type PlanShape = z.output<typeof planShape>;

export const incentivePlanSchema = planShape.superRefine(checkPlan);

export type IncentivePlan = z.output<typeof incentivePlanSchema>;
export type PlanMeasureInput = IncentivePlan["measures"][number];

/** Validates a parsed JSON/YAML plan; issues name the file and the field path (e.g. "measures[0].payout.tiers[2]"). */
export function parseIncentivePlan(
  data: unknown,
  context: ZodIssueContext = {},
): SchemaResult<IncentivePlan> {
  return parseWith(incentivePlanSchema, data, context);
}
