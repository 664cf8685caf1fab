/**
 * The fake's charts: Worksheet.charts.add (ExcelApi 1.1) with title, axis titles, legend and
 * position, and the series members Sales Kit sets (name 1.1; add, setValues, setXAxisValues,
 * chartType 1.7). A chart records where its data comes from as "Sheet!A1:B2", so a test sees the
 * references that were really passed.
 */
import { FakeOfficeError } from "./input";
import { FakeChart, FakeChartSeries, FakeSheet, areaAddress, cellKey, parseArea } from "./model";
import type { Queue } from "./objects";

/** The bits of a range or worksheet proxy a chart needs. */
export interface ChartRangeSource {
  readonly address: string;
  readonly sheet: { readonly path: string; resolve(): FakeSheet };
}

export interface ChartSheetSource {
  readonly path: string;
  resolve(): { charts: FakeChart[]; name: string };
}

const TYPES = new Set(["ColumnClustered", "BarClustered", "Line", "LineMarkers"]);

function refOf(range: ChartRangeSource): string {
  const areas = range.address.split(",");
  if (areas.length !== 1) throw new FakeOfficeError("InvalidArgument", "A chart source must be one area.");
  return `${range.sheet.resolve().name}!${areaAddress(parseArea(areas[0]))}`;
}

export class FakeChartCollection {
  constructor(
    private readonly q: Queue,
    private readonly ws: ChartSheetSource,
  ) {}
  add(type: string, source: ChartRangeSource, seriesBy = "Auto"): FakeChartProxy {
    const holder: { chart: FakeChart | null } = { chart: null };
    this.q.enqueue(`${this.ws.path}.charts`, "add", [type, source.address, seriesBy], () => {
      if (!TYPES.has(type))
        throw new FakeOfficeError("InvalidArgument", `Chart type "${type}" is not modelled.`);
      const sheet = this.ws.resolve();
      holder.chart = { type, source: refOf(source), seriesBy, series: [] };
      // Excel takes a source's first column as the categories when it holds text.
      const area = parseArea(source.address);
      const first = source.sheet.resolve().cells.get(cellKey(area.start.row, area.start.col))?.content;
      if (
        seriesBy === "Columns" &&
        area.end.col > area.start.col &&
        first &&
        "value" in first &&
        typeof first.value === "string"
      )
        holder.chart.textCategories = true;
      sheet.charts.push(holder.chart);
    });
    return new FakeChartProxy(this.q, holder);
  }
}

/** A title-like object whose `text` is queued; reading it unloaded fails as in Excel. */
function textSetter(q: Queue, path: string, set: (v: string) => void): { text: string } {
  return {
    set text(v: string) {
      q.enqueue(path, "text", [v], () => set(v));
    },
    get text(): string {
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'text' is not available.");
    },
  };
}

export class FakeChartProxy {
  readonly title: { text: string };
  readonly axes: {
    categoryAxis: { title: { text: string } };
    valueAxis: { title: { text: string }; numberFormat: string };
  };
  readonly legend: { position: string };
  readonly series: FakeChartSeriesCollection;

  constructor(
    private readonly q: Queue,
    private readonly holder: { chart: FakeChart | null },
  ) {
    const chart = (): FakeChart => {
      if (!holder.chart) throw new FakeOfficeError("InvalidObjectPath", "The chart was not added.");
      return holder.chart;
    };
    this.title = textSetter(q, "chart.title", (v) => (chart().title = v));
    const valueAxis = {
      title: textSetter(q, "chart.axes.valueAxis.title", (v) => (chart().valueAxisTitle = v)),
      set numberFormat(v: string) {
        q.enqueue("chart.axes.valueAxis", "numberFormat", [v], () => (chart().valueFormat = v));
      },
      get numberFormat(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'numberFormat' is not available.");
      },
    };
    this.axes = {
      categoryAxis: {
        title: textSetter(q, "chart.axes.categoryAxis.title", (v) => (chart().categoryAxisTitle = v)),
      },
      valueAxis,
    };
    this.legend = {
      set position(v: string) {
        q.enqueue("chart.legend", "position", [v], () => (chart().legend = v));
      },
      get position(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'position' is not available.");
      },
    };
    this.series = new FakeChartSeriesCollection(q, chart);
  }

