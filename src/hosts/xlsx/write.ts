/**
 * The xlsx host: writes a WorkbookSpec to an .xlsx file with ExcelJS (CLI, browser download, tests).
 * Formulas carry no cached results and the file asks for a full recalculation on load, so any
 * spreadsheet program computes them on open. What ExcelJS cannot carry is listed in capabilities.ts.
 */
import ExcelJS from "exceljs";
import { parseCell } from "../../workbook/a1";
import { AnyBlock, blockCell, blockHeight, blockWidth, cellBlocks } from "../../workbook/blocks";
import { ExistingNames, Renamed, resolveNames } from "../../workbook/resolve";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";
import { assertValidWorkbookSpec } from "../../workbook/validate";
import { applyCellFormats, argb } from "./cell-formats";
import { addCharts } from "./charts";
import { definedNameModels, setDefinedNames } from "./defined-names";
import { writeXlsxStreaming } from "./stream-write";
import {
  addConditionalFormats,
  addTable,
  addValidations,
  applyLayout,
  applyPrint,
  applyProtection,
  cellValue,
} from "./sheet-features";

export { XLSX_CAPABILITIES, XLSX_LIMITATIONS } from "./capabilities";

export interface SkippedFeature {
  readonly sheet: string;
  readonly feature: string;
  readonly en: string;
  readonly zh: string;
}

export interface XlsxReport {
  /** Final names; they differ from the requested ones only when `existing` names clash. */
  readonly sheets: readonly Renamed[];
  readonly tables: readonly Renamed[];
  readonly names: readonly Renamed[];
  /** Spec parts the file cannot carry (none at present; kept for the pane's report). */
  readonly skipped: readonly SkippedFeature[];
}

export interface XlsxOptions {
  /** Names to avoid, when the file is meant to be merged into a workbook that has them. */
  readonly existing?: ExistingNames;
}

/**
 * The style of a cell without formats, one object for all: ExcelJS gives each new cell a style object
 * of its own and, at save time, registers every distinct object as a style (keyed by identity), which
 * for a 100,000-row data sheet was a second of the save. Frozen: nothing may add to it in place.
 */
const PLAIN_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

function writeBlock(ws: ExcelJS.Worksheet, block: AnyBlock): void {
  const start = parseCell(block.start);
  const height = blockHeight(block);
  const width = blockWidth(block);
  for (let r = 0; r < height; r++) {
    const xrow = ws.getRow(start.row + r + 1);
    for (let c = 0; c < width; c++) {
      const input = blockCell(block, r, c);
      // Empty text is an empty cell, as in the live workbook.
      if (input === null || input === undefined || input === "") continue;
      const cell = xrow.getCell(start.col + c + 1);
      cell.value = cellValue(input);
      cell.style = PLAIN_STYLE;
    }
  }
}

/**
 * What goes into a sheet's cells: everything (the in-memory workbook), or what the streaming writer
 * needs from ExcelJS for a sheet whose rows it writes itself (see stream-write.ts).
 */
export type SheetCells = (ws: ExcelJS.Worksheet, sheet: SheetSpec, index: number) => void;

const ALL_CELLS: SheetCells = (ws, sheet) => {
  for (const block of cellBlocks(sheet)) writeBlock(ws, block);
  applyCellFormats(ws, sheet);
};

function writeSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetSpec,
  index: number,
  active: boolean,
  cells: SheetCells,
): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
  });
  cells(ws, sheet, index);
  for (const table of sheet.tables ?? []) addTable(ws, sheet, table);
  applyLayout(ws, sheet, active);
  addValidations(ws, sheet);
  addConditionalFormats(ws, sheet);
  applyPrint(ws, sheet);
}

/** The spec validated and its names made unique against `options.existing`. */
export function resolveForXlsx(
  spec: WorkbookSpec,
  options: XlsxOptions = {},
): { spec: WorkbookSpec; report: XlsxReport } {
  assertValidWorkbookSpec(spec);
  const resolved = resolveNames(spec, options.existing);
  const skipped: SkippedFeature[] = [];
  return {
    spec: resolved.spec,
    report: { sheets: resolved.sheets, tables: resolved.tables, names: resolved.names, skipped },
  };
}

/** The ExcelJS workbook for a resolved spec, its cells written by `cells`. */
export async function workbookOfResolved(
  final: WorkbookSpec,
  cells: SheetCells = ALL_CELLS,
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sales Kit";
  wb.calcProperties.fullCalcOnLoad = true;
  const activeName = (final.activate ?? final.sheets[0].name).toLowerCase();
  const activeIndex = Math.max(
    0,
    final.sheets.findIndex((s) => s.name.toLowerCase() === activeName),
  );
  final.sheets.forEach((sheet, i) => writeSheet(wb, sheet, i, i === activeIndex, cells));
  // Protection last: ExcelJS hashes the password, and nothing may be written after it.
  for (const sheet of final.sheets) await applyProtection(wb.getWorksheet(sheet.name)!, sheet);
  setDefinedNames(wb, definedNameModels(final));
  wb.views = [
    { x: 0, y: 0, width: 28800, height: 17600, firstSheet: 0, activeTab: activeIndex, visibility: "visible" },
  ];
  return wb;
}

/** The ExcelJS workbook for a spec, before serialisation (the spec is validated first). */
export async function buildXlsxWorkbook(
  spec: WorkbookSpec,
  options: XlsxOptions = {},
): Promise<{ workbook: ExcelJS.Workbook; report: XlsxReport; spec: WorkbookSpec }> {
  const { spec: final, report } = resolveForXlsx(spec, options);
  return { workbook: await workbookOfResolved(final), report, spec: final };
}

/**
 * The .xlsx bytes built whole in memory by ExcelJS (every row and cell an object until the file is
 * written). The streaming writer's reference: both give the same content (test/hosts/xlsx-stream.test.ts).
 */
export async function writeXlsxInMemory(
  spec: WorkbookSpec,
  options: XlsxOptions = {},
): Promise<{ data: Uint8Array; report: XlsxReport }> {
  const { workbook, report, spec: final } = await buildXlsxWorkbook(spec, options);
  const out = await workbook.xlsx.writeBuffer();
  return { data: await addCharts(new Uint8Array(out as ArrayBuffer), final), report };
}

/** The .xlsx bytes and what was renamed or skipped; works in Node and in the browser. */
export async function writeXlsxWithReport(
  spec: WorkbookSpec,
  options: XlsxOptions = {},
): Promise<{ data: Uint8Array; report: XlsxReport }> {
  return writeXlsxStreaming(spec, options);
}

/** The .xlsx bytes (browser-safe: no Buffer needed). */
export async function writeXlsxBytes(spec: WorkbookSpec, options: XlsxOptions = {}): Promise<Uint8Array> {
  return (await writeXlsxWithReport(spec, options)).data;
}

/** The .xlsx file as a Node Buffer (CLI and tests). */
export async function writeXlsx(spec: WorkbookSpec, options: XlsxOptions = {}): Promise<Buffer> {
  const data = await writeXlsxBytes(spec, options);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
