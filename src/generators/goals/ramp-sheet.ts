/**
 * The ramp sheet: one row per rep with the hire date (an input) and, per month of the period, the share
 * of a full month's target the rep carries: the ramp share for the month in role x the working days
 * from the hire date. Monthly targets on the goals sheet multiply by these factors.
 */
import type { SheetSpec } from "../../workbook/spec";
import type { GoalContext } from "./context";
import { DATE_FORMAT, GUIDE_PROTECTION, PERCENT_FORMAT, SheetDraft, f, txt } from "./draft";
import { at, columnLetter, ext } from "./layout";
import { quoteSheetName } from "../../workbook/a1";
import { holidayRange } from "./settings-sheet";
import { legiblePrint } from "../../workbook/print-width";
import { wrappedRowHeight } from "../../workbook/wrapped-text";

export function rampSheet(ctx: GoalContext): SheetSpec {
  const { plan, layout, t, title } = ctx;
  const r = layout.ramp;
  const s = layout.settings;
  const S = layout.names.settings;
  const sheet = new SheetDraft(layout.names.ramp, "#A5A5A5");
  const M = plan.period.months.length;
  const HOL = `${quoteSheetName(S)}!${holidayRange(layout)}`;
  const SCHED = `${quoteSheetName(S)}!${at(s.rampFirstRow, 1, true)}:${at(s.rampLastRow, 1, true)}`;

  sheet.set(1, 0, txt(t.heading(title, plan.period.label, t.rampTitle)));
  sheet.style("A1", "title");
  sheet.set(2, 0, t.rampNote);
  sheet.style("A2", "note");
  const lastCol = r.firstMonthCol + M - 1;
  const widths = [24, 16, 13, ...plan.period.months.map(() => 11)];
  // A quarter prints one page wide; a year's months over two pages across, each with the rep column,
  // and the note within the first page, whole, instead of cut at its edge.
  const fit = legiblePrint(widths, 1, `1:${r.headerRow}`);
  const noteEnd = fit.noteEnd < lastCol ? fit.noteEnd : Math.max(lastCol, 7);
  sheet.merges.push(SheetDraft.range(2, 0, 2, noteEnd));
  const split = fit.noteEnd < lastCol;
  const noteWidth = widths.slice(0, noteEnd + 1).reduce((a, w) => a + w, 0);
  const noteHeight = split ? wrappedRowHeight([{ text: t.rampNote, width: noteWidth }]) : null;
  sheet.rowSpecs.push({ row: 2, height: Math.max(30, noteHeight ?? 0) });

  sheet.setRow(r.headerRow, 0, [
    t.col.rep,
    t.col.team,
    t.col.hireDate,
    ...plan.period.months.map((m) => t.monthHeader(m.year, m.month)),
  ]);
  sheet.style(SheetDraft.range(r.headerRow, 0, r.headerRow, lastCol), "header");

  plan.reps.forEach((rep, i) => {
    const row = r.firstRow + i;
    const H = `$${columnLetter(r.hireCol)}${row}`;
    sheet.setRow(row, 0, [txt(rep.name), txt(rep.team), rep.hireDate]);
    plan.period.months.forEach((_, j) => {
      const MS = ext(S, s.monthRow(j), 1);
      const ME = ext(S, s.monthRow(j), 2);
      const WD = ext(S, s.monthRow(j), 5);
      const n = `(YEAR(${MS})-YEAR(${H}))*12+MONTH(${MS})-MONTH(${H})+1`;
      sheet.set(
        row,
        r.firstMonthCol + j,
        f(
          `IF(${H}="",1,IF(${H}>${ME},0,IF(${n}>COUNT(${SCHED}),1,INDEX(${SCHED},${n}))` +
            `*IF(${H}<=${MS},1,NETWORKDAYS(${H},${ME},${HOL})/${WD})))`,
        ),
      );
    });
  });
  const last = r.firstRow + plan.reps.length - 1;
  sheet.style(SheetDraft.range(r.firstRow, 0, last, 1), "computed");
  sheet.style(SheetDraft.range(r.firstRow, r.hireCol, last, r.hireCol), "input");
  sheet.style(SheetDraft.range(r.firstRow, r.firstMonthCol, last, lastCol), "computed");
  sheet.format(SheetDraft.range(r.firstRow, r.hireCol, last, r.hireCol), DATE_FORMAT);
  sheet.format(SheetDraft.range(r.firstRow, r.firstMonthCol, last, lastCol), PERCENT_FORMAT);
  sheet.validations.push({
    range: SheetDraft.range(r.firstRow, r.hireCol, last, r.hireCol),
    rule: { type: "date" },
    allowBlank: true,
    errorTitle: t.validation.dateTitle,
    errorMessage: t.validation.date,
  });
  widths.forEach((width, c) => sheet.columns.push({ column: columnLetter(c), width }));
  sheet.freeze = { rows: r.headerRow, columns: 1 };
  sheet.protection = GUIDE_PROTECTION;
  sheet.print = fit.print;
  return sheet.toSpec();
}