  setPosition(start: string, end: string): void {
    this.q.enqueue("chart", "setPosition", [start, end], () => {
      if (!this.holder.chart) throw new FakeOfficeError("InvalidObjectPath", "The chart was not added.");
      parseArea(start);
      parseArea(end);
      this.holder.chart.position = [start, end];
    });
  }
}

/**
 * Series as Excel makes them from the source: one per column ("Columns") or row ("Rows"); with
 * "Auto" the fake takes columns. A first column of text is the categories. Added series start empty.
 */
class FakeChartSeriesCollection {
  constructor(
    private readonly q: Queue,
    private readonly chart: () => FakeChart,
  ) {}

  private seriesAt(index: number): FakeChartSeries {
    const chart = this.chart();
    if (chart.series.length === 0) {
      // Excel builds the source's series when the chart is made; the fake does it on first use.
      const [sheet, address] = [
        chart.source.slice(0, chart.source.lastIndexOf("!")),
        chart.source.slice(chart.source.lastIndexOf("!") + 1),
      ];
      const area = parseArea(address);
      const byRows = chart.seriesBy === "Rows";
      const first = (byRows ? area.start.row : area.start.col) + (chart.textCategories ? 1 : 0);
      const last = byRows ? area.end.row : area.end.col;
      for (let k = first; k <= last; k++) {
        const one = byRows
          ? { start: { row: k, col: area.start.col }, end: { row: k, col: area.end.col } }
          : { start: { row: area.start.row, col: k }, end: { row: area.end.row, col: k } };
        const categories = chart.textCategories
          ? `${sheet}!${areaAddress({ start: area.start, end: { row: area.end.row, col: area.start.col } })}`
          : undefined;
        chart.series.push({ values: `${sheet}!${areaAddress(one)}`, ...(categories ? { categories } : {}) });
      }
    }
    const s = chart.series[index];
    if (!s) throw new FakeOfficeError("ItemNotFound", `The chart has no series ${index}.`);
    return s;
  }

  getItemAt(index: number): FakeChartSeriesProxy {
    return new FakeChartSeriesProxy(this.q, () => this.seriesAt(index));
  }

  add(name?: string): FakeChartSeriesProxy {
    const holder: { series: FakeChartSeries | null } = { series: null };
    this.q.enqueue("chart.series", "add", [name], () => {
      this.seriesAt(0);
      holder.series = { name, values: "" };
      this.chart().series.push(holder.series);
    });
    return new FakeChartSeriesProxy(this.q, () => {
      if (!holder.series) throw new FakeOfficeError("InvalidObjectPath", "The series was not added.");
      return holder.series;
    });
  }
}

class FakeChartSeriesProxy {
  constructor(
    private readonly q: Queue,
    private readonly series: () => FakeChartSeries,
  ) {}
  set name(v: string) {
    this.q.enqueue("chart.series", "name", [v], () => (this.series().name = v));
  }
  get name(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "The property 'name' is not available.");
  }
  set chartType(v: string) {
    this.q.enqueue("chart.series", "chartType", [v], () => {
      if (!TYPES.has(v)) throw new FakeOfficeError("InvalidArgument", `Chart type "${v}" is not modelled.`);
      this.series().chartType = v;
    });
  }
  get chartType(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "The property 'chartType' is not available.");
  }
  setValues(range: ChartRangeSource): void {
    this.q.enqueue("chart.series", "setValues", [range.address], () => (this.series().values = refOf(range)));
  }
  setXAxisValues(range: ChartRangeSource): void {
    this.q.enqueue(
      "chart.series",
      "setXAxisValues",
      [range.address],
      () => (this.series().categories = refOf(range)),
    );
  }
}
