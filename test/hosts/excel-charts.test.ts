/**
 * Charts through the Excel host, on the fake Excel: a combo chart (columns with a target line) whose
 * series come from another sheet, drawn in the same round trips as the rest of the write, each series
 * pointed at the cells the spec names.
 */
import { applyWorkbookSpec } from "../../src/hosts/excel";
import type { WorkbookSpec } from "../../src/workbook";
import { FakeExcel } from "../support/fake-excel";

const SPEC: WorkbookSpec = {
  sheets: [
    {
      name: "Goals 目标",
      blocks: [
        {
          start: "A1",
          rows: [
            ["Rep", "Target", "Actual"],
            ["Ann", 100, 80],
            ["Bo", 120, 130],
          ],
        },
      ],
    },
    {
      name: "Board",
      blocks: [{ start: "A1", rows: [["Weekly"]] }],
      charts: [
        {
          type: "combo",
          title: "Actual against target",
          categories: "'Goals 目标'!A2:A3",
          series: [
            { name: "Actual", values: "'Goals 目标'!C2:C3" },
            { name: "Target", values: "'Goals 目标'!$B$2:$B$3", as: "line" },
          ],
          categoryAxisTitle: "Rep",
          valueAxisTitle: "Amount",
          valueFormat: "#,##0",
          from: "B3",
          to: "J20",
        },
      ],
    },
  ],
};

describe("charts through the Excel host", () => {
  it("draws a combo from another sheet's cells, the target as a line, within the write's syncs", async () => {
    const fake = new FakeExcel();
    const result = await fake.run((ctx) =>
      applyWorkbookSpec(ctx as unknown as Excel.RequestContext, SPEC, {
        isSetSupported: fake.isSetSupported,
      }),
    );
    // The same three round trips as a write without charts (see excel-host.test.ts): read, write,
    // recalculate.
    expect(result.syncs).toBe(3);
    expect(result.skipped).toEqual([]);
    const board = fake.snapshot().sheets.find((s) => s.name === "Board")!;
    expect(board.charts).toEqual([
      {
        type: "ColumnClustered",
        source: "Goals 目标!C2:C3",
        seriesBy: "Columns",
        series: [
          { name: "Actual", values: "Goals 目标!C2:C3", categories: "Goals 目标!A2:A3" },
          {
            name: "Target",
            values: "Goals 目标!B2:B3",
            categories: "Goals 目标!A2:A3",
            chartType: "LineMarkers",
          },
        ],
        title: "Actual against target",
        categoryAxisTitle: "Rep",
        valueAxisTitle: "Amount",
        valueFormat: "#,##0",
        legend: "Bottom",
        position: ["B3", "J20"],
      },
    ]);
  });
});
