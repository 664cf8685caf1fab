/**
 * Per-rep pay statements (one block per rep, items down, pay periods across, readable on its own),
 * and the two activity sheets the Calculation sums from: credit splits and clawbacks, each with
 * spare input rows so a user can add deals without regenerating.
 */
import type { PlanModel } from "../../kpi/plan/model";
import { INCENTIVE_TEXTS, IncentiveSheetTexts } from "../../i18n/sheets/incentives";
import { STATEMENT_TEXTS, StatementTexts } from "../../i18n/sheets/statement";
import { MAX_MANUAL_PAGE_BREAKS } from "../../workbook/validate";
import type { PrintSpec } from "../../workbook/spec";
import { wrappedRowHeight } from "../../workbook/wrapped-text";
import { FORMATS, Grid, at, columnRange, formula, text } from "./grid";
import type { CalcLayout } from "./layout";
import { NAMES } from "./names";
import type { PlanSheet } from "./plan-sheet";
import { LineKind, StatementLine, payableIndex, statementLines } from "./statement-lines";
import { moneyFormat, payDateRule } from "./statement-format";
import { DEAL_COLUMNS, StatementDeals, groupDeals, repDealRows, writeDealSection } from "./statement-deals";
import type { Locale } from "../../i18n";
import { EXCEL_STATEMENT_LIMITS, StatementLimits, StatementPart, splitStatements } from "./statement-split";
import {
  ROW_HEIGHT,
  StatementPager,
  StatementPrint,
  TITLE_HEIGHT,
  noteHeight,
  statementPrint,
  statementPrintSpec,
} from "./statement-pages";

/** Blank input rows below the listed credit splits and clawbacks. */
export const SPARE_ROWS = 20;

export interface StatementsContext {
  readonly model: PlanModel;
  readonly texts: IncentiveSheetTexts;
  readonly plan: PlanSheet;
  readonly calc: CalcLayout;
  readonly calcSheet: string;
  /** The deals the CRM export credited (crm-actuals.ts): listed under each rep's lines. */
  readonly deals?: StatementDeals;
}

/** The statement texts in the language of the incentive sheet texts. */
export function statementTextsOf(texts: IncentiveSheetTexts): StatementTexts {
  return STATEMENT_TEXTS[texts === INCENTIVE_TEXTS["zh-CN"] ? "zh-CN" : "en-US"];
}

function linesOf(model: PlanModel, texts: IncentiveSheetTexts): StatementLine[] {
  return statementLines({ model, texts, st: statementTextsOf(texts) });
}

/** The locale of the incentive sheet texts. */
export function localeOf(texts: IncentiveSheetTexts): Locale {
  return texts === INCENTIVE_TEXTS["zh-CN"] ? "zh-CN" : "en-US";
}

/**
 * Periods per band of a statement: a plan with more periods prints its statement in bands of this
 * many periods, one below the other, each band a page (twelve periods side by side fitted to a page
 * printed at 4 pt).
 */
export const BAND_PERIODS = 4;

/** The periods of each band: all of them in one band up to BAND_PERIODS, else bands of that many. */
export function periodBands(periods: number): number[][] {
  const size = periods <= BAND_PERIODS ? Math.max(periods, 1) : BAND_PERIODS;
  const bands: number[][] = [];
  for (let p = 0; p < periods; p += size)
    bands.push(Array.from({ length: Math.min(size, periods - p) }, (_, k) => p + k));
  return bands.length ? bands : [[]];
}

/** Rows of one band: title, info and header rows, then the lines. */
function bandRows(lines: number): number {
  return 3 + lines;
}

/**
 * How the statements print: the scale and orientation, the rows of a block (every rep's block as
 * long as the longest, so rep r's block starts at r x rows) and, per rep, the rows inside its block
 * where a further page starts (bands of periods, continuation pages of a long deal list).
 */
export interface StatementLayout {
  readonly print: StatementPrint;
  readonly block: number;
  readonly pageStarts: readonly (readonly number[])[];
}

/** Layouts made, per model, texts, reps and footer, and deal list (computed once per workbook). */
const layouts = new WeakMap<PlanModel, Map<string, { deals?: StatementDeals; layout: StatementLayout }[]>>();

