/**
 * One workbook from a CRM export and an incentive plan: the incentive sheets, whose CRM measures'
 * actuals are SUMIFS over the imported data table, then the CRM import's sheets (KPIs, data, import
 * report ...), then the sheet that reconciles the export with the pay. Pure: the CLI and the pane
 * both call it.
 */
import type { Locale } from "../../i18n";
import { crmCommissionTexts } from "../../i18n/sheets/crm-commission";
import type { PlanModel } from "../../kpi/plan/model";
import type { CrmPeriod } from "../../schemas/crm-import";
import type { WorkbookSpec } from "../../workbook/spec";
import { protectInputSheets, withPassword } from "../protection";
import type { CrmWorkbook } from "../crm/generate";
import type { NormalizedImport } from "../crm/normalize";
import { CrmActuals, CrmMeasure, buildCrmCommissionSheet, crmActuals } from "./crm-actuals";
import { IncentiveLayout, generateIncentiveWorkbook } from "./index";
import { calcLayout } from "./layout";

/** The plan's pay periods as the periods of the CRM KPI sheet (same labels, same days). */
export function crmPeriodsOf(model: PlanModel): CrmPeriod[] {
  return model.periods.map((p) => ({ label: p.label, start: p.start, end: p.end }));
}

export interface CrmIncentiveInput {
  /** The plan resolved for the roster the export was imported with. */
  readonly model: PlanModel;
  /** The measures that read the export (crmMeasures(plan)); crmActualsIssues(...) found nothing. */
  readonly measures: readonly CrmMeasure[];
  readonly imported: NormalizedImport;
  /** The CRM import's workbook (buildCrmWorkbook / importCrm), best with periods crmPeriodsOf(model). */
  readonly crm: CrmWorkbook;
  readonly locale: Locale;
  /**
   * Sheets that lead the workbook and keep their names, e.g. the goal sheets whose monthly actuals
   * read the KPI sheet (generateGoalWorkbook(goals, { actualsFrom: crmGoalActuals(crm.kpi) })).
   */
  readonly lead?: WorkbookSpec;
}

export interface CrmIncentiveWorkbook {
  readonly spec: WorkbookSpec;
  readonly layout: IncentiveLayout;
  /** The model the sheets compute (CRM actuals in place), for the engine, and the rows not paid. */
  readonly actuals: CrmActuals;
  /** The reconciliation sheet's name. */
  readonly commissionSheet: string;
}

function freeName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let k = 2; ; k++) {
    const candidate = `${name} (${k})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

export function generateCrmIncentiveWorkbook(input: CrmIncentiveInput): CrmIncentiveWorkbook {
  const { model, measures, imported, crm, locale } = input;
  const actuals = crmActuals(model, measures, imported, crm.data, calcLayout(model), locale);
  const crmSpec = crm.spec;
  const lead = input.lead?.sheets ?? [];
  const kept = [...lead, ...crmSpec.sheets];
  const keptNames = [...(input.lead?.names ?? []), ...(crmSpec.names ?? [])];
  const existing = {
    sheets: kept.map((s) => s.name),
    tables: kept.flatMap((s) => (s.tables ?? []).map((t) => t.name)),
    names: keptNames.map((n) => n.name),
  };
  const incentives = generateIncentiveWorkbook(actuals.model, {
    locale,
    existing,
    actualFormulas: actuals.formulas,
    statementDeals: actuals.statementDeals,
  });
  const taken = [...existing.sheets, ...incentives.spec.sheets.map((s) => s.name)];
  const commissionSheet = freeName(crmCommissionTexts(locale).sheet, taken);
  const grid = buildCrmCommissionSheet(commissionSheet, {
    actuals,
    data: crm.data,
    calc: incentives.layout.calc,
    calcSheet: incentives.layout.sheets.calculation,
    locale,
  });
  const names = [...(incentives.spec.names ?? []), ...keptNames];
  return {
    spec: {
      sheets: [
        ...lead,
        ...incentives.spec.sheets,
        grid.toSheet({ tabColor: "#7F7F7F", print: grid.legiblePrint() }),
        ...crmSpec.sheets,
      ],
      ...(names.length ? { names } : {}),
      ...(incentives.spec.activate ? { activate: incentives.spec.activate } : {}),
    },
    layout: incentives.layout,
    actuals,
    commissionSheet,
  };
}

/**
 * The CRM workbook with a password (`--password`, the pane's password field): its goal sheets
 * (protected as generated) and the incentive input sheets locked with it; the CRM sheets stay as the
 * import writes them.
 */
export function withIncentivePassword(
  spec: WorkbookSpec,
  layout: IncentiveLayout,
  password: string | undefined,
): WorkbookSpec {
  if (!password) return spec;
  const s = layout.sheets;
  const inputs = [s.plan, s.calculation, s.credits, s.clawbacks, s.returns ?? null];
  const sheets = protectInputSheets(
    spec.sheets,
    inputs.filter((n): n is string => n !== null),
    password,
  );
  return { ...spec, sheets: withPassword(sheets, password) };
}
