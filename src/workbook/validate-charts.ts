/**
 * Checks the charts of a WorkbookSpec: type, references (on a sheet of the spec, one row or column,
 * series as long as their categories), texts, and the cells the chart covers. Called by
 * validateWorkbookSpec; messages in English and Chinese, each naming its field.
 */
import { parseCell } from "./a1";
import { chartRefLength, parseChartRef } from "./chart-refs";
import type { ChartSpec, WorkbookSpec } from "./spec";
import type { SpecIssue } from "./validate";

const TYPES = ["column", "bar", "line", "combo"];
/** Excel's limits: 255 series a chart, 255 characters in a title. */
const MAX_SERIES = 255;
const MAX_TEXT = 255;

function checkChart(
  chart: ChartSpec,
  path: string,
  ownSheet: string,
  sheets: ReadonlySet<string>,
  add: (path: string, en: string, zh: string) => void,
): void {
  if (!TYPES.includes(chart.type))
    add(`${path}.type`, `must be one of ${TYPES.join(", ")}`, `必须是 ${TYPES.join("、")} 之一`);

  const ref = (p: string, value: unknown): number | null => {
    if (typeof value !== "string") {
      add(
        p,
        'must be a reference such as "D5:D12" or "\'Goals\'!D5:D12"',
        '必须是引用,例如 "D5:D12" 或 "\'Goals\'!D5:D12"',
      );
      return null;
    }
    let parsed;
    try {
      parsed = parseChartRef(value, ownSheet);
    } catch {
      add(
        p,
        `"${value}" is not a reference such as "D5:D12" or "'Goals'!D5:D12"`,
        `"${value}" 不是引用(例如 "D5:D12" 或 "'Goals'!D5:D12")`,
      );
      return null;
    }
    if (!sheets.has(parsed.sheet.toLowerCase())) {
      add(
        p,
        `sheet "${parsed.sheet}" is not a sheet of this workbook description`,
        `工作表 "${parsed.sheet}" 不是本描述中的工作表`,
      );
      return null;
    }
    const length = chartRefLength(parsed.range);
    if (length === 0) {
      add(p, `"${value}" must be one row or one column`, `"${value}" 必须是单行或单列`);
      return null;
    }
    return length;
  };

  const categories = ref(`${path}.categories`, chart.categories);
  if (!Array.isArray(chart.series) || chart.series.length === 0 || chart.series.length > MAX_SERIES)
    add(`${path}.series`, `needs 1 to ${MAX_SERIES} series`, `需要 1 至 ${MAX_SERIES} 个数据系列`);
  else {
    chart.series.forEach((s, i) => {
      const sp = `${path}.series[${i}]`;
      if (typeof s.name !== "string" || s.name.trim() === "" || s.name.length > MAX_TEXT)
        add(
          `${sp}.name`,
          `must be text of 1 to ${MAX_TEXT} characters`,
          `必须是 1 至 ${MAX_TEXT} 个字符的文本`,
        );
      const length = ref(`${sp}.values`, s.values);
      if (length !== null && categories !== null && length !== categories)
        add(
          `${sp}.values`,
          `has ${length} cells but the categories have ${categories}`,
          `有 ${length} 个单元格，而分类有 ${categories} 个`,
        );
      if (s.as !== undefined && s.as !== "column" && s.as !== "line")
        add(`${sp}.as`, "must be column or line", "必须是 column 或 line");
      else if (s.as !== undefined && TYPES.includes(chart.type) && chart.type !== "combo")
        add(`${sp}.as`, "is only for combo charts", "仅用于组合图");
    });
    if (chart.type === "combo") {
      const lines = chart.series.filter((s) => s.as === "line").length;
      if (lines === 0 || lines === chart.series.length)
        add(
          `${path}.series`,
          'a combo chart needs at least one column series and one series with as: "line"',
          '组合图至少需要一个柱形系列和一个 as: "line" 的折线系列',
        );
    }
  }

  for (const key of ["title", "categoryAxisTitle", "valueAxisTitle", "valueFormat"] as const) {
    const value = chart[key];
    if (value === undefined && key !== "title") continue;
    if (typeof value !== "string" || (key === "title" && value.trim() === "") || value.length > MAX_TEXT)
      add(
        `${path}.${key}`,
        `must be text of 1 to ${MAX_TEXT} characters`,
        `必须是 1 至 ${MAX_TEXT} 个字符的文本`,
      );
  }

  const cell = (p: string, value: unknown) => {
    try {
      if (typeof value !== "string") throw new RangeError();
      return parseCell(value);
    } catch {
      add(p, `"${String(value)}" is not a cell such as "H2"`, `"${String(value)}" 不是单元格（例如 "H2"）`);
      return null;
    }
  };
  const from = cell(`${path}.from`, chart.from);
  const to = cell(`${path}.to`, chart.to);
  if (from && to && (to.row <= from.row || to.col <= from.col))
    add(`${path}.to`, `must be below and right of "${chart.from}"`, `必须位于 "${chart.from}" 的右下方`);
}

/** Every problem in the charts of `spec`, or an empty list. */
export function validateCharts(spec: WorkbookSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const add = (path: string, en: string, zh: string) => issues.push({ path, en, zh });
  const sheets = new Set(
    [...spec.sheets.map((s) => s.name), ...(spec.existingSheets ?? [])].map((s) => String(s).toLowerCase()),
  );
  spec.sheets.forEach((sheet, i) =>
    (sheet.charts ?? []).forEach((chart, k) =>
      checkChart(chart, `sheets[${i}].charts[${k}]`, sheet.name, sheets, add),
    ),
  );
  return issues;
}
