/**
 * References in a chart's categories and series: "D5:D12" on the chart's own sheet, or
 * "'Goals'!D5:D12" on another sheet of the spec. Hosts need the sheet and the range apart (Office.js
 * takes a Range object, DrawingML an absolute sheet-qualified formula).
 */
import { RangeRef, parseRange, rangeAddress, sheetRef } from "./a1";
import { renameInFormula, Renames } from "./rename";
import type { ChartSpec } from "./spec";

export interface ChartRef {
  readonly sheet: string;
  readonly range: RangeRef;
}

/** The sheet and range a chart reference points at; throws RangeError when it is not one. */
export function parseChartRef(ref: string, ownSheet: string): ChartRef {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet: ownSheet, range: parseRange(ref.replace(/\$/g, "")) };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 3) throw new RangeError(`sheet in "${ref}"`);
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  if (!sheet) throw new RangeError(`sheet in "${ref}"`);
  return { sheet, range: parseRange(ref.slice(bang + 1).replace(/\$/g, "")) };
}

/** The absolute, sheet-qualified form, e.g. "'Goals'!$D$5:$D$12" (DrawingML's c:f). */
export function chartRefFormula(ref: ChartRef): string {
  return sheetRef(ref.sheet, rangeAddress(ref.range, true));
}

/** Number of cells along a one-row or one-column range (0 when it is neither). */
export function chartRefLength(range: RangeRef): number {
  const rows = range.end.row - range.start.row + 1;
  const cols = range.end.col - range.start.col + 1;
  if (rows === 1) return cols;
  if (cols === 1) return rows;
  return 0;
}

/** The chart with its references following renamed sheets (resolve.ts). */
export function renameInChart(chart: ChartSpec, renames: Renames): ChartSpec {
  if (!renames.sheets?.size) return chart;
  const fix = (ref: string) => (ref.includes("!") ? renameInFormula(`=${ref}`, renames).slice(1) : ref);
  return {
    ...chart,
    categories: fix(chart.categories),
    series: chart.series.map((s) => ({ ...s, values: fix(s.values) })),
  };
}