/**
 * The layout of the statements of `reps` (default: the team), laid out as printed: a private file
 * passes its one rep, so nothing of another rep's statement shapes it.
 */
export function statementLayout(
  model: PlanModel,
  texts: IncentiveSheetTexts = INCENTIVE_TEXTS["en-US"],
  deals?: StatementDeals,
  reps: readonly number[] = model.reps.map((_, r) => r),
  footer: string = texts.statement.footer,
): StatementLayout {
  const key = `${localeOf(texts)}|${reps.length === model.reps.length ? "all" : reps.join(",")}|${footer}`;
  const cached = layouts
    .get(model)
    ?.get(key)
    ?.find((c) => c.deals === deals);
  if (cached) return cached.layout;
  const lines = linesOf(model, texts);
  const groups = deals ? groupDeals(model, deals) : null;
  const columns = statementColumns(model, deals !== undefined);
  const closing = closingHeight(model, texts, footer, deals !== undefined);
  const bandHeight = (r: number) => bandHeightOf(lines, r);
  // The part that should stay on one page: a band, the last one with the notes and sign-off, and
  // the deal list too where the page holds it.
  const print = statementPrint(
    statementWidth(columns),
    reps.map((r) => ({
      core: bandHeight(r) + closing,
      whole: bandHeight(r) + closing + repDealRows(groups, r) * ROW_HEIGHT,
    })),
  );
  const bands = bandStarts(model);
  const after = periodBands(model.periods.length).length * bandRows(lines.length);
  let block = 0;
  const pageStarts = reps.map((r) => {
    // Laid out on a scratch grid: the deal list and the notes, where continuation pages may start.
    const tail = writeStatementTail(new Grid("layout"), 0, after, r, {
      model,
      texts,
      footer,
      capacity: print.capacity,
      lastBandHeight: bandHeight(r),
      mode: "value",
      money: "0",
      creditedCell: () => "A1",
      ...(deals && groups ? { deals: { deals, groups: groups[r] } } : {}),
    });
    block = Math.max(block, tail.rows);
    return [...bands, ...tail.breaks];
  });
  // A blank row between one rep's block and the next.
  const layout = { print, block: block + 1, pageStarts };
  const forModel = layouts.get(model) ?? new Map();
  forModel.set(key, [...(forModel.get(key) ?? []), { deals, layout }]);
  layouts.set(model, forModel);
  return layout;
}

/** Height in points of a band of rep r's statement: title, info and header rows, then the lines. */
function bandHeightOf(lines: readonly StatementLine[], r: number): number {
  return lines.reduce(
    (h, line) =>
      h +
      (line.kind === "text"
        ? (wrappedRowHeight([{ text: line.longest?.(r) ?? "", width: PERIOD_WIDTH }]) ?? ROW_HEIGHT)
        : ROW_HEIGHT),
    TITLE_HEIGHT + 2 * ROW_HEIGHT,
  );
}

/** Height of the rows after the lines and deals: the notes and the sign-off (and a gap above). */
function closingHeight(model: PlanModel, texts: IncentiveSheetTexts, footer: string, deals: boolean): number {
  const st = statementTextsOf(texts);
  const width = statementWidth(statementColumns(model, deals));
  return (
    (deals ? ROW_HEIGHT : 0) +
    noteHeight(footer, width) +
    noteHeight(st.signs, width) +
    noteHeight(st.payDateRule(payDateRule(model)), width) +
    2 * ROW_HEIGHT
  );
}

/** Width in characters of a statement's columns. */
function statementWidth(columns: number): number {
  return LABEL_WIDTH + (columns - 1) * PERIOD_WIDTH;
}

/**
 * Rows per statement block. With a CRM export's deals every block is as long as the longest rep's
 * list, so the blocks of a sheet follow each other at this step (the layout's statementAt finds a rep's).
 */
export function statementRows(
  model: PlanModel,
  texts: IncentiveSheetTexts = INCENTIVE_TEXTS["en-US"],
  deals?: StatementDeals,
): number {
  return statementLayout(model, texts, deals).block;
}

