/**
 * Loads an .xlsx for reading, including the packages .NET tools write that ExcelJS cannot read as
 * they are: SpreadsheetML with a namespace prefix (`<x:workbook xmlns:x=...>`, as the Open XML SDK
 * writes it) and worksheet parts not named sheetN.xml. Excel and LibreOffice read both (they are
 * valid XML namespaces and valid package names); ExcelJS matches element and part names literally, so
 * such a package is rewritten to the plain spelling and loaded again. Other files load unchanged.
 * On request, cells typed as ISO 8601 dates (`t="d"`, which ExcelJS reads as the number before the
 * first "-") become serial numbers first.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${RELS_NS}/worksheet`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function prefixesOf(xml: string, ns: string): string[] {
  const found = new Set<string>();
  const re = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${escapeRegExp(ns)}"`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) found.add(m[1]);
  return [...found];
}

/**
 * The part's XML with SpreadsheetML and package relationships unprefixed (the default namespace) and
 * the relationships namespace under ExcelJS's `r:`. The same document to any XML reader.
 */
export function unprefixXml(xml: string): string {
  let out = xml;
  for (const ns of [MAIN_NS, PACKAGE_RELS_NS]) {
    for (const p of prefixesOf(out, ns)) {
      const q = escapeRegExp(p);
      out = out.replace(new RegExp(`<(/?)${q}:`, "g"), "<$1");
      const declaration = new RegExp(`\\s+xmlns:${q}="${escapeRegExp(ns)}"`, "g");
      out = out.includes(`xmlns="${ns}"`)
        ? out.replace(declaration, "")
        : out.replace(declaration, ` xmlns="${ns}"`);
    }
  }
  for (const p of prefixesOf(out, RELS_NS)) {
    if (p === "r") continue;
    const q = escapeRegExp(p);
    out = out
      .replace(new RegExp(`(\\s)${q}:([\\w-]+)=`, "g"), "$1r:$2=")
      .replace(new RegExp(`xmlns:${q}="`, "g"), 'xmlns:r="');
  }
  return out;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * The worksheet XML with every date cell (`t="d"`, an ISO 8601 date) as a plain number cell holding
 * its Excel serial. A date without a zone is the wall-clock date the sheet shows, read as UTC.
 */
export function isoDateCellsAsSerials(xml: string): string {
  if (!/\st\s*=\s*["']d["']/.test(xml)) return xml;
  return xml.replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (whole, attrs: string, _end, inner?: string) => {
    if (inner === undefined || !/\st\s*=\s*["']d["']/.test(attrs)) return whole;
    const v = /<v(?:\s[^>]*)?>([^<]*)<\/v>/.exec(inner);
    if (!v) return whole;
    const text = v[1].trim();
    const ms = Date.parse(/Z|[+-]\d\d:\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
    if (!Number.isFinite(ms)) return whole;
    const serial = (ms - EXCEL_EPOCH_MS) / DAY_MS;
    return `<c${attrs.replace(/\st\s*=\s*["']d["']/, "")}><v>${serial}</v></c>`;
  });
}

/** A relationship target as a path in the zip ("worksheets/a.xml" from xl/ -> "xl/worksheets/a.xml"). */
function partPath(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/**
 * Worksheet parts renamed to xl/worksheets/sheetN.xml (the only names ExcelJS reads), their targets in
 * the workbook's relationships with them. Returns the new relationships text.
 */
function renameWorksheets(zip: JSZip, rels: string): string {
  const used = new Set<string>(Object.keys(zip.files));
  let next = 1;
  return rels.replace(/<Relationship\b[^>]*>/g, (tag) => {
    if (!tag.includes(`Type="${WORKSHEET_TYPE}"`)) return tag;
    const target = /Target="([^"]*)"/.exec(tag)?.[1];
    if (!target) return tag;
    const from = partPath(target);
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(from) || !zip.file(from)) return tag;
    while (used.has(`xl/worksheets/sheet${next}.xml`)) next++;
    const to = `xl/worksheets/sheet${next}.xml`;
    used.add(to);
    zip.file(to, zip.file(from)!.async("uint8array"));
    zip.remove(from);
    const slash = from.lastIndexOf("/");
    const fromRels = `${from.slice(0, slash)}/_rels/${from.slice(slash + 1)}.rels`;
    if (zip.file(fromRels)) {
      zip.file(`xl/worksheets/_rels/sheet${next}.xml.rels`, zip.file(fromRels)!.async("uint8array"));
      zip.remove(fromRels);
    }
    return tag.replace(/Target="[^"]*"/, `Target="worksheets/sheet${next}.xml"`);
  });
}

export interface LoadOptions {
  /** Rewrites ISO date cells before ExcelJS reads them; costs a pass over every part (small inputs). */
  readonly isoDates?: boolean;
}

/** The package rewritten for ExcelJS, or null when nothing in it needed rewriting. */
export async function normalizePackage(
  bytes: Uint8Array,
  options: LoadOptions = {},
): Promise<Uint8Array | null> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    if (file.dir || !/\.(xml|rels)$/.test(name)) continue;
    const xml = await file.async("string");
    let plain = unprefixXml(xml);
    if (options.isoDates && plain.includes("<sheetData")) plain = isoDateCellsAsSerials(plain);
    if (plain !== xml) {
      zip.file(name, plain);
      changed = true;
    }
  }
  const relsFile = zip.file("xl/_rels/workbook.xml.rels");
  if (relsFile) {
    const rels = await relsFile.async("string");
    const renamed = renameWorksheets(zip, rels);
    if (renamed !== rels) {
      zip.file("xl/_rels/workbook.xml.rels", renamed);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "uint8array" }) : null;
}

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * The workbook in an .xlsx's bytes. A package ExcelJS fails on, or finds no worksheet in, is
 * normalised and loaded again; when that does not help, the first error stands.
 */
export async function loadWorkbook(bytes: Uint8Array, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  if (options.isoDates) {
    const rewritten = await normalizePackage(bytes, options).catch(() => null);
    if (rewritten) bytes = rewritten;
  }
  const wb = new ExcelJS.Workbook();
  let failure: unknown = null;
  try {
    await wb.xlsx.load(arrayBuffer(bytes));
    if (wb.worksheets.length) return wb;
  } catch (e) {
    failure = e;
  }
  const normalized = await normalizePackage(bytes).catch(() => null);
  if (!normalized) {
    if (failure) throw failure;
    return wb;
  }
  const again = new ExcelJS.Workbook();
  try {
    await again.xlsx.load(arrayBuffer(normalized));
  } catch (e) {
    throw failure ?? e;
  }
  return again;
}
