/**
 * Charts for the xlsx host. ExcelJS writes no charts, so after it has built the package this adds
 * the DrawingML parts itself: one xl/charts/chartN.xml per chart, one xl/drawings/drawingN.xml per
 * sheet anchoring them to cells, the relationships between sheet, drawing and charts, the sheet's
 * <drawing r:id>, and the content types. Series point at cells (c:f) without cached values, like
 * the formulas: Excel and LibreOffice read them from the sheet on open.
 */
import JSZip from "jszip";
import { parseCell } from "../../workbook/a1";
import { chartRefFormula, parseChartRef } from "../../workbook/chart-refs";
import type { ChartSpec, SheetSpec, WorkbookSpec } from "../../workbook/spec";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Office's default palette order, darkened a little for print; the target line is drawn dark. */
const PALETTE = ["4472C4", "ED7D31", "70AD47", "FFC000", "5B9BD5", "A5A5A5"];
const LINE_COLOURS = ["C00000", "404040", "7030A0"];
/** 11 pt, as the cells: a page scaled to fit prints chart texts no smaller than its cells (8 pt at least). */
const FONT_SIZE = 1100;

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string, size: number): string {
  return `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;
}

function fill(colour: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>`;
}

function line(colour: string): string {
  return `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>`;
}

interface Series {
  readonly index: number;
  readonly name: string;
  readonly cat: string;
  readonly val: string;
}

function seriesXml(s: Series, look: string, asLine: boolean): string {
  return (
    `<c:ser><c:idx val="${s.index}"/><c:order val="${s.index}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${look}` +
    (asLine
      ? `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`
      : `<c:invertIfNegative val="0"/>`) +
    `<c:cat><c:strRef><c:f>${esc(s.cat)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(s.val)}</c:f></c:numRef></c:val>` +
    (asLine ? `<c:smooth val="0"/>` : "") +
    `</c:ser>`
  );
}

const CAT_AX = 500000001;
const VAL_AX = 500000002;
const AX_IDS = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;

function barChart(dir: "bar" | "col", series: readonly Series[]): string {
  const sers = series.map((s) => seriesXml(s, fill(PALETTE[s.index % PALETTE.length]), false)).join("");
  return (
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}` +
    `<c:gapWidth val="80"/>${AX_IDS}</c:barChart>`
  );
}

function lineChart(series: readonly Series[], colours: readonly string[]): string {
  const sers = series.map((s, k) => seriesXml(s, line(colours[k % colours.length]), true)).join("");
  return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${AX_IDS}</c:lineChart>`;
}

function textProps(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

function axes(chart: ChartSpec): string {
  const horizontal = chart.type === "bar";
  const gridlines = `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`;
  const cat =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    (chart.categoryAxisTitle ? title(chart.categoryAxisTitle, FONT_SIZE) : "") +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${textProps(FONT_SIZE)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>${gridlines}` +
    (chart.valueAxisTitle ? title(chart.valueAxisTitle, FONT_SIZE) : "") +
    `<c:numFmt formatCode="${esc(chart.valueFormat ?? "General")}" sourceLinked="${chart.valueFormat ? 0 : 1}"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(FONT_SIZE)}` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

/** The c:chartSpace part for one chart; references already resolved against `sheet`. */
export function chartXml(chart: ChartSpec, sheet: string): string {
  const cat = chartRefFormula(parseChartRef(chart.categories, sheet));
  const series: Series[] = chart.series.map((s, index) => ({
    index,
    name: s.name,
    cat,
    val: chartRefFormula(parseChartRef(s.values, sheet)),
  }));
  let plots: string;
  if (chart.type === "line") plots = lineChart(series, PALETTE);
  else if (chart.type === "combo") {
    const bars = series.filter((_, k) => chart.series[k].as !== "line");
    const lines = series.filter((_, k) => chart.series[k].as === "line");
    plots = barChart("col", bars) + lineChart(lines, LINE_COLOURS);
  } else plots = barChart(chart.type === "bar" ? "bar" : "col", series);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>${title(chart.title, 1300)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plots}${axes(chart)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(FONT_SIZE)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `${textProps(FONT_SIZE)}</c:chartSpace>`
  );
}

/** The xdr:wsDr part anchoring charts rId1..rIdN of a drawing between their cells. */
export function drawingXml(charts: readonly ChartSpec[], firstShapeId = 2): string {
  const anchors = charts.map((chart, k) => {
    const from = parseCell(chart.from);
    const to = parseCell(chart.to);
    const id = firstShapeId + k;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">` +
      `<xdr:from><xdr:col>${from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Chart ${id - 1}" descr="${esc(chart.title)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${k + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`
  );
}

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Sheet name (lower case) -> its part path, from workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && id && targets.has(id))
      parts.set(unescapeXml(name).toLowerCase(), targets.get(id)!);
  }
  return parts;
}

