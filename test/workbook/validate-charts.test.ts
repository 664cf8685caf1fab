/** The spec checker's chart rules: each bad field named by its path, in English and Chinese. */
import { ChartSpec, WorkbookSpec, validateWorkbookSpec } from "../../src/workbook";

const GOOD: ChartSpec = {
  type: "combo",
  title: "Attainment",
  categories: "A2:A5",
  series: [
    { name: "Actual", values: "C2:C5" },
    { name: "Target", values: "'Other sheet'!$B$2:$B$5", as: "line" },
  ],
  from: "F2",
  to: "M18",
};

function issues(chart: ChartSpec) {
  const spec: WorkbookSpec = {
    sheets: [
      { name: "Goals", blocks: [{ start: "A1", rows: [["x"]] }], charts: [chart] },
      { name: "Other sheet", blocks: [] },
    ],
  };
  return validateWorkbookSpec(spec);
}

describe("chart checks", () => {
  it("accepts a combo chart with references on its own sheet and another", () => {
    expect(issues(GOOD)).toEqual([]);
  });

  it.each<[string, Partial<ChartSpec>, string, RegExp]>([
    ["an unknown type", { type: "pie" as ChartSpec["type"] }, "type", /之一/],
    ["categories that are a block", { categories: "A2:B5" }, "categories", /单行或单列/],
    ["a sheet not in the spec", { categories: "'Nope'!A2:A5" }, "categories", /不是本描述中的工作表/],
    ["a reference that is not one", { categories: "A2:" }, "categories", /不是引用/],
    ["no series", { series: [] }, "series", /数据系列/],
    ["an empty title", { title: " " }, "title", /文本/],
    ["a corner above the start", { to: "E1" }, "to", /右下方/],
    ["a bad anchor", { from: "F" }, "from", /单元格/],
  ])("names %s", (_, change, field, zh) => {
    const found = issues({ ...GOOD, ...change });
    expect(found).toEqual([expect.objectContaining({ path: `sheets[0].charts[0].${field}` })]);
    expect(found[0].zh).toMatch(zh);
    expect(found[0].en.length).toBeGreaterThan(5);
  });

  it("wants series as long as the categories, and a combo with both columns and a line", () => {
    expect(issues({ ...GOOD, series: [{ name: "A", values: "C2:C4" }, GOOD.series[1]] })).toEqual([
      expect.objectContaining({
        path: "sheets[0].charts[0].series[0].values",
        en: "has 3 cells but the categories have 4",
      }),
    ]);
    expect(issues({ ...GOOD, series: [GOOD.series[0]] }).map((i) => i.path)).toEqual([
      "sheets[0].charts[0].series",
    ]);
    expect(issues({ ...GOOD, type: "column" }).map((i) => i.path)).toEqual([
      "sheets[0].charts[0].series[1].as",
    ]);
    expect(
      issues({ ...GOOD, series: [{ ...GOOD.series[0], name: "" }, GOOD.series[1]] }).map((i) => i.path),
    ).toEqual(["sheets[0].charts[0].series[0].name"]);
  });
});
