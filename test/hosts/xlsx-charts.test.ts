/**
 * Charts in the .xlsx host: the DrawingML parts added to ExcelJS's package. Each chart part is read
 * back with an XML parser and checked against the sequences the ECMA-376 chart schema (dml-chart.xsd)
 * requires, in order; the references are compared with ones written out by hand. LibreOffice opens
 * the file and keeps every chart when it saves it again.
 */
import { XMLParser } from "fast-xml-parser";
import ExcelJS from "exceljs";
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { convertedByLibreOffice, describeWithLibreOffice } from "../oracle/libreoffice";
import { unzip } from "./unzip";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

/** An ordered element: its name, attributes and children, as the schema's sequences need. */
interface Node {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: Node[];
  readonly text: string;
}

type Raw = Record<string, unknown>;

function toNodes(list: Raw[]): Node[] {
  const out: Node[] = [];
  for (const item of list) {
    const name = Object.keys(item).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "?xml") continue;
    const kids = item[name] as Raw[];
    const attrs = (item[":@"] ?? {}) as Record<string, string>;
    const text = kids
      .filter((k) => "#text" in k)
      .map((k) => String(k["#text"]))
      .join("");
    out.push({ name, attrs, children: toNodes(kids), text });
  }
  return out;
}

function parse(xml: string): Node {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
  });
  const roots = toNodes(parser.parse(xml) as Raw[]);
  expect(roots).toHaveLength(1);
  return roots[0];
}

function kids(node: Node, name: string): Node[] {
  return node.children.filter((c) => c.name === name);
}

function one(node: Node, name: string): Node {
  const found = kids(node, name);
  if (found.length !== 1) throw new Error(`${node.name} has ${found.length} ${name}`);
  return found[0];
}

/**
 * The children's names follow `sequence` (each name at most where the schema puts it) and hold
 * every `required` one: a check of an xsd:sequence without a validator.
 */
function expectSequence(node: Node, sequence: readonly string[], required: readonly string[]): void {
  let at = 0;
  for (const child of node.children) {
    const i = sequence.indexOf(child.name, at);
    if (i < 0)
      throw new Error(
        `${node.name}: ${child.name} is out of order or unknown (order: ${sequence.join(" ")})`,
      );
    at = child.name === "c:ser" || child.name === "c:axId" ? i : i + 1;
  }
  for (const name of required) expect(kids(node, name).length).toBeGreaterThan(0);
}

// From dml-chart.xsd (ECMA-376 Part 1, 5th edition): the sequences of the elements written here.
const CHART_SPACE = [
  "c:date1904",
  "c:lang",
  "c:roundedCorners",
  "c:style",
  "c:clrMapOvr",
  "c:pivotSource",
  "c:protection",
  "c:chart",
  "c:spPr",
  "c:txPr",
  "c:externalData",
  "c:printSettings",
  "c:userShapes",
  "c:extLst",
];
const CHART = [
  "c:title",
  "c:autoTitleDeleted",
  "c:pivotFmts",
  "c:view3D",
  "c:floor",
  "c:sideWall",
  "c:backWall",
  "c:plotArea",
  "c:legend",
  "c:plotVisOnly",
  "c:dispBlanksAs",
  "c:showDLblsOverMax",
  "c:extLst",
];
const PLOT_AREA = [
  "c:layout",
  "c:barChart",
  "c:lineChart",
  "c:catAx",
  "c:valAx",
  "c:dTable",
  "c:spPr",
  "c:extLst",
];
const BAR_CHART = [
  "c:barDir",
  "c:grouping",
  "c:varyColors",
  "c:ser",
  "c:dLbls",
  "c:gapWidth",
  "c:overlap",
  "c:serLines",
  "c:axId",
  "c:extLst",
];
const LINE_CHART = [
  "c:grouping",
  "c:varyColors",
  "c:ser",
  "c:dLbls",
  "c:dropLines",
  "c:hiLowLines",
  "c:upDownBars",
  "c:marker",
  "c:smoothLine",
  "c:axId",
  "c:extLst",
];
const BAR_SER = [
  "c:idx",
  "c:order",
  "c:tx",
  "c:spPr",
  "c:invertIfNegative",
  "c:pictureOptions",
  "c:dPt",
  "c:dLbls",
  "c:trendline",
  "c:errBars",
  "c:cat",
  "c:val",
  "c:shape",
  "c:extLst",
];
const LINE_SER = [
  "c:idx",
  "c:order",
  "c:tx",
  "c:spPr",
  "c:marker",
  "c:dPt",
  "c:dLbls",
  "c:trendline",
  "c:errBars",
  "c:cat",
  "c:val",
  "c:smooth",
  "c:extLst",
];
const AX_COMMON = [
  "c:axId",
  "c:scaling",
  "c:delete",
  "c:axPos",
  "c:majorGridlines",
  "c:minorGridlines",
  "c:title",
  "c:numFmt",
  "c:majorTickMark",
  "c:minorTickMark",
  "c:tickLblPos",
  "c:spPr",
  "c:txPr",
  "c:crossAx",
  "c:crosses",
];
const CAT_AX = [
  ...AX_COMMON,
  "c:auto",
  "c:lblAlgn",
  "c:lblOffset",
  "c:tickLblSkip",
  "c:tickMarkSkip",
  "c:noMultiLvlLbl",
  "c:extLst",
];
const VAL_AX = [...AX_COMMON, "c:crossBetween", "c:majorUnit", "c:minorUnit", "c:dispUnits", "c:extLst"];
const AX_REQUIRED = ["c:axId", "c:scaling", "c:axPos", "c:crossAx"];

