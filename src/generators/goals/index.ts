/**
 * Goal sheets (目标表): a validated GoalPlan -> a WorkbookSpec with the goals sheet, the scorecard,
 * team and manager roll-ups, the settings and the ramp sheet. Pure: no I/O, native formulas only.
 */
import type { Locale } from "../../i18n";
import type { GoalPlan } from "../../schemas/goals";
import type { WorkbookSpec } from "../../workbook/spec";
import { GoalActualsSource, goalContext } from "./context";
import { goalsSheet } from "./goals-sheet";
import { rampSheet } from "./ramp-sheet";
import { scorecardSheet } from "./scorecard-sheet";
import { settingsSheet } from "./settings-sheet";
import { teamsSheet } from "./teams-sheet";
import { withPassword } from "../protection";

export interface GoalSheetOptions {
  /** Language of the sheets; default: the plan's. */
  readonly locale?: Locale;
  /**
   * Link the monthly actuals to another sheet of the workbook (the CRM KPI sheet of the same
   * period): each cell it names becomes a formula pointing there, the others stay inputs.
   */
  readonly actualsFrom?: GoalActualsSource;
  /**
   * Password of the sheets' protection (default none: the protection guides input). Excel's sheet
   * protection is not encryption: it keeps formulas from being overwritten, not figures from being read.
   */
  readonly password?: string;
}

export function generateGoalWorkbook(plan: GoalPlan, options: GoalSheetOptions = {}): WorkbookSpec {
  const ctx = goalContext(plan, options.locale ?? plan.locale, options.actualsFrom);
  const sheets = [goalsSheet(ctx), scorecardSheet(ctx), teamsSheet(ctx), settingsSheet(ctx), rampSheet(ctx)];
  return {
    sheets: withPassword(sheets, options.password),
    activate: ctx.layout.names.goals,
  };
}

export { goalLayout } from "./layout";
export type { GoalLayout, GoalsColumns } from "./layout";
export { teamsLayout, ROLLUP } from "./teams-sheet";
export { goalContext } from "./context";
export type { GoalActualsSource } from "./context";
export { lineTargets, rampFactor, fullTarget } from "./targets";
export { smartStatement, compactNumber, signedPercent } from "./smart";
