/**
 * The incentive plan's cross-field rules, by concern: the plan period and pay dates, ids, measures
 * (curve weights, gates, caps), rates, references to measures, reps, and (once the pay periods are
 * known) credit splits, clawbacks, adjustments, returns, currencies and the activity series.
 * checkPlan runs them in a fixed order: the order of the issues a user reads.
 */
import type { z } from "zod";
import { parseDateText, parseMonthText } from "./dates";
import { bi } from "./errors";
import type { PlanShape } from "./incentive-plan";
import { MONTHS_PER_PAY_PERIOD, payPeriodCount, resolvePeriodRef } from "./incentive-plan-periods";

/** Highest rate even with allowRatesAbove100: 1,000%. Beyond it a rate is a typo, not a plan. */
export const MAX_RATE = 10;

type Path = (string | number)[];
type Issue = (path: Path, en: string, zh: string) => void;

/** What every check reads: the plan, the issue sink and the plan's measure ids. */
interface Checks {
  readonly plan: PlanShape;
  readonly issue: Issue;
  /** An issue at `path` unless a measure has the id `ref`. */
  readonly needMeasure: (path: Path, ref: string) => void;
}

/** What the checks of period references add: the pay periods. */
interface PeriodChecks extends Checks {
  readonly start: { year: number; month: number };
  readonly count: number;
  readonly per: number;
  /** An issue at `path` unless `ref` is a pay period of the plan. */
  readonly needPeriod: (path: Path, ref: number | string) => void;
}

/** Cross-field rules: references between sections, periods inside the plan, weights, compensation. */
export function checkPlan(plan: PlanShape, ctx: z.RefinementCtx): void {
  const issue: Issue = (path, en, zh) => ctx.addIssue({ code: "custom", path, message: bi(en, zh) });
  const { start, count } = checkPeriod(plan, issue);
  const { measureIds, spiffIds } = checkIds(plan, issue);
  const needMeasure = (path: Path, ref: string) => {
    if (!measureIds.has(ref)) issue(path, `no measure has the id "${ref}"`, `没有 id 为 “${ref}” 的指标`);
  };
  const checks: Checks = { plan, issue, needMeasure };
  checkMeasures(checks);
  checkRates(checks);
  checkMeasureReferences(checks);
  checkReps(checks, count);

  if (!start || count === undefined) return;
  const per = MONTHS_PER_PAY_PERIOD[plan.payFrequency];
  const needPeriod = (path: Path, ref: number | string) => {
    if (resolvePeriodRef(ref, start, plan.period.months, per) === undefined) {
      issue(
        path,
        `must be a pay period from 1 to ${count} or a month inside the plan, not ${JSON.stringify(ref)}`,
        `须为 1 到 ${count} 的发放期序号或方案内的月份，而不是 ${JSON.stringify(ref)}`,
      );
    }
  };
  const periods: PeriodChecks = { ...checks, start, count, per, needPeriod };
  checkCredits(periods);
  plan.clawbacks.forEach((c, i) => needPeriod(["clawbacks", i, "period"], c.period));
  plan.adjustments.forEach((a, i) => needPeriod(["adjustments", i, "period"], a.period));
  checkReturns(periods);
  checkCurrencies(checks);
  checkSeries(periods, spiffIds);
}

/** The plan's first month, its pay periods (undefined when the frequency does not divide it), pay dates. */
function checkPeriod(plan: PlanShape, issue: Issue) {
  const start = parseMonthText(plan.period.start);
  if (!start) issue(["period", "start"], 'must be a month such as "2027-01"', "须为月份，例如 “2027-01”");
  const count = payPeriodCount(plan.period.months, plan.payFrequency);
  if (count === undefined) {
    issue(
      ["payFrequency"],
      `${plan.payFrequency} pay periods do not divide ${plan.period.months} months`,
      `${plan.period.months} 个月无法按 ${plan.payFrequency} 整分为发放期`,
    );
  }

  const payDates = plan.payDate && "dates" in plan.payDate ? plan.payDate.dates : null;
  if (payDates && count !== undefined && payDates.length !== count)
    issue(
      ["payDate", "dates"],
      `has ${payDates.length} date(s): give one per pay period (${count})`,
      `有 ${payDates.length} 个日期：每个发放期须有一个（共 ${count} 个）`,
    );
  payDates?.forEach((d, i) => {
    if (!parseDateText(d))
      issue(["payDate", "dates", i], 'must be a date such as "2027-02-15"', "须为日期，例如 “2027-02-15”");
  });
  return { start, count };
}

