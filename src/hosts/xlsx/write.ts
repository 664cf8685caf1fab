/** The xlsx host: writes a WorkbookSpec to an .xlsx file with ExcelJS (CLI, browser download, tests). */
import ExcelJS from "exceljs";
import { Block, CellInput, SheetSpec, WorkbookSpec, isFormula, isText } from "../../workbook/spec";
import { parseCell, parseRange } from "../../workbook/a1";
import { STYLES } from "../../workbook/styles";

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function cellValue(input: CellInput): ExcelJS.CellValue {
  if (isFormula(input)) return { formula: input.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  // ExcelJS writes strings as shared strings, never as formulas: "=1+1" stays text.
  if (isText(input)) return input.text;
  return input;
}

function writeBlock(ws: ExcelJS.Worksheet, block: Block): void {
  const start = parseCell(block.start);
  block.rows.forEach((row, r) => {
    row.forEach((input, c) => {
      if (input === null) return;
      ws.getCell(start.row + r + 1, start.col + c + 1).value = cellValue(input);
    });
  });
}

function forEachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const { start, end } = parseRange(range);
  for (let r = start.row; r <= end.row; r++) {
    for (let c = start.col; c <= end.col; c++) fn(ws.getCell(r + 1, c + 1));
  }
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSpec): void {
  const ws = wb.addWorksheet(
    sheet.name,
    sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {},
  );
  for (const block of sheet.blocks) writeBlock(ws, block);
  for (const { range, style } of sheet.styles ?? []) {
    const def = STYLES[style];
    forEachCell(ws, range, (cell) => {
      cell.font = {
        bold: def.bold,
        italic: def.italic,
        size: def.fontSize,
        color: def.fontColor ? { argb: argb(def.fontColor) } : undefined,
      };
      if (def.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(def.fill) } };
      if (def.wrap || def.horizontal) cell.alignment = { wrapText: def.wrap, horizontal: def.horizontal };
      cell.protection = { locked: def.locked };
    });
  }
  for (const { range, format } of sheet.numberFormats ?? []) {
    forEachCell(ws, range, (cell) => {
      cell.numFmt = format;
    });
  }
  for (const col of sheet.columns ?? []) {
    const column = ws.getColumn(col.column);
    if (col.width !== undefined) column.width = col.width;
    if (col.hidden) column.hidden = true;
  }
}

export async function writeXlsx(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sales Kit";
  for (const sheet of spec.sheets) writeSheet(wb, sheet);
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
