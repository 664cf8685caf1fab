/**
 * Charts through Office.js: `worksheet.charts.add(type, source, seriesBy)` (ExcelApi 1.1), then the
 * title, axis titles, legend, series names and position, queued with the rest of the sheet's
 * finishing work (no sync of their own). Where ExcelApi 1.7 is there, the chart is made from its
 * first series and each series gets its own values and categories (setValues/setXAxisValues), so
 * the spec's references are followed exactly and a combo's target becomes a line. On 1.1 alone the
 * chart is made from one block (categories column followed by the series columns) when the spec's
 * references form one; otherwise it is left out and reported.
 */
import type { RangeRef } from "../../workbook/a1";
import { rangeAddress } from "../../workbook/a1";
import { ChartRef, parseChartRef } from "../../workbook/chart-refs";
import type { ChartSpec, SheetSpec } from "../../workbook/spec";
import { WriteOp, WriteTarget, estimate, op } from "./ops";

/** The Office.js chart type each spec type starts as (a combo's lines are set per series). */
const OFFICE_TYPE: Record<ChartSpec["type"], string> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "LineMarkers",
  combo: "ColumnClustered",
};

export interface ChartSupport {
  /** ExcelApi 1.7: series.add, setValues, setXAxisValues, series chartType. */
  readonly series: boolean;
  /** ExcelApi 1.8: the value axis number format. */
  readonly axisFormat: boolean;
}

export interface ChartSkip {
  readonly sheet: string;
  readonly title: string;
  readonly requires: string;
}

/**
 * The one block "categories | series 1 | series 2 ..." the references make, column by column on one
 * sheet and the same rows, or null when they do not.
 */
export function contiguousSource(cat: ChartRef, series: readonly ChartRef[]): RangeRef | null {
  const column = (r: RangeRef) => r.start.col === r.end.col;
  if (!column(cat.range)) return null;
  const ok = series.every(
    (s, k) =>
      s.sheet.toLowerCase() === cat.sheet.toLowerCase() &&
      column(s.range) &&
      s.range.start.col === cat.range.start.col + k + 1 &&
      s.range.start.row === cat.range.start.row &&
      s.range.end.row === cat.range.end.row,
  );
  return ok
    ? { start: cat.range.start, end: { row: cat.range.end.row, col: cat.range.start.col + series.length } }
    : null;
}

function range(t: WriteTarget, ref: ChartRef): Excel.Range {
  return t.sheet(ref.sheet).getRange(rangeAddress(ref.range));
}

function decorate(chart: Excel.Chart, spec: ChartSpec, support: ChartSupport): void {
  chart.title.text = spec.title;
  if (spec.categoryAxisTitle) chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
  if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  if (spec.valueFormat && support.axisFormat) chart.axes.valueAxis.numberFormat = spec.valueFormat;
  chart.legend.position = "Bottom";
  chart.setPosition(spec.from, spec.to);
}

/** The operations drawing `sheet`'s charts; charts this Excel cannot draw go to `skipped`. */
export function chartOps(sheet: SheetSpec, support: ChartSupport, skipped: ChartSkip[]): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const spec of sheet.charts ?? []) {
    const cat = parseChartRef(spec.categories, sheet.name);
    const series = spec.series.map((s) => parseChartRef(s.values, sheet.name));
    const type = OFFICE_TYPE[spec.type] as Excel.ChartType;
    const bytes = estimate(8 + 4 * series.length, spec);
    if (support.series) {
      ops.push(
        op(bytes, (t) => {
          const chart = t.sheet(sheet.name).charts.add(type, range(t, series[0]), "Columns");
          spec.series.forEach((s, k) => {
            const one = k === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
            if (k > 0) one.setValues(range(t, series[k]));
            one.setXAxisValues(range(t, cat));
            one.name = s.name;
            if (s.as === "line") one.chartType = "LineMarkers";
          });
          decorate(chart, spec, support);
        }),
      );
      continue;
    }
    const block = contiguousSource(cat, series);
    if (!block) {
      skipped.push({ sheet: sheet.name, title: spec.title, requires: "ExcelApi 1.7" });
      continue;
    }
    ops.push(
      op(bytes, (t) => {
        const source = t.sheet(cat.sheet).getRange(rangeAddress(block));
        const chart = t.sheet(sheet.name).charts.add(type, source, "Columns");
        spec.series.forEach((s, k) => (chart.series.getItemAt(k).name = s.name));
        decorate(chart, spec, support);
      }),
    );
  }
  return ops;
}