const GOALS = "Goals 目标";

/** A goal sheet with four reps and a funnel on another sheet; four charts, one of each kind. */
function spec(): WorkbookSpec {
  return {
    sheets: [
      {
        name: GOALS,
        blocks: [
          {
            start: "A1",
            rows: [
              ["Rep", "Target", "Actual", "Expected"],
              ["Ann", 100, 80, 90],
              ["Bo", 120, 130, 108],
              ["Cy", 90, 45, 81],
              ["Di & Co", 110, 99, 99],
            ],
          },
        ],
        // A data bar's rule carries an <extLst> of its own, which the drawing must not land in.
        conditionalFormats: [{ type: "dataBar", range: "C2:C5", color: "#63BE7B" }],
        protection: { unlocked: ["C2:C5"] },
        charts: [
          {
            type: "combo",
            title: "Attainment <by rep> 达成",
            categories: "A2:A5",
            series: [
              { name: "Actual 实际", values: "C2:C5" },
              { name: "Target 目标", values: "B2:B5", as: "line" },
            ],
            categoryAxisTitle: "Rep 销售",
            valueAxisTitle: "Amount 金额",
            valueFormat: "#,##0",
            from: "F2",
            to: "M18",
          },
          {
            type: "line",
            title: "Pace",
            categories: "A2:A5",
            series: [
              { name: "Actual", values: "C2:C5" },
              { name: "Expected", values: "D2:D5" },
            ],
            from: "F20",
            to: "M36",
          },
        ],
      },
      {
        name: "Funnel",
        blocks: [
          {
            start: "A1",
            rows: [
              ["Stage", "Count"],
              ["Lead", 40],
              ["Won", 8],
            ],
          },
        ],
        tables: [{ name: "FunnelTable", range: "A1:B3" }],
        charts: [
          {
            type: "bar",
            title: "Funnel",
            categories: "A2:A3",
            series: [{ name: "Count", values: "B2:B3" }],
            from: "D1",
            to: "J12",
          },
          {
            type: "column",
            title: "Targets from the goal sheet",
            categories: `'${GOALS}'!A2:A5`,
            series: [{ name: "Target", values: `'${GOALS}'!$B$2:$B$5` }],
            from: "D14",
            to: "J28",
          },
        ],
      },
    ],
  };
}

