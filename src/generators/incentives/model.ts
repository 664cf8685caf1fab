/**
 * Meets a validated incentive plan with the roster: resolves per-rep overrides, periods, references
 * to reps by name and the activity data into the PlanModel that the engine and the generator share.
 * Problems that need both files (a rep the roster does not know) are reported here, in both languages.
 */
import { minorUnitDigits } from "../../kpi/money";
import type { PlanModel, PlanPeriod, PlanRep, RoleTierTable, Tier } from "../../kpi/plan/model";
import { tableOfRole } from "../../kpi/plan/roles";
import { rateOf, toPlanCurrency } from "../../kpi/plan/currency";
import { parseDateText, parseMonthText, serialFromYmd } from "../../schemas/dates";
import { InputIssue, SchemaResult, fail, ok } from "../../schemas/errors";
import { IncentivePlan, MONTHS_PER_PAY_PERIOD, resolvePeriodRef } from "../../schemas/incentive-plan";
import type { GoalPlan } from "../../schemas/goals";
import type { Rep } from "../../schemas/roster";
import { GoalLayout, at, ext } from "../goals/layout";
import { lineTargets } from "../goals/targets";

export interface ModelSources {
  /** File names for messages. */
  readonly planFile?: string;
  readonly rosterFile?: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * The goal sheet of the same workbook, for measures with quotaFrom "goal": its plan (the targets the
 * engine takes) and its layout (the cells the Plan sheet's quota cells point at).
 */
export interface GoalQuotaSource {
  readonly plan: GoalPlan;
  readonly layout: GoalLayout;
}

export interface PlanModelOptions {
  /** Absent: measures with quotaFrom "goal" keep the plan's quotas. */
  readonly goals?: GoalQuotaSource;
}

interface GoalQuota {
  readonly value: number;
  readonly link: string;
}

/**
 * The goal target of one rep and metric for a pay period: the monthly targets of the months the pay
 * period covers (their sum, or one month's level for average metrics), as value and cell reference;
 * null when the goal period does not cover every month of the pay period.
 */
function goalQuota(
  goals: GoalQuotaSource,
  rep: number,
  metric: number,
  months: readonly { year: number; month: number }[],
): GoalQuota | null {
  const gm = goals.plan.period.months;
  const js = months.map((m) => gm.findIndex((g) => g.year === m.year && g.month === m.month));
  if (js.some((j) => j < 0)) return null;
  const targets = lineTargets(goals.plan, rep, metric);
  const sheet = goals.layout.names.goals;
  const row = goals.layout.goals.row(rep, metric);
  const col = goals.layout.goals.cols.monthTarget;
  if (goals.plan.metrics[metric].aggregation === "average" || js.length === 1)
    return { value: targets.monthly[js[0]], link: ext(sheet, row, col + js[0]) };
  const first = Math.min(...js);
  const last = Math.max(...js);
  return {
    value: js.reduce((s, j) => s + targets.monthly[j], 0),
    link: `SUM(${ext(sheet, row, col + first)}:${at(row, col + last, true)})`,
  };
}

/** The plan's role tables as the model holds them (each role as a list of its spellings). */
function roleTables(
  roles: readonly { role: string | readonly string[]; tiers: readonly Tier[] }[],
): RoleTierTable[] {
  return roles.map((r) => ({ roles: typeof r.role === "string" ? [r.role] : [...r.role], tiers: r.tiers }));
}

/** Pay periods of the plan: their first and last days and labels. */
export function planPeriods(startText: string, months: number, monthsPerPeriod: number): PlanPeriod[] {
  const start = parseMonthText(startText);
  if (!start) throw new Error(`planPeriods: "${startText}" is not a month`);
  const out: PlanPeriod[] = [];
  for (let offset = 0; offset < months; offset += monthsPerPeriod) {
    const first = start.month - 1 + offset;
    const y0 = start.year + Math.floor(first / 12);
    const m0 = (first % 12) + 1;
    const lastIndex = first + monthsPerPeriod - 1;
    const y1 = start.year + Math.floor(lastIndex / 12);
    const m1 = (lastIndex % 12) + 1;
    const label = monthsPerPeriod === 1 ? `${y0}-${pad(m0)}` : `${y0}-${pad(m0)}~${y1}-${pad(m1)}`;
    out.push({ start: serialFromYmd(y0, m0, 1), end: serialFromYmd(y1, m1 + 1, 1) - 1, label });
  }
  return out;
}

/** The issues found while the plan meets the roster, and how each names its file, row and field. */
class Resolver {
  readonly issues: InputIssue[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    private readonly sources: ModelSources,
    roster: readonly Rep[],
  ) {
    roster.forEach((rep, i) => {
      const key = rep.name.trim().toLowerCase();
      if (this.index.has(key)) {
        this.rosterIssue(i, "name", {
          fieldZh: "姓名",
          en: `"${rep.name}" appears twice in the roster: each rep needs a unique name for the incentive tables`,
          zh: `名单中 “${rep.name}” 出现两次：激励表要求每位销售姓名唯一`,
        });
      } else this.index.set(key, i);
    });
  }

  planIssue(field: string, en: string, zh: string): void {
    this.issues.push({ ...this.file(this.sources.planFile), field, en, zh });
  }

  /** An issue on roster row r (0-based; the sheet's row below its header). */
  rosterIssue(r: number, field: string, text: { en: string; zh: string; fieldZh?: string }): void {
    const { fieldZh, en, zh } = text;
    this.issues.push({
      ...this.file(this.sources.rosterFile),
      row: r + 2,
      field,
      ...(fieldZh !== undefined ? { fieldZh } : {}),
      en,
      zh,
    });
  }

  /** The roster index of the rep the plan names at field; -1 (and an issue) when there is none. */
  repIndex(name: string, field: string): number {
    const i = this.index.get(name.trim().toLowerCase());
    if (i === undefined)
      this.planIssue(field, `no rep named "${name}" in the roster`, `名单中没有名为 “${name}” 的销售`);
    return i ?? -1;
  }

  private file(file: string | undefined): { file?: string } {
    return file !== undefined ? { file } : {};
  }
}

/** What resolving each rep needs: the plan, its periods and where quotas and tier tables come from. */
interface RepContext {
  readonly plan: IncentivePlan;
  readonly periods: readonly PlanPeriod[];
  readonly compensation: PlanModel["compensation"];
  readonly overrides: ReadonlyMap<number, IncentivePlan["reps"][number]>;
  readonly goalQuotas: (repName: string) => (GoalQuota | null)[][];
  readonly measureRoleTables: readonly (RoleTierTable[] | null)[];
  readonly resolver: Resolver;
}

/** The plan and the roster resolved into one model; issues name the file, row and field. */
export function buildPlanModel(
  plan: IncentivePlan,
  roster: readonly Rep[],
  sources: ModelSources = {},
  options: PlanModelOptions = {},
): SchemaResult<PlanModel> {
  const resolver = new Resolver(sources, roster);
  const monthsPerPeriod = MONTHS_PER_PAY_PERIOD[plan.payFrequency];
  const periods = planPeriods(plan.period.start, plan.period.months, monthsPerPeriod);
  const start = parseMonthText(plan.period.start)!;
  const period = (ref: number | string) =>
    resolvePeriodRef(ref, start, plan.period.months, monthsPerPeriod)! - 1;

  const overrides = new Map<number, IncentivePlan["reps"][number]>();
  plan.reps.forEach((o, i) => {
    const r = resolver.repIndex(o.name, `reps[${i}].name`);
    if (r >= 0) overrides.set(r, o);
  });
  const compensation = compensationOf(plan);
  const goals = options.goals;
  const goalQuotas = goalQuotaSource(
    plan,
    goals,
    payMonthsOf(start, periods.length, monthsPerPeriod),
    resolver,
  );
  const ctx: RepContext = {
    plan,
    periods,
    compensation,
    overrides,
    goalQuotas,
    // Tier tables per role: each rep's role (reps[].role, else the roster's) picks a table per measure.
    measureRoleTables: plan.measures.map((m) =>
      m.payout.type === "tiers" && m.payout.roles ? roleTables(m.payout.roles) : null,
    ),
    resolver,
  };
  const reps = roster.map((rep, r) => resolveRep(rep, r, ctx));

  const teams: string[] = [];
  for (const rep of reps) if (!teams.includes(rep.team)) teams.push(rep.team);
  const activity = readActivity(plan, reps.length, periods.length, period, resolver);

  if (resolver.issues.length) return fail(resolver.issues);
  const quotaSources = plan.measures.flatMap((m, measure) =>
    m.quotaFrom === "roster" || (m.quotaFrom === "goal" && goals)
      ? [{ measure, source: m.quotaFrom as "roster" | "goal" }]
      : [],
  );
  const { multiCurrency, actualCurrency, entered, ...activityFigures } = activity;
  return ok({
    name: plan.name,
    currency: plan.currency,
    payableDecimals: plan.payableDecimals ?? minorUnitDigits(plan.currency),
    zeroQuota: plan.zeroQuota,
    ...(plan.measures.some((m) => m.ytd) ? { negativeTrueUp: plan.negativeTrueUp } : {}),
    basis: plan.basis,
    payFrequency: plan.payFrequency,
    monthsPerPeriod,
    periods,
    compensation,
    measures: plan.measures.map((m) => modelMeasure(plan, m)),
    ...(quotaSources.length ? { quotaSources } : {}),
    spiffs: plan.spiffs.map((s) => ({ id: s.id, name: s.name, method: s.method, tiers: s.tiers })),
    draw: { amount: plan.draw?.amount ?? 0, recoverable: plan.draw?.recoverable ?? true },
    clawbackSchedule: plan.clawback?.schedule ?? [],
    teamPool: plan.teamPool
      ? { ...plan.teamPool, measure: measureIndexOf(plan, plan.teamPool.measure) }
      : null,
    bestRep: awardOf(plan, plan.awards.bestRep),
    bestTeam: awardOf(plan, plan.awards.bestTeam),
    reps,
    teams,
    actuals: activityFigures.actuals,
    spiffUnits: activityFigures.spiffUnits,
    ...(multiCurrency
      ? { currencies: { rates: plan.exchangeRates.map((x) => ({ ...x })), actualCurrency, entered } }
      : {}),
    credits: activityFigures.credits,
    clawbacks: activityFigures.clawbacks,
    ...(activityFigures.returns.length ? { returns: activityFigures.returns } : {}),
    adjustments: activityFigures.adjustments,
    adjustmentNotes: activityFigures.adjustmentNotes,
    drawRampMonths: plan.draw?.rampMonths ?? null,
    ...(plan.payDate
      ? {
          payDate:
            "dates" in plan.payDate
              ? { dates: plan.payDate.dates.map((d) => parseDateText(d)!) }
              : { daysAfterPeriodEnd: plan.payDate.daysAfterPeriodEnd },
        }
      : {}),
  });
}

function measureIndexOf(plan: IncentivePlan, id: string): number {
  return plan.measures.findIndex((m) => m.id === id);
}

function compensationOf(plan: IncentivePlan): PlanModel["compensation"] {
  const comp = plan.compensation;
  return comp?.ote !== undefined
    ? { kind: "ote", ote: comp.ote, baseMix: comp.baseMix ?? 0 }
    : comp?.targetIncentive !== undefined
      ? { kind: "targetIncentive", targetIncentive: comp.targetIncentive }
      : { kind: "none" };
}

/** The calendar months of each pay period, to find them in the goal period. */
function payMonthsOf(
  start: { year: number; month: number },
  periods: number,
  monthsPerPeriod: number,
): { year: number; month: number }[][] {
  return Array.from({ length: periods }, (_, p) =>
    Array.from({ length: monthsPerPeriod }, (__, k) => {
      const i = start.month - 1 + p * monthsPerPeriod + k;
      return { year: start.year + Math.floor(i / 12), month: (i % 12) + 1 };
    }),
  );
}

/**
 * Per rep, the goal sheet's quota of each measure and pay period (null where the measure does not
 * take its quota from the goal sheet, or the goal sheet lacks the rep or the months). A measure whose
 * goal metric the goal sheet lacks is reported once.
 */
function goalQuotaSource(
  plan: IncentivePlan,
  goals: GoalQuotaSource | undefined,
  payMonths: readonly { year: number; month: number }[][],
  resolver: Resolver,
): (repName: string) => (GoalQuota | null)[][] {
  const goalMetric = plan.measures.map((m, i) => {
    if (m.quotaFrom !== "goal" || !goals) return -1;
    const metricId = m.goalMetric ?? m.id;
    const k = goals.plan.metrics.findIndex((g) => g.id === metricId);
    if (k < 0)
      resolver.planIssue(
        `measures[${i}].${m.goalMetric !== undefined ? "goalMetric" : "id"}`,
        `the goal sheet has no metric "${metricId}" (it has ${goals.plan.metrics.map((g) => g.id).join(", ")})`,
        `目标表中没有指标 “${metricId}”（现有：${goals.plan.metrics.map((g) => g.id).join("、")}）`,
      );
    return k;
  });
  return (name) => {
    const key = name.trim().toLowerCase();
    const g = goals ? goals.plan.reps.findIndex((x) => x.name.trim().toLowerCase() === key) : -1;
    return plan.measures.map((_, m) =>
      payMonths.map((months) =>
        goals && g >= 0 && goalMetric[m] >= 0 ? goalQuota(goals, g, goalMetric[m], months) : null,
      ),
    );
  };
}

/** Each measure's tier table index for a rep of this role; an issue on roster row r where none fits. */
function tierTablesOf(name: string, role: string, r: number, ctx: RepContext): (number | null)[] {
  const { plan, resolver } = ctx;
  return ctx.measureRoleTables.map((tables, mi) => {
    if (!tables) return null;
    const t = tableOfRole(tables, role);
    if (t < 0) {
      const known = tables.map((x) => x.roles[0]);
      resolver.rosterIssue(r, "role", {
        en: `${name}'s role ${role ? `"${role}"` : "(blank)"} has no tier table for ${plan.measures[mi].name}: the plan has tables for ${known.join(", ")}; correct the role in the roster, set reps[].role in the plan, or add the role to measures[${mi}].payout.roles`,
        zh: `${name} 的职位${role ? `“${role}”` : "（空）"}在 ${plan.measures[mi].name} 中没有对应的档位表：方案中的档位表对应 ${known.join("、")}；请更正名单中的职位、在方案 reps[].role 中指定职位，或在 measures[${mi}].payout.roles 中添加该职位`,
      });
    }
    return t < 0 ? null : t;
  });
}

/** A roster rep with the plan's overrides, quotas and pay figures; issues for what does not fit. */
function resolveRep(rep: Rep, r: number, ctx: RepContext): PlanRep {
  const { plan, periods, compensation, resolver } = ctx;
  const o = ctx.overrides.get(r);
  const fromGoal = ctx.goalQuotas(rep.name);
  const fromRoster = (m: number) => plan.measures[m].quotaFrom === "roster" && rep.quota !== undefined;
  // Precedence: the plan's reps[].quotas, then the measure's quotaFrom source, then its default.
  const quotas = plan.measures.map((m, mi) => {
    const q = o?.quotas?.[m.id];
    return periods.map((_, p) =>
      q !== undefined
        ? Array.isArray(q)
          ? q[p]
          : q
        : fromRoster(mi)
          ? rep.quota!
          : (fromGoal[mi][p]?.value ?? m.quota),
    );
  });
  // A quota below 0 (a negative target on the goal sheet or in the roster) would turn attainment
  // upside down; 0 stays allowed (a period without quota, see zeroQuota).
  quotas.forEach((row, mi) => {
    const p = row.findIndex((q) => !(q >= 0));
    if (p >= 0)
      resolver.planIssue(
        `measures[${mi}].quota`,
        `${rep.name}'s quota for ${plan.measures[mi].name} in ${periods[p].label} is ${row[p]}: quotas and targets must be positive`,
        `${rep.name} 在 ${periods[p].label} 的 ${plan.measures[mi].name} 指标为 ${row[p]}：指标与目标必须为正数`,
      );
  });
  // An OTE plan derives the target incentive from OTE and mix: a roster figure would be read past.
  if (rep.targetIncentive !== undefined && compensation.kind === "ote")
    resolver.rosterIssue(r, "targetIncentive", {
      en: `${rep.name} has a target incentive in the roster, but the plan states pay as OTE with a base/variable mix: set ote and baseMix for the rep in the plan's reps[] instead, or leave the roster cell blank`,
      zh: `名单中为 ${rep.name} 填写了目标奖金，但方案以 OTE 与固浮比表示薪酬：请改在方案的 reps[] 中为其设置 ote 与 baseMix，或将名单中该单元格留空`,
    });
  const linked = fromGoal.some(
    (row, m) => o?.quotas?.[plan.measures[m].id] === undefined && row.some((x) => x),
  );
  const role = o?.role ?? rep.role ?? "";
  return {
    name: rep.name.trim(),
    team: rep.team.trim(),
    role,
    manager: rep.manager ?? "",
    hireDate: rep.hireDate,
    leaveDate: rep.leaveDate ?? null,
    ote: compensation.kind === "ote" ? (o?.ote ?? compensation.ote) : null,
    baseMix: compensation.kind === "ote" ? (o?.baseMix ?? compensation.baseMix) : null,
    targetIncentive:
      compensation.kind === "targetIncentive"
        ? (o?.targetIncentive ?? rep.targetIncentive ?? compensation.targetIncentive)
        : null,
    draw: o?.draw ?? plan.draw?.amount ?? 0,
    quotas,
    quotaOverridden: plan.measures.map((m, mi) =>
      periods.map(() => o?.quotas?.[m.id] !== undefined || fromRoster(mi)),
    ),
    ...(linked
      ? {
          quotaLinks: plan.measures.map((m, mi) =>
            periods.map((_, p) => (o?.quotas?.[m.id] === undefined ? (fromGoal[mi][p]?.link ?? null) : null)),
          ),
        }
      : {}),
    ...(ctx.measureRoleTables.some((t) => t !== null)
      ? { tierTables: tierTablesOf(rep.name, role, r, ctx) }
      : {}),
    overridden: {
      ote: o?.ote !== undefined,
      baseMix: o?.baseMix !== undefined,
      targetIncentive:
        o?.targetIncentive !== undefined ||
        (compensation.kind === "targetIncentive" && rep.targetIncentive !== undefined),
      draw: o?.draw !== undefined,
    },
  };
}

/**
 * The plan's activity per rep: actuals (converted to the plan's currency, as entered, and their
 * currency), SPIFF units, credit splits, clawbacks, returns and adjustments.
 */
function readActivity(
  plan: IncentivePlan,
  repCount: number,
  periodCount: number,
  period: (ref: number | string) => number,
  resolver: Resolver,
) {
  const grid = (inner: number) =>
    Array.from({ length: repCount }, () =>
      Array.from({ length: inner }, () => new Array<number>(periodCount).fill(0)),
    );
  const measureIndex = (id: string) => measureIndexOf(plan, id);
  const planCurrency = plan.currency.trim().toUpperCase();
  const actuals = grid(plan.measures.length);
  // Actuals in other currencies are converted here (currency.ts); the sheet keeps them as entered.
  // A rates table alone (a plan from the pane, actuals still to be typed) also gives the sheet its
  // currency columns: otherwise the rates would be dropped and a yuan figure typed later added raw.
  const multiCurrency =
    plan.exchangeRates.length > 0 ||
    plan.actuals.some((a) => a.currency && a.currency.trim().toUpperCase() !== planCurrency);
  const entered = grid(plan.measures.length);
  const actualCurrency = Array.from({ length: repCount }, () => plan.measures.map(() => ""));
  plan.actuals.forEach((a, i) => {
    const r = resolver.repIndex(a.rep, `actuals[${i}].rep`);
    if (r < 0) return;
    const m = measureIndex(a.measure);
    const cur = a.currency && a.currency.trim().toUpperCase() !== planCurrency ? a.currency.trim() : "";
    const rate = multiCurrency ? rateOf(plan.exchangeRates, cur, plan.currency) : 1;
    actuals[r][m] = a.values.map((v) => (cur ? toPlanCurrency(v, rate) : v));
    entered[r][m] = [...a.values];
    actualCurrency[r][m] = cur;
  });
  const spiffUnits = grid(plan.spiffs.length);
  plan.spiffUnits.forEach((s, i) => {
    const r = resolver.repIndex(s.rep, `spiffUnits[${i}].rep`);
    if (r >= 0) spiffUnits[r][plan.spiffs.findIndex((x) => x.id === s.spiff)] = [...s.values];
  });

  const credits: PlanModel["credits"][number][] = [];
  plan.credits.forEach((c, i) => {
    c.shares.forEach((s, j) => {
      const r = resolver.repIndex(s.rep, `credits[${i}].shares[${j}].rep`);
      if (r >= 0) {
        credits.push({
          deal: c.deal,
          period: period(c.period),
          measure: measureIndex(c.measure),
          rep: r,
          share: s.share,
          amount: c.amount,
          ...(s.quotaShare !== undefined && s.quotaShare !== s.share ? { quotaShare: s.quotaShare } : {}),
        });
      }
    });
  });
  const clawbacks: PlanModel["clawbacks"][number][] = [];
  plan.clawbacks.forEach((c, i) => {
    const r = resolver.repIndex(c.rep, `clawbacks[${i}].rep`);
    if (r >= 0) {
      clawbacks.push({
        rep: r,
        period: period(c.period),
        deal: c.deal,
        commission: c.commission,
        monthsActive: c.monthsActive,
      });
    }
  });
  const returns: NonNullable<PlanModel["returns"]>[number][] = [];
  plan.returns.forEach((x, i) => {
    const r = resolver.repIndex(x.rep, `returns[${i}].rep`);
    if (r >= 0)
      returns.push({
        rep: r,
        measure: measureIndex(x.measure),
        period: period(x.period),
        paidIn: period(x.paidIn),
        amount: x.amount,
        document: x.document ?? "",
      });
  });
  const adjustments = Array.from({ length: repCount }, () => new Array<number>(periodCount).fill(0));
  const adjustmentNotes = Array.from({ length: repCount }, () => new Array<string>(periodCount).fill(""));
  plan.adjustments.forEach((a, i) => {
    const r = resolver.repIndex(a.rep, `adjustments[${i}].rep`);
    if (r < 0) return;
    const p = period(a.period);
    adjustments[r][p] += a.amount;
    if (a.reason)
      adjustmentNotes[r][p] = adjustmentNotes[r][p] ? `${adjustmentNotes[r][p]}; ${a.reason}` : a.reason;
  });
  return {
    actuals,
    entered,
    actualCurrency,
    multiCurrency,
    spiffUnits,
    credits,
    clawbacks,
    returns,
    adjustments,
    adjustmentNotes,
  };
}

/** A plan measure as the model holds it: measures it refers to by index, the tier table resolved. */
function modelMeasure(
  plan: IncentivePlan,
  m: IncentivePlan["measures"][number],
): PlanModel["measures"][number] {
  const mi = (id: string) => measureIndexOf(plan, id);
  return {
    id: m.id,
    name: m.name,
    weight: m.weight ?? null,
    quota: m.quota,
    payout:
      m.payout.type === "tiers"
        ? {
            type: "tiers",
            on: m.payout.on,
            method: m.payout.method,
            tiers: m.payout.tiers ?? m.payout.roles![0].tiers,
          }
        : { type: "curve", points: m.payout.points, cap: m.payout.cap ?? null },
    gate: m.gate
      ? { attainment: m.gate.attainment, measure: m.gate.measure ? mi(m.gate.measure) : mi(m.id) }
      : null,
    attainmentCap: m.attainmentCap ?? null,
    payoutCap: m.payoutCap ?? null,
    ...(m.payoutCapTI !== undefined ? { payoutCapTI: m.payoutCapTI } : {}),
    ...(m.ytd ? { ytd: true } : {}),
    ...(m.payout.type === "tiers" && m.payout.roles ? { roleTiers: roleTables(m.payout.roles) } : {}),
  };
}

/** A recognition award with its measure by index. */
function awardOf<A extends { readonly measure: string; readonly minAttainment?: number }>(
  plan: IncentivePlan,
  award: A | undefined,
): (Omit<A, "measure" | "minAttainment"> & { measure: number; minAttainment: number | null }) | null {
  return award
    ? { ...award, measure: measureIndexOf(plan, award.measure), minAttainment: award.minAttainment ?? null }
    : null;
}
