/**
 * The Plan sheet: the plain-language explanation of pay (both languages), every plan parameter in a
 * labelled input cell with a defined name, and the reps table (pay, draw, quota per period) whose
 * cells link to the defaults unless a rep has an override.
 */
import type { PlanModel } from "../../kpi/plan/model";
import { INCENTIVE_TEXTS, IncentiveSheetTexts } from "../../i18n/sheets/incentives";
import { mechanicsExplanation } from "./mechanics-explain";
import { INCENTIVE_MECHANICS_TEXTS } from "../../i18n/sheets/incentive-mechanics";
import type { Locale } from "../../i18n";
import type { CellInput } from "../../workbook/spec";
import { FORMATS, Grid, at, columnRange, formula, text } from "./grid";
import { NAMES, measureNames, spiffNames } from "./names";
import { EMPLOYMENT_NAMES } from "./proration";
import { employmentTextsOf } from "../../i18n/sheets/employment";

export interface PlanSheet {
  readonly grid: Grid;
  /** 0-based sheet row of rep r in the reps table. */
  readonly repRow: (r: number) => number;
  readonly col: {
    readonly name: number;
    readonly team: number;
    readonly ote: number | null;
    readonly baseMix: number | null;
    readonly targetIncentive: number | null;
    readonly draw: number;
    readonly quota: (m: number, p: number) => number;
    readonly hireDate: number;
    readonly leaveDate: number;
  };
}

/**
 * Columns the explanation paragraphs and the notes are merged across (their rows are fitted to the
 * text): A to D, 90 characters, within one landscape page at full size. The sheet prints at full
 * size (the reps table runs on over pages across): fitted to one page wide, its 170 characters and
 * more printed at 6 pt.
 */
const EXPLAIN_COLUMNS = 4;

export function explanationLines(
  model: PlanModel,
  texts: IncentiveSheetTexts,
  locale: Locale = "en-US",
): string[] {
  const e = texts.explain;
  const lines = [e.credited(model.basis), e.attainment];
  if (model.quotaSources?.length)
    lines.push(
      e.quotaSources(
        model.quotaSources.map((q) => ({ measure: model.measures[q.measure].name, source: q.source })),
      ),
    );
  if (model.measures.some((m) => m.payout.type === "tiers")) lines.push(e.tiers);
  if (model.measures.some((m) => m.payout.type === "tiers" && m.payout.on === "attainment"))
    lines.push(e.zeroQuota(model.zeroQuota ?? "baseRate"));
  if (model.measures.some((m) => m.payout.type === "curve"))
    lines.push(e.curve(model.compensation.kind === "ote"));
  lines.push(e.gates);
  lines.push(...mechanicsExplanation(model, locale));
  if (model.spiffs.length) lines.push(e.spiffs);
  if (model.teamPool) lines.push(e.pool(model.measures[model.teamPool.measure].name));
  if (model.bestRep || model.bestTeam) lines.push(e.awards);
  if (model.clawbackSchedule.length) lines.push(e.clawbacks);
  lines.push(
    employmentTextsOf(texts).explain(
      model.drawRampMonths ?? null,
      model.teamPool !== null,
      model.bestRep !== null || model.bestTeam !== null,
      model.quotaSources?.some((q) => q.source === "goal") ?? false,
    ),
  );
  lines.push(e.net, e.draw, e.payable);
  return lines.map((l, i) => `${i + 1}. ${l}`);
}

