/**
 * Golden WorkbookSpec files for two small fixed plans, rendered as text a reviewer can read: every
 * cell's value or formula, the style and number format ranges, names, validations and layout.
 * A missing or changed golden file fails; UPDATE_GOLDEN=1 rewrites it for review in the diff.
 */
import fs from "fs";
import path from "path";
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { cellAddress } from "../../../src/workbook/a1";
import { CellInput, WorkbookSpec, isFormula, isText } from "../../../src/workbook/spec";
import { validateWorkbookSpec } from "../../../src/workbook/validate";
import { planModel, roster } from "../../kpi/plan/worked-examples";
import { richPlan } from "./rich-plan";

const GOLDEN = path.join(__dirname, "golden");

function show(cell: CellInput): string {
  if (isFormula(cell)) return cell.formula;
  if (isText(cell)) return `text ${JSON.stringify(cell.text)}`;
  return JSON.stringify(cell);
}

/** The spec as lines: per sheet its cells in reading order, then its formats and features. */
export function renderSpec(spec: WorkbookSpec): string {
  const out: string[] = [];
  for (const sheet of spec.sheets) {
    out.push(`== Sheet "${sheet.name}"`);
    const features = {
      tabColor: sheet.tabColor,
      freeze: sheet.freeze,
      print: sheet.print,
      columns: sheet.columns?.map((c) => `${c.column}=${c.width}`).join(" "),
    };
    out.push(`layout: ${JSON.stringify(features)}`);
    for (const block of sheet.blocks) {
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== null && cell !== undefined && cell !== "")
            out.push(`${cellAddress(r, c)}: ${show(cell)}`);
        }),
      );
    }
    for (const s of sheet.styles ?? []) out.push(`style ${s.range}: ${s.style}`);
    for (const f of sheet.numberFormats ?? []) out.push(`format ${f.range}: ${f.format}`);
    for (const m of sheet.merges ?? []) out.push(`merge ${m}`);
    for (const h of sheet.rows ?? []) out.push(`row ${h.row}: height ${h.height}`);
    for (const v of sheet.validations ?? []) out.push(`validation ${v.range}: ${JSON.stringify(v.rule)}`);
    for (const c of sheet.conditionalFormats ?? []) out.push(`conditional ${JSON.stringify(c)}`);
    for (const c of sheet.charts ?? []) out.push(`chart ${JSON.stringify(c)}`);
  }
  out.push("== Names");
  for (const n of spec.names ?? []) out.push(`${n.name} ${n.refersTo}`);
  out.push(`activate: ${spec.activate}`);
  return out.join("\n") + "\n";
}

/** Two reps, two months, one tiered measure: the smallest useful plan. */
function simplePlan() {
  return planModel(
    {
      name: "Inside sales",
      currency: "USD",
      period: { start: "2027-01", months: 2 },
      measures: [
        {
          id: "bookings",
          name: "Bookings",
          quota: 50000,
          payout: {
            type: "tiers",
            tiers: [
              { from: 0, rate: 0.04 },
              { from: 50000, rate: 0.08 },
            ],
          },
        },
      ],
      draw: { amount: 1500, recoverable: true },
      actuals: [
        { rep: "Alex", measure: "bookings", values: [42000, 61000] },
        { rep: "Sam", measure: "bookings", values: [55000, 20000] },
      ],
    },
    roster("Alex", "Sam"),
  );
}

const CASES = [
  {
    file: "simple-plan.en-US.txt",
    spec: () => generateIncentiveWorkbook(simplePlan(), { locale: "en-US" }).spec,
  },
  {
    file: "rich-plan.zh-CN.txt",
    spec: () => generateIncentiveWorkbook(richPlan(), { locale: "zh-CN" }).spec,
  },
];

describe("incentive workbook golden files", () => {
  for (const c of CASES) {
    it(`${c.file} matches the generated spec`, () => {
      const spec = c.spec();
      expect(validateWorkbookSpec(spec)).toEqual([]);
      const text = renderSpec(spec);
      const file = path.join(GOLDEN, c.file);
      if (process.env.UPDATE_GOLDEN === "1") {
        fs.mkdirSync(GOLDEN, { recursive: true });
        fs.writeFileSync(file, text);
      }
      if (!fs.existsSync(file)) {
        throw new Error(
          `${c.file} is missing: run with UPDATE_GOLDEN=1, then read the file before committing it.`,
        );
      }
      expect(text).toBe(fs.readFileSync(file, "utf8"));
    });
  }
});
