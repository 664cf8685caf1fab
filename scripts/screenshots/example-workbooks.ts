/**
 * The workbooks the README pictures show, built from the repository's examples the way a user
 * would get them: the goal sheets of examples/goals with two months of actuals typed in, and the
 * commission tables of examples/incentives/plan.yaml (which carries its own actuals).
 */
import fs from "fs";
import path from "path";
import YAML from "yaml";
import { generateGoalWorkbook } from "../../src/generators/goals";
import { buildPlanModel, generateIncentiveWorkbook } from "../../src/generators/incentives";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { validateGoalInput } from "../../src/schemas/goals";
import { parseIncentivePlan } from "../../src/schemas/incentive-plan";
import { parseRosterCsv } from "../../src/schemas/roster";

const ROOT = path.resolve(__dirname, "../..");

function roster() {
  const parsed = parseRosterCsv(
    fs.readFileSync(path.join(ROOT, "examples/goals/roster.csv"), "utf8"),
    "roster.csv",
  );
  if (!parsed.ok) throw new Error(`examples/goals/roster.csv: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

export interface ExampleWorkbook {
  readonly file: string;
  readonly data: Buffer;
  /** The sheet to picture. */
  readonly sheet: string;
}

/** examples/goals/goals.yaml, as of mid-February, with January and half of February sold. */
export async function goalExample(): Promise<ExampleWorkbook> {
  const reps = roster();
  const config = YAML.parse(fs.readFileSync(path.join(ROOT, "examples/goals/goals.yaml"), "utf8")) as Record<
    string,
    unknown
  >;
  // Made-up sales so the sheet shows pace and status: each rep's own mix of strong and weak months.
  const actuals: Record<string, Record<string, number[]>> = {};
  reps.forEach((rep, i) => {
    const factor = [1.15, 0.95, 0.8, 1.05, 0.6, 1.3][i % 6];
    actuals[rep.name] = {
      revenue: [Math.round(330000 * factor), Math.round(120000 * factor)],
      newCustomers: [Math.round(6 * factor), Math.round(2 * factor)],
      conversionRate: [Number((0.17 * factor).toFixed(3)), Number((0.15 * factor).toFixed(3))],
    };
  });
  const plan = validateGoalInput(reps, { ...config, asOf: "2027-02-15", actuals });
  if (!plan.ok) throw new Error(`examples/goals/goals.yaml: ${JSON.stringify(plan.issues)}`);
  const spec = generateGoalWorkbook(plan.value, { locale: "en-US" });
  return {
    file: "goal-sheet.xlsx",
    data: await writeXlsx(spec),
    sheet: spec.activate ?? spec.sheets[0].name,
  };
}

/** examples/incentives/plan.yaml on the example roster. */
export async function commissionExample(): Promise<ExampleWorkbook> {
  const data: unknown = YAML.parse(fs.readFileSync(path.join(ROOT, "examples/incentives/plan.yaml"), "utf8"));
  const plan = parseIncentivePlan(data, { file: "plan.yaml" });
  if (!plan.ok) throw new Error(`examples/incentives/plan.yaml: ${JSON.stringify(plan.issues)}`);
  const model = buildPlanModel(plan.value, roster());
  if (!model.ok) throw new Error(`examples/incentives/plan.yaml: ${JSON.stringify(model.issues)}`);
  const { spec, layout } = generateIncentiveWorkbook(model.value, { locale: "en-US" });
  return { file: "commission-table.xlsx", data: await writeXlsx(spec), sheet: layout.sheets.calculation };
}
