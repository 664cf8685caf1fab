/**
 * Puts one worksheet of a package Sales Kit wrote into another package, leaving every other part of
 * that package as it was: ExcelJS keeps no charts (nor much else it does not model), so loading a
 * user's workbook and saving it again would lose them. The sheet comes with its styles (appended to
 * the target's and renumbered), its strings (written inline), its drawing and charts (renumbered
 * to free part names) and its sheet-scoped names; it is added as the last sheet, or takes the place
 * of a sheet it replaces (the old one's drawing and charts go with it).
 */
import JSZip from "jszip";
import { normalizePackage } from "./load-workbook";
import { sheetParts } from "./charts";
import { writeXlsxBytes } from "./write";
import type { SheetSpec } from "../../workbook/spec";

const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_WORKSHEET = `${NS_R}/worksheet`;
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CALC_CHAIN = `${NS_R}/calcChain`;
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

export interface GraftOptions {
  /** The sheet of `source` to put into the target. */
  readonly sheet: string;
  /** A sheet of the target it replaces (same place in the tab order); absent: added last. */
  readonly replace?: string;
}

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function readRels(xml: string | undefined): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: attr(m[0], "Target") ?? "",
  }));
}

function relsXml(rels: readonly Rel[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

/** The rels part of a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to its part's folder, as a path in the zip. */
function resolve(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

async function text(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async("string");
}

function freePart(zip: JSZip, make: (n: number) => string): string {
  for (let n = 1; ; n++) if (!zip.file(make(n))) return make(n);
}

/** The items of one list of styles.xml (fonts, fills ...) and the list's element, if present. */
function items(styles: string, list: string, item: string): { whole: string | null; items: string[] } {
  const whole =
    new RegExp(`<${list}\\b[^>]*/>|<${list}\\b[^>]*>[\\s\\S]*?</${list}>`).exec(styles)?.[0] ?? null;
  if (!whole) return { whole: null, items: [] };
  const re = new RegExp(`<${item}(?=[\\s/>])[^>]*/>|<${item}(?=[\\s>])[^>]*>[\\s\\S]*?</${item}>`, "g");
  return { whole, items: whole.match(re) ?? [] };
}

/** Where a missing list goes: before the first of these present in the stylesheet. */
const STYLE_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

function withList(styles: string, list: string, item: string, added: readonly string[]): string {
  if (!added.length) return styles;
  const { whole, items: old } = items(styles, list, item);
  const all = [...old, ...added];
  const element = `<${list} count="${all.length}">${all.join("")}</${list}>`;
  if (whole) return styles.replace(whole, element);
  for (const next of STYLE_ORDER.slice(STYLE_ORDER.indexOf(list) + 1)) {
    const i = styles.search(new RegExp(`<${next}[\\s/>]`));
    if (i >= 0) return styles.slice(0, i) + element + styles.slice(i);
  }
  const end = styles.lastIndexOf("</styleSheet>");
  return styles.slice(0, end) + element + styles.slice(end);
}

interface StyleMap {
  readonly xf: (n: number) => number;
  readonly dxf: (n: number) => number;
}

/** The target's stylesheet with the source's formats appended, and how the source's indexes move. */
function mergeStyles(target: string, source: string): { styles: string; map: StyleMap } {
  const count = (list: string, item: string) => items(target, list, item).items.length;
  const fontOffset = count("fonts", "font");
  const fillOffset = count("fills", "fill");
  const borderOffset = count("borders", "border");
  const xfOffset = count("cellXfs", "xf");
  const dxfOffset = count("dxfs", "dxf");
  const usedIds = items(target, "numFmts", "numFmt").items.map((n) => Number(attr(n, "numFmtId")));
  let nextId = Math.max(163, ...usedIds) + 1;
  const numFmtIds = new Map<string, string>();
  const numFmts = items(source, "numFmts", "numFmt").items.map((n) => {
    const id = attr(n, "numFmtId")!;
    const fresh = String(nextId++);
    numFmtIds.set(id, fresh);
    return n.replace(/numFmtId="\d+"/, `numFmtId="${fresh}"`);
  });
  const shift = (tag: string, name: string, offset: number) =>
    tag.replace(new RegExp(`\\s${name}="(\\d+)"`), (_, n: string) => ` ${name}="${Number(n) + offset}"`);
  const xfs = items(source, "cellXfs", "xf").items.map((xf) => {
    let out = xf.replace(/\sxfId="\d+"/, ' xfId="0"');
    out = shift(out, "fontId", fontOffset);
    out = shift(out, "fillId", fillOffset);
    out = shift(out, "borderId", borderOffset);
    return out.replace(/\snumFmtId="(\d+)"/, (m, id: string) =>
      numFmtIds.has(id) ? ` numFmtId="${numFmtIds.get(id)}"` : m,
    );
  });
  let styles = target;
  styles = withList(styles, "numFmts", "numFmt", numFmts);
  styles = withList(styles, "fonts", "font", items(source, "fonts", "font").items);
  styles = withList(styles, "fills", "fill", items(source, "fills", "fill").items);
  styles = withList(styles, "borders", "border", items(source, "borders", "border").items);
  styles = withList(styles, "cellXfs", "xf", xfs);
  styles = withList(styles, "dxfs", "dxf", items(source, "dxfs", "dxf").items);
  return { styles, map: { xf: (n) => n + xfOffset, dxf: (n) => n + dxfOffset } };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The sheet's XML with its style indexes moved, its shared strings inline and its tab not selected. */
function rewriteSheet(xml: string, map: StyleMap, strings: readonly string[]): string {
  let out = xml.replace(/<(c|row)\b([^>]*?)\ss="(\d+)"/g, (_, el: string, before: string, n: string) => {
    return `<${el}${before} s="${map.xf(Number(n))}"`;
  });
  out = out.replace(/<col\b([^>]*?)\sstyle="(\d+)"/g, (_, before: string, n: string) => {
    return `<col${before} style="${map.xf(Number(n))}"`;
  });
  out = out.replace(/\sdxfId="(\d+)"/g, (_, n: string) => ` dxfId="${map.dxf(Number(n))}"`);
  out = out.replace(
    /<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g,
    (_, a: string, b: string, n: string) =>
      `<c${a} t="inlineStr"${b}><is>${strings[Number(n)] ?? "<t></t>"}</is></c>`,
  );
  return out.replace(/\stabSelected="1"/g, "");
}

/** The inner XML of each shared string (<t>, or rich runs <r>), in order. */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "<t></t>");
}

function contentTypes(types: string, add: readonly [string, string][], remove: readonly string[]): string {
  let out = types;
  for (const part of remove) {
    out = out.replace(
      new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`),
      "",
    );
  }
  const overrides = add.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`);
  return out.replace("</Types>", `${overrides.join("")}</Types>`);
}

/** The drawing and chart parts a sheet's relationships reach (to remove with the sheet). */
async function drawingParts(zip: JSZip, sheetPart: string): Promise<string[]> {
  const parts: string[] = [];
  for (const rel of readRels(await text(zip, relsPath(sheetPart)))) {
    if (rel.type !== REL_DRAWING) continue;
    const drawing = resolve(sheetPart, rel.target);
    parts.push(drawing, relsPath(drawing));
    for (const r of readRels(await text(zip, relsPath(drawing)))) {
      if (/\/relationships\/chart$/.test(r.type)) {
        const chart = resolve(drawing, r.target);
        parts.push(chart, relsPath(chart));
      }
    }
  }
  return parts.filter((p) => zip.file(p));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The target package with `options.sheet` of `source` put into it. `source` is a package the xlsx
 * host wrote (its other sheets, if any, are left behind: they only let its references check).
 */
export async function graftSheet(
  target: Uint8Array,
  source: Uint8Array,
  options: GraftOptions,
): Promise<Uint8Array> {
  // A package with prefixed SpreadsheetML is rewritten to the plain spelling first (the same XML).
  const plain = (await normalizePackage(target).catch(() => null)) ?? target;
  const zip = await JSZip.loadAsync(plain);
  const src = await JSZip.loadAsync(source);
  const srcParts = await sheetParts(src);
  const srcSheetPart = srcParts.get(options.sheet.toLowerCase());
  if (!srcSheetPart) throw new Error(`Sheet "${options.sheet}" is missing from the package written.`);
  const srcWorkbook = (await text(src, "xl/workbook.xml"))!;
  const srcIndex = [...srcWorkbook.matchAll(/<sheet\b[^>]*>/g)].findIndex(
    (m) => (attr(m[0], "name") ?? "").toLowerCase() === options.sheet.toLowerCase(),
  );

  const removed: string[] = [];
  const added: [string, string][] = [];
  let workbook = (await text(zip, "xl/workbook.xml"))!;
  let workbookRels = (await text(zip, "xl/_rels/workbook.xml.rels"))!;
  const sheetTags = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);

  // The sheet part to write, and its index in the tab order.
  let sheetPart: string;
  let index: number;
  const replaced = options.replace?.toLowerCase();
  const old =
    replaced === undefined
      ? -1
      : sheetTags.findIndex((t) => (attr(t, "name") ?? "").toLowerCase() === replaced);
  const escName = escapeXml(options.sheet).replace(/"/g, "&quot;");
  if (old >= 0) {
    const tag = sheetTags[old];
    const rel = readRels(workbookRels).find((r) => r.id === attr(tag, "r:id"));
    if (!rel) throw new Error(`Sheet "${options.replace}" has no part in the package.`);
    sheetPart = resolve("xl/workbook.xml", rel.target);
    for (const p of await drawingParts(zip, sheetPart)) {
      zip.remove(p);
      removed.push(p);
    }
    workbook = workbook.replace(tag, tag.replace(/\sname="[^"]*"/, ` name="${escName}"`));
    index = old;
  } else {
    sheetPart = freePart(zip, (n) => `xl/worksheets/sheet${n}.xml`);
    const ids = new Set(readRels(workbookRels).map((r) => r.id));
    let k = 1;
    while (ids.has(`rId${k}`)) k++;
    const relId = `rId${k}`;
    workbookRels = workbookRels.replace(
      "</Relationships>",
      `<Relationship Id="${relId}" Type="${REL_WORKSHEET}" Target="${sheetPart.slice("xl/".length)}"/></Relationships>`,
    );
    const sheetId = Math.max(0, ...sheetTags.map((t) => Number(attr(t, "sheetId") ?? 0))) + 1;
    const tag = `<sheet name="${escName}" sheetId="${sheetId}" r:id="${relId}"/>`;
    workbook = /<sheets\s*\/>/.test(workbook)
      ? workbook.replace(/<sheets\s*\/>/, `<sheets>${tag}</sheets>`)
      : workbook.replace("</sheets>", `${tag}</sheets>`);
    if (!/<workbook\b[^>]*xmlns:r=/.test(workbook))
      workbook = workbook.replace("<workbook", `<workbook xmlns:r="${NS_R}"`);
    added.push([sheetPart, CT_WORKSHEET]);
    index = sheetTags.length;
  }

  // Styles and strings.
  const targetStyles = await text(zip, "xl/styles.xml");
  const sourceStyles = (await text(src, "xl/styles.xml")) ?? "";
  if (!targetStyles) throw new Error("The workbook has no styles part.");
  const { styles, map } = mergeStyles(targetStyles, sourceStyles);
  zip.file("xl/styles.xml", styles);
  const strings = sharedStrings(await text(src, "xl/sharedStrings.xml"));
  let sheetXml = rewriteSheet((await text(src, srcSheetPart))!, map, strings);

  // The drawing and its charts, under part names free in the target.
  const sheetRels: Rel[] = [];
  for (const rel of readRels(await text(src, relsPath(srcSheetPart)))) {
    if (rel.type !== REL_DRAWING) continue;
    const srcDrawing = resolve(srcSheetPart, rel.target);
    const drawing = freePart(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const drawingRels: Rel[] = [];
    for (const r of readRels(await text(src, relsPath(srcDrawing)))) {
      const srcChart = resolve(srcDrawing, r.target);
      const chart = freePart(zip, (n) => `xl/charts/chart${n}.xml`);
      zip.file(chart, (await text(src, srcChart))!);
      added.push([chart, CT_CHART]);
      drawingRels.push({ ...r, target: `../charts/${chart.split("/").pop()}` });
    }
    zip.file(drawing, (await text(src, srcDrawing))!);
    zip.file(relsPath(drawing), relsXml(drawingRels));
    added.push([drawing, CT_DRAWING]);
    sheetRels.push({ ...rel, target: `../drawings/${drawing.split("/").pop()}` });
  }
  if (sheetRels.length) zip.file(relsPath(sheetPart), relsXml(sheetRels));
  else {
    zip.remove(relsPath(sheetPart));
    // Relationships the sheet no longer has (its part was reused) must not stay referenced.
    sheetXml = sheetXml.replace(/<drawing\b[^>]*\/>/g, "");
  }
  zip.file(sheetPart, sheetXml);

  // Sheet-scoped names (print titles, area): the old sheet's go, the source's come with the index.
  const names = [...srcWorkbook.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)]
    .map((m) => m[0])
    .filter((d) => attr(d, "localSheetId") === String(srcIndex))
    .map((d) => d.replace(/localSheetId="\d+"/, `localSheetId="${index}"`));
  if (old >= 0) {
    workbook = workbook.replace(
      new RegExp(`<definedName\\b[^>]*localSheetId="${index}"[^>]*>[\\s\\S]*?</definedName>`, "g"),
      "",
    );
  }
  if (names.length) {
    workbook = /<definedNames>/.test(workbook)
      ? workbook.replace("</definedNames>", `${names.join("")}</definedNames>`)
      : workbook.replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`);
  }
  workbook = workbook.replace(/<definedNames>\s*<\/definedNames>/, "");
  // Recalculate on open: the new sheet's formulas carry no results, and the calculation chain (a
  // cache of Excel's) may list cells of a replaced sheet; Excel rebuilds it.
  workbook = /<calcPr\b/.test(workbook)
    ? workbook.replace(
        /<calcPr\b([^>]*?)(\/?)>/,
        (_, a: string, close: string) =>
          `<calcPr${a.replace(/\sfullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${close}>`,
      )
    : workbook.replace(
        /(<\/sheets>(?:<definedNames>[\s\S]*?<\/definedNames>)?)/,
        `$1<calcPr fullCalcOnLoad="1"/>`,
      );
  const chain = readRels(workbookRels).find((r) => r.type === REL_CALC_CHAIN);
  if (chain) {
    const part = resolve("xl/workbook.xml", chain.target);
    zip.remove(part);
    removed.push(part);
    workbookRels = workbookRels.replace(
      new RegExp(`<Relationship\\b[^>]*Id="${escapeRe(chain.id)}"[^>]*/>`),
      "",
    );
  }
  zip.file("xl/workbook.xml", workbook);
  zip.file("xl/_rels/workbook.xml.rels", workbookRels);
  const types = (await text(zip, "[Content_Types].xml"))!;
  zip.file("[Content_Types].xml", contentTypes(types, added, removed));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/** A name scoped to one sheet of a package, as its workbook part lists it. */
export interface PackageScopedName {
  readonly sheet: string;
  readonly name: string;
  readonly refersTo: string;
}

/**
 * The sheet-scoped names of a package (ExcelJS drops their scope when it loads a file, so they are
 * read from the workbook part itself): what the CRM import recorded about its tables.
 */
export async function sheetScopedNames(bytes: Uint8Array): Promise<PackageScopedName[]> {
  const plain = (await normalizePackage(bytes).catch(() => null)) ?? bytes;
  const zip = await JSZip.loadAsync(plain);
  const workbook = (await text(zip, "xl/workbook.xml")) ?? "";
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => unescapeXml(attr(m[0], "name") ?? ""));
  const out: PackageScopedName[] = [];
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const local = attr(m[1], "localSheetId");
    const name = attr(m[1], "name");
    if (local === undefined || name === undefined || name.startsWith("_xlnm.")) continue;
    const sheet = sheets[Number(local)];
    if (sheet !== undefined) out.push({ sheet, name: unescapeXml(name), refersTo: unescapeXml(m[2]) });
  }
  return out;
}

/**
 * Writes `sheet` (a sheet spec) into the package `target`, whose sheets are `sheetNames`: added
 * last, or in the place of `replace`. The other sheets are given to the writer as empty stand-ins,
 * so the spec checker finds the sheets the new sheet's formulas and charts refer to.
 */
export async function graftSpecSheet(
  target: Uint8Array,
  sheet: SheetSpec,
  sheetNames: readonly string[],
  replace?: string,
): Promise<Uint8Array> {
  const others = sheetNames.filter((s) => s !== replace);
  const written = await writeXlsxBytes({
    sheets: [sheet, ...others.map((s) => ({ name: s, blocks: [] }))],
    activate: sheet.name,
  });
  return graftSheet(target, written, { sheet: sheet.name, ...(replace ? { replace } : {}) });
}
