/**
 * Reads the cell values of one worksheet of an .xlsx without waiting: the CLI reads its small inputs
 * (a roster) in synchronous code that every command shares, and ExcelJS only loads asynchronously.
 * Node only (zlib); the pane reads the same files through readTable. Values only: no styles, so a
 * date is its Excel serial number, which is what the schemas take.
 */
import zlib from "zlib";
import { unprefixXml } from "./load-workbook";
import type { RawCell } from "./read-table";
import { oversizedPart } from "./zip-limits";

/** Largest part inflated here: a roster of 10,000 reps is a worksheet of a few MB. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export interface SheetRows {
  readonly sheet: string;
  /** Every sheet of the workbook, in order, for messages. */
  readonly sheets: readonly string[];
  /** The rows that hold a cell, with their numbers as Excel shows them. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly RawCell[] }[];
}

export type SheetRowsResult =
  | { readonly ok: true; readonly value: SheetRows }
  | { readonly ok: false; readonly en: string; readonly zh: string };

export interface SheetChoice {
  /** The first sheet whose name this accepts is read; otherwise the first visible sheet. */
  readonly prefer?: (name: string) => boolean;
}

class NotReadable extends Error {}

/** The parts of a zip by name, inflated on demand. */
function zipParts(bytes: Uint8Array): Map<string, () => Buffer> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotReadable("no zip directory");
  const parts = new Map<string, () => Buffer>();
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new NotReadable("broken zip");
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    parts.set(name, () => {
      if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
        throw new NotReadable(`broken zip entry ${name}`);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + compressed);
      if (method === 0) return Buffer.from(data);
      if (method !== 8) throw new NotReadable(`unsupported compression in ${name}`);
      return zlib.inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
    });
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character references and OOXML's _xHHHH_ escapes (a line break in a cell is _x000D_ from some writers). */
function decodeXmlText(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
      if (ref[0] !== "#") return ENTITIES[ref] ?? whole;
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? decodeXmlText(m[1] ?? m[2]) : undefined;
}

/** The text of every <t> of a string item, leaving out phonetic runs (<rPh>). */
function itemText(xml: string): string {
  let out = "";
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += decodeXmlText(m[1]);
  return out;
}

/** "BC12" -> 54 (0-based column); -1 when the reference holds no letters. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return i === 0 ? -1 : col - 1;
}

/** Resolves a relationship target against the folder of the part that holds it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

function relationships(
  parts: Map<string, () => Buffer>,
  of: string,
): Map<string, { type: string; target: string }> {
  const slash = of.lastIndexOf("/");
  const relsName = `${of.slice(0, slash + 1)}_rels/${of.slice(slash + 1)}.rels`;
  const read = parts.get(relsName);
  const out = new Map<string, { type: string; target: string }>();
  if (!read) return out;
  const xml = unprefixXml(read().toString("utf8"));
  for (const m of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attribute(m[1], "Id");
    const target = attribute(m[1], "Target");
    if (id && target) out.set(id, { type: attribute(m[1], "Type") ?? "", target: resolveTarget(of, target) });
  }
  return out;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function cellValue(type: string | undefined, inner: string, shared: readonly string[]): RawCell {
  if (type === "inlineStr") return itemText(inner);
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner);
  if (!v) return null;
  const text = decodeXmlText(v[1]);
  switch (type) {
    case "s":
      return shared[Number(text)] ?? null;
    case "str":
    case "e":
      return text;
    case "b":
      return text === "1" || text === "true";
    case "d": {
      const ms = Date.parse(/Z|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
      return Number.isFinite(ms) ? (ms - EXCEL_EPOCH_MS) / 86_400_000 : text;
    }
    default: {
      const n = Number(text);
      return text.trim() !== "" && Number.isFinite(n) ? n : text;
    }
  }
}

function sheetRows(xml: string, shared: readonly string[]): SheetRows["rows"] {
  const rows: { row: number; cells: RawCell[] }[] = [];
  let next = 1;
  for (const r of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attribute(r[1], "r") ?? next);
    next = number + 1;
    const cells: RawCell[] = [];
    let col = 0;
    for (const c of (r[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attribute(c[1], "r");
      const at = ref ? columnOf(ref) : col;
      col = (at < 0 ? col : at) + 1;
      const value = cellValue(attribute(c[1], "t"), c[2] ?? "", shared);
      if (value === null) continue;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = value;
    }
    if (cells.some((v) => v !== null && !(typeof v === "string" && v.trim() === "")))
      rows.push({ row: number, cells });
  }
  return rows;
}

/** Reads the preferred (or first visible) worksheet's values; an error naming the problem otherwise. */
export function readSheetRowsSync(bytes: Uint8Array, choice: SheetChoice = {}): SheetRowsResult {
  const big = oversizedPart(bytes, MAX_PART_BYTES);
  if (big) {
    const mb = Math.ceil(big.bytes / 1024 / 1024);
    return {
      ok: false,
      en: `expands to ${Number.isFinite(mb) ? `${mb} MB` : "over 4 GB"} (${big.name}), more than a roster holds; save the roster alone as .xlsx or CSV`,
      zh: `解压后达 ${Number.isFinite(mb) ? `${mb} MB` : "4 GB 以上"}(${big.name}),远超名单所需;请将名单单独另存为 .xlsx 或 CSV`,
    };
  }
  try {
    const parts = zipParts(bytes);
    const root = relationships(parts, "");
    const office =
      [...root.values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
    const workbookPart = parts.get(office);
    if (!workbookPart) throw new NotReadable("no workbook part");
    const workbook = unprefixXml(workbookPart().toString("utf8"));
    const rels = relationships(parts, office);
    const sheets: { name: string; hidden: boolean; part: string | undefined }[] = [];
    for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
      const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
      const state = attribute(m[1], "state");
      sheets.push({
        name: attribute(m[1], "name") ?? "",
        hidden: state === "hidden" || state === "veryHidden",
        part: id ? rels.get(id)?.target : undefined,
      });
    }
    const names = sheets.map((s) => s.name);
    const chosen =
      (choice.prefer && sheets.find((s) => choice.prefer!(s.name))) ??
      sheets.find((s) => !s.hidden) ??
      sheets[0];
    if (!chosen) return { ok: false, en: "the workbook has no worksheet", zh: "工作簿中没有工作表" };
    const sheetPart = chosen.part ? parts.get(chosen.part) : undefined;
    if (!sheetPart) throw new NotReadable(`no part for worksheet ${chosen.name}`);
    const sharedName = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"))?.target;
    const sharedPart = sharedName ? parts.get(sharedName) : undefined;
    const shared = sharedPart
      ? [...unprefixXml(sharedPart().toString("utf8")).matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map(
          (m) => itemText(m[1] ?? ""),
        )
      : [];
    const rows = sheetRows(unprefixXml(sheetPart().toString("utf8")), shared);
    return { ok: true, value: { sheet: chosen.name, sheets: names, rows } };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      en: `is not a readable .xlsx workbook (${reason}); open it in Excel and save it again, or save it as CSV`,
      zh: `不是可读取的 .xlsx 工作簿(${reason});请在 Excel 中打开后重新保存,或另存为 CSV`,
    };
  }
}
