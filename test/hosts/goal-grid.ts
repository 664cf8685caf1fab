/**
 * A goal sheet of any size: one row per rep, monthly targets and actuals for 12 months with totals,
 * attainment and a rating, in a table with totals. Used by the host tests and bench/hosts.bench.ts.
 */
import { CellInput, WorkbookSpec, columnLetter } from "../../src/workbook";

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const REGIONS = ["East", "West", "North", "South"];

/** Deterministic pseudo-random numbers (a linear congruential generator), so runs compare. */
function numbers(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Header row 1; reps in rows 2..reps+1; totals row below. Columns: Rep, Region, 12 targets, 12 actuals, totals. */
export function goalGridSpec(reps: number, sheetName = "Goals 2027"): WorkbookSpec {
  const rnd = numbers(reps);
  const targetCol = (m: number) => columnLetter(2 + m);
  const actualCol = (m: number) => columnLetter(14 + m);
  const header: CellInput[] = [
    "Rep",
    "Region",
    ...MONTHS.map((m) => `Target ${m}`),
    ...MONTHS.map((m) => `Actual ${m}`),
    "Target total",
    "Actual total",
    "Attainment",
    "Rating",
  ];
  const rows: CellInput[][] = [header];
  for (let i = 0; i < reps; i++) {
    const r = i + 2;
    rows.push([
      `Rep ${String(i + 1).padStart(4, "0")} 销售`,
      REGIONS[i % REGIONS.length],
      ...MONTHS.map(() => Math.round(50000 + rnd() * 50000)),
      ...MONTHS.map(() => Math.round(40000 + rnd() * 70000)),
      { formula: `=SUM(${targetCol(0)}${r}:${targetCol(11)}${r})` },
      { formula: `=SUM(${actualCol(0)}${r}:${actualCol(11)}${r})` },
      { formula: `=IFERROR(AB${r}/AA${r},0)` },
      { formula: `=IF(AC${r}>=1,"Met","Below")` },
    ]);
  }
  const last = reps + 1;
  rows.push(["Total"]);
  const lastCol = columnLetter(header.length - 1);
  return {
    sheets: [
      {
        name: sheetName,
        tabColor: "#2E75B6",
        blocks: [{ start: "A1", rows }],
        styles: [
          { range: `A1:${lastCol}1`, style: "header" },
          { range: `C2:Z${last}`, style: "input" },
          { range: `AA2:AD${last}`, style: "computed" },
          { range: `A${last + 1}:${lastCol}${last + 1}`, style: "total" },
        ],
        numberFormats: [
          { range: `C2:AB${last + 1}`, format: "#,##0" },
          { range: `AC2:AC${last + 1}`, format: "0.0%" },
        ],
        columns: [{ column: "A", width: 18 }],
        validations: [
          { range: `B2:B${last}`, rule: { type: "list", values: REGIONS } },
          {
            range: `C2:Z${last}`,
            rule: { type: "whole", min: 0 },
            errorMessage: "Enter a whole number from 0. 请输入不小于 0 的整数。",
          },
        ],
        conditionalFormats: [
          { type: "dataBar", range: `AC2:AC${last}`, color: "#5B9BD5" },
          {
            type: "cellValue",
            range: `AC2:AC${last}`,
            operator: "lessThan",
            values: [0.8],
            style: { fontColor: "#9C0006" },
          },
        ],
        tables: [
          {
            name: "GoalGrid",
            range: `A1:${lastCol}${last + 1}`,
            totals: Object.fromEntries([
              ...MONTHS.map((m) => [`Target ${m}`, "sum"]),
              ...MONTHS.map((m) => [`Actual ${m}`, "sum"]),
              ["Target total", "sum"],
              ["Actual total", "sum"],
              ["Attainment", "average"],
            ]),
          },
        ],
        freeze: { rows: 1, columns: 2 },
        protection: { allowSort: true, allowAutoFilter: true },
        print: { orientation: "landscape", fitToWidth: true, titleRows: "1:1" },
      },
    ],
    names: [{ name: "GoalTotal", refersTo: `='${sheetName}'!$AB$${last + 1}` }],
    activate: sheetName,
  };
}