/** Measure and SPIFF ids, each used once; the sets of them. */
function checkIds(plan: PlanShape, issue: Issue) {
  const measureIds = new Set<string>();
  plan.measures.forEach((m, i) => {
    if (measureIds.has(m.id)) issue(["measures", i, "id"], `"${m.id}" is used twice`, `“${m.id}” 重复`);
    measureIds.add(m.id);
  });
  const spiffIds = new Set<string>();
  plan.spiffs.forEach((s, i) => {
    if (spiffIds.has(s.id)) issue(["spiffs", i, "id"], `"${s.id}" is used twice`, `“${s.id}” 重复`);
    spiffIds.add(s.id);
  });
  return { measureIds, spiffIds };
}

/** Weights of curve measures (adding up to 1), gates, and what needs the reps' target incentive. */
function checkMeasures({ plan, issue, needMeasure }: Checks): void {
  let curveWeight = 0;
  let curves = 0;
  plan.measures.forEach((m, i) => {
    if (m.payout.type === "curve") {
      curves++;
      if (m.weight === undefined)
        issue(["measures", i, "weight"], "is required for a curve measure", "曲线型指标必填");
      else curveWeight += m.weight;
    } else if (m.weight !== undefined) {
      issue(
        ["measures", i, "weight"],
        "only applies to curve measures (tier measures pay their rates)",
        "仅适用于曲线型指标（分档指标按提成比例计发）",
      );
    }
    if (m.gate?.measure !== undefined) needMeasure(["measures", i, "gate", "measure"], m.gate.measure);
  });
  if (curves > 0 && Math.abs(curveWeight - 1) > 1e-9) {
    issue(
      ["measures"],
      `the weights of curve measures must add up to 1, they add up to ${curveWeight}`,
      `曲线型指标的权重之和必须为 1，现为 ${curveWeight}`,
    );
  }
  plan.measures.forEach((m, i) => {
    if (m.payoutCapTI !== undefined && !plan.compensation)
      issue(
        ["measures", i, "payoutCapTI"],
        "needs each rep's target incentive: give compensation (targetIncentive, or ote with baseMix) in the plan",
        "需要每位销售人员的目标奖金：请在方案中给出 compensation（targetIncentive，或 ote 与 baseMix）",
      );
  });
  if (curves > 0 && !plan.compensation) {
    issue(
      ["compensation"],
      "is required when a measure pays on a curve (it sets the target incentive)",
      "有曲线型指标时必填（用于确定目标奖金）",
    );
  }
}

/** Tier rates (percentages typed as numbers, rates above the plan's bounds), role tables, the pool's rate. */
function checkRates({ plan, issue }: Checks): void {
  // A rate of 5 is 500%: far likelier a percentage typed without its sign than a plan. Ask, never guess.
  const checkRate = (path: Path, r: number) => {
    const pct = Number((r * 100).toPrecision(12)).toLocaleString("en-US");
    if (r > 1 && !plan.allowRatesAbove100) {
      issue(
        path,
        `a rate of ${r} is ${pct}%: did you mean ${r}%? Write rates as 5% or 0.05; a rate above 100% needs allowRatesAbove100: true in the plan, money per unit of a counted measure needs perUnit: true on its payout`,
        `提成比例 ${r} 即 ${pct}%：是否想写 ${r}%？提成比例请写成 5% 或 0.05；超过 100% 的提成比例须在方案中设置 allowRatesAbove100: true，计数型指标的每单位金额须在其 payout 中设置 perUnit: true`,
      );
    } else if (r > MAX_RATE) {
      issue(
        path,
        `a rate of ${r} is ${pct}%, above the 1,000% any plan pays: did you mean ${r}%?`,
        `提成比例 ${r} 即 ${pct}%，超过 1000% 的上限：是否想写 ${r}%?`,
      );
    }
  };
  plan.measures.forEach((m, i) => {
    if (m.payout.type === "tiers" && !m.payout.perUnit) {
      m.payout.tiers?.forEach((t, k) => checkRate(["measures", i, "payout", "tiers", k, "rate"], t.rate));
      m.payout.roles?.forEach((r, j) =>
        r.tiers.forEach((t, k) =>
          checkRate(["measures", i, "payout", "roles", j, "tiers", k, "rate"], t.rate),
        ),
      );
    }
  });
  plan.measures.forEach((m, i) => {
    if (m.payout.type === "tiers") checkRoleTables(m.payout, ["measures", i, "payout"], issue);
  });
  if (plan.teamPool) checkRate(["teamPool", "excessRate"], plan.teamPool.excessRate);
}

