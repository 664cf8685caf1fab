/**
 * The incentive (commission) table generator: a PlanModel in, a WorkbookSpec out, with the Plan,
 * Calculation, Statements, Awards, Teams, Credit splits and Clawbacks sheets. Pure: no host, no I/O.
 */
import type { Locale } from "../../i18n";
import { IncentiveSheetTexts, incentiveTexts } from "../../i18n/sheets/incentives";
import type { PlanModel } from "../../kpi/plan/model";
import { ExistingNames, resolveNames } from "../../workbook/resolve";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";
import { buildCalcSheet } from "./calc-sheet";
import type { Grid } from "./grid";
import { addPayoutChart } from "./charts";
import { AwardsLayout, CalcLayout, TeamsLayout, awardsLayout, calcLayout, teamsLayout } from "./layout";
import { buildPlanSheet, PlanSheet } from "./plan-sheet";
import {
  buildClawbacksSheet,
  buildCreditsSheet,
  buildStatementsSheet,
  statementParts,
  statementPayableOffset,
  statementRows,
  statementsPrint,
} from "./statement-sheets";
import { StatementLimits, statementPlace } from "./statement-split";
import { buildAwardsSheet, buildTeamsSheet } from "./team-sheets";
import type { StatementDeals } from "./statement-deals";
import { buildReturnsSheet, defineReturnSources } from "./returns-sheet";
import { addQuotaCreditColumns } from "./quota-credit-columns";
import { hasQuotaCredit } from "../../kpi/plan/quota-credit";
import { INCENTIVE_MECHANICS_TEXTS } from "../../i18n/sheets/incentive-mechanics";
import { protectInputSheets } from "../protection";

export { buildPlanModel, planPeriods } from "./model";
export type { GoalQuotaSource, ModelSources, PlanModelOptions } from "./model";
export { repStatementWorkbooks } from "./statement-files";
export type { RepStatementFile, RepStatementInput } from "./statement-files";
export type { StatementDeal, StatementDeals } from "./statement-deals";

export interface IncentiveOptions {
  readonly locale?: Locale;
  /**
   * Sheets and names already in the workbook the sheets join (the demo, a live workbook): ours take
   * free names ("Awards (2)") and every formula follows; the layout reports the final names.
   */
  readonly existing?: ExistingNames;
  /** Actual cells written as formulas (CRM actuals: crm-actuals.ts), [rep][measure][period]. */
  readonly actualFormulas?: readonly (readonly (readonly (string | null)[])[])[];
  /**
   * With a password, the sheets that hold inputs (plan, calculation, credit splits, clawbacks,
   * returns) are protected with it, their input cells left editable; without one no sheet is protected.
   */
  readonly password?: string;
  /** The deals the CRM export credited (CrmActuals.statementDeals): each statement lists its rep's. */
  readonly statementDeals?: StatementDeals;
  /**
   * Tests only: the rows and page breaks a sheet of statements may take, lowered to split a small
   * team; Excel's (statement-split.ts) otherwise.
   */
  readonly statementLimits?: StatementLimits;
}

export type { ExistingNames };
export type { StatementLimits };

/** Where the generator put things: sheet names and positions (0-based), for tests, the demo and the pane. */
export interface IncentiveLayout {
  readonly sheets: {
    readonly plan: string;
    readonly calculation: string;
    /** The (first) sheet of pay statements. */
    readonly statements: string;
    /**
     * Every sheet of pay statements in order: one, or more for a team too large for one sheet
     * (statement-split.ts); statementAt finds a rep's.
     */
    readonly statementSheets: readonly string[];
    readonly awards: string | null;
    readonly teams: string;
    readonly credits: string;
    readonly clawbacks: string | null;
    /** Returns and credit memos (plans with returns). */
    readonly returns?: string | null;
  };
  readonly plan: Pick<PlanSheet, "repRow" | "col">;
  readonly calc: CalcLayout;
  readonly teams: TeamsLayout;
  readonly awards: AwardsLayout;
  /** Rows per statement block and the Payable line's offset below the block's header row. */
  readonly statement: { readonly rows: number; readonly payableOffset: number };
  /** The sheet of rep r's (0-based, roster order) statement and the 0-based row of its title. */
  readonly statementAt: (rep: number) => { readonly sheet: string; readonly row: number };
}

