/**
 * What the download worker needs to make a spec again itself. A spec whose rows are made on demand
 * (lazy bands: incentive sheets of 60,000 rows and more, src/workbook/blocks.ts) holds functions,
 * which postMessage cannot copy, and making its rows into arrays to send them would cost the pane
 * the memory the lazy rows save (a 10,000-rep workbook holds about 0.9 G characters of formulas).
 * Such a spec carries its recipe: the generator's inputs, plain data, which the worker posts instead
 * and from which it makes the same spec (recipe-spec.ts) and streams the file, as for any other.
 * Types only here, so the pane's bundle gains no generator through this module.
 */
import type { PlanModel } from "../../kpi/plan/model";
import type { IncentiveOptions } from "../../generators/incentives";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";

/** `generateIncentiveWorkbook(model, options)`, with plain sheets added after the generated ones. */
export interface IncentiveRecipe {
  readonly kind: "incentives";
  readonly model: PlanModel;
  readonly options: IncentiveOptions;
  /** Plain sheets (no lazy rows) that follow the generated ones: the CRM reconciliation. */
  readonly append: readonly SheetSpec[];
}

export type SpecRecipe = IncentiveRecipe;

const RECIPES = new WeakMap<WorkbookSpec, SpecRecipe>();

/**
 * Records that `recipe` makes `spec` (recipe-spec.ts must give an equal spec from it) and returns
 * the spec. Keyed by the spec object: a copy of the spec has no recipe, and is built where it is.
 */
export function withRecipe(spec: WorkbookSpec, recipe: SpecRecipe): WorkbookSpec {
  RECIPES.set(spec, recipe);
  return spec;
}

export function recipeOf(spec: WorkbookSpec): SpecRecipe | undefined {
  return RECIPES.get(spec);
}
