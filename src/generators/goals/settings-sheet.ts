/**
 * The goal settings sheet: period, as-of date (TODAY() kept inside the period), tolerance, months with
 * their split weights and elapsed shares, metric weights, growth, caps and gates, the ramp schedule,
 * holidays and the team history band. Every other goal sheet reads its inputs from here.
 */
import type { SheetSpec } from "../../workbook/spec";
import { rowSpan } from "../../workbook/a1";
import { DATE_FORMAT, GUIDE_PROTECTION, PERCENT_FORMAT, RAG, SheetDraft, f, txt } from "./draft";
import type { GoalContext } from "./context";
import { GoalLayout, at } from "./layout";

/** The holiday list as a range on the settings sheet (absolute, without the sheet name). */
export function holidayRange(layout: GoalLayout): string {
  const s = layout.settings;
  return `${at(s.holidayFirstRow, 0, true)}:${at(s.holidayLastRow, 0, true)}`;
}

export function settingsSheet(ctx: GoalContext): SheetSpec {
  const { plan, layout, t, title } = ctx;
  const s = layout.settings;
  const sheet = new SheetDraft(layout.names.settings, "#7F7F7F");
  const M = plan.period.months.length;
  const HOL = holidayRange(layout);
  const B = (row: number) => at(row, 1, true);

  sheet.set(1, 0, txt(t.heading(title, plan.period.label, t.settingsTitle)));
  sheet.style("A1", "title");
  sheet.set(2, 0, t.settingsNote);
  sheet.style("A2", "note");
  sheet.merges.push("A2:H2");
  sheet.rowSpecs.push({ row: 2, height: 30 });

  sheet.setRow(s.periodRow, 0, [t.period, txt(plan.period.label)]);
  sheet.setRow(s.startRow, 0, [t.start, plan.period.start]);
  sheet.setRow(s.endRow, 0, [t.end, plan.period.end]);
  sheet.setRow(s.asOfRow, 0, [
    t.asOf,
    plan.asOf === null ? f(`MIN(MAX(TODAY(),${B(s.startRow)}),${B(s.endRow)})`) : plan.asOf,
    t.asOfNote,
  ]);
  sheet.setRow(s.toleranceRow, 0, [t.tolerance, plan.tolerance, t.toleranceNote]);
  sheet.setRow(s.workdaysRow, 0, [t.workdays, f(`NETWORKDAYS(${B(s.startRow)},${B(s.endRow)},${HOL})`)]);
  sheet.setRow(s.elapsedRow, 0, [
    t.workdaysElapsed,
    f(`NETWORKDAYS(${B(s.startRow)},${B(s.asOfRow)},${HOL})`),
  ]);
  sheet.style(`A${s.periodRow}:A${s.elapsedRow}`, "label");
  sheet.style(`B${s.periodRow}:B${s.endRow}`, "computed");
  sheet.style(`B${s.asOfRow}:B${s.toleranceRow}`, "input");
  sheet.style(`B${s.workdaysRow}:B${s.elapsedRow}`, "computed");
  sheet.style(`C${s.asOfRow}:C${s.toleranceRow}`, "note");
  // The notes run across C:H, their rows fitted to the text when the sheet is built.
  sheet.merges.push(rowSpan(s.asOfRow, 2, 7), rowSpan(s.toleranceRow, 2, 7));
  sheet.format(`B${s.startRow}:B${s.asOfRow}`, DATE_FORMAT);
  sheet.format(`B${s.toleranceRow}`, PERCENT_FORMAT);
  sheet.validations.push(
    {
      range: `B${s.asOfRow}`,
      rule: { type: "date", min: plan.period.start, max: plan.period.end },
      errorTitle: t.validation.dateTitle,
      errorMessage: t.validation.date,
    },
    {
      range: `B${s.toleranceRow}`,
      rule: { type: "decimal", min: 0, max: 0.99 },
      errorTitle: t.validation.numberTitle,
      errorMessage: t.validation.fraction,
    },
  );

  // Months.
  const mc = t.monthCols;
  sheet.set(s.monthHeaderRow - 1, 0, t.months);
  sheet.style(`A${s.monthHeaderRow - 1}`, "subtitle");
  sheet.setRow(s.monthHeaderRow, 0, [
    mc.month,
    mc.start,
    mc.end,
    mc.weight,
    mc.share,
    mc.workdays,
    mc.elapsed,
  ]);
  sheet.style(SheetDraft.range(s.monthHeaderRow, 0, s.monthHeaderRow, 6), "header");
  const first = s.monthRow(0);
  const last = s.monthRow(M - 1);
  plan.period.months.forEach((month, j) => {
    const r = s.monthRow(j);
    sheet.setRow(r, 0, [
      txt(t.monthHeader(month.year, month.month)),
      month.start,
      month.end,
      plan.split[j],
      f(`D${r}/SUM($D$${first}:$D$${last})`),
      f(`NETWORKDAYS(B${r},C${r},${HOL})`),
      f(
        `IF(${B(s.asOfRow)}<B${r},0,IF(${B(s.asOfRow)}>=C${r},1,NETWORKDAYS(B${r},${B(s.asOfRow)},${HOL})/F${r}))`,
      ),
    ]);
  });
  sheet.style(`A${first}:C${last}`, "computed");
  sheet.style(`D${first}:D${last}`, "input");
  sheet.style(`E${first}:G${last}`, "computed");
  sheet.format(`B${first}:C${last}`, DATE_FORMAT);
  sheet.format(`D${first}:D${last}`, "0.00");
  sheet.format(`E${first}:E${last}`, PERCENT_FORMAT);
  sheet.format(`G${first}:G${last}`, PERCENT_FORMAT);
  sheet.validations.push({
    range: `D${first}:D${last}`,
    rule: { type: "decimal", min: 0 },
    errorTitle: t.validation.numberTitle,
    errorMessage: t.validation.number,
  });

  // Metrics.
  const k0 = s.metricRow(0);
  const k1 = s.metricRow(plan.metrics.length - 1);
  const c = t.metricCols;
  sheet.set(s.metricHeaderRow - 1, 0, t.metrics);
  sheet.style(`A${s.metricHeaderRow - 1}`, "subtitle");
  sheet.setRow(s.metricHeaderRow, 0, [
    c.metric,
    c.unit,
    c.better,
    c.aggregation,
    c.weight,
    c.growth,
    c.cap,
    c.gate,
  ]);
  sheet.style(SheetDraft.range(s.metricHeaderRow, 0, s.metricHeaderRow, 7), "header");
  plan.metrics.forEach((m, k) => {
    sheet.setRow(s.metricRow(k), 0, [
      txt(ctx.metricName(m)),
      t.unit[m.unit],
      t.better[m.direction],
      t.aggregation[m.aggregation],
      m.weight,
      m.growth,
      m.cap,
      m.gate,
    ]);
  });
  sheet.setRow(s.totalWeightRow, 0, [t.totalWeight, null, null, null, f(`SUM(E${k0}:E${k1})`)]);
  sheet.style(`A${k0}:D${k1}`, "computed");
  sheet.style(`E${k0}:H${k1}`, "input");
  sheet.style(`A${s.totalWeightRow}:E${s.totalWeightRow}`, "total");
  sheet.format(`E${k0}:F${s.totalWeightRow}`, PERCENT_FORMAT);
  sheet.format(`G${k0}:H${k1}`, PERCENT_FORMAT);
  sheet.conditionalFormats.push({
    type: "expression",
    range: `E${s.totalWeightRow}`,
    formula: `=ABS(E${s.totalWeightRow}-1)>0.000001`,
    style: RAG.red,
  });
  sheet.validations.push(
    {
      range: `E${k0}:E${k1}`,
      rule: { type: "decimal", min: 0, max: 1 },
      errorTitle: t.validation.numberTitle,
      errorMessage: t.validation.fraction,
    },
    {
      range: `F${k0}:H${k1}`,
      rule: { type: "decimal", min: -0.99 },
      errorTitle: t.validation.numberTitle,
      errorMessage: t.validation.number,
    },
  );

  // Ramp schedule: one input row per month in role, plus spare rows to extend it.
  sheet.set(s.rampHeaderRow - 1, 0, t.rampSchedule);
  sheet.style(`A${s.rampHeaderRow - 1}`, "subtitle");
  sheet.setRow(s.rampHeaderRow, 0, [t.rampCols.monthInRole, t.rampCols.share]);
  sheet.style(`A${s.rampHeaderRow}:B${s.rampHeaderRow}`, "header");
  for (let r = s.rampFirstRow; r <= s.rampLastRow; r++) {
    const n = r - s.rampFirstRow;
    sheet.setRow(r, 0, [n + 1, n < plan.ramp.length ? plan.ramp[n] : null]);
  }
  sheet.style(`A${s.rampFirstRow}:A${s.rampLastRow}`, "computed");
  sheet.style(`B${s.rampFirstRow}:B${s.rampLastRow}`, "input");
  sheet.format(`B${s.rampFirstRow}:B${s.rampLastRow}`, "0%");
  sheet.validations.push({
    range: `B${s.rampFirstRow}:B${s.rampLastRow}`,
    rule: { type: "decimal", min: 0, max: 1 },
    errorTitle: t.validation.numberTitle,
    errorMessage: t.validation.fraction,
  });

  // Holidays, with spare rows.
  sheet.set(s.holidayHeaderRow, 0, t.holidays);
  sheet.style(`A${s.holidayHeaderRow}`, "subtitle");
  plan.holidays.forEach((h, i) => sheet.set(s.holidayFirstRow + i, 0, h));
  sheet.style(`A${s.holidayFirstRow}:A${s.holidayLastRow}`, "input");
  sheet.format(`A${s.holidayFirstRow}:A${s.holidayLastRow}`, DATE_FORMAT);
  sheet.validations.push({
    range: `A${s.holidayFirstRow}:A${s.holidayLastRow}`,
    rule: { type: "date" },
    errorTitle: t.validation.dateTitle,
    errorMessage: t.validation.date,
  });

  // History: team totals of past periods, their growth and the band.
  if (plan.history.length) {
    const V = s.historyValues;
    const h = t.historyCols;
    const valueCol = 4;
    const growthCol = valueCol + V;
    sheet.set(s.historyHeaderRow - 1, 0, t.history);
    sheet.style(`A${s.historyHeaderRow - 1}`, "subtitle");
    sheet.setRow(s.historyHeaderRow, 0, [
      h.team,
      h.metric,
      h.low,
      h.high,
      ...Array.from({ length: V }, (_, i) => h.value(i + 1)),
      ...Array.from({ length: V - 1 }, (_, i) => h.growth(i + 2)),
    ]);
    sheet.style(SheetDraft.range(s.historyHeaderRow, 0, s.historyHeaderRow, growthCol + V - 2), "header");
    plan.history.forEach((entry, e) => {
      const r = s.historyRow(e);
      const metric = plan.metrics.find((m) => m.id === entry.metricId)!;
      const growths = SheetDraft.range(r, growthCol, r, growthCol + V - 2);
      sheet.setRow(r, 0, [
        txt(entry.team),
        txt(ctx.metricName(metric)),
        f(`IF(COUNT(${growths})=0,"",MIN(${growths}))`),
        f(`IF(COUNT(${growths})=0,"",MAX(${growths}))`),
      ]);
      for (let i = 0; i < V; i++)
        sheet.set(r, valueCol + i, i < entry.values.length ? entry.values[i] : null);
      for (let i = 1; i < V; i++) {
        const prev = at(r, valueCol + i - 1);
        const cur = at(r, valueCol + i);
        sheet.set(
          r,
          growthCol + i - 1,
          f(`IF(OR(${prev}="",${cur}="",${prev}=0),"",(${cur}-${prev})/ABS(${prev}))`),
        );
      }
    });
    const h0 = s.historyRow(0);
    const h1 = s.historyRow(plan.history.length - 1);
    sheet.style(SheetDraft.range(h0, 0, h1, 3), "computed");
    sheet.style(SheetDraft.range(h0, valueCol, h1, valueCol + V - 1), "input");
    sheet.style(SheetDraft.range(h0, growthCol, h1, growthCol + V - 2), "computed");
    sheet.format(SheetDraft.range(h0, 2, h1, 3), PERCENT_FORMAT);
    sheet.format(SheetDraft.range(h0, valueCol, h1, valueCol + V - 1), "#,##0");
    sheet.format(SheetDraft.range(h0, growthCol, h1, growthCol + V - 2), PERCENT_FORMAT);
  }

  sheet.columns.push({ column: "A", width: 30 });
  for (const col of ["B", "C", "D", "E", "F", "G", "H"]) sheet.columns.push({ column: col, width: 15 });
  sheet.protection = GUIDE_PROTECTION;
  // Fitted to one page wide it printed under 8 pt: at full size over pages across instead.
  sheet.print = { orientation: "landscape" };
  return sheet.toSpec();
}