/** A tier payout has either one table (tiers) or one per role (roles), and each role one table. */
function checkRoleTables(
  payout: { tiers?: readonly unknown[]; roles?: readonly { role: string | readonly string[] }[] },
  path: Path,
  issue: Issue,
): void {
  if ((payout.tiers === undefined) === (payout.roles === undefined))
    issue(
      path,
      "give either tiers (one table for every rep) or roles (a table per role), not both or neither",
      "请给出 tiers（所有销售共用一张档位表）或 roles（按职位分表）之一，不能同时给出或都不给",
    );
  const seen = new Set<string>();
  payout.roles?.forEach((r, j) => {
    for (const role of typeof r.role === "string" ? [r.role] : r.role) {
      const key = role.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
      if (seen.has(key))
        issue(
          [...path, "roles", j, "role"],
          `the role "${role}" has two tier tables`,
          `职位 “${role}” 有两张档位表`,
        );
      seen.add(key);
    }
  });
}

/** The team pool's and awards' measures exist; listed clawbacks have a schedule. */
function checkMeasureReferences({ plan, issue, needMeasure }: Checks): void {
  if (plan.teamPool) needMeasure(["teamPool", "measure"], plan.teamPool.measure);
  if (plan.awards.bestRep) needMeasure(["awards", "bestRep", "measure"], plan.awards.bestRep.measure);
  if (plan.awards.bestTeam) needMeasure(["awards", "bestTeam", "measure"], plan.awards.bestTeam.measure);
  if (plan.clawbacks.length > 0 && !plan.clawback) {
    issue(["clawback"], "a schedule is required when clawbacks are listed", "列出追回记录时必须给出追回规则");
  }
}

/** Each rep once; pay stated the plan's way (ote or targetIncentive); quotas of known measures, one a period. */
function checkReps({ plan, issue, needMeasure }: Checks, count: number | undefined): void {
  const names = new Set<string>();
  plan.reps.forEach((r, i) => {
    const key = r.name.toLowerCase();
    if (names.has(key)) issue(["reps", i, "name"], `"${r.name}" is listed twice`, `“${r.name}” 重复`);
    names.add(key);
    if (r.baseMix !== undefined && plan.compensation?.ote === undefined && r.ote === undefined) {
      issue(["reps", i, "baseMix"], "only applies when the plan uses ote", "仅在方案使用 ote 时适用");
    }
    if (plan.compensation?.ote !== undefined && r.targetIncentive !== undefined) {
      issue(
        ["reps", i, "targetIncentive"],
        "the plan states pay as ote with a mix: give ote and baseMix instead",
        "方案以 ote 与固浮比表示薪酬：请改填 ote 和 baseMix",
      );
    }
    if (plan.compensation?.targetIncentive !== undefined && r.ote !== undefined) {
      issue(
        ["reps", i, "ote"],
        "the plan states pay as targetIncentive: give targetIncentive instead",
        "方案以 targetIncentive 表示薪酬：请改填 targetIncentive",
      );
    }
    for (const [measureId, q] of Object.entries(r.quotas ?? {})) {
      needMeasure(["reps", i, "quotas", measureId], measureId);
      if (Array.isArray(q) && count !== undefined && q.length !== count) {
        issue(
          ["reps", i, "quotas", measureId],
          `needs one quota per pay period (${count}), has ${q.length}`,
          `需要每个发放期一个指标值（共 ${count} 个），现有 ${q.length} 个`,
        );
      }
    }
  });
}