/** Elements that follow <drawing> in CT_Worksheet's sequence: it goes before the first present. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function insertDrawing(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  // Only the worksheet's own children count: a data bar's rule holds an <extLst> of its own, inside
  // <conditionalFormatting>, and the sheet data could hold anything; search after both.
  const from = Math.max(
    0,
    sheetXml.lastIndexOf("</sheetData>"),
    sheetXml.lastIndexOf("</conditionalFormatting>"),
  );
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const i = sheetXml.indexOf(`<${name}`, from);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = sheetXml.lastIndexOf("</worksheet>");
  const root = /<worksheet\b[^>]*>/.exec(sheetXml)![0];
  const withNs = root.includes("xmlns:r=")
    ? root
    : root.replace("<worksheet", `<worksheet xmlns:r="${NS_R}"`);
  const out = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  return out.replace(root, withNs);
}

function nextFree(zip: JSZip, pattern: (n: number) => string, from: number): number {
  let n = from;
  while (zip.file(pattern(n))) n++;
  return n;
}

/**
 * The package with every chart of `spec` added; `spec` is the resolved one whose sheet names the
 * package holds. Returns the bytes unchanged when no sheet has a chart.
 */
export async function addCharts(data: Uint8Array, spec: WorkbookSpec): Promise<Uint8Array> {
  const withCharts = spec.sheets.filter((s): s is SheetSpec & { charts: readonly ChartSpec[] } =>
    Boolean(s.charts?.length),
  );
  if (!withCharts.length) return data;
  const zip = await JSZip.loadAsync(data);
  const parts = await sheetParts(zip);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  const overrides: string[] = [];
  let chartNo = 1;
  let drawingNo = 1;
  for (const sheet of withCharts) {
    const sheetPart = parts.get(sheet.name.toLowerCase());
    if (!sheetPart) throw new Error(`Sheet "${sheet.name}" is missing from the package.`);
    drawingNo = nextFree(zip, (n) => `xl/drawings/drawing${n}.xml`, drawingNo);
    const drawingPart = `xl/drawings/drawing${drawingNo}.xml`;
    const drawingRels: { id: string; type: string; target: string }[] = [];
    for (const chart of sheet.charts) {
      chartNo = nextFree(zip, (n) => `xl/charts/chart${n}.xml`, chartNo);
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(chart, sheet.name));
      overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/>`);
      drawingRels.push({
        id: `rId${drawingRels.length + 1}`,
        type: REL_CHART,
        target: `../charts/chart${chartNo}.xml`,
      });
    }
    zip.file(drawingPart, drawingXml(sheet.charts));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));
    overrides.push(`<Override PartName="/${drawingPart}" ContentType="${CT_DRAWING}"/>`);

    const slash = sheetPart.lastIndexOf("/");
    const sheetRelsPart = `${sheetPart.slice(0, slash)}/_rels/${sheetPart.slice(slash + 1)}.rels`;
    const existing = await zip.file(sheetRelsPart)?.async("string");
    const used = new Set([...(existing ?? "").matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let k = 1;
    while (used.has(`rId${k}`)) k++;
    const relId = `rId${k}`;
    const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    zip.file(
      sheetRelsPart,
      existing
        ? existing.replace("</Relationships>", `${rel}</Relationships>`)
        : relsXml([{ id: relId, type: REL_DRAWING, target: `../drawings/drawing${drawingNo}.xml` }]),
    );
    const sheetXml = await zip.file(sheetPart)!.async("string");
    zip.file(sheetPart, insertDrawing(sheetXml, relId));
  }
  types = types.replace("</Types>", `${overrides.join("")}</Types>`);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
