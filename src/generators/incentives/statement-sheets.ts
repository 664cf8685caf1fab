/**
 * Per-rep pay statements (one block per rep, items down, pay periods across, readable on its own),
 * and the two activity sheets the Calculation sums from: credit splits and clawbacks, each with
 * spare input rows so a user can add deals without regenerating.
 */
import type { PlanModel } from "../../kpi/plan/model";
import type { IncentiveSheetTexts } from "../../i18n/sheets/incentives";
import { sheetRef } from "../../workbook/a1";
import { MAX_MANUAL_PAGE_BREAKS } from "../../workbook/validate";
import { FORMATS, Grid, at, columnRange, formula, text } from "./grid";
import type { CalcLayout } from "./layout";
import { NAMES } from "./names";
import { mechanicsTextsFor } from "../../i18n/sheets/incentive-mechanics";
import type { PlanSheet } from "./plan-sheet";
import { employmentTextsOf } from "../../i18n/sheets/employment";
import { employmentNoteFormula, joinNotesFormula, proratedAmountFormula, quote } from "./proration";

/** Blank input rows below the listed credit splits and clawbacks. */
export const SPARE_ROWS = 20;

export interface StatementsContext {
  readonly model: PlanModel;
  readonly texts: IncentiveSheetTexts;
  readonly plan: PlanSheet;
  readonly calc: CalcLayout;
  readonly calcSheet: string;
}

type Total = "sum" | "last" | "ratio" | "none";

/** Rows per statement block, so the demo and tests can find a rep's block. */
export function statementRows(model: PlanModel): number {
  return statementLines(model).length + 5;
}

/** The 1-based row of each rep's statement title, in roster order. */
export function statementStarts(model: PlanModel): number[] {
  const block = statementRows(model);
  return model.reps.map((_, r) => r * block + 1);
}

/**
 * Page breaks that put each statement on a page of its own; none for a team with more statements
 * than Excel keeps manual breaks on a sheet (the statements then run on, page by page).
 */
export function statementBreaks(model: PlanModel): number[] {
  const breaks = statementStarts(model).slice(1);
  return breaks.length <= MAX_MANUAL_PAGE_BREAKS ? breaks : [];
}

interface Line {
  /** `r` is the rep whose block is written (labels may depend on the rep's draw). */
  readonly label: (t: IncentiveSheetTexts, r?: number) => string;
  /** Calculation column, or a formula builder for lines not on the Calculation sheet. */
  readonly col?: number;
  readonly cell?: (r: number, p: number) => string;
  readonly format: string;
  readonly total: Total;
  /** For "ratio" totals: the lines (offsets back) of numerator and denominator. */
  readonly ratio?: readonly [number, number];
}

