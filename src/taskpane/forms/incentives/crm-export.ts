/**
 * The incentive form's CRM export in browser mode: the export file (and an optional column mapping,
 * as `--mapping` gives it) read as `sales-kit incentives --crm` reads them, and the pay built by the
 * CLI's own path (importCrm over the plan's pay periods, crmActualsIssues, generateCrmIncentiveWorkbook),
 * so the download is the workbook the command writes for the same roster, plan and export.
 */
import { importCrm, importSummary } from "../../../generators/crm";
import type { CrmTable, NormalizedImport } from "../../../generators/crm";
import { crmActualsIssues, crmMeasures } from "../../../generators/incentives/crm-actuals";
import {
  CrmIncentiveWorkbook,
  crmPeriodsOf,
  generateCrmIncentiveWorkbook,
} from "../../../generators/incentives/crm-workbook";
import type { Locale } from "../../../i18n";
import type { PlanModel } from "../../../kpi/plan/model";
import type { CrmMapping } from "../../../schemas/crm-mapping";
import type { InputIssue } from "../../../schemas/errors";
import type { IncentivePlan } from "../../../schemas/incentive-plan";
import type { Rep } from "../../../schemas/roster";

export interface CrmExportFile {
  readonly fileName: string;
  readonly table: CrmTable;
}

export interface CrmMappingFile {
  readonly fileName: string;
  readonly mapping: CrmMapping;
}

export type CrmExportPay =
  | {
      readonly ok: true;
      readonly built: CrmIncentiveWorkbook;
      readonly imported: NormalizedImport;
    }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * The team workbook paid from the export, as `incentives --crm` builds it: the export imported over
 * the plan's pay periods (as of `asOf`, the CLI's today), refused with the import's or the pay's
 * issues (a missing owner or amount column, a 回款 measure without payment dates ...).
 */
export function payFromExport(
  exported: CrmExportFile,
  mapping: CrmMappingFile | null,
  plan: IncentivePlan,
  model: PlanModel,
  roster: readonly Rep[],
  locale: Locale,
  asOf: number,
): CrmExportPay {
  const result = importCrm(exported.table, roster, {
    locale,
    asOf,
    periods: crmPeriodsOf(model),
    file: exported.fileName,
    ...(mapping ? { mapping: mapping.mapping, mappingFile: mapping.fileName } : {}),
  });
  if (!result.ok) return { ok: false, issues: result.issues };
  const issues = crmActualsIssues(plan, result.imported, model.currency, { crm: exported.fileName });
  if (issues.length) return { ok: false, issues };
  const built = generateCrmIncentiveWorkbook({
    model,
    measures: crmMeasures(plan),
    imported: result.imported,
    crm: result.workbook,
    locale,
  });
  return { ok: true, built, imported: result.imported };
}

/** The figures of the import's summary line (the CLI prints the same). */
export function exportCounts(imported: NormalizedImport) {
  const s = importSummary(imported);
  return { read: s.rowsRead, imported: s.rowsImported, rejected: s.rowsRejected };
}