export interface IncentiveWorkbook {
  readonly spec: WorkbookSpec;
  readonly layout: IncentiveLayout;
}

/** The sheets of one incentive plan, to add to a workbook (or to a larger spec, as the demo does). */
export function generateIncentiveWorkbook(
  model: PlanModel,
  options: IncentiveOptions = {},
): IncentiveWorkbook {
  const locale = options.locale ?? "en-US";
  const texts = incentiveTexts(locale);
  const names = sheetNamesOf(model, texts, locale);
  const calc = calcLayout(model);
  const teams = teamsLayout(model);
  const awards = awardsLayout(model);
  const plan = buildPlanSheet(model, locale, texts);
  const calcGrid = buildCalcSheet(names.calculation, {
    model,
    texts,
    plan,
    layout: calc,
    teams,
    awards,
    sheetNames: { teams: names.teams, awards: names.awards ?? texts.sheet.awards },
    locale,
    ...(options.actualFormulas ? { actualFormulas: options.actualFormulas } : {}),
  });
  const teamsGrid = buildTeamsSheet(names.teams, model, texts, teams);
  const awardsGrid = names.awards
    ? buildAwardsSheet(names.awards, {
        model,
        texts,
        layout: awards,
        calc,
        teams,
        sheetNames: { calculation: names.calculation, teams: names.teams },
      })
    : null;
  const statements = buildStatementSheets(
    model,
    texts,
    { plan, calc, calcSheet: names.calculation },
    options,
  );
  const credits = buildCreditsSheet(names.credits, model, texts);
  if (hasQuotaCredit(model)) addQuotaCreditColumns(credits, model, locale);
  const clawbacks = names.clawbacks ? buildClawbacksSheet(names.clawbacks, model, texts) : null;
  const returns = names.returns ? buildReturnsSheet(names.returns, model, calc, locale) : null;
  if (returns) defineReturnSources(calcGrid, model, calc);

  const payout = addPayoutChart(calcGrid, model, calc, texts, locale);
  // The calc sheet prints at full size over pages across: its notes stay within the first page.
  calcGrid.spanNotesWithinPage();
  const sheets: SheetSpec[] = [
    plan.grid.toSheet({
      tabColor: "#1F4E79",
      // Full size; the reps table's further columns print on pages across, each with the rep column.
      print: { orientation: "landscape", titleColumns: "A:A" },
    }),
    calcGrid.toSheet({
      charts: payout.charts,
      tabColor: "#2E75B6",
      freeze: { rows: calc.headerRow + 1, columns: 4 },
      // At full size over pages across, each with the rep column and the header: thirty columns
      // fitted to one page wide printed at 2.7 pt.
      print: {
        orientation: "landscape",
        titleRows: `${calc.headerRow + 1}:${calc.headerRow + 1}`,
        titleColumns: "A:A",
        ...(payout.breakBefore !== undefined ? { breaksBefore: [payout.breakBefore] } : {}),
      },
    }),
    ...statements.grids.map((grid, i) =>
      grid.toSheet({
        tabColor: "#548235",
        // Each rep's statement on a page (a page per band) of its own, to be handed out or sent alone;
        // a longer one goes on over pages that each name the rep (statement-pages.ts).
        print: statementsPrint(model, texts, options.statementDeals, statements.parts[i]),
        // A sheet of a split team keeps the line that names its reps in view.
        ...(statements.parts[i].top > 0 ? { freeze: { rows: statements.parts[i].top, columns: 0 } } : {}),
      }),
    ),
  ];
  if (awardsGrid) sheets.push(tableSheet(awardsGrid, "#BF8F00", awards.headerRow + 1, 1));
  sheets.push(tableSheet(teamsGrid, "#7F6000", teams.headerRow + 1, 1));
  sheets.push(tableSheet(credits, "#C55A11", 4, 0));
  if (clawbacks) sheets.push(tableSheet(clawbacks, "#C00000", 4, 0));
  if (returns) sheets.push(tableSheet(returns, "#C00000", 4, 0));

  const grids = [
    plan.grid,
    calcGrid,
    ...statements.grids,
    awardsGrid,
    teamsGrid,
    credits,
    clawbacks,
    returns,
  ];
  const inputs = [names.plan, names.calculation, names.credits, names.clawbacks, names.returns];
  const requested: WorkbookSpec = {
    sheets: protectInputSheets(
      sheets,
      inputs.filter((n): n is string => n !== null),
      options.password,
    ),
    names: grids.flatMap((g) => (g ? g.names : [])),
    activate: names.plan,
  };
  const resolved = options.existing ? resolveNames(requested, options.existing) : null;
  const final = (name: string | null) =>
    name === null ? null : (resolved?.sheets.find((s) => s.requested === name)?.name ?? name);
  const statementSheets = statements.names.map((n) => final(n)!);
  const block = statementRows(model, texts, options.statementDeals);
  return {
    spec: resolved ? resolved.spec : requested,
    layout: {
      sheets: {
        plan: final(names.plan)!,
        calculation: final(names.calculation)!,
        statements: statementSheets[0],
        statementSheets,
        awards: final(names.awards),
        teams: final(names.teams)!,
        credits: final(names.credits)!,
        clawbacks: final(names.clawbacks),
        ...(names.returns ? { returns: final(names.returns) } : {}),
      },
      plan: { repRow: plan.repRow, col: plan.col },
      calc,
      teams,
      awards,
      statement: {
        rows: block,
        payableOffset: statementPayableOffset(model),
      },
      statementAt: (rep) => {
        const place = statementPlace(statements.parts, block, rep);
        return { sheet: statementSheets[place.part], row: place.row };
      },
    },
  };
}