export function buildPlanSheet(model: PlanModel, locale: Locale, texts: IncentiveSheetTexts): PlanSheet {
  const t = texts.plan;
  const g = new Grid(texts.sheet.plan);
  g.spanNotesTo(EXPLAIN_COLUMNS - 1);
  g.width(0, 44);
  g.width(1, 16);
  g.width(2, 16);
  let row = 0;

  g.set(row, 0, text(t.title(model.name)));
  g.style(at(row, 0), "title");
  g.note(++row, 0, t.note);
  row += 2;

  // The explanation, the chosen language first, then the other.
  const order: Locale[] = locale === "zh-CN" ? ["zh-CN", "en-US"] : ["en-US", "zh-CN"];
  for (const lang of order) {
    const lt = INCENTIVE_TEXTS[lang];
    g.set(row, 0, lt.explain.title);
    g.style(at(row, 0), "subtitle");
    row++;
    for (const line of explanationLines(model, lt, lang)) {
      g.set(row, 0, line);
      g.merge(`${at(row, 0)}:${at(row, EXPLAIN_COLUMNS - 1)}`);
      g.style(at(row, 0), "note");
      row++;
    }
    row++;
  }

  const section = (title: string) => {
    row++;
    g.set(row, 0, text(title));
    g.style(at(row, 0), "subtitle");
    row++;
  };
  /** One labelled parameter: label, value (input or computed), optional note; named when asked. */
  const param = (
    label: string,
    value: CellInput,
    options: {
      name?: string;
      input?: boolean;
      format?: string;
      note?: string;
      list?: readonly string[];
    } = {},
  ) => {
    g.set(row, 0, text(label));
    g.style(at(row, 0), "label");
    g.set(row, 1, value);
    g.style(at(row, 1), options.input === false ? "computed" : "input");
    if (options.format) g.format(at(row, 1), options.format);
    if (options.note) g.note(row, 2, options.note);
    if (options.name) g.define(options.name, at(row, 1, true));
    if (options.list)
      g.validate({ range: at(row, 1), rule: { type: "list", values: options.list }, allowBlank: false });
    row++;
  };

  section(t.general);
  param(t.name, text(model.name), { name: NAMES.planName });
  param(t.currency, text(model.currency), { name: NAMES.currency });
  const first = model.periods[0];
  const last = model.periods[model.periods.length - 1];
  const lastLabel = last.label.includes("~") ? last.label.split("~")[1] : last.label;
  param(
    t.planPeriod,
    t.planPeriodValue(first.label.split("~")[0], lastLabel, model.periods.length * model.monthsPerPeriod),
    {
      input: false,
    },
  );
  param(t.payFrequency, t.frequency[model.payFrequency], { input: false });
  param(t.monthsPerPeriod, model.monthsPerPeriod, { input: false, name: NAMES.monthsPerPeriod });
  param(t.basis, t.basisValue[model.basis], { input: false });
  if (model.measures.some((m) => m.payout.type === "tiers" && m.payout.on === "attainment"))
    param(t.zeroQuota, model.zeroQuota ?? "baseRate", {
      name: NAMES.zeroQuota,
      note: t.zeroQuotaNote,
      list: ["baseRate", "nothing"],
    });
  if (model.measures.some((m) => m.ytd)) {
    const mt = INCENTIVE_MECHANICS_TEXTS[locale].plan;
    param(mt.negativeTrueUp, model.negativeTrueUp ?? "carry", {
      name: NAMES.negativeTrueUp,
      note: mt.negativeTrueUpNote,
      list: ["carry", "claw"],
    });
  }
  param(t.payDecimals, model.payableDecimals ?? 2, {
    name: NAMES.payDecimals,
    note: t.payDecimalsNote(model.currency),
  });
  param(t.compensation, t.compensationValue[model.compensation.kind], { input: false });
  if (model.compensation.kind === "ote") {
    param(t.ote, model.compensation.ote, { name: NAMES.ote, format: FORMATS.money });
    param(t.baseMix, model.compensation.baseMix, { name: NAMES.baseMix, format: FORMATS.percent });
    param(t.variableMix, formula(`1-${NAMES.baseMix}`), {
      input: false,
      name: NAMES.variableMix,
      format: FORMATS.percent,
    });
  } else if (model.compensation.kind === "targetIncentive") {
    param(t.targetIncentive, model.compensation.targetIncentive, {
      name: NAMES.targetIncentive,
      format: FORMATS.money,
    });
  }

  if (model.currencies) {
    // The rates table the calculation converts other currencies' actuals by (FX_Currency, FX_Rate).
    const mt = INCENTIVE_MECHANICS_TEXTS[locale].plan;
    section(mt.rates(model.currency));
    g.setRow(row, 0, [...mt.ratesHeaders(model.currency)].map(text));
    g.styleCells(row, 0, 1, 2, "header");
    row++;
    const top = row;
    model.currencies.rates.forEach((x) => {
      g.setRow(row, 0, [text(x.currency), x.rate]);
      g.style(at(row, 1), "input");
      row++;
    });
    g.define(NAMES.fxCurrency, columnRange(0, top, row - 1));
    g.define(NAMES.fxRate, columnRange(1, top, row - 1));
  }
  section(t.draw);
  param(t.drawAmount, model.draw.amount, { name: NAMES.drawAmount, format: FORMATS.money });
  param(t.drawRecoverable, model.draw.recoverable, {
    name: NAMES.drawRecoverable,
    note: t.drawRecoverableNote,
    list: ["TRUE", "FALSE"],
  });
  const et = employmentTextsOf(texts);
  param(et.drawRampMonths, model.drawRampMonths ?? null, {
    name: EMPLOYMENT_NAMES.drawRampMonths,
    format: FORMATS.count,
    note: et.drawRampMonthsNote,
  });

  const tierTable = (
    tiers: readonly { from: number; rate: number }[],
    on: "amount" | "attainment" | "units",
    names: { from: (k: number) => string; rate: (k: number) => string; fromRange: string; rateRange: string },
  ) => {
    g.setRow(row, 0, [...t.tierHeaders(on)]);
    g.styleCells(row, 0, 1, 3, "header");
    row++;
    const top = row;
    tiers.forEach((tier, k) => {
      g.set(row, 0, t.tier(k + 1));
      g.setRow(row, 1, [tier.from, tier.rate]);
      g.styleCells(row, 1, 1, 2, "input");
      g.define(names.from(k), at(row, 1, true));
      g.define(names.rate(k), at(row, 2, true));
      row++;
    });
    g.formatCells(
      top,
      1,
      tiers.length,
      1,
      on === "attainment" ? FORMATS.percent : on === "units" ? FORMATS.count : FORMATS.money,
    );
    g.formatCells(top, 2, tiers.length, 1, on === "units" ? FORMATS.money : FORMATS.rate);
    g.define(names.fromRange, columnRange(1, top, row - 1));
    g.define(names.rateRange, columnRange(2, top, row - 1));
  };

  model.measures.forEach((m, i) => {
    const n = measureNames(i);
    section(t.measure(i + 1, m.name, m.id));
    const kind = m.payout.type === "curve" ? "curve" : m.payout.on;
    param(t.payoutKind, t.payoutKindValue(kind), { input: false });
    if (m.ytd) param(INCENTIVE_MECHANICS_TEXTS[locale].plan.ytd, true, { input: false });
    param(t.quota, m.quota, { name: n.quota, format: FORMATS.money });
    if (m.payout.type === "curve")
      param(t.weight, m.weight ?? 0, { name: n.weight, format: FORMATS.percent });
    const gateMeasure = model.measures[m.gate?.measure ?? i];
    param(t.gate(gateMeasure.name), m.gate ? m.gate.attainment : null, {
      name: n.gate,
      format: FORMATS.percent,
      note: t.blankNone,
    });
    param(t.attainmentCap, m.attainmentCap, {
      name: n.attainmentCap,
      format: FORMATS.percent,
      note: t.blankNone,
    });
    param(t.payoutCap, m.payoutCap, { name: n.payoutCap, format: FORMATS.money, note: t.blankNone });
    if ((m.payoutCapTI ?? null) !== null)
      param(INCENTIVE_MECHANICS_TEXTS[locale].plan.payoutCapTI, m.payoutCapTI ?? null, {
        name: n.payoutCapTI,
        format: FORMATS.percent,
        note: INCENTIVE_MECHANICS_TEXTS[locale].plan.payoutCapTINote,
      });
    if (m.payout.type === "tiers") {
      param(t.method, m.payout.method, { name: n.method, note: t.methodNote, list: ["marginal", "retro"] });
      if (m.roleTiers) {
        // One table per role, each headed by the roles it pays (roles.ts picks a rep's table).
        const on = m.payout.on;
        m.roleTiers.forEach((table, j) => {
          g.set(row, 0, text(INCENTIVE_MECHANICS_TEXTS[locale].plan.roleTable(table.roles)));
          g.style(at(row, 0), "label");
          row++;
          tierTable(table.tiers, on, {
            from: (k) => n.roleTierFrom(j, k),
            rate: (k) => n.roleTierRate(j, k),
            fromRange: n.roleTierFromRange(j),
            rateRange: n.roleTierRateRange(j),
          });
        });
      } else
        tierTable(m.payout.tiers, m.payout.on, {
          from: n.tierFrom,
          rate: n.tierRate,
          fromRange: n.tierFromRange,
          rateRange: n.tierRateRange,
        });
    } else {
      param(t.curveCap, m.payout.cap, { name: n.curveCap, format: FORMATS.percent, note: t.blankNone });
      g.setRow(row, 0, [...t.curveHeaders]);
      g.styleCells(row, 0, 1, 3, "header");
      row++;
      const top = row;
      m.payout.points.forEach((p, k) => {
        g.set(row, 0, t.point(k + 1));
        g.setRow(row, 1, [p.attainment, p.payout]);
        g.styleCells(row, 1, 1, 2, "input");
        row++;
      });
      g.formatCells(top, 1, m.payout.points.length, 2, FORMATS.percent);
      g.define(n.curveAttainment, columnRange(1, top, row - 1));
      g.define(n.curvePayout, columnRange(2, top, row - 1));
    }
  });

  model.spiffs.forEach((s, j) => {
    const n = spiffNames(j);
    section(t.spiff(j + 1, s.name, s.id));
    param(t.method, s.method, { name: n.method, note: t.methodNote, list: ["marginal", "retro"] });
    tierTable(s.tiers, "units", {
      from: n.tierFrom,
      rate: n.tierRate,
      fromRange: n.fromRange,
      rateRange: n.rateRange,
    });
  });

  if (model.clawbackSchedule.length) {
    section(t.clawback);
    g.setRow(row, 0, [...t.clawbackHeaders]);
    g.styleCells(row, 0, 1, 3, "header");
    row++;
    const top = row;
    model.clawbackSchedule.forEach((b, k) => {
      g.set(row, 0, t.band(k + 1));
      g.setRow(row, 1, [b.months, b.fraction]);
      g.styleCells(row, 1, 1, 2, "input");
      row++;
    });
    g.formatCells(top, 2, model.clawbackSchedule.length, 1, FORMATS.percent);
    g.define(NAMES.clawbackMonths, columnRange(1, top, row - 1));
    g.define(NAMES.clawbackFraction, columnRange(2, top, row - 1));
  }

  if (model.teamPool) {
    const pool = model.teamPool;
    section(t.pool);
    param(t.poolMeasure, text(model.measures[pool.measure].name), { input: false });
    param(t.poolThreshold, pool.threshold, { name: NAMES.poolThreshold, format: FORMATS.percent });
    param(t.poolAmount, pool.amount, { name: NAMES.poolAmount, format: FORMATS.money });
    param(t.poolExcessRate, pool.excessRate, { name: NAMES.poolExcessRate, format: FORMATS.rate });
    param(t.poolSplit, pool.split, {
      name: NAMES.poolSplit,
      note: t.poolSplitNote,
      list: ["equal", "proRata"],
    });
  }

  if (model.bestRep || model.bestTeam) section(t.awards);
  if (model.bestRep) {
    const a = model.bestRep;
    param(t.bestRep, null, { input: false });
    param(t.awardMeasure, text(model.measures[a.measure].name), { input: false });
    param(t.awardBy, t.awardByValue[a.by], { input: false });
    param(t.minAttainment, a.minAttainment, {
      name: NAMES.bestRepMin,
      format: FORMATS.percent,
      note: t.blankNone,
    });
    param(t.awardTitle, text(a.title), { name: NAMES.bestRepTitle });
    param(t.bonus, a.bonus, { name: NAMES.bestRepBonus, format: FORMATS.money });
    param(t.tie, a.tie ?? "first", {
      name: NAMES.bestRepTie,
      note: t.tieNote,
      list: ["share", "all", "first"],
    });
  }
  if (model.bestTeam) {
    const a = model.bestTeam;
    param(t.bestTeam, null, { input: false });
    param(t.awardMeasure, text(model.measures[a.measure].name), { input: false });
    param(t.minAttainment, a.minAttainment, {
      name: NAMES.bestTeamMin,
      format: FORMATS.percent,
      note: t.blankNone,
    });
    param(t.awardTitle, text(a.title), { name: NAMES.bestTeamTitle });
    param(t.bonusPerMember, a.bonusPerMember, { name: NAMES.bestTeamBonus, format: FORMATS.money });
    param(t.tie, a.tie ?? "first", {
      name: NAMES.bestTeamTie,
      note: t.tieNote,
      list: ["share", "all", "first"],
    });
  }

  // The reps table.
  section(t.repsTitle);
  g.note(row, 0, t.repsNote);
  row++;
  const c = texts.common;
  const headers: string[] = [c.rep, c.team, c.role, c.manager, c.hireDate, et.leaveDate];
  let next = 6;
  const ote = model.compensation.kind === "ote" ? next : null;
  if (ote !== null) {
    headers.push(t.repOte, t.repBaseMix, t.repTargetIncentive);
    next += 3;
  }
  const ti =
    model.compensation.kind === "ote"
      ? next - 1
      : model.compensation.kind === "targetIncentive"
        ? next
        : null;
  if (model.compensation.kind === "targetIncentive") {
    headers.push(t.repTargetIncentive);
    next += 1;
  }
  const draw = next++;
  headers.push(t.repDraw);
  const quotaBase = next;
  const P = model.periods.length;
  model.measures.forEach((m) => model.periods.forEach((p) => headers.push(t.repQuota(m.name, p.label))));
  const quota = (m: number, p: number) => quotaBase + m * P + p;
  g.setRow(row, 0, headers.map(text));
  g.styleCells(row, 0, 1, headers.length, "header");
  row++;
  const top = row;
  const R = model.reps.length;
  model.reps.forEach((rep, r) => {
    const y = top + r;
    g.setRow(y, 0, [
      text(rep.name),
      text(rep.team),
      text(rep.role),
      text(rep.manager),
      rep.hireDate,
      rep.leaveDate ?? null,
    ]);
    if (ote !== null) {
      g.set(y, ote, rep.overridden.ote ? rep.ote : formula(NAMES.ote));
      g.set(y, ote + 1, rep.overridden.baseMix ? rep.baseMix : formula(NAMES.baseMix));
      g.set(y, ote + 2, formula(`${at(y, ote)}*(1-${at(y, ote + 1)})`));
    } else if (ti !== null) {
      g.set(y, ti, rep.overridden.targetIncentive ? rep.targetIncentive : formula(NAMES.targetIncentive));
    }
    g.set(y, draw, rep.overridden.draw ? rep.draw : formula(NAMES.drawAmount));
    model.measures.forEach((__, m) =>
      model.periods.forEach((_, p) =>
        g.set(
          y,
          quota(m, p),
          rep.quotaOverridden[m][p]
            ? rep.quotas[m][p]
            : formula(rep.quotaLinks?.[m][p] ?? measureNames(m).quota),
        ),
      ),
    );
  });
  g.formatCells(top, 4, R, 2, FORMATS.date);
  g.styleCells(top, 4, R, 2, "input");
  if (ote !== null) {
    g.styleCells(top, ote, R, 2, "input");
    g.formatCells(top, ote, R, 1, FORMATS.money);
    g.formatCells(top, ote + 1, R, 1, FORMATS.percent);
    g.styleCells(top, ote + 2, R, 1, "computed");
    g.formatCells(top, ote + 2, R, 1, FORMATS.money);
  } else if (ti !== null) {
    g.styleCells(top, ti, R, 1, "input");
    g.formatCells(top, ti, R, 1, FORMATS.money);
  }
  g.styleCells(top, draw, R, 1 + model.measures.length * P, "input");
  g.formatCells(top, draw, R, 1 + model.measures.length * P, FORMATS.money);
  // Quotas linked to the goal sheet are formulas: shown as computed so nobody types over the link.
  model.reps.forEach((rep, r) =>
    rep.quotaLinks?.forEach((links, m) =>
      links.forEach((link, p) => {
        if (link !== null && !rep.quotaOverridden[m][p]) g.style(at(top + r, quota(m, p)), "computed");
      }),
    ),
  );
  g.define(NAMES.repNames, columnRange(0, top, top + R - 1));
  // The explanation rows are sized for EXPLAIN_COLUMNS columns of these widths.
  for (let col = 3; col < Math.max(headers.length, EXPLAIN_COLUMNS); col++) g.width(col, 14);

  return {
    grid: g,
    repRow: (r) => top + r,
    col: {
      name: 0,
      team: 1,
      ote,
      baseMix: ote === null ? null : ote + 1,
      targetIncentive: ti,
      draw,
      quota,
      hireDate: 4,
      leaveDate: 5,
    },
  };
}