function statementLines(model: PlanModel, ctx?: StatementsContext): Line[] {
  const lines: Line[] = [];
  const c = ctx?.calc.col;
  // Notes per period, first so the Payable line keeps its offset from the end: a period not employed
  // or prorated (hire and leave dates), and a period without quota; joined by a separator.
  const noQuota = model.measures.flatMap((m, i) =>
    m.payout.type === "tiers" && m.payout.on === "attainment" ? [i] : [],
  );
  lines.push({
    label: (t) => t.statement.notes,
    cell: (r, p) => {
      const et = employmentTextsOf(ctx!.texts);
      const calcCell = (col: number) => sheetRef(ctx!.calcSheet, at(ctx!.calc.row(r, p), col, true));
      const employment = employmentNoteFormula(
        et,
        calcCell(ctx!.calc.col.daysEmployed),
        calcCell(ctx!.calc.col.periodDays),
      );
      const quotaNotes = noQuota.map((i) => {
        const t = ctx!.texts.statement;
        const m = model.measures[i].name;
        const quota = calcCell(ctx!.calc.col.measures[i].quota);
        return `IF(${quota}=0,IF(${NAMES.zeroQuota}="baseRate",${quote(t.noQuota(m, "baseRate"))},${quote(t.noQuota(m, "nothing"))}),"")`;
      });
      return joinNotesFormula([employment, ...quotaNotes], et.separator);
    },
    format: "@",
    total: "none",
  });
  if (model.compensation.kind === "ote") {
    lines.push({
      label: (t) => t.statement.baseSalary,
      cell: (r, p) => {
        const plan = ctx!.plan;
        const row = plan.repRow(r);
        return proratedAmountFormula(
          `${plan.grid.ref(row, plan.col.ote!)}*${plan.grid.ref(row, plan.col.baseMix!)}*${NAMES.monthsPerPeriod}/12`,
          sheetRef(ctx!.calcSheet, at(ctx!.calc.row(r, p), ctx!.calc.col.daysEmployed, true)),
          sheetRef(ctx!.calcSheet, at(ctx!.calc.row(r, p), ctx!.calc.col.periodDays, true)),
        );
      },
      format: FORMATS.money,
      total: "sum",
    });
  }
  if (model.measures.some((m) => m.payout.type === "curve" || (m.payoutCapTI ?? null) !== null)) {
    lines.push({
      label: (t) => t.statement.targetIncentive,
      col: c?.targetIncentive ?? 0,
      format: FORMATS.money,
      total: "sum",
    });
  }
  model.measures.forEach((m, i) => {
    const mc = c?.measures[i];
    lines.push({
      label: (t) => t.statement.quota(m.name),
      col: mc?.quota,
      format: FORMATS.money,
      total: "sum",
    });
    lines.push({
      label: (t) => t.statement.credited(m.name),
      col: mc?.credited,
      format: FORMATS.money,
      total: "sum",
    });
    lines.push({
      label: (t) => t.statement.attainment(m.name),
      col: mc?.attainment,
      format: FORMATS.percent,
      total: "ratio",
      ratio: [1, 2],
    });
    lines.push({
      label: (t) => t.statement.payout(m.name),
      col: mc?.payout,
      format: FORMATS.money,
      total: "sum",
    });
  });
  model.spiffs.forEach((s, j) =>
    lines.push({
      label: (t) => t.statement.spiff(s.name),
      col: c?.spiffs[j].amount,
      format: FORMATS.money,
      total: "sum",
    }),
  );
  const add = (
    label: (t: IncentiveSheetTexts) => string,
    col: number | null | undefined,
    total: Total = "sum",
  ) => lines.push({ label, col: col ?? undefined, format: FORMATS.money, total });
  if (model.teamPool) add((t) => t.calc.teamBonus, c?.teamBonus);
  if (model.bestRep) add((t) => t.calc.bestRepBonus, c?.bestRepBonus);
  if (model.bestTeam) add((t) => t.calc.bestTeamBonus, c?.bestTeamBonus);
  if (model.clawbackSchedule.length) add((t) => t.calc.clawback, c?.clawback);
  if (model.returns?.length) add((t) => mechanicsTextsFor(t).calc.returnsReversed, c?.returnsReversed);
  add((t) => t.calc.adjustment, c?.adjustment);
  add((t) => t.calc.earned, c?.earned);
  add((t) => t.calc.draw, c?.draw);
  add((t) => t.calc.payable, c?.payable);
  // Without a draw the balance is negative earnings carried forward, not a draw owed.
  lines.push({
    label: (t, r) =>
      r !== undefined && model.reps[r].draw === 0 ? t.statement.negativeBalance : t.calc.balance,
    col: c?.balance ?? undefined,
    format: FORMATS.money,
    total: "last",
  });
  add((t) => t.calc.ytd, c?.ytd, "last");
  return lines;
}

/** Index of the Payable line inside a statement's lines (for tests and the demo). */
export function statementPayableOffset(model: PlanModel): number {
  return statementLines(model).length - 3;
}

export function buildStatementsSheet(name: string, ctx: StatementsContext): Grid {
  const { model, texts } = ctx;
  const g = new Grid(name);
  const P = model.periods.length;
  const lines = statementLines(model, ctx);
  const block = statementRows(model);
  const calcRef = (row: number, col: number) => sheetRef(ctx.calcSheet, at(row, col, true));
  g.width(0, 44);
  for (let p = 0; p <= P; p++) g.width(1 + p, 14);

  model.reps.forEach((rep, r) => {
    const top = r * block;
    g.set(top, 0, text(texts.statement.title(rep.name)));
    g.style(at(top, 0), "subtitle");
    g.setRow(top + 1, 0, [
      texts.common.team,
      text(rep.team),
      texts.common.manager,
      text(rep.manager),
      texts.statement.plan,
      text(model.name),
    ]);
    g.style(at(top + 1, 0), "label");
    g.style(at(top + 1, 2), "label");
    g.style(at(top + 1, 4), "label");
    const headerRow = top + 2;
    g.setRow(headerRow, 0, [texts.statement.item, ...model.periods.map((p) => p.label), texts.common.total]);
    g.styleCells(headerRow, 0, 1, P + 2, "header");
    lines.forEach((line, i) => {
      const y = headerRow + 1 + i;
      g.set(y, 0, text(line.label(texts, r)));
      for (let p = 0; p < P; p++) {
        const body = line.cell ? line.cell(r, p) : calcRef(ctx.calc.row(r, p), line.col!);
        g.set(y, 1 + p, formula(body));
      }
      const first = at(y, 1);
      const last = at(y, P);
      const total =
        line.total === "sum"
          ? `SUM(${first}:${last})`
          : line.total === "last"
            ? last
            : line.ratio
              ? `IFERROR(${at(y - line.ratio[0], P + 1)}/${at(y - line.ratio[1], P + 1)},"")`
              : null;
      if (total) g.set(y, P + 1, formula(total));
      g.formatCells(y, 1, 1, P + 1, line.format);
      if (line.label(texts) === texts.calc.payable) g.styleCells(y, 0, 1, P + 2, "total");
    });
    g.note(headerRow + 1 + lines.length, 0, texts.statement.footer);
  });
  return g;
}