/** The workbook's sheet names as requested (null: a sheet this plan does not need). */
function sheetNamesOf(model: PlanModel, texts: IncentiveSheetTexts, locale: Locale) {
  return {
    plan: texts.sheet.plan,
    calculation: texts.sheet.calculation,
    statements: texts.sheet.statements,
    awards: model.bestRep || model.bestTeam ? texts.sheet.awards : null,
    teams: texts.sheet.teams,
    credits: texts.sheet.credits,
    clawbacks: model.clawbackSchedule.length ? texts.sheet.clawbacks : null,
    returns: model.returns?.length ? INCENTIVE_MECHANICS_TEXTS[locale].returns.sheet : null,
  };
}

/** The team's pay statements: one sheet, or several past Excel's limits (statement-split.ts). */
function buildStatementSheets(
  model: PlanModel,
  texts: IncentiveSheetTexts,
  sources: { plan: PlanSheet; calc: CalcLayout; calcSheet: string },
  options: IncentiveOptions,
) {
  const parts = statementParts(model, texts, options.statementDeals, options.statementLimits);
  const names = parts.map((_, i) => (i === 0 ? texts.sheet.statements : texts.sheet.statementsPart(i + 1)));
  const grids = parts.map((part, i) =>
    buildStatementsSheet(
      names[i],
      {
        model,
        texts,
        ...sources,
        ...(options.statementDeals ? { deals: options.statementDeals } : {}),
      },
      part,
    ),
  );
  return { parts, names, grids };
}

/**
 * A table sheet: its header (1-based `headerRow`) frozen and repeated on every page, landscape, one
 * page wide while legible, else over pages across that each repeat the rep column (Grid.legiblePrint).
 */
function tableSheet(grid: Grid, tabColor: string, headerRow: number, frozenColumns: number): SheetSpec {
  return grid.toSheet({
    tabColor,
    freeze: { rows: headerRow, columns: frozenColumns },
    print: grid.legiblePrint(`${headerRow}:${headerRow}`, Math.max(1, frozenColumns)),
  });
}