/** Credit splits: a period and measure of the plan, each rep once, a share or a quota share. */
function checkCredits({ plan, issue, needMeasure, needPeriod }: PeriodChecks): void {
  plan.credits.forEach((c, i) => {
    needPeriod(["credits", i, "period"], c.period);
    needMeasure(["credits", i, "measure"], c.measure);
    const seen = new Set<string>();
    const measure = plan.measures.find((m) => m.id === c.measure);
    c.shares.forEach((s, j) => {
      if (s.share === 0 && !s.quotaShare)
        issue(
          ["credits", i, "shares", j, "share"],
          "is 0 and the rep gets no quota credit either (quotaShare): remove the row or give a share",
          "为 0 且该销售也没有指标份额（quotaShare）：请删除该行或填写份额",
        );
      if (s.quotaShare !== undefined && s.quotaShare !== s.share && measure?.payout.type === "curve")
        issue(
          ["credits", i, "shares", j, "quotaShare"],
          `"${c.measure}" pays on a curve of attainment, so quota credit would be paid: a separate quota share applies to tier measures only`,
          `“${c.measure}” 按达成率曲线计发，指标份额也会计酬：单独的指标份额仅适用于分档指标`,
        );
      const key = s.rep.toLowerCase();
      if (seen.has(key))
        issue(["credits", i, "shares", j, "rep"], `"${s.rep}" is listed twice`, `“${s.rep}” 重复`);
      seen.add(key);
    });
  });
}

/** Returns: periods of the plan, a tier measure, paid no later than reversed. */
function checkReturns({ plan, issue, needMeasure, needPeriod, start, per }: PeriodChecks): void {
  plan.returns.forEach((x, i) => {
    needPeriod(["returns", i, "period"], x.period);
    needPeriod(["returns", i, "paidIn"], x.paidIn);
    needMeasure(["returns", i, "measure"], x.measure);
    const m = plan.measures.find((y) => y.id === x.measure);
    if (m && m.payout.type !== "tiers")
      issue(
        ["returns", i, "measure"],
        `"${x.measure}" pays on a curve: returns reverse commission of tier measures only; enter the return as a negative actual or an adjustment`,
        `“${x.measure}” 按曲线计发：退货冲回仅适用于分档指标；请以负业绩或手工调整录入`,
      );
    const paid = resolvePeriodRef(x.paidIn, start, plan.period.months, per);
    const now = resolvePeriodRef(x.period, start, plan.period.months, per);
    if (paid !== undefined && now !== undefined && paid > now)
      issue(
        ["returns", i, "paidIn"],
        `the booking must have been paid (period ${paid}) before or in the period it is reversed (${now})`,
        `原业绩计发期（第 ${paid} 期）须不晚于冲回期（第 ${now} 期）`,
      );
  });
}

/** No rate for the plan's own currency; a rate for every other currency of the actuals. */
function checkCurrencies({ plan, issue }: Checks): void {
  const rated = new Set(plan.exchangeRates.map((x) => x.currency.toUpperCase()));
  plan.exchangeRates.forEach((x, i) => {
    if (x.currency.toUpperCase() === plan.currency.toUpperCase())
      issue(
        ["exchangeRates", i, "currency"],
        `is the plan currency (${plan.currency}): its rate is 1 and needs no row`,
        `即方案币种（${plan.currency}）：汇率为 1，无需填写`,
      );
  });
  plan.actuals.forEach((a, i) => {
    const cur = a.currency?.toUpperCase();
    if (cur && cur !== plan.currency.toUpperCase() && !rated.has(cur))
      issue(
        ["actuals", i, "currency"],
        `no exchange rate for ${a.currency}: add { currency: ${a.currency}, rate } to exchangeRates (amounts of different currencies are never added as they are)${plan.currency ? "" : "; set the plan's currency too"}`,
        `没有 ${a.currency} 的汇率：请在 exchangeRates 中添加 { currency: ${a.currency}, rate }（不同币种的金额绝不直接相加）${plan.currency ? "" : "；并设置方案币种"}`,
      );
  });
}

/** Actuals and SPIFF units: of a known measure or SPIFF, one value per pay period. */
function checkSeries({ plan, issue, needMeasure, count }: PeriodChecks, spiffIds: ReadonlySet<string>): void {
  const seriesLength = (path: Path, values: readonly number[]) => {
    if (values.length !== count) {
      issue(
        path,
        `needs one value per pay period (${count}), has ${values.length}`,
        `需要每个发放期一个值（共 ${count} 个），现有 ${values.length} 个`,
      );
    }
  };
  plan.actuals.forEach((a, i) => {
    needMeasure(["actuals", i, "measure"], a.measure);
    seriesLength(["actuals", i, "values"], a.values);
  });
  plan.spiffUnits.forEach((s, i) => {
    if (!spiffIds.has(s.spiff))
      issue(
        ["spiffUnits", i, "spiff"],
        `no SPIFF has the id "${s.spiff}"`,
        `没有 id 为 “${s.spiff}” 的专项激励（SPIFF）`,
      );
    seriesLength(["spiffUnits", i, "values"], s.values);
  });
}
