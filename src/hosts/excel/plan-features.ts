/**
 * Operations for everything beyond cells, through Office.js: tables with totals rows, defined names,
 * data validation, conditional formats, charts, freeze panes, print setup, protection. Features the
 * running Excel lacks (older API sets) are skipped and named in `skipped`.
 */
import {
  cellAddress,
  columnLetter,
  parseColumnSpan,
  parseRange,
  parseRowSpan,
  rangeAddress,
} from "../../workbook/a1";
import type {
  ComparisonOperator,
  ConditionalFormatSpec,
  DataValidationSpec,
  DefinedNameSpec,
  HighlightStyle,
  SheetSpec,
} from "../../workbook/spec";
import { blockCellAt, tableHeaders, totalsFormula } from "../../workbook/tables";
import { serialHasIsoDate, serialToIsoDate } from "../../workbook/units";
import { boundsOf } from "../../workbook/validation-rule";
import { OfficeCell, officeCell } from "./cell-input";
import { ChartSkip, chartOps } from "./charts";
import { addressOf } from "./plan-cells";
import { WriteOp, estimate, op } from "./ops";
import type { ApiSupport } from "./support";

export interface Skipped {
  readonly sheet?: string;
  readonly feature: string;
  /** The API set the feature needs. */
  readonly requires: string;
  /** For the pane: what was left out and why, in English and Chinese. */
  readonly en: string;
  readonly zh: string;
}

const FEATURE_ZH: Record<string, string> = {
  "defined names": "定义名称",
  "data validation": "数据验证",
  "conditional formats": "条件格式",
  "freeze panes": "冻结窗格",
  "print setup": "打印设置",
  "tab colour": "工作表标签颜色",
  "hidden gridlines": "隐藏网格线",
  charts: "图表",
  "sheet protection password": "工作表保护密码",
};

function skip(sheet: string | undefined, feature: string, requires: string): Skipped {
  const where = sheet ? ` on "${sheet}"` : "";
  const whereZh = sheet ? `（工作表“${sheet}”）` : "";
  return {
    sheet,
    feature,
    requires,
    en: `Left out ${feature}${where}: this Excel lacks ${requires}.`,
    zh: `未写入${FEATURE_ZH[feature] ?? feature}${whereZh}：此版本 Excel 不支持 ${requires}。`,
  };
}

/** Adds each table over its header and data rows (already written), then writes its totals row. */
export function tableOps(sheet: SheetSpec): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const table of sheet.tables ?? []) {
    const r = parseRange(table.range);
    const lastData = table.totals ? r.end.row - 1 : r.end.row;
    const body = rangeAddress({ start: r.start, end: { row: lastData, col: r.end.col } });
    ops.push(
      op(estimate(4, body, table.name, table.style), (t) => {
        const added = t.sheet(sheet.name).tables.add(body, true);
        added.name = table.name;
        added.style = table.style ?? "TableStyleMedium2";
        if (table.totals) added.showTotals = true;
      }),
    );
    if (!table.totals) continue;
    // Excel fills a totals row with "Total" and one default function; every cell is set here instead.
    const headers = tableHeaders(sheet, table);
    const row: OfficeCell[] = headers.map((header, k) => {
      const fn =
        Object.entries(table.totals!).find(([h]) => h.toLowerCase() === header.toLowerCase())?.[1] ?? "none";
      if (fn !== "none") return totalsFormula(table.name, header, fn);
      const kept = officeCell(blockCellAt(sheet, r.end.row, r.start.col + k));
      return kept ?? (k === 0 ? "Total" : "");
    });
    const address = addressOf(r.end.row, r.start.col, 1, headers.length);
    ops.push(
      op(estimate(1, address, row), (t) => {
        t.sheet(sheet.name).getRange(address).formulas = [row];
      }),
    );
  }
  return ops;
}

export function nameOps(
  names: readonly DefinedNameSpec[],
  sheetName: string | undefined,
  support: ApiSupport,
  skipped: Skipped[],
): WriteOp[] {
  if (!names.length) return [];
  if (!support.names) {
    skipped.push(skip(sheetName, "defined names", "ExcelApi 1.4"));
    return [];
  }
  return names.map((n) =>
    op(
      estimate(1, n.name, n.refersTo, n.comment),
      (t) => {
        const collection = sheetName === undefined ? t.ctx.workbook.names : t.sheet(sheetName).names;
        collection.add(n.name, n.refersTo, n.comment);
      },
      true,
    ),
  );
}

const VALIDATION_OPERATORS = {
  between: "Between",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
} as const;