/** The 1-based row of each rep's statement title, in roster order, with the team on one sheet. */
export function statementStarts(
  model: PlanModel,
  deals?: StatementDeals,
  texts: IncentiveSheetTexts = INCENTIVE_TEXTS["en-US"],
): number[] {
  const block = statementRows(model, texts, deals);
  return model.reps.map((_, r) => r * block + 1);
}

/** The 0-based rows, inside a block, where its second and later bands start. */
export function bandStarts(model: PlanModel): number[] {
  const rows = bandRows(linesOf(model, INCENTIVE_TEXTS["en-US"]).length);
  return periodBands(model.periods.length)
    .slice(1)
    .map((_, b) => (b + 1) * rows);
}

/**
 * The sheets the team's statements go on (statement-split.ts): one while they fit Excel's rows and
 * page breaks, else as many as they need.
 */
export function statementParts(
  model: PlanModel,
  texts: IncentiveSheetTexts = INCENTIVE_TEXTS["en-US"],
  deals?: StatementDeals,
  limits: StatementLimits = EXCEL_STATEMENT_LIMITS,
): StatementPart[] {
  const layout = statementLayout(model, texts, deals);
  return splitStatements(
    layout.block,
    layout.pageStarts.map((p) => p.length),
    limits,
  );
}

/** The whole team on one sheet. */
function wholeTeam(model: PlanModel): StatementPart {
  return { first: 0, end: model.reps.length, top: 0 };
}

/**
 * Page breaks that put each statement of a sheet (default: the whole team on one) on a page of its
 * own, each band of it and each continuation page too; none for a sheet with more pages than Excel
 * keeps manual breaks on a sheet (statementParts keeps a team's sheets within it).
 */
export function statementBreaks(
  model: PlanModel,
  deals?: StatementDeals,
  texts: IncentiveSheetTexts = INCENTIVE_TEXTS["en-US"],
  part: StatementPart = wholeTeam(model),
): number[] {
  const layout = statementLayout(model, texts, deals);
  const breaks: number[] = [];
  for (let r = part.first; r < part.end; r++) {
    const start = part.top + (r - part.first) * layout.block + 1;
    if (r > part.first) breaks.push(start);
    for (const b of layout.pageStarts[r]) breaks.push(start + b);
  }
  return breaks.length <= MAX_MANUAL_PAGE_BREAKS ? breaks : [];
}

/**
 * The print setup of a sheet of the team's statements (default: the whole team on one); a sheet of a
 * split team prints from its first statement, below the line that names its reps.
 */
export function statementsPrint(
  model: PlanModel,
  texts: IncentiveSheetTexts,
  deals?: StatementDeals,
  part: StatementPart = wholeTeam(model),
): PrintSpec {
  const layout = statementLayout(model, texts, deals);
  const spec = statementPrintSpec(layout.print, statementBreaks(model, deals, texts, part));
  if (part.top === 0) return spec;
  const last = statementColumns(model, deals !== undefined) - 1;
  const end = part.top + (part.end - part.first) * layout.block;
  return { ...spec, area: `${at(part.top, 0)}:${at(end - 1, last)}` };
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
  /** The CRM export's deals, grouped per rep (groupDeals). */
  readonly deals?: {
    readonly deals: StatementDeals;
    readonly groups: ReturnType<typeof groupDeals>;
  };
  /** Points of rows a printed page holds (statementLayout); a longer tail continues on a page. */
  readonly capacity: number;
}

interface TailOptions {
  readonly model: PlanModel;
  readonly texts: IncentiveSheetTexts;
  readonly footer: string;
  readonly capacity: number;
  /** Height of the last band, on the page the tail starts on. */
  readonly lastBandHeight: number;
  readonly mode: "formula" | "value";
  readonly money: string;
  readonly creditedCell: (measure: number, period: number) => string;
  readonly deals?: { readonly deals: StatementDeals; readonly groups: ReturnType<typeof groupDeals>[number] };
}

/**
 * Writes what follows the lines of rep r's statement from row `after`: the CRM deals, the notes and
 * the sign-off, starting a page with a heading that names the rep where the page is full. Returns the
 * rows used from `top` and where (from `top`) each continuation page starts.
 */
