/**
 * The parts of a sheet beyond cells, for the xlsx host: data validation, conditional formats, tables
 * with totals, layout (columns, rows, merges, freeze panes, gridlines), print setup and protection.
 */
import ExcelJS from "exceljs";
import { cellAddress, parseRange } from "../../workbook/a1";
import type {
  CellInput,
  ConditionalFormatSpec,
  DataValidationSpec,
  HighlightStyle,
  SheetSpec,
  TableSpec,
} from "../../workbook/spec";
import { isFormula, isText } from "../../workbook/spec";
import { tableHeaders, totalsFormula } from "../../workbook/tables";
import { boundsOf } from "../../workbook/validation-rule";
import { argb } from "./cell-formats";
import { addFuturePrefixes } from "./future-functions";

/** A formula from the spec ("=..."), as a file stores it: no "=", post-2007 functions prefixed. */
export function fileFormula(formula: string): string {
  return addFuturePrefixes(formula.charCodeAt(0) === 61 ? formula.slice(1) : formula);
}

export function cellValue(input: CellInput): ExcelJS.CellValue {
  if (input !== null && typeof input === "object") {
    if (isFormula(input)) return { formula: fileFormula(input.formula) } as ExcelJS.CellFormulaValue;
    // ExcelJS writes strings as strings, never as formulas: "=1+1" stays text.
    if (isText(input)) return input.text;
  }
  return input as ExcelJS.CellValue;
}

function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

function validationModel(v: DataValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: v.allowBlank ?? true,
    showInputMessage: Boolean(v.inputTitle || v.inputMessage),
    promptTitle: v.inputTitle,
    prompt: v.inputMessage,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.errorTitle,
    error: v.errorMessage,
  };
  const rule = v.rule;
  switch (rule.type) {
    case "list":
      return { ...common, type: "list", formulae: [`"${rule.values.join(",")}"`] };
    case "listSource":
      return { ...common, type: "list", formulae: [fileFormula(rule.source)] };
    case "whole":
    case "decimal":
    case "date": {
      const b = boundsOf(rule);
      const operands = b.second === undefined ? [b.first] : [b.first, b.second];
      return {
        ...common,
        type: rule.type,
        operator: b.operator,
        formulae: rule.type === "date" ? operands.map(serialToDate) : operands,
      };
    }
  }
}

/** ExcelJS keeps range validations in worksheet.dataValidations, which its typings leave out. */
interface WithValidations {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

export function addValidations(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const target = ws as unknown as WithValidations;
  for (const v of sheet.validations ?? []) target.dataValidations.add(v.range, validationModel(v));
}

function dxf(style: HighlightStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fontColor || style.bold)
    out.font = {
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
      ...(style.bold ? { bold: true } : {}),
    };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) } };
  return out;
}

const ICONS = { "3TrafficLights": "3TrafficLights1", "3Arrows": "3Arrows", "3Symbols": "3Symbols" } as const;

function conditionalRule(cf: ConditionalFormatSpec, priority: number): ExcelJS.ConditionalFormattingRule {
  switch (cf.type) {
    case "cellValue":
      return {
        type: "cellIs",
        priority,
        operator: cf.operator,
        formulae: cf.values.map((v) => (typeof v === "number" ? String(v) : fileFormula(v))),
        style: dxf(cf.style),
      } as ExcelJS.ConditionalFormattingRule;
    case "expression":
      return { type: "expression", priority, formulae: [fileFormula(cf.formula)], style: dxf(cf.style) };
    case "dataBar":
      return {
        type: "dataBar",
        priority,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: argb(cf.color) },
      } as unknown as ExcelJS.ConditionalFormattingRule;
    case "colorScale":
      return {
        type: "colorScale",
        priority,
        cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
        color: cf.colors.map((c) => ({ argb: argb(c) })),
      } as ExcelJS.ConditionalFormattingRule;
    case "iconSet":
      return {
        type: "iconSet",
        priority,
        iconSet: ICONS[cf.icons],
        cfvo: [
          { type: "percent", value: 0 },
          { type: "num", value: cf.thresholds[0] },
          { type: "num", value: cf.thresholds[1] },
        ],
      } as ExcelJS.ConditionalFormattingRule;
  }
}

