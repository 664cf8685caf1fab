/**
 * Cell formats for the xlsx host: the named style, number format, wrap and unlocked flag of each cell
 * are combined into one ExcelJS style object per distinct combination, shared by every cell that has
 * it (ExcelJS then maps each object to a file style once, which keeps large sheets fast).
 */
import type ExcelJS from "exceljs";
import { MAX_COLUMNS, parseRange } from "../../workbook/a1";
import { STYLES } from "../../workbook/styles";
import type { SheetSpec, StyleName } from "../../workbook/spec";

export interface CellFormat {
  style?: StyleName;
  numFmt?: string;
  wrap?: boolean;
  unlocked?: boolean;
}

export function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

export function buildStyle(f: CellFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const def = f.style ? STYLES[f.style] : undefined;
  if (def) {
    style.font = {
      name: "Calibri",
      family: 2,
      size: def.fontSize ?? 11,
      ...(def.bold ? { bold: true } : {}),
      ...(def.italic ? { italic: true } : {}),
      ...(def.fontColor ? { color: { argb: argb(def.fontColor) } } : {}),
    };
    if (def.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(def.fill) } };
    if (def.border === "thin") {
      const thin = { style: "thin" } as ExcelJS.Border;
      style.border = { top: thin, left: thin, bottom: thin, right: thin };
    } else if (def.border === "topDouble") {
      style.border = { top: { style: "double" } as ExcelJS.Border };
    }
  }
  const wrap = def?.wrap || f.wrap;
  if (wrap || def?.horizontal) {
    style.alignment = {
      ...(def?.horizontal ? { horizontal: def.horizontal } : {}),
      ...(wrap ? { wrapText: true, vertical: "top" } : {}),
    };
  }
  const locked = f.unlocked ? false : (def?.locked ?? true);
  if (!locked) style.protection = { locked: false };
  if (f.numFmt) style.numFmt = f.numFmt;
  return style;
}

function forEachCell(range: string, fn: (key: number) => void): void {
  const { start, end } = parseRange(range);
  for (let r = start.row; r <= end.row; r++) {
    for (let c = start.col; c <= end.col; c++) fn(r * MAX_COLUMNS + c);
  }
}

/** Applies styles, number formats, wrap and unlocked ranges; later entries win on overlap. */
export function applyCellFormats(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const plan = new Map<number, CellFormat>();
  const at = (key: number): CellFormat => {
    let f = plan.get(key);
    if (!f) plan.set(key, (f = {}));
    return f;
  };
  for (const { range, style } of sheet.styles ?? []) forEachCell(range, (k) => (at(k).style = style));
  for (const { range, format } of sheet.numberFormats ?? [])
    forEachCell(range, (k) => (at(k).numFmt = format));
  for (const range of sheet.wrap ?? []) forEachCell(range, (k) => (at(k).wrap = true));
  for (const range of sheet.protection?.unlocked ?? []) forEachCell(range, (k) => (at(k).unlocked = true));

  const shared = new Map<string, Partial<ExcelJS.Style>>();
  let lastRow = -1;
  let row: ExcelJS.Row | undefined;
  // Sorted keys visit cells row by row, so each ExcelJS row is fetched once.
  for (const key of [...plan.keys()].sort((a, b) => a - b)) {
    const f = plan.get(key)!;
    const id = `${f.style ?? ""}\u0000${f.numFmt ?? ""}\u0000${f.wrap ? 1 : 0}${f.unlocked ? 1 : 0}`;
    let style = shared.get(id);
    if (!style) shared.set(id, (style = buildStyle(f)));
    const r = Math.floor(key / MAX_COLUMNS);
    if (r !== lastRow) {
      row = ws.getRow(r + 1);
      lastRow = r;
    }
    row!.getCell((key % MAX_COLUMNS) + 1).style = style;
  }
}