function validationRule(v: DataValidationSpec): Excel.DataValidationRule {
  const rule = v.rule;
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "listSource":
      return { list: { inCellDropDown: true, source: rule.source } };
    case "whole":
    case "decimal":
    case "date": {
      const b = boundsOf(rule);
      // Date operands as ISO dates Excel can hold (from 1900-01-01, leap-year bug accounted for);
      // a serial no calendar names (60, the fictitious 1900-02-29) as a formula giving the serial.
      const operand = (n: number) =>
        rule.type !== "date" ? n : serialHasIsoDate(n) ? serialToIsoDate(n) : `=${n}`;
      const basic = {
        operator: VALIDATION_OPERATORS[b.operator],
        formula1: operand(b.first),
        ...(b.second !== undefined ? { formula2: operand(b.second) } : {}),
      };
      if (rule.type === "whole") return { wholeNumber: basic as Excel.BasicDataValidation };
      if (rule.type === "decimal") return { decimal: basic as Excel.BasicDataValidation };
      return { date: basic as Excel.DateTimeDataValidation };
    }
  }
}

function validationOps(sheet: SheetSpec, support: ApiSupport, skipped: Skipped[]): WriteOp[] {
  const list = sheet.validations ?? [];
  if (!list.length) return [];
  if (!support.dataValidation) {
    skipped.push(skip(sheet.name, "data validation", "ExcelApi 1.8"));
    return [];
  }
  return list.map((v) => {
    const rule = validationRule(v);
    return op(estimate(4, v.range, rule, v.inputTitle, v.inputMessage, v.errorTitle, v.errorMessage), (t) => {
      const dv = t.sheet(sheet.name).getRange(v.range).dataValidation;
      dv.rule = rule;
      dv.ignoreBlanks = v.allowBlank ?? true;
      if (v.inputTitle || v.inputMessage)
        dv.prompt = { showPrompt: true, title: v.inputTitle ?? "", message: v.inputMessage ?? "" };
      dv.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: v.errorTitle ?? "",
        message: v.errorMessage ?? "",
      };
    });
  });
}

const CF_OPERATORS: Record<ComparisonOperator, Excel.ConditionalCellValueRule["operator"]> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
};

const ICON_STYLES = {
  "3TrafficLights": "ThreeTrafficLights1",
  "3Arrows": "ThreeArrows",
  "3Symbols": "ThreeSymbols",
} as const;

function highlight(format: Excel.ConditionalRangeFormat, style: HighlightStyle): void {
  if (style.fill) format.fill.color = style.fill;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.bold) format.font.bold = true;
}

function operand(v: number | string): string {
  return typeof v === "number" ? `=${v}` : v;
}

function addConditional(range: Excel.Range, cf: ConditionalFormatSpec): void {
  switch (cf.type) {
    case "cellValue": {
      const added = range.conditionalFormats.add("CellValue").cellValue;
      highlight(added.format, cf.style);
      added.rule = {
        operator: CF_OPERATORS[cf.operator],
        formula1: operand(cf.values[0]),
        ...(cf.values.length > 1 ? { formula2: operand(cf.values[1]) } : {}),
      };
      return;
    }
    case "expression": {
      const added = range.conditionalFormats.add("Custom").custom;
      added.rule.formula = cf.formula;
      highlight(added.format, cf.style);
      return;
    }
    case "dataBar": {
      const added = range.conditionalFormats.add("DataBar").dataBar;
      added.positiveFormat.fillColor = cf.color;
      // The file host writes the Excel 2007 bar, which is a gradient.
      added.positiveFormat.gradientFill = true;
      return;
    }
    case "colorScale": {
      const added = range.conditionalFormats.add("ColorScale").colorScale;
      added.criteria = {
        minimum: { type: "LowestValue", color: cf.colors[0] },
        midpoint: { formula: "50", type: "Percentile", color: cf.colors[1] },
        maximum: { type: "HighestValue", color: cf.colors[2] },
      };
      return;
    }
    case "iconSet": {
      const added = range.conditionalFormats.add("IconSet").iconSet;
      added.style = ICON_STYLES[cf.icons];
      added.criteria = [
        {} as Excel.ConditionalIconCriterion,
        { type: "Number", operator: "GreaterThanOrEqual", formula: `=${cf.thresholds[0]}` },
        { type: "Number", operator: "GreaterThanOrEqual", formula: `=${cf.thresholds[1]}` },
      ];
      return;
    }
  }
}

function conditionalOps(sheet: SheetSpec, support: ApiSupport, skipped: Skipped[]): WriteOp[] {
  const list = sheet.conditionalFormats ?? [];
  if (!list.length) return [];
  if (!support.conditionalFormats) {
    skipped.push(skip(sheet.name, "conditional formats", "ExcelApi 1.6"));
    return [];
  }
  return list.map((cf) =>
    op(estimate(5, cf), (t) => addConditional(t.sheet(sheet.name).getRange(cf.range), cf)),
  );
}