export function buildCreditsSheet(name: string, model: PlanModel, texts: IncentiveSheetTexts): Grid {
  const t = texts.credits;
  const g = new Grid(name);
  g.heading(t.title, t.note);
  const header = 3;
  g.header(header, 0, t.headers);
  const top = header + 1;
  const rows = model.credits.length + SPARE_ROWS;
  model.credits.forEach((c, i) => {
    g.setRow(top + i, 0, [
      text(c.deal),
      c.period + 1,
      model.measures[c.measure].id,
      text(model.reps[c.rep].name),
      c.share,
      c.amount,
    ]);
  });
  for (let i = 0; i < rows; i++) {
    const y = top + i;
    g.set(y, 6, formula(`${at(y, 5)}*${at(y, 4)}`));
    g.set(
      y,
      7,
      formula(`IF(${at(y, 0)}="","",SUMPRODUCT((${NAMES.creditDeal}=${at(y, 0)})*${NAMES.creditShare}))`),
    );
  }
  g.styleCells(top, 0, rows, 6, "input");
  g.styleCells(top, 6, rows, 2, "computed");
  g.formatCells(top, 4, rows, 1, FORMATS.percent);
  g.formatCells(top, 5, rows, 2, FORMATS.money);
  g.formatCells(top, 7, rows, 1, FORMATS.percent);
  const last = top + rows - 1;
  const names = [
    NAMES.creditDeal,
    NAMES.creditPeriod,
    NAMES.creditMeasure,
    NAMES.creditRep,
    NAMES.creditShare,
    NAMES.creditAmount,
    NAMES.creditCredited,
  ];
  names.forEach((n, col) => g.define(n, columnRange(col, top, last)));
  g.validate({
    range: `${at(top, 1)}:${at(last, 1)}`,
    rule: { type: "whole", min: 1, max: model.periods.length },
    allowBlank: true,
  });
  g.validate({
    range: `${at(top, 2)}:${at(last, 2)}`,
    rule: { type: "list", values: model.measures.map((m) => m.id) },
    allowBlank: true,
  });
  g.validate({
    range: `${at(top, 3)}:${at(last, 3)}`,
    rule: { type: "listSource", source: `=${NAMES.repNames}` },
    allowBlank: true,
  });
  g.conditionalFormat({
    type: "expression",
    range: `${at(top, 7)}:${at(last, 7)}`,
    formula: `=AND(${at(top, 7)}<>"",ABS(${at(top, 7)}-1)>0.000001)`,
    style: { fill: "#F8CBAD", fontColor: "#9C0006" },
  });
  [14, 10, 14, 22, 10, 14, 14, 16].forEach((w, col) => g.width(col, w));
  return g;
}

export function buildClawbacksSheet(name: string, model: PlanModel, texts: IncentiveSheetTexts): Grid {
  const t = texts.clawbacks;
  const g = new Grid(name);
  g.heading(t.title, t.note);
  const header = 3;
  g.header(header, 0, t.headers);
  const top = header + 1;
  const rows = model.clawbacks.length + SPARE_ROWS;
  model.clawbacks.forEach((e, i) => {
    g.setRow(top + i, 0, [
      text(model.reps[e.rep].name),
      e.period + 1,
      text(e.deal),
      e.commission,
      e.monthsActive,
    ]);
  });
  for (let i = 0; i < rows; i++) {
    const y = top + i;
    const months = at(y, 4);
    g.set(
      y,
      5,
      formula(
        `IF(${months}="",0,IFERROR(INDEX(${NAMES.clawbackFraction},MATCH(${months},${NAMES.clawbackMonths},1)),0))`,
      ),
    );
    g.set(y, 6, formula(`${at(y, 3)}*${at(y, 5)}`));
  }
  g.styleCells(top, 0, rows, 5, "input");
  g.styleCells(top, 5, rows, 2, "computed");
  g.formatCells(top, 3, rows, 1, FORMATS.money);
  g.formatCells(top, 5, rows, 1, FORMATS.percent);
  g.formatCells(top, 6, rows, 1, FORMATS.money);
  const last = top + rows - 1;
  g.define(NAMES.clawRep, columnRange(0, top, last));
  g.define(NAMES.clawPeriod, columnRange(1, top, last));
  g.define(NAMES.clawAmount, columnRange(6, top, last));
  g.validate({
    range: `${at(top, 0)}:${at(last, 0)}`,
    rule: { type: "listSource", source: `=${NAMES.repNames}` },
    allowBlank: true,
  });
  g.validate({
    range: `${at(top, 1)}:${at(last, 1)}`,
    rule: { type: "whole", min: 1, max: model.periods.length },
    allowBlank: true,
  });
  [22, 10, 14, 16, 14, 12, 14].forEach((w, col) => g.width(col, w));
  return g;
}
