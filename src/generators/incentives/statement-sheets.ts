/**
 * Per-rep pay statements (one block per rep, items down, pay periods across, readable on its own),
 * and the two activity sheets the Calculation sums from: credit splits and clawbacks, each with
 * spare input rows so a user can add deals without regenerating.
 */
import type { PlanModel } from "../../kpi/plan/model";
import { INCENTIVE_TEXTS, IncentiveSheetTexts } from "../../i18n/sheets/incentives";
import { STATEMENT_TEXTS, StatementTexts } from "../../i18n/sheets/statement";
import { MAX_MANUAL_PAGE_BREAKS } from "../../workbook/validate";
import { wrappedRowHeight } from "../../workbook/wrapped-text";
import { FORMATS, Grid, at, columnRange, formula, text } from "./grid";
import type { CalcLayout } from "./layout";
import { NAMES } from "./names";
import type { PlanSheet } from "./plan-sheet";
import { LineKind, StatementLine, payableIndex, statementLines } from "./statement-lines";
import { moneyFormat, payDateRule } from "./statement-format";

/** Blank input rows below the listed credit splits and clawbacks. */
export const SPARE_ROWS = 20;

export interface StatementsContext {
  readonly model: PlanModel;
  readonly texts: IncentiveSheetTexts;
  readonly plan: PlanSheet;
  readonly calc: CalcLayout;
  readonly calcSheet: string;
}

/** Rows of a block besides its lines: title, team row, header; three notes, two sign-off rows, a gap. */
const BLOCK_EXTRA = 9;

/** The statement texts in the language of the incentive sheet texts. */
export function statementTextsOf(texts: IncentiveSheetTexts): StatementTexts {
  return STATEMENT_TEXTS[texts === INCENTIVE_TEXTS["zh-CN"] ? "zh-CN" : "en-US"];
}

function linesOf(model: PlanModel, texts: IncentiveSheetTexts): StatementLine[] {
  return statementLines({ model, texts, st: statementTextsOf(texts) });
}

/** Rows per statement block, so the demo and tests can find a rep's block. */
export function statementRows(
  model: PlanModel,
  texts: IncentiveSheetTexts = INCENTIVE_TEXTS["en-US"],
): number {
  return linesOf(model, texts).length + BLOCK_EXTRA;
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

/** Index of the Payable line inside a statement's lines (for tests and the demo). */
export function statementPayableOffset(model: PlanModel): number {
  return payableIndex(linesOf(model, INCENTIVE_TEXTS["en-US"]));
}

const KIND_FORMAT = (model: PlanModel): Record<LineKind, string> => ({
  money: moneyFormat(model.currency, model.payableDecimals ?? 2),
  percent: FORMATS.percent,
  rate: FORMATS.rate,
  count: FORMATS.count,
  text: "@",
  date: FORMATS.date,
});

export interface BlockOptions {
  readonly model: PlanModel;
  readonly texts: IncentiveSheetTexts;
  readonly lines: readonly StatementLine[];
  /** Formulas (the team workbook) or the engine's values (a private file). */
  readonly mode: "formula" | "value";
  /** The note under the lines: where the figures come from. */
  readonly footer: string;
}

/** Writes rep r's statement from row `top` (0-based): title, lines by period, notes and sign-off. */
export function writeStatementBlock(g: Grid, top: number, r: number, o: BlockOptions): void {
  const { model, texts, lines } = o;
  const st = statementTextsOf(texts);
  const rep = model.reps[r];
  const P = model.periods.length;
  const formats = KIND_FORMAT(model);
  g.set(top, 0, text(texts.statement.title(rep.name)));
  g.style(at(top, 0), "subtitle");
  // One cell, so the team, manager and plan names (of any length) never widen the printed page.
  g.set(top + 1, 0, text(st.info(rep.team, rep.manager, model.name)));
  g.style(at(top + 1, 0), "label");
  const headerRow = top + 2;
  const currency = model.currency.trim();
  g.setRow(headerRow, 0, [
    currency ? `${texts.statement.item} (${st.currency}: ${currency})` : texts.statement.item,
    ...model.periods.map((p) => p.label),
    texts.common.total,
  ]);
  g.styleCells(headerRow, 0, 1, P + 2, "header");
  lines.forEach((line, i) => {
    const y = headerRow + 1 + i;
    if (o.mode === "formula" && line.labelFormula) g.set(y, 0, formula(line.labelFormula(r)));
    else g.set(y, 0, text(line.label(r)));
    for (let p = 0; p < P; p++) {
      if (o.mode === "formula") g.set(y, 1 + p, formula(line.formula(r, p)));
      else {
        const v = line.value(r, p);
        g.set(y, 1 + p, typeof v === "string" ? text(v) : v);
      }
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
    g.formatCells(y, 1, 1, P + 1, formats[line.kind]);
    if (line.kind === "text") {
      // A reason can be longer than its period's column: the row wraps, as tall as its longest text.
      g.styleCells(y, 1, 1, P, "note");
      const longest = line.longest?.(r) ?? "";
      const height = longest ? wrappedRowHeight([{ text: longest, width: PERIOD_WIDTH }]) : null;
      if (height !== null && o.mode === "formula") g.height(y, height);
    }
    if (line.payable) g.styleCells(y, 0, 1, P + 2, "total");
  });
  const after = headerRow + 1 + lines.length;
  g.note(after, 0, o.footer);
  g.note(after + 1, 0, st.signs);
  g.note(after + 2, 0, st.payDateRule(payDateRule(model)));
  g.setRow(after + 3, 0, [text(st.signRep(rep.name)), st.signDate]);
  g.setRow(after + 4, 0, [text(st.signManager(rep.manager)), st.signDate]);
}

/** Width of a period's column on the statement. */
export const PERIOD_WIDTH = 16;
/** Width of the label column. */
export const LABEL_WIDTH = 46;

export function buildStatementsSheet(name: string, ctx: StatementsContext): Grid {
  const { model, texts } = ctx;
  const g = new Grid(name);
  const P = model.periods.length;
  const lines = statementLines({
    model,
    texts,
    st: statementTextsOf(texts),
    formulas: { plan: ctx.plan, calc: ctx.calc, calcSheet: ctx.calcSheet },
  });
  const block = statementRows(model, texts);
  g.width(0, LABEL_WIDTH);
  for (let p = 0; p <= P; p++) g.width(1 + p, PERIOD_WIDTH);
  // Each statement is a band of rows made on demand for a large team (grid.ts).
  g.lazyBands(model.reps.length * block);
  model.reps.forEach((_, r) =>
    g.band(r * block, block, (g) =>
      writeStatementBlock(g, r * block, r, {
        model,
        texts,
        lines,
        mode: "formula",
        footer: texts.statement.footer,
      }),
    ),
  );
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
