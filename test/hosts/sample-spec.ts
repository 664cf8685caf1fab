/**
 * A goal sheet that uses every feature of the WorkbookSpec, shared by the host tests. The expected
 * values of its formulas are worked out by hand in SAMPLE_EXPECTED.
 */
import type { CellInput, WorkbookSpec } from "../../src/workbook";

export const GOALS = "Goals 2027-Q1";

/** Rep, region, target, actual, start date (Excel serial: 46388 = 2027-01-01). */
export const REPS: [string, string, number, number, number][] = [
  ["Li Wei 李伟", "East", 100000, 120000, 46388],
  ["Zhang Min", "West", 100000, 80000, 46388],
  ["Chen Jie", "East", 120000, 130000, 46419],
  ["Wang Fang", "North", 90000, 45000, 46447],
  ["Liu Yang", "West", 0, 10000, 46447],
];

export function sampleSpec(): WorkbookSpec {
  const repRows: CellInput[][] = REPS.map(([name, region, target, actual, start], i) => {
    const r = i + 4;
    return [
      name,
      region,
      target,
      actual,
      { formula: `=IFERROR(D${r}/C${r},0)` },
      { formula: `=IF(E${r}>=1,"Met 达成","Below 未达成")` },
      start,
    ];
  });
  return {
    sheets: [
      {
        name: GOALS,
        tabColor: "#1F4E79",
        blocks: [
          { start: "A1", rows: [["Goals 2027-Q1 / 2027 年第一季度目标"]] },
          { start: "A2", rows: [[{ text: "=Targets are firm; review monthly. 目标刚性,每月回顾。" }]] },
          {
            start: "A3",
            rows: [
              ["Rep", "Region", "Target", "Actual", "Attainment", "Rating", "Start"],
              ...repRows,
              ["Total 合计"],
            ],
          },
          {
            start: "I3",
            rows: [
              ["Check", "Value"],
              ["East actual", { formula: '=SUMIFS(GoalTable[Actual],GoalTable[Region],"East")' }],
              ["Best West", { formula: '=MAXIFS(GoalTable[Actual],GoalTable[Region],"West")' }],
              ["Rate for row 4", { formula: "=VLOOKUP(E4,Tiers,2,TRUE)" }],
              ["Bonus row 4", { formula: "=D4*Bonus" }],
              ["Cross-sheet", { formula: "=Rates!B3*2" }],
              ["Quoted self", { formula: "='Goals 2027-Q1'!C4+1" }],
              ["Working days Q1", { formula: "=NETWORKDAYS(DATE(2027,1,1),DATE(2027,3,31),Holidays)" }],
              ["Review date", { formula: "=EDATE(G4,3)" }],
              ["Text result", { formula: '=IFS(E4>1,"above",TRUE,"not")' }],
            ],
          },
        ],
        styles: [
          { range: "A1", style: "title" },
          { range: "A2", style: "note" },
          { range: "A3:G3", style: "header" },
          { range: "C4:D8", style: "input" },
          { range: "E4:F8", style: "computed" },
          { range: "A9:G9", style: "total" },
          { range: "I3:J3", style: "header" },
        ],
        numberFormats: [
          { range: "C4:D9", format: "#,##0" },
          { range: "E4:E9", format: "0.0%" },
          { range: "G4:G8", format: "yyyy-mm-dd" },
          { range: "J11", format: "yyyy-mm-dd" },
        ],
        columns: [
          { column: "A", width: 22 },
          { column: "B", width: 10 },
          { column: "C", width: 14 },
          { column: "H", width: 2, hidden: true },
        ],
        rows: [
          { row: 1, height: 24 },
          { row: 2, height: 30 },
        ],
        merges: ["A1:G1", "A2:G2"],
        wrap: ["A2"],
        validations: [
          {
            range: "B4:B8",
            rule: { type: "list", values: ["East", "West", "North"] },
            inputTitle: "Region 区域",
            inputMessage: "Pick a region. 请选择区域。",
            errorTitle: "Unknown region 未知区域",
            errorMessage: "Choose East, West or North. 请选择 East、West 或 North。",
          },
          {
            range: "C4:C8",
            rule: { type: "whole", min: 0 },
            errorMessage: "Whole number from 0. 须为不小于 0 的整数。",
          },
          { range: "D4:D8", rule: { type: "decimal", min: 0, max: 1e9 }, allowBlank: false },
          { range: "G4:G8", rule: { type: "date", min: 46388, max: 46752 } },
          { range: "F4:F8", rule: { type: "listSource", source: "=Lists!$A$1:$A$2" } },
        ],
        conditionalFormats: [
          {
            type: "cellValue",
            range: "E4:E8",
            operator: "greaterThanOrEqual",
            values: [1],
            style: { fill: "#C6EFCE", fontColor: "#006100" },
          },
          {
            type: "expression",
            range: "A4:A8",
            formula: "=$E4<0.8",
            style: { fontColor: "#9C0006", bold: true },
          },
          { type: "dataBar", range: "D4:D8", color: "#5B9BD5" },
          { type: "colorScale", range: "E4:E8", colors: ["#F8696B", "#FFEB84", "#63BE7B"] },
          { type: "iconSet", range: "E4:E8", icons: "3TrafficLights", thresholds: [0.8, 1] },
          {
            type: "cellValue",
            range: "C4:C8",
            operator: "between",
            values: [0, "=Rates!$B$3*1000000"],
            style: { fill: "#FFEB9C" },
          },
        ],
        tables: [
          {
            name: "GoalTable",
            range: "A3:G9",
            totals: { Target: "sum", Actual: "sum", Attainment: "average", Rep: "none" },
          },
        ],
        names: [{ name: "Bonus", refersTo: "=0.05", comment: "Bonus rate on actual sales" }],
        freeze: { rows: 3, columns: 1 },
        protection: { unlocked: ["G4:G8"], allowSort: true, allowAutoFilter: true },
        print: {
          orientation: "landscape",
          fitToWidth: true,
          titleRows: "3:3",
          area: "A1:G9",
          breaksBefore: [6, 8],
        },
        showGridlines: false,
      },
      {
        name: "Rates",
        blocks: [
          {
            start: "A1",
            rows: [
              ["From", "Rate"],
              [0, 0],
              [0.8, 0.02],
              [1, 0.05],
              [1.2, 0.08],
            ],
          },
          { start: "D1", rows: [["Holidays"], [46388], [46430]] },
          {
            start: "F1",
            rows: [
              ["Region", "Actual"],
              ["East", { formula: "=SUMIFS('Goals 2027-Q1'!D4:D8,'Goals 2027-Q1'!B4:B8,F2)" }],
              ["West", { formula: "=SUMIFS('Goals 2027-Q1'!D4:D8,'Goals 2027-Q1'!B4:B8,F3)" }],
            ],
          },
        ],
        numberFormats: [{ range: "D2:D3", format: "yyyy-mm-dd" }],
        charts: [
          {
            type: "column",
            categories: "F2:F3",
            series: [{ name: "Actual 实际", values: "G2:G3" }],
            title: "Actual by region 各区域实际",
            valueAxisTitle: "Amount 金额",
            from: "I2",
            to: "P16",
          },
        ],
      },
      { name: "Lists", blocks: [{ start: "A1", rows: [["Met 达成"], ["Below 未达成"]] }] },
    ],
    names: [
      { name: "Tiers", refersTo: "=Rates!$A$2:$B$5" },
      { name: "Holidays", refersTo: "=Rates!$D$2:$D$3" },
    ],
    activate: GOALS,
  };
}