function writeStatementTail(
  g: Grid,
  top: number,
  after: number,
  r: number,
  o: TailOptions,
): { rows: number; breaks: number[] } {
  const st = statementTextsOf(o.texts);
  const rep = o.model.reps[r];
  const pager = new StatementPager(o.capacity, top, (y) => {
    g.set(y, 0, text(st.continued(o.texts.statement.title(rep.name))));
    g.style(at(y, 0), "subtitle");
    return { rows: 1, height: TITLE_HEIGHT };
  });
  pager.startPage(o.lastBandHeight);
  const closing = closingHeight(o.model, o.texts, o.footer, o.deals !== undefined);
  let y = after;
  if (o.deals) {
    // The list's last row is a gap, where the closing part is placed from.
    y += writeDealSection(g, y, {
      model: o.model,
      locale: localeOf(o.texts),
      deals: o.deals.deals,
      groups: o.deals.groups,
      mode: o.mode,
      money: o.money,
      creditedCell: o.creditedCell,
      place: (row, height, more) => pager.place(row, height, more),
    });
    const gap = y - 1;
    const placed = pager.place(gap, closing);
    y = placed === gap ? gap + 1 : placed;
  } else y = pager.place(y, closing);
  g.note(y, 0, o.footer);
  g.note(y + 1, 0, st.signs);
  g.note(y + 2, 0, st.payDateRule(payDateRule(o.model)));
  g.setRow(y + 3, 0, [text(st.signRep(rep.name)), st.signDate]);
  g.setRow(y + 4, 0, [text(st.signManager(rep.manager)), st.signDate]);
  return { rows: y + 5 - top, breaks: pager.breaks };
}

/**
 * Writes rep r's statement from row `top` (0-based): title, lines by period (in bands of periods
 * when there are many), the CRM deals, notes and sign-off.
 */
export function writeStatementBlock(
  g: Grid,
  top: number,
  r: number,
  o: BlockOptions,
): { rows: number; breaks: number[] } {
  const { model, texts, lines } = o;
  const st = statementTextsOf(texts);
  const rep = model.reps[r];
  const formats = KIND_FORMAT(model);
  const bands = periodBands(model.periods.length);
  const rows = bandRows(lines.length);
  const currency = model.currency.trim();
  // Where each period's figure of line i is: its band's row, its column within the band.
  const cellOf = (i: number, p: number) => {
    const b = Math.floor(p / bands[0].length);
    return at(top + b * rows + 3 + i, 1 + p - bands[b][0]);
  };
  bands.forEach((band, b) => {
    const y0 = top + b * rows;
    const last = b === bands.length - 1;
    const B = band.length;
    g.set(y0, 0, text(texts.statement.title(rep.name)));
    g.style(at(y0, 0), "subtitle");
    // One cell, so the team, manager and plan names (of any length) never widen the printed page.
    g.set(y0 + 1, 0, text(st.info(rep.team, rep.manager, model.name)));
    g.style(at(y0 + 1, 0), "label");
    const headerRow = y0 + 2;
    g.setRow(headerRow, 0, [
      currency ? `${texts.statement.item} (${st.currency}: ${currency})` : texts.statement.item,
      ...band.map((p) => model.periods[p].label),
      ...(last ? [texts.common.total] : []),
    ]);
    g.styleCells(headerRow, 0, 1, B + (last ? 2 : 1), "header");
    lines.forEach((line, i) => {
      const y = headerRow + 1 + i;
      if (o.mode === "formula" && line.labelFormula) g.set(y, 0, formula(line.labelFormula(r)));
      else g.set(y, 0, text(line.label(r)));
      band.forEach((p, k) => {
        if (o.mode === "formula") g.set(y, 1 + k, formula(line.formula(r, p)));
        else {
          const v = line.value(r, p);
          g.set(y, 1 + k, typeof v === "string" ? text(v) : v);
        }
      });
      if (last) {
        // The total spans every band's figures of the line.
        const spans = bands.map((x, c) => {
          const row = top + c * rows + 3 + i;
          return `${at(row, 1)}:${at(row, x.length)}`;
        });
        const total =
          line.total === "sum"
            ? `SUM(${spans.join(",")})`
            : line.total === "last"
              ? cellOf(i, model.periods.length - 1)
              : line.ratio
                ? `IFERROR(${at(y - line.ratio[0], B + 1)}/${at(y - line.ratio[1], B + 1)},"")`
                : null;
        if (total) g.set(y, B + 1, formula(total));
      }
      g.formatCells(y, 1, 1, B + (last ? 1 : 0), formats[line.kind]);
      if (line.kind === "text") {
        // A reason can be longer than its period's column: the row wraps, as tall as its longest text.
        g.styleCells(y, 1, 1, B, "note");
        const longest = line.longest?.(r) ?? "";
        const height = longest ? wrappedRowHeight([{ text: longest, width: PERIOD_WIDTH }]) : null;
        if (height !== null && o.mode === "formula") g.height(y, height);
      }
      if (line.payable) g.styleCells(y, 0, 1, B + (last ? 2 : 1), "total");
    });
  });
  const creditedLine = new Map<number, number>();
  lines.forEach((l, i) => {
    if (l.credited !== undefined) creditedLine.set(l.credited, i);
  });
  return writeStatementTail(g, top, top + bands.length * rows, r, {
    model,
    texts,
    footer: o.footer,
    capacity: o.capacity,
    lastBandHeight: bandHeightOf(lines, r),
    mode: o.mode,
    money: formats.money,
    creditedCell: (m, p) => cellOf(creditedLine.get(m)!, p),
    ...(o.deals ? { deals: { deals: o.deals.deals, groups: o.deals.groups[r] } } : {}),
  });
}

