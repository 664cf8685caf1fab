/**
 * Reads the cells of an .xlsx file straight from its sheet XML: each cell's formula and its cached
 * value with the type the engine wrote. ExcelJS is not used here because it reads Gnumeric's text
 * results back as numbers and does not keep an empty text result ("") apart from a blank cell.
 */
import { unzip } from "../hosts/unzip";

/** A cached value: null is a blank (no value written), "" is an empty text. */
export type XmlValue = number | string | boolean | { error: string } | null;

export interface XmlCell {
  /** The formula text without "=", or null for a constant; a shared formula's follower is "". */
  readonly formula: string | null;
  readonly value: XmlValue;
}

export interface XmlWorkbook {
  /** Sheets in workbook order, each a map from A1 address to cell. */
  readonly sheets: ReadonlyMap<string, ReadonlyMap<string, XmlCell>>;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  // Most values hold neither an entity nor an _xHHHH_ escape; large packages have millions of them.
  if (!text.includes("&") && !text.includes("_x")) return text;
  return text
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e: string) => {
      if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
      return ENTITIES[e] ?? whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const ATTRIBUTES = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | null {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  const m = pattern.exec(attributes);
  return m ? decode(m[1]) : null;
}

/** The text of every <t> in a string item, phonetic runs (<rPh>) left out. */
function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g))
    text += decode(m[1] ?? "");
  return text;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => itemText(m[1] ?? ""));
}

function sheetPaths(files: ReadonlyMap<string, string>): { name: string; path: string }[] {
  const workbook = files.get("xl/workbook.xml") ?? "";
  const rels = files.get("xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attribute(m[1], "Id");
    const target = attribute(m[1], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return [...workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => {
    const name = attribute(m[1], "name") ?? "";
    const target = targets.get(attribute(m[1], "r:id") ?? "");
    if (!target) throw new Error(`sheet "${name}" has no part in the package`);
    return { name, path: target };
  });
}

function cellValue(type: string | null, inner: string, strings: readonly string[]): XmlValue {
  if (type === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    return is ? itemText(is[1]) : "";
  }
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>|<v(?:\s[^>]*)?\/>/.exec(inner);
  const raw = v ? decode(v[1] ?? "") : null;
  switch (type) {
    case "s":
      if (raw === null) return null;
      if (strings[Number(raw)] === undefined) throw new Error(`shared string ${raw} is missing`);
      return strings[Number(raw)];
    case "str":
      return raw ?? "";
    case "b":
      return raw === null ? null : raw.trim() === "1";
    case "e":
      return { error: (raw ?? "").trim() };
    default:
      return raw === null || raw.trim() === "" ? null : Number(raw);
  }
}

function readSheet(xml: string, strings: readonly string[]): Map<string, XmlCell> {
  const cells = new Map<string, XmlCell>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const address = attribute(m[1], "r");
    if (!address) throw new Error("a cell without an address (r attribute)");
    const inner = m[2] ?? "";
    const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
    cells.set(address, {
      formula: f ? decode(f[1] ?? "") : null,
      value: cellValue(attribute(m[1], "t"), inner.replace(/<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/, ""), strings),
    });
  }
  return cells;
}

export function readXmlWorkbook(data: Uint8Array): XmlWorkbook {
  return readXmlParts(unzip(data));
}

/** The same from a package already unzipped (part name -> text), for callers that read other parts too. */
export function readXmlParts(files: ReadonlyMap<string, string>): XmlWorkbook {
  const strings = sharedStrings(files.get("xl/sharedStrings.xml"));
  const sheets = new Map<string, Map<string, XmlCell>>();
  for (const { name, path } of sheetPaths(files)) {
    const xml = files.get(path);
    if (xml === undefined) throw new Error(`sheet "${name}": part ${path} is missing`);
    sheets.set(name, readSheet(xml, strings));
  }
  return { sheets };
}
