/** The worker's side of a recipe (spec-recipe.ts): the spec made again from the generator's inputs. */
import { generateIncentiveWorkbook } from "../../generators/incentives";
import type { WorkbookSpec } from "../../workbook/spec";
import type { SpecRecipe } from "./spec-recipe";

export function specOfRecipe(recipe: SpecRecipe): WorkbookSpec {
  // A switch over the kinds, so a new kind does not compile until it is made here.
  switch (recipe.kind) {
    case "incentives": {
      const team = generateIncentiveWorkbook(recipe.model, recipe.options).spec;
      return recipe.append.length ? { ...team, sheets: [...team.sheets, ...recipe.append] } : team;
    }
  }
}
