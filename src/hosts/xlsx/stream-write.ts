/**
 * The streaming xlsx writer: the package is assembled as its sheets' rows are produced, so memory
 * stays flat in the number of rows (issue 23). Neither of ExcelJS's writers serves alone: the
 * in-memory workbook holds an object per row and cell (2 GB for a 100,000-row import), and the
 * streaming WorkbookWriter runs on Node's archiver only (not in the browser worker), writes no
 * tables, fixes calcPr and takes sheet views only when a sheet is added. So the work is split:
 *
 * - ExcelJS's in-memory workbook writes a skeleton: every part of the file except the cells of the
 *   sheets (styles, number formats, column widths, merges, validations, conditional formats, tables
 *   with their parts, print setup and page breaks, protection, defined names, views, calcPr), from
 *   the same code as before (write.ts, sheet-features.ts, defined-names.ts). charts.ts then adds the
 *   chart parts to it, as before. The skeleton is small: it holds no data rows.
 * - One "probe" cell per distinct cell format sits in the first sheet's skeleton, so ExcelJS
 *   registers each format's style and the index it gets can be read back from the probe.
 * - Each sheet's <sheetData> is then replaced by rows written straight from the spec's blocks
 *   (stream-rows.ts), deflated chunk by chunk into the package (stream-zip.ts).
 * Text is written inline (t="inlineStr"), not in the shared-string table, which would grow with
 * every distinct text of the data; any spreadsheet program reads both the same.
 */
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";
import { buildStyle } from "./cell-formats";
import { addCharts } from "./charts";
import { FormatKey, SheetRows, decodeFormat, writtenCell } from "./stream-rows";
import { ZipStream } from "./stream-zip";
import { XmlBytes } from "./xml-bytes";
import type { ZipSink } from "./stream-zip";
import { cellValue } from "./sheet-features";
import { cellAddress, parseRange } from "../../workbook/a1";
import { resolveForXlsx, workbookOfResolved } from "./write";
import type { SheetCells, XlsxOptions, XlsxReport } from "./write";

/** Rows are gathered into pieces of about this many bytes before deflating. */
const PIECE = 1 << 18;
const LAST_ROW = 1048576;

interface Probes {
  readonly sheet: number;
  /** 1-based row of the first probe; probe k sits in column A of row + k. */
  readonly row: number;
  readonly keys: readonly FormatKey[];
}

/** The skeleton's cells: table totals rows as the blocks leave them (the table reads its labels there), and the probes. */
function skeletonCells(probes: Probes): SheetCells {
  return (ws: ExcelJS.Worksheet, sheet, index) => {
    for (const table of sheet.tables ?? []) {
      if (!table.totals) continue;
      const r = parseRange(table.range);
      for (let col = r.start.col; col <= r.end.col; col++) {
        const cell = writtenCell(sheet, r.end.row, col);
        if (cell !== undefined) ws.getCell(r.end.row + 1, col + 1).value = cellValue(cell);
      }
    }
    if (index !== probes.sheet) return;
    probes.keys.forEach((key, k) => {
      const cell = ws.getCell(probes.row + k, 1);
      cell.value = 0;
      cell.style = buildStyle(decodeFormat(key));
    });
  };
}

/** Format key -> style index, read from the probe cells of the skeleton's sheet XML. */
function probeStyles(xml: string, probes: Probes): Map<FormatKey, number> {
  const out = new Map<FormatKey, number>();
  const byRow = new Map<number, number>();
  for (const m of xml.matchAll(/<c r="A(\d+)"(?: s="(\d+)")?/g)) byRow.set(Number(m[1]), Number(m[2] ?? 0));
  probes.keys.forEach((key, k) => {
    const s = byRow.get(probes.row + k);
    if (s === undefined) throw new Error(`xlsx: style probe ${k} is missing from the skeleton`);
    out.set(key, s);
  });
  return out;
}

const SHEET_DATA = /<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/;

/**
 * A sheet's <mergeCells>, as ExcelJS writes it: one <mergeCell> per merge of more than one cell, in
 * the order its rows meet the first cell each merge covers. The skeleton leaves merges to this:
 * ExcelJS's mergeCells makes a cell object for every covered cell and checks each new merge against
 * all before it, which for a 1,000-rep Pay statements sheet took more of the write than its rows.
 */