export function addConditionalFormats(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  (sheet.conditionalFormats ?? []).forEach((cf, i) => {
    ws.addConditionalFormatting({ ref: cf.range, rules: [conditionalRule(cf, i + 1)] });
  });
}

const NO_VALUES: ExcelJS.CellValue[] = [];

/** Adds a table over cells the blocks already wrote; totals cells get SUBTOTAL formulas. */
export function addTable(ws: ExcelJS.Worksheet, sheet: SheetSpec, table: TableSpec): void {
  const r = parseRange(table.range);
  const headers = tableHeaders(sheet, table);
  const lastData = table.totals ? r.end.row - 1 : r.end.row;
  // The blocks wrote the data cells already. ExcelJS sizes the table by its rows and writes each
  // row's values into the sheet again: an empty row each gives the size without a second write of
  // every cell (a CRM data table is 100,000 rows by 19 columns).
  const rows = new Array<ExcelJS.CellValue[]>(Math.max(0, lastData - r.start.row)).fill(NO_VALUES);
  // What the blocks put in the totals row, kept where a column has no totals function.
  const totalsRow = r.end.row + 1;
  const kept = headers.map((_, k) => ws.getCell(totalsRow, r.start.col + k + 1).value);
  const fnOf = (header: string) => {
    const entry = Object.entries(table.totals ?? {}).find(([h]) => h.toLowerCase() === header.toLowerCase());
    return entry?.[1] ?? "none";
  };
  ws.addTable({
    name: table.name,
    ref: cellAddress(r.start.row, r.start.col),
    headerRow: true,
    totalsRow: Boolean(table.totals),
    style: {
      theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: headers.map((name, k) => {
      const fn = fnOf(name);
      const label = k === 0 && fn === "none" && typeof kept[0] === "string" ? kept[0] : undefined;
      return { name, totalsRowFunction: fn, ...(label !== undefined ? { totalsRowLabel: label } : {}) };
    }),
    rows,
  });
  if (!table.totals) return;
  headers.forEach((header, k) => {
    const cell = ws.getCell(totalsRow, r.start.col + k + 1);
    const fn = fnOf(header);
    if (fn !== "none")
      cell.value = {
        formula: fileFormula(totalsFormula(table.name, header, fn)),
      } as ExcelJS.CellFormulaValue;
    else if (k === 0) cell.value = kept[0] ?? "Total";
    else cell.value = kept[k];
  });
}

export function applyLayout(ws: ExcelJS.Worksheet, sheet: SheetSpec, active: boolean): void {
  for (const col of sheet.columns ?? []) {
    const column = ws.getColumn(col.column);
    if (col.width !== undefined) column.width = col.width;
    if (col.hidden) column.hidden = true;
  }
  for (const spec of sheet.rows ?? []) {
    const row = ws.getRow(spec.row);
    if (spec.height !== undefined) row.height = spec.height;
    if (spec.hidden) row.hidden = true;
  }
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  const freeze = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? sheet.freeze : null;
  const view: Record<string, unknown> = freeze
    ? {
        state: "frozen",
        xSplit: freeze.columns,
        ySplit: freeze.rows,
        topLeftCell: cellAddress(freeze.rows, freeze.columns),
      }
    : { state: "normal" };
  if (sheet.showGridlines === false) view.showGridLines = false;
  view.tabSelected = active;
  ws.views = [view as unknown as ExcelJS.WorksheetView];
}

export function applyPrint(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const print = sheet.print;
  if (!print) return;
  if (print.orientation) ws.pageSetup.orientation = print.orientation;
  if (print.scale !== undefined) ws.pageSetup.scale = print.scale;
  if (print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = print.onePage ? 1 : 0;
  }
  // OOXML keeps a break under the last row of a page: the row before the one that starts the next.
  for (const row of print.breaksBefore ?? []) ws.getRow(row - 1).addPageBreak();
  // Print titles and area are written as defined names (see defined-names.ts) with proper quoting.
}

export async function applyProtection(ws: ExcelJS.Worksheet, sheet: SheetSpec): Promise<void> {
  const p = sheet.protection;
  if (!p) return;
  await ws.protect(p.password ?? "", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    sort: p.allowSort ?? false,
    autoFilter: p.allowAutoFilter ?? false,
    formatColumns: p.allowFormatColumns ?? false,
  });
}
