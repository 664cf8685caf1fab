/**
 * The CRM import end to end, pure: a table (from readTable or the pane) and a roster in, a
 * WorkbookSpec with the KPI, funnel, follow-up, data and report sheets out, or the bilingual
 * issues (and the mapping step) that stop it. Nothing is written by this module.
 */
import { Locale } from "../../i18n";
import { crmTexts } from "../../i18n/sheets/crm";
import type { CrmMapping } from "../../schemas/crm-mapping";
import { CrmPeriod, CrmTarget, monthPeriod, parseCrmPeriod, quarterPeriod } from "../../schemas/crm-import";
import type { CrmProfile } from "../../schemas/crm-profile";
import { ymdFromSerial } from "../../schemas/dates";
import type { InputIssue } from "../../schemas/errors";
import type { Rep } from "../../schemas/roster";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";
import { fitWrappedRows } from "../../workbook/fit-rows";
import { DataLayout, buildDataSheet } from "./data-sheet";
import { buildFollowUpSheet } from "./follow-up-sheet";
import { HistoryLayout, HistoryRow, appendSnapshot, buildHistorySheet, crmSnapshot } from "./history";
import { historyTexts } from "../../i18n/sheets/history";
import { withFunnelCharts } from "./funnel-charts";
import { FunnelLayout, buildFunnelSheet } from "./funnel-sheet";
import { withFunnelNames, withHistoryNames } from "./layout-names";
import { KpiGoalLinks, KpiLayout, buildKpiSheet } from "./kpi-sheet";
import { NormalizedImport, normalizeRecords } from "./normalize";
import { OPEN, RecordColumns } from "./records";
import { MappingStep, readableTable, recognize } from "./recognize";
import { buildReportSheet } from "./report-sheet";
import type { CrmTable } from "./table";

export interface CrmWorkbookOptions {
  readonly locale: Locale;
  /** KPI periods; default: the latest quarter with closed deals, then its months. */
  readonly periods?: readonly CrmPeriod[];
  /** As-of date of the follow-up list (Excel serial). */
  readonly asOf: number;
  readonly targets?: readonly CrmTarget[];
  /** Targets from a goal sheet in the same workbook (goalTargetLinks); typed-in targets fill the rest. */
  readonly goalLinks?: KpiGoalLinks;
  /** The history carried over from an earlier workbook: this import's snapshot is appended to it. */
  readonly history?: readonly HistoryRow[];
}

export interface CrmWorkbook {
  readonly spec: WorkbookSpec;
  readonly periods: readonly CrmPeriod[];
  readonly data: DataLayout;
  readonly kpi: KpiLayout;
  readonly funnel: FunnelLayout | null;
  /** The history sheet: the earlier snapshots and this import's. */
  readonly history: HistoryLayout;
  readonly historyRows: readonly HistoryRow[];
}

/** The quarter holding the latest close date of a won or lost record (else asOf), then its three months. */
export function defaultPeriods(records: RecordColumns, asOf: number): CrmPeriod[] {
  let latest = -Infinity;
  for (let i = 0; i < records.length; i++) {
    // NaN (no close date) is never greater.
    if (records.outcome[i] !== OPEN && records.closeDate[i] > latest) latest = records.closeDate[i];
  }
  const { year, month } = ymdFromSerial(Number.isFinite(latest) ? latest : asOf);
  const q = Math.floor((month - 1) / 3) + 1;
  const first = (q - 1) * 3 + 1;
  return [
    quarterPeriod(year, q),
    monthPeriod(year, first),
    monthPeriod(year, first + 1),
    monthPeriod(year, first + 2),
  ];
}

function sourceText(imported: NormalizedImport, locale: Locale): string {
  const name = locale === "zh-CN" ? imported.profile.name.zh : imported.profile.name.en;
  return imported.file ? `${imported.file} (${name})` : name;
}