describe("charts in the .xlsx host", () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = unzip(await writeXlsxBytes(spec()));
  });

  const chartParts = () => [...files.keys()].filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort();

  it("writes one chart part per chart, each following the chart schema's sequences", () => {
    expect(chartParts()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/charts/chart4.xml",
    ]);
    for (const part of chartParts()) {
      const space = parse(files.get(part)!);
      expect(space.name).toBe("c:chartSpace");
      expect(space.attrs["xmlns:c"]).toBe("http://schemas.openxmlformats.org/drawingml/2006/chart");
      expectSequence(space, CHART_SPACE, ["c:chart"]);
      const chart = one(space, "c:chart");
      expectSequence(chart, CHART, ["c:plotArea"]);
      const plot = one(chart, "c:plotArea");
      expectSequence(plot, PLOT_AREA, ["c:catAx", "c:valAx"]);
      const cat = one(plot, "c:catAx");
      const val = one(plot, "c:valAx");
      expectSequence(cat, CAT_AX, AX_REQUIRED);
      expectSequence(val, VAL_AX, AX_REQUIRED);
      const catId = one(cat, "c:axId").attrs.val;
      const valId = one(val, "c:axId").attrs.val;
      expect(one(cat, "c:crossAx").attrs.val).toBe(valId);
      expect(one(val, "c:crossAx").attrs.val).toBe(catId);
      const plots = plot.children.filter((c) => c.name === "c:barChart" || c.name === "c:lineChart");
      expect(plots.length).toBeGreaterThan(0);
      for (const p of plots) {
        const bar = p.name === "c:barChart";
        expectSequence(
          p,
          bar ? BAR_CHART : LINE_CHART,
          bar ? ["c:barDir", "c:ser"] : ["c:grouping", "c:ser"],
        );
        // Each plot names the pair of axes it is drawn on, and they are the ones in the plot area.
        expect(kids(p, "c:axId").map((a) => a.attrs.val)).toEqual([catId, valId]);
        if (bar) expect(one(p, "c:grouping").attrs.val).toBe("clustered");
        for (const ser of kids(p, "c:ser")) {
          expectSequence(ser, bar ? BAR_SER : LINE_SER, ["c:idx", "c:order", "c:cat", "c:val"]);
          expect(one(one(one(ser, "c:val"), "c:numRef"), "c:f").text).toMatch(
            /^.+!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/,
          );
        }
      }
      // Series indexes are unique across the chart's plots (a combo's line continues the count).
      const idx = plots.flatMap((p) => kids(p, "c:ser").map((s) => one(s, "c:idx").attrs.val));
      expect(new Set(idx).size).toBe(idx.length);
    }
  });

  /** Chart part -> [plot kind, bar direction, series (name, categories, values)], in plot order. */
  function summary(part: string) {
    const plot = one(one(parse(files.get(part)!), "c:chart"), "c:plotArea");
    const title = one(
      one(one(one(plot.name ? one(parse(files.get(part)!), "c:chart") : plot, "c:title"), "c:tx"), "c:rich"),
      "a:p",
    );
    return {
      title: kids(title, "a:r")
        .map((r) => one(r, "a:t").text)
        .join(""),
      plots: plot.children
        .filter((c) => c.name === "c:barChart" || c.name === "c:lineChart")
        .map((p) => ({
          kind: p.name,
          dir: kids(p, "c:barDir")[0]?.attrs.val,
          series: kids(p, "c:ser").map((s) => [
            one(one(s, "c:tx"), "c:v").text,
            one(one(one(s, "c:cat"), "c:strRef"), "c:f").text,
            one(one(one(s, "c:val"), "c:numRef"), "c:f").text,
          ]),
        })),
    };
  }

  it("points each series at the cells the spec names, quoted and absolute, across sheets too", () => {
    expect(summary("xl/charts/chart1.xml")).toEqual({
      title: "Attainment <by rep> 达成",
      plots: [
        {
          kind: "c:barChart",
          dir: "col",
          series: [["Actual 实际", "'Goals 目标'!$A$2:$A$5", "'Goals 目标'!$C$2:$C$5"]],
        },
        {
          kind: "c:lineChart",
          dir: undefined,
          series: [["Target 目标", "'Goals 目标'!$A$2:$A$5", "'Goals 目标'!$B$2:$B$5"]],
        },
      ],
    });
    expect(summary("xl/charts/chart2.xml").plots).toEqual([
      {
        kind: "c:lineChart",
        dir: undefined,
        series: [
          ["Actual", "'Goals 目标'!$A$2:$A$5", "'Goals 目标'!$C$2:$C$5"],
          ["Expected", "'Goals 目标'!$A$2:$A$5", "'Goals 目标'!$D$2:$D$5"],
        ],
      },
    ]);
    expect(summary("xl/charts/chart3.xml").plots).toEqual([
      { kind: "c:barChart", dir: "bar", series: [["Count", "Funnel!$A$2:$A$3", "Funnel!$B$2:$B$3"]] },
    ]);
    expect(summary("xl/charts/chart4.xml").plots[0].series).toEqual([
      ["Target", "'Goals 目标'!$A$2:$A$5", "'Goals 目标'!$B$2:$B$5"],
    ]);
  });

  it("anchors the charts to their cells through the sheet's drawing and relationships", () => {
    const rels = (part: string) => {
      const slash = part.lastIndexOf("/");
      const root = parse(files.get(`${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`)!);
      return new Map(kids(root, "Relationship").map((r) => [r.attrs.Id, r.attrs]));
    };
    const types = parse(files.get("[Content_Types].xml")!);
    const override = (part: string) =>
      kids(types, "Override").find((o) => o.attrs.PartName === `/${part}`)?.attrs.ContentType;

    // ExcelJS names sheet parts in order; the goal sheet is sheet1, the funnel sheet2.
    const expected: Record<string, [string, string][]> = {
      "xl/worksheets/sheet1.xml": [
        ["F2", "M18"],
        ["F20", "M36"],
      ],
      "xl/worksheets/sheet2.xml": [
        ["D1", "J12"],
        ["D14", "J28"],
      ],
    };
    // 0-based column and row of a cell, worked out by hand: F2 -> (5, 1), M18 -> (12, 17) ...
    const zeroBased: Record<string, [number, number]> = {
      F2: [5, 1],
      M18: [12, 17],
      F20: [5, 19],
      M36: [12, 35],
      D1: [3, 0],
      J12: [9, 11],
      D14: [3, 13],
      J28: [9, 27],
    };
    for (const [sheetPart, anchors] of Object.entries(expected)) {
      const sheet = parse(files.get(sheetPart)!);
      const drawing = one(sheet, "drawing");
      // <drawing> comes before <tableParts> in CT_Worksheet's sequence.
      const names = sheet.children.map((c) => c.name);
      if (names.includes("tableParts"))
        expect(names.indexOf("drawing")).toBeLessThan(names.indexOf("tableParts"));
      const toDrawing = rels(sheetPart).get(drawing.attrs["r:id"])!;
      expect(toDrawing.Type).toBe(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
      );
      const drawingPart = `xl/${toDrawing.Target.replace("../", "")}`;
      expect(override(drawingPart)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
      const wsDr = parse(files.get(drawingPart)!);
      expect(wsDr.name).toBe("xdr:wsDr");
      const twoCell = kids(wsDr, "xdr:twoCellAnchor");
      expect(twoCell).toHaveLength(anchors.length);
      const drawingRels = rels(drawingPart);
      twoCell.forEach((anchor, k) => {
        const at = (edge: string): [number, number] => {
          const e = one(anchor, edge);
          return [Number(one(e, "xdr:col").text), Number(one(e, "xdr:row").text)];
        };
        expect(at("xdr:from")).toEqual(zeroBased[anchors[k][0]]);
        expect(at("xdr:to")).toEqual(zeroBased[anchors[k][1]]);
        const ref = one(one(one(one(anchor, "xdr:graphicFrame"), "a:graphic"), "a:graphicData"), "c:chart");
        const toChart = drawingRels.get(ref.attrs["r:id"])!;
        expect(toChart.Type).toBe(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
        );
        const chartPart = `xl/${toChart.Target.replace("../", "")}`;
        expect(files.has(chartPart)).toBe(true);
        expect(override(chartPart)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
      });
      // The table's own relationship is kept beside the drawing's.
      if (sheetPart.endsWith("sheet2.xml"))
        expect([...rels(sheetPart).values()].map((r) => r.Type.split("/").pop()).sort()).toEqual([
          "drawing",
          "table",
        ]);
    }
  });

  it("leaves a package without charts as ExcelJS wrote it, and ExcelJS still reads one with charts", async () => {
    const plain: WorkbookSpec = { sheets: [{ name: "A", blocks: [{ start: "A1", rows: [[1]] }] }] };
    const bytes = unzip(await writeXlsxBytes(plain));
    expect([...bytes.keys()].some((f) => f.includes("chart") || f.includes("drawing"))).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeXlsxBytes(spec())) as unknown as ArrayBuffer);
    expect(wb.getWorksheet(GOALS)!.getCell("A5").value).toBe("Di & Co");
  });
});

describeWithLibreOffice("charts in the .xlsx host, opened by LibreOffice", () => {
  it("keeps all four charts, with their series, when it saves the file again", async () => {
    const out = unzip(await convertedByLibreOffice(await writeXlsxBytes(spec()), "xlsx"));
    const charts = [...out.keys()].filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(4);
    const decode = (t: string) =>
      t
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
    const refs = charts.flatMap((c) =>
      [...out.get(c)!.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => decode(m[1])),
    );
    expect(refs).toEqual(expect.arrayContaining(["Funnel!$B$2:$B$3", "'Goals 目标'!$D$2:$D$5"]));
  }, 120_000);
});
