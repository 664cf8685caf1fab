// Generated from catalogue.ts by scripts/functions/generate.cjs: edit the catalogue, then run
// `node scripts/functions/generate.cjs`. One line per function: the math lives in src/kpi.
// Result types are spelled out because the metadata generator does not resolve aliases;
// `any[][]` is the only spelling it turns into a spilling (matrix) result.
import * as core from "../kpi";
import { scalar } from "./excel-result";

/**
 * Goal attainment as a fraction: 1 means the target is met exactly, 1.2 means 120%.
 * @customfunction ATTAINMENT
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#attainment
 * @param actual The actual result.
 * @param target The target; 0 gives #DIV/0!.
 * @param [direction] "higher" (default) when more is better, "lower" when less is better (cost, churn).
 * @returns 1.44M against a 1.2M target: 120% attained.
 */
export function attainment(actual: number, target: number, direction?: string): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.attainment(actual, target, direction ?? null));
}
