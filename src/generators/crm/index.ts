/** CRM import: recognise an export, normalise its rows, build the KPI workbook (all pure). */
export { importCrm, buildCrmWorkbook, defaultPeriods, parsePeriods } from "./generate";
export type { CrmWorkbook, CrmWorkbookOptions, ImportCrmOptions, ImportCrmResult } from "./generate";
export { recognize, looksLikeHeader, mappingStep, mappingFromChoices, headerParts } from "./recognize";
export type { ColumnBinding, MappingStep, MappingStepField, Recognition, ResolvedMapping } from "./recognize";
export { normalizeRecords } from "./normalize";
export { recordAt } from "./records";
export type { CrmRecord, ImportedText, OwnerEntry, RecordColumns, StageEntry } from "./records";
export type { ImportIssue, NormalizedImport, StageInfo, UnknownOwner } from "./normalize";
export { importSummary } from "./report-sheet";
export type { ImportSummary } from "./report-sheet";
export { kpiReference } from "./kpi-sheet";
export {
  CRM_GOAL_METRICS,
  crmGoalActuals,
  goalTargetLinks,
  linkedGoalMetrics,
  revenueMetric,
} from "./goal-actuals";
export type { KpiGoalLinks, KpiLayout, KpiMetric } from "./kpi-sheet";
export {
  actualsOutcome,
  goalActualsFill,
  goalKpiPeriods,
  goalSheetBlock,
  isEmptyCell,
  matchGoalSheet,
} from "./goal-sheet-link";
export type {
  ActualLink,
  ActualsFill,
  ActualsOutcome,
  GoalSheetMatch,
  GoalSheetMismatch,
  SheetBlock,
  SheetGrid,
} from "./goal-sheet-link";
export type { FunnelLayout } from "./funnel-sheet";
export type { DataLayout } from "./data-sheet";
export { overdueRecords } from "./follow-up-sheet";
export { sampleExportCsv, sampleExportTable } from "./sample-export";
export type { SampleExportOptions } from "./sample-export";
export { BUILT_IN_PROFILES, SHARED_WORDS, profileById } from "./profiles";
export type { CrmTable, CrmTableRow, RawCell } from "./table";
export {
  HISTORY_COLUMNS,
  appendSnapshot,
  buildHistorySheet,
  crmSnapshot,
  historyRowsFromGrid,
  isHistorySheetName,
  snapshotDates,
} from "./history";
export type { HistoryLayout, HistoryRead, HistoryRow } from "./history";
