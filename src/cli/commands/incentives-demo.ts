/**
 * The incentive sheets of the demo workbook, built from examples/incentives/demo-plan.yaml.
 */
import path from "path";
import { ExistingNames, GoalQuotaSource, generateIncentiveWorkbook } from "../../generators/incentives";
import type { DataLayout, NormalizedImport } from "../../generators/crm";
import { crmActuals } from "../../generators/incentives/crm-actuals";
import { calcLayout } from "../../generators/incentives/layout";
import type { Locale } from "../../i18n";
import { SchemaResult, ok } from "../../schemas/errors";
import type { WorkbookSpec } from "../../workbook/spec";
import { loadIncentivePlan } from "./incentives-inputs";

/** The CRM import the demo's commission reads: its records and where its data table is. */
export interface DemoCrmSource {
  readonly imported: NormalizedImport;
  readonly data: DataLayout;
}

/**
 * The demo's incentive sheets: the 12-rep sample team (examples/goals/roster.csv) on the demo plan;
 * given the demo's goal sheet, the quotas of measures with quotaFrom "goal" link to its targets. Given
 * the demo's CRM import, the revenue measure is paid on it (as crm: amount): each actual is a SUMIFS
 * of the rep's won deals of the month in the CRM data table, in place of the plan's sample actuals.
 */
export async function buildIncentiveDemoSheets(
  examples: string,
  locale: Locale,
  existing: ExistingNames = { sheets: [], tables: [], names: [] },
  goals?: GoalQuotaSource,
  crm?: DemoCrmSource,
): Promise<SchemaResult<WorkbookSpec>> {
  const loaded = await loadIncentivePlan(
    examples,
    path.join("goals", "roster.csv"),
    path.join("incentives", "demo-plan.yaml"),
    goals ? { goals } : {},
  );
  if (!loaded.ok) return loaded;
  // Sheets and names already in the demo keep theirs; ours move aside, formulas follow.
  if (!crm) return ok(generateIncentiveWorkbook(loaded.value, { locale, existing }).spec);
  const revenue = loaded.value.measures.findIndex((m) => m.id === "revenue");
  const actuals = crmActuals(
    loaded.value,
    [{ measure: revenue, field: "amount" }],
    crm.imported,
    crm.data,
    calcLayout(loaded.value),
    locale,
  );
  return ok(
    generateIncentiveWorkbook(actuals.model, { locale, existing, actualFormulas: actuals.formulas }).spec,
  );
}