/** Columns a statement takes: the label, the widest band's periods and the total. */
export function statementColumns(model: PlanModel, deals: boolean): number {
  const widest = Math.max(...periodBands(model.periods.length).map((b) => b.length));
  return Math.max(widest + 2, deals ? DEAL_COLUMNS : 0);
}

/** Width of a period's column on the statement. */
export const PERIOD_WIDTH = 16;
/** Width of the label column. */
export const LABEL_WIDTH = 46;

/**
 * The sheet of the statements of `part` (default: the whole team). A sheet of a split team starts
 * with a line that says which reps it holds, so a manager finds a rep's sheet.
 */
export function buildStatementsSheet(
  name: string,
  ctx: StatementsContext,
  part: StatementPart = wholeTeam(ctx.model),
): Grid {
  const { model, texts } = ctx;
  const g = new Grid(name);
  const lines = statementLines({
    model,
    texts,
    st: statementTextsOf(texts),
    formulas: { plan: ctx.plan, calc: ctx.calc, calcSheet: ctx.calcSheet },
  });
  const layout = statementLayout(model, texts, ctx.deals);
  const block = layout.block;
  const groups = ctx.deals ? groupDeals(model, ctx.deals) : null;
  const deals = ctx.deals && groups ? { deals: ctx.deals, groups } : null;
  g.width(0, LABEL_WIDTH);
  const columns = statementColumns(model, deals !== null);
  for (let c = 1; c < columns; c++) g.width(c, PERIOD_WIDTH);
  if (part.top > 0) {
    const reps = model.reps;
    g.note(
      0,
      0,
      texts.statement.sheetReps({
        first: part.first + 1,
        last: part.end,
        total: reps.length,
        firstName: reps[part.first].name,
        lastName: reps[part.end - 1].name,
      }),
    );
  }
  // Each statement is a band of rows made on demand for a large team (grid.ts): counted over the
  // whole team, whose sheets are all held until the workbook is written.
  g.lazyBands(model.reps.length * block);
  for (let r = part.first; r < part.end; r++) {
    const top = part.top + (r - part.first) * block;
    g.band(top, block, (g) =>
      writeStatementBlock(g, top, r, {
        model,
        texts,
        lines,
        mode: "formula",
        footer: texts.statement.footer,
        capacity: layout.print.capacity,
        ...(deals ? { deals } : {}),
      }),
    );
  }
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
