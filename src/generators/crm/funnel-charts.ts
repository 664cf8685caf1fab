/**
 * The funnel sheet's charts: the team's deals and amount by stage, as horizontal bars in stage order
 * (first stage on top), right of the tables. They draw from the team block's stage rows, which are
 * COUNTIFS/SUMIFS formulas, so they follow the data.
 */
import type { Locale } from "../../i18n";
import { chartTexts } from "../../i18n/sheets/charts";
import type { CrmSheetTexts } from "../../i18n/sheets/crm";
import type { SheetSpec } from "../../workbook/spec";
import type { FunnelLayout } from "./funnel-sheet";

/** Right of the widest block (columns A to I) and a blank column. */
const LEFT = "K";
const RIGHT = "R";

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
  const top = Math.max(1, first - 2);
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
        from: `${LEFT}${top}`,
        to: `${RIGHT}${top + height}`,
      },
      {
        ...common,
        title: ct.valuesTitle,
        series: [{ name: texts.funnel.headers[2], values: `C${first}:C${last}` }],
        valueAxisTitle: texts.funnel.headers[2],
        from: `${LEFT}${top + height + 1}`,
        to: `${RIGHT}${top + 2 * height + 1}`,
      },
    ],
  };
}