/** Builds the workbook of an import already normalised (the pane shows the report first). */
export function buildCrmWorkbook(imported: NormalizedImport, options: CrmWorkbookOptions): CrmWorkbook {
  const texts = crmTexts(options.locale);
  const periods = options.periods?.length
    ? options.periods
    : defaultPeriods(imported.recordColumns, options.asOf);
  const { sheet: dataSheet, layout: data } = buildDataSheet(imported, texts);
  const { sheet: kpiSheet, layout: kpi } = buildKpiSheet({
    imported,
    data,
    periods,
    targets: options.targets ?? [],
    ...(options.goalLinks ? { goalLinks: options.goalLinks } : {}),
    texts,
    source: sourceText(imported, options.locale),
  });
  let funnel: FunnelLayout | null = null;
  const sheets: SheetSpec[] = [kpiSheet];
  if (imported.kind === "deals" && imported.stages.length) {
    const built = buildFunnelSheet({ imported, data, texts });
    sheets.push(
      withFunnelNames(withFunnelCharts(built.sheet, built.layout, texts, options.locale), built.layout),
    );
    funnel = built.layout;
  }
  sheets.push(buildFollowUpSheet(imported.recordColumns, imported.roster, options.asOf, texts));
  sheets.push(dataSheet);
  sheets.push(buildReportSheet(imported, texts, options.locale, options.asOf));
  const historyRows = appendSnapshot(options.history ?? [], crmSnapshot(imported, periods, options.asOf));
  const history = buildHistorySheet(historyRows, historyTexts(options.locale), periods[0].label);
  sheets.push(withHistoryNames(history.sheet, history.layout));
  return {
    spec: { sheets: sheets.map(fitWrappedRows), activate: kpiSheet.name },
    periods,
    data,
    kpi,
    funnel,
    history: history.layout,
    historyRows,
  };
}

export interface ImportCrmOptions extends CrmWorkbookOptions {
  readonly file?: string;
  readonly mapping?: CrmMapping;
  /** The mapping's file, named by the issues about what the mapping says. */
  readonly mappingFile?: string;
  readonly profiles?: readonly CrmProfile[];
}

export type ImportCrmResult =
  | { readonly ok: true; readonly imported: NormalizedImport; readonly workbook: CrmWorkbook }
  | { readonly ok: false; readonly issues: readonly InputIssue[]; readonly step?: MappingStep };

/**
 * Recognise, normalise, build. Fails (nothing to write) when the columns need a mapping, when the
 * mapping names unknown reps, or when no row could be read; bad rows alone do not fail the import:
 * they are listed in the report.
 */
export function importCrm(
  table: CrmTable,
  roster: readonly Rep[],
  options: ImportCrmOptions,
): ImportCrmResult {
  const where = options.file !== undefined ? { file: options.file } : {};
  const recognition = recognize(table, {
    mapping: options.mapping,
    profiles: options.profiles,
    file: options.file,
    mappingFile: options.mappingFile,
  });
  if (!recognition.ok) return { ok: false, issues: recognition.issues, step: recognition.step };
  // The same rows recognize read: a file without a header row starts at its first row.
  const imported = normalizeRecords(
    readableTable(table, options.profiles),
    recognition.mapping,
    roster,
    where,
  );
  const fatal: InputIssue[] = imported.issues
    .filter((i) => i.field === "owners")
    .map(({ severity: _s, value: _v, ...rest }) => rest);
  if (fatal.length) return { ok: false, issues: fatal };
  if (!imported.recordColumns.length) {
    const first = imported.issues.slice(0, 5).map(({ severity: _s, value: _v, ...rest }) => rest);
    return {
      ok: false,
      issues: [
        {
          ...where,
          field: "(file)",
          en: `no row could be read (${imported.rowsRead} rows in the file)`,
          zh: `没有可读取的行（文件中共 ${imported.rowsRead} 行）`,
        },
        ...first,
      ],
    };
  }
  return { ok: true, imported, workbook: buildCrmWorkbook(imported, options) };
}

/** Periods from their texts; issues name the text that is not a period. */
export function parsePeriods(texts: readonly string[]): { periods: CrmPeriod[]; issues: InputIssue[] } {
  const periods: CrmPeriod[] = [];
  const issues: InputIssue[] = [];
  for (const text of texts) {
    const p = parseCrmPeriod(text);
    if (p) periods.push(p);
    else {
      issues.push({
        field: "period",
        fieldZh: "期间",
        en: `"${text}" is not a period: write 2027-Q1, 2027-H1, 2027-03, 2027 or 2027-01-15..2027-02-14`,
        zh: `“${text}”不是期间：请写成 2027-Q1、2027-H1、2027-03、2027 或 2027-01-15..2027-02-14`,
      });
    }
  }
  return { periods, issues };
}
