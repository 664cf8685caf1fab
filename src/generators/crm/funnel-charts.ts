/**
 * The funnel sheet's charts: the team's deals and amount by stage, as horizontal bars in stage order
 * (first stage on top), side by side under the last block and within its columns: a chart right of
 * the tables widened the printed width, and the page fitted to it printed at 4.8 pt instead of 7.4.
 * They draw from the team block's stage rows, which are COUNTIFS/SUMIFS formulas, so they follow
 * the data.
 */
import type { Locale } from "../../i18n";
import { chartTexts } from "../../i18n/sheets/charts";
import type { CrmSheetTexts } from "../../i18n/sheets/crm";
import type { SheetSpec } from "../../workbook/spec";
import type { FunnelLayout } from "./funnel-sheet";

/** The first chart over columns A to D, the second over E to I (the blocks' columns). */
const COLUMNS = [
  ["A", "E"],
  ["E", "J"],
] as const;

export function withFunnelCharts(
  sheet: SheetSpec,
  layout: FunnelLayout,
  texts: CrmSheetTexts,
  locale: Locale,
): SheetSpec {
  const N = layout.stages.length;
  if (N === 0) return sheet;
  const ct = chartTexts(locale).funnel;
  const first = layout.team.firstStageRow;
  const last = first + N - 1;
  // Bars a stage: tall enough for long stage names at 9 pt.
  const height = Math.max(14, 6 + 2 * N);
  const blocks = [layout.team, ...layout.reps];
  const top = Math.max(...blocks.map((b) => b.wonRow)) + 2;
  const common = { type: "bar" as const, categories: `A${first}:A${last}`, categoryAxisTitle: ct.stageAxis };
  return {
    ...sheet,
    charts: [
      ...(sheet.charts ?? []),
      {
        ...common,
        title: ct.countsTitle,
        series: [{ name: texts.funnel.headers[1], values: `B${first}:B${last}` }],
        valueAxisTitle: texts.funnel.headers[1],
        from: `${COLUMNS[0][0]}${top}`,
        to: `${COLUMNS[0][1]}${top + height}`,
      },
      {
        ...common,
        title: ct.valuesTitle,
        series: [{ name: texts.funnel.headers[2], values: `C${first}:C${last}` }],
        valueAxisTitle: texts.funnel.headers[2],
        valueFormat: "#,##0",
        from: `${COLUMNS[1][0]}${top}`,
        to: `${COLUMNS[1][1]}${top + height}`,
      },
    ],
  };
}