/** Expected values, worked out by hand from REPS and the rate table. */
export const SAMPLE_EXPECTED: Record<string, number | string> = {
  // Attainment = actual / target; Liu Yang's target is 0, so IFERROR gives 0.
  E4: 1.2,
  E5: 0.8,
  E6: 130000 / 120000,
  E7: 0.5,
  E8: 0,
  F4: "Met 达成",
  F5: "Below 未达成",
  F6: "Met 达成",
  // Totals row: SUBTOTAL sums and averages the table columns.
  C9: 410000,
  D9: 385000,
  E9: (1.2 + 0.8 + 130000 / 120000 + 0.5 + 0) / 5,
  A9: "Total 合计",
  // East: 120000 + 130000; best West: max(80000, 10000).
  J4: 250000,
  J5: 80000,
  // E4 = 1.2 sits on the top tier's lower bound: 8%.
  J6: 0.08,
  // 120000 * 0.05
  J7: 6000,
  // Rates!B3 = 0.02
  J8: 0.04,
  J9: 100001,
  // Q1 2027 has 64 weekdays (Jan 21, Feb 20, Mar 23); holidays 2027-01-01 (Fri) and 2027-02-12 (Fri).
  J10: 62,
  // Three months after 2027-01-01 is 2027-04-01: serial 46388 + 31 + 28 + 31.
  J11: 46478,
  J12: "above",
};