function viewOps(sheet: SheetSpec, support: ApiSupport, skipped: Skipped[]): WriteOp[] {
  const ops: WriteOp[] = [];
  const f = sheet.freeze;
  if (f && (f.rows > 0 || f.columns > 0)) {
    if (!support.freezePanes) skipped.push(skip(sheet.name, "freeze panes", "ExcelApi 1.7"));
    else
      ops.push(
        op(estimate(1, f), (t) => {
          const panes = t.sheet(sheet.name).freezePanes;
          if (f.rows > 0 && f.columns > 0) panes.freezeAt(`A1:${cellAddress(f.rows - 1, f.columns - 1)}`);
          else if (f.rows > 0) panes.freezeRows(f.rows);
          else panes.freezeColumns(f.columns);
        }),
      );
  }
  const print = sheet.print;
  if (print) {
    if (!support.pageLayout) skipped.push(skip(sheet.name, "print setup", "ExcelApi 1.9"));
    else
      ops.push(
        op(estimate(4 + (print.breaksBefore?.length ?? 0), print), (t) => {
          const layout = t.sheet(sheet.name).pageLayout;
          if (print.orientation)
            layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
          if (print.fitToWidth)
            layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: print.onePage ? 1 : 0 };
          else if (print.scale !== undefined) layout.zoom = { scale: print.scale };
          if (print.titleRows) {
            const { first, last } = parseRowSpan(print.titleRows);
            layout.setPrintTitleRows(`$${first + 1}:$${last + 1}`);
          }
          if (print.titleColumns) {
            const { first, last } = parseColumnSpan(print.titleColumns);
            layout.setPrintTitleColumns(`$${columnLetter(first)}:$${columnLetter(last)}`);
          }
          if (print.area) layout.setPrintArea(print.area);
          const breaks = t.sheet(sheet.name).horizontalPageBreaks;
          for (const row of print.breaksBefore ?? []) breaks.add(`A${row}`);
        }),
      );
  }
  return ops;
}

/**
 * The protection, with its password where this Excel takes one: WorksheetProtection.protect's
 * password is ExcelApi 1.7 ("[Api set: ExcelApi 1.2 for options; 1.7 for password]"). Older Excel
 * protects the sheet without it and the pane says so.
 */
function protectionOps(sheet: SheetSpec, support: ApiSupport, skipped: Skipped[]): WriteOp[] {
  const p = sheet.protection;
  if (!p) return [];
  const password = p.password && support.protectionPassword ? p.password : undefined;
  if (p.password && !password) skipped.push(skip(sheet.name, "sheet protection password", "ExcelApi 1.7"));
  return [
    op(estimate(1, p), (t) => {
      t.sheet(sheet.name).protection.protect(
        {
          allowSort: p.allowSort ?? false,
          allowAutoFilter: p.allowAutoFilter ?? false,
          allowFormatColumns: p.allowFormatColumns ?? false,
          selectionMode: "Normal",
        },
        password,
      );
    }),
  ];
}

function chartsOf(sheet: SheetSpec, support: ApiSupport, skipped: Skipped[]): WriteOp[] {
  const missing: ChartSkip[] = [];
  const ops = chartOps(sheet, { series: support.chartSeries, axisFormat: support.chartAxisFormat }, missing);
  for (const m of missing) skipped.push(skip(sheet.name, "charts", m.requires));
  return ops;
}

/** What goes on a sheet once its cells, tables and all names exist; protection comes last. */
export function finishingOps(sheet: SheetSpec, support: ApiSupport, skipped: Skipped[]): WriteOp[] {
  return [
    ...validationOps(sheet, support, skipped),
    ...conditionalOps(sheet, support, skipped),
    ...chartsOf(sheet, support, skipped),
    ...viewOps(sheet, support, skipped),
    ...protectionOps(sheet, support, skipped),
  ];
}

/** Adds the sheet at the end, with its tab colour and gridlines. */
export function addSheetOp(sheet: SheetSpec, support: ApiSupport, skipped: Skipped[]): WriteOp {
  if (sheet.tabColor && !support.tabColor) skipped.push(skip(sheet.name, "tab colour", "ExcelApi 1.7"));
  if (sheet.showGridlines === false && !support.gridlines)
    skipped.push(skip(sheet.name, "hidden gridlines", "ExcelApi 1.8"));
  return op(estimate(3, sheet.name, sheet.tabColor), (t) => {
    const ws = t.ctx.workbook.worksheets.add(sheet.name);
    if (sheet.tabColor && support.tabColor) ws.tabColor = sheet.tabColor;
    if (sheet.showGridlines === false && support.gridlines) ws.showGridlines = false;
    t.addSheet(sheet.name, ws);
  });
}