function mergesXml(sheet: SheetSpec): string {
  const merges = (sheet.merges ?? [])
    .map((m) => parseRange(m))
    .filter((r) => r.end.row > r.start.row || r.end.col > r.start.col)
    .map((r) => {
      const wide = r.end.col > r.start.col;
      return {
        ref: `${cellAddress(r.start.row, r.start.col)}:${cellAddress(r.end.row, r.end.col)}`,
        row: wide ? r.start.row : r.start.row + 1,
        col: wide ? r.start.col + 1 : r.start.col,
      };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
  if (!merges.length) return "";
  return `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m.ref}"/>`).join("")}</mergeCells>`;
}

/** What ExcelJS writes between </sheetData> and <mergeCells>. */
const BEFORE_MERGES = /^(<sheetProtection[^>]*\/>)?(<autoFilter[^>]*\/>|<autoFilter[\s\S]*?<\/autoFilter>)?/;

async function streamSheet(
  zip: ZipStream,
  name: string,
  skeleton: string,
  rows: SheetRows,
  styles: Map<FormatKey, number>,
  merges: string,
): Promise<void> {
  const m = SHEET_DATA.exec(skeleton);
  if (!m) throw new Error(`xlsx: no sheetData in ${name}`);
  const encoder = new TextEncoder();
  const head = skeleton
    .slice(0, m.index)
    .replace(/<dimension ref="[^"]*"\/>/, rows.extent ? `<dimension ref="${rows.extent}"/>` : "$&");
  const after = skeleton.slice(m.index + m[0].length);
  const at = BEFORE_MERGES.exec(after)![0].length;
  const tail = after.slice(0, at) + merges + after.slice(at);
  const part = zip.part(name);
  const out = new XmlBytes(PIECE);
  out.bytes(encoder.encode(head + "<sheetData>"));
  for (const _ of rows.rows((key) => styles.get(key) ?? 0, out)) await part.write(out.take());
  out.bytes(encoder.encode("</sheetData>" + tail));
  await part.write(out.take());
  await part.close();
}

/**
 * The skeleton's parts and the style index of each cell format. A function of its own so that the
 * ExcelJS workbook and the skeleton's bytes are garbage while the rows stream: an async function's
 * locals live until it returns.
 */
async function skeletonOf(
  final: WorkbookSpec,
  sheets: readonly SheetRows[],
): Promise<{ parts: JSZip; styles: Map<FormatKey, number> }> {
  const keys = new Set<FormatKey>();
  for (const s of sheets) for (const k of s.formatKeys()) keys.add(k);
  // The probes go under the shortest sheet's last row, where no skeleton cell is.
  let sheet = 0;
  sheets.forEach((s, i) => {
    if (s.lastRow < sheets[sheet].lastRow) sheet = i;
  });
  const probes: Probes = { sheet, row: sheets[sheet].lastRow + 3, keys: [...keys] };
  if (probes.row + probes.keys.length > LAST_ROW) throw new Error("xlsx: no room for the style probes");

  // The skeleton without merges: each sheet's <mergeCells> is written with its rows (mergesXml).
  const bare: WorkbookSpec = {
    ...final,
    sheets: final.sheets.map((s) => (s.merges?.length ? { ...s, merges: [] } : s)),
  };
  const workbook = await workbookOfResolved(bare, skeletonCells(probes));
  const skeleton = await addCharts(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), final);
  const parts = await JSZip.loadAsync(skeleton);
  const styles = probeStyles(await parts.file(sheetPart(probes.sheet))!.async("string"), probes);
  return { parts, styles };
}

const sheetPart = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;

/** Writes the package of a spec into `zip` (which the caller ends); what was renamed. */
async function writePackage(zip: ZipStream, spec: WorkbookSpec, options: XlsxOptions): Promise<XlsxReport> {
  const { spec: final, report } = resolveForXlsx(spec, options);
  const sheets = final.sheets.map((sheet) => new SheetRows(sheet));
  const { parts, styles } = await skeletonOf(final, sheets);
  const names = Object.keys(parts.files).filter((n) => !parts.files[n].dir);
  for (const name of names) {
    const index = sheets.findIndex((_, i) => sheetPart(i) === name);
    const file = parts.file(name)!;
    // Each skeleton part is dropped once read: only the part being written is held.
    parts.remove(name);
    if (index < 0) await zip.add(name, await file.async("uint8array"));
    else
      await streamSheet(
        zip,
        name,
        await file.async("string"),
        sheets[index],
        styles,
        mergesXml(final.sheets[index]),
      );
  }
  return report;
}

/** The .xlsx bytes of a spec, written as they stream, and what was renamed. */
export async function writeXlsxStreaming(
  spec: WorkbookSpec,
  options: XlsxOptions = {},
): Promise<{ data: Uint8Array; report: XlsxReport }> {
  const zip = new ZipStream();
  const report = await writePackage(zip, spec, options);
  return { data: zip.finish(), report };
}

/**
 * The .xlsx of a spec handed to `sink` as it is made (the CLI writes it straight to its file): the
 * same bytes as writeXlsxStreaming's, never held whole.
 */
export async function writeXlsxToSink(
  spec: WorkbookSpec,
  sink: ZipSink,
  options: XlsxOptions = {},
): Promise<XlsxReport> {
  const zip = new ZipStream({ sink });
  const report = await writePackage(zip, spec, options);
  await zip.end();
  return report;
}
