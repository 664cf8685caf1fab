/**
 * `sales-kit incentives --crm`: commission paid from a CRM export. The roster, plan and goal config
 * are read as without --crm; the export is imported as `sales-kit import` does, and the plan's CRM
 * measures read its data table by formula.
 */
import path from "path";
import { generateGoalWorkbook } from "../../generators/goals";
import type { IncentiveLayout } from "../../generators/incentives";
import { crmGoalActuals, importCrm, importSummary, looksLikeHeader } from "../../generators/crm";
import type { CrmTable, KpiLayout } from "../../generators/crm";
import { crmActualsIssues, crmMeasures } from "../../generators/incentives/crm-actuals";
import type { CrmActuals } from "../../generators/incentives/crm-actuals";
import {
  crmPeriodsOf,
  generateCrmIncentiveWorkbook,
  withIncentivePassword,
} from "../../generators/incentives/crm-workbook";
import { readTable } from "../../hosts/xlsx/read-table";
import type { Locale } from "../../i18n";
import type { PlanModel } from "../../kpi/plan/model";
import { CrmMapping, parseCrmMapping } from "../../schemas/crm-mapping";
import { isoFromSerial, serialFromYmd } from "../../schemas/dates";
import { InputIssue, SchemaResult, fail, formatIssue, ok } from "../../schemas/errors";
import type { Rep } from "../../schemas/roster";
import type { WorkbookSpec } from "../../workbook/spec";
import { CliContext, OptionValues } from "../command";
import { readConfigFile } from "../files";
import { MAX_EXPORT_BYTES, checkText, readInputBytes } from "../input-file";
import { passwordSetup } from "../options";
import { reportIssues } from "../report";
import { readRosterFile } from "../roster-file";
import { IncentiveFiles, loadIncentiveInputs } from "./incentives-inputs";
import { writeStatements, writeTeamWorkbook } from "./incentives-output";

/** The CRM export as a table and its mapping file (when given); every problem of both at once. */
async function readCrmExport(
  cwd: string,
  exportFile: string,
  mappingFile: string | undefined,
): Promise<SchemaResult<{ table: CrmTable; mapping: CrmMapping | undefined }>> {
  const issues: InputIssue[] = [];
  let mapping: CrmMapping | undefined;
  if (mappingFile !== undefined) {
    const data = readConfigFile(cwd, mappingFile);
    const parsed = data.ok ? parseCrmMapping(data.value, mappingFile) : data;
    if (parsed.ok) mapping = parsed.value;
    else issues.push(...parsed.issues);
  }
  const bytes = readInputBytes(cwd, exportFile, MAX_EXPORT_BYTES);
  if (!bytes.ok) return fail([...issues, ...bytes.issues]);
  // A zip is an .xlsx export; anything else must be text.
  const head = Buffer.from(bytes.value.subarray(0, 4)).toString("hex");
  const notText = head === "504b0304" || head === "d0cf11e0" ? null : checkText(bytes.value, exportFile);
  if (notText) return fail([...issues, notText]);
  const read = await readTable(bytes.value, {
    fileName: exportFile,
    isHeader: (cells) => looksLikeHeader(cells),
  });
  if (!read.ok) issues.push({ file: exportFile, field: "(file)", en: read.error.en, zh: read.error.zh });
  return issues.length || !read.ok ? fail(issues) : ok({ table: read.table, mapping });
}

function today(): number {
  const d = new Date();
  return serialFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export interface CrmIncentiveFiles extends IncentiveFiles {
  readonly crm: string;
  readonly mapping?: string;
}

export interface CrmIncentiveResult {
  readonly spec: WorkbookSpec;
  readonly model: PlanModel;
  readonly actuals: CrmActuals;
  readonly layout: IncentiveLayout;
  /** The sheet reconciling the export with the pay. */
  readonly commissionSheet: string;
  /** The CRM KPI sheet (kpiReference finds a rep's figure of a period). */
  readonly kpi: KpiLayout;
  /** Lines to print: the import in a line, rows not imported, rows and owners not paid. */
  readonly notes: readonly string[];
}

/**
 * `incentives --crm`: the roster, the plan (and goal config) as without it, the export imported as
 * `sales-kit import` does over the plan's pay periods, and one workbook in which the plan's CRM
 * measures read the data table by formula. Refused, naming file and field, when the export cannot pay
 * the measures (a collection without a payment date, another currency ...).
 */
export async function buildCrmIncentives(
  cwd: string,
  files: CrmIncentiveFiles,
  locale: Locale,
): Promise<SchemaResult<CrmIncentiveResult>> {
  const inputs = await loadIncentiveInputs(cwd, files, locale);
  const exported = await readCrmExport(cwd, files.crm, files.mapping);
  const roster = await readRosterFile(cwd, files.roster);
  if (!inputs.ok || !exported.ok || !roster.ok)
    return fail([...(inputs.ok ? [] : inputs.issues), ...(exported.ok ? [] : exported.issues)]);
  const { plan, model, goals } = inputs.value;
  const crmFile = path.basename(files.crm);
  const result = importCrm(exported.value.table, roster.value as Rep[], {
    locale,
    asOf: today(),
    periods: crmPeriodsOf(model),
    mapping: exported.value.mapping,
    ...(files.mapping !== undefined ? { mappingFile: files.mapping } : {}),
    file: crmFile,
  });
  if (!result.ok) return fail([...result.issues]);
  const issues = crmActualsIssues(plan, result.imported, model.currency, { plan: files.plan, crm: crmFile });
  if (issues.length) return fail(issues);
  const lead = goals
    ? generateGoalWorkbook(goals, { actualsFrom: crmGoalActuals(result.workbook.kpi) })
    : undefined;
  const built = generateCrmIncentiveWorkbook({
    model,
    measures: crmMeasures(plan),
    imported: result.imported,
    crm: result.workbook,
    locale,
    ...(lead ? { lead } : {}),
  });
  return ok({
    spec: built.spec,
    model: built.actuals.model,
    actuals: built.actuals,
    layout: built.layout,
    commissionSheet: built.commissionSheet,
    kpi: result.workbook.kpi,
    notes: crmNotes(result.imported, built.actuals, crmFile, locale === "zh-CN"),
  });
}

/** What the import and the pay left out, for the terminal (the workbook lists every row). */
function crmNotes(
  imported: Parameters<typeof importSummary>[0],
  actuals: CrmActuals,
  file: string,
  zh: boolean,
): string[] {
  const s = importSummary(imported);
  const profile = zh ? imported.profile.name.zh : imported.profile.name.en;
  const notes = [
    zh
      ? `${file}（${profile}）：读取 ${s.rowsRead} 行，导入 ${s.rowsImported} 行，未导入 ${s.rowsRejected} 行（见“导入报告”）\n`
      : `${file} (${profile}): ${s.rowsRead} rows read, ${s.rowsImported} imported, ${s.rowsRejected} not imported (see the import report)\n`,
  ];
  for (const i of imported.issues.filter((x) => x.severity === "error").slice(0, 5))
    notes.push(`  ${formatIssue(i, zh ? "zh-CN" : "en-US")}\n`);
  const money = (n: number) =>
    n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const model = actuals.model;
  if (actuals.outside.length) {
    const total = actuals.outside.reduce((a, o) => a + o.amount, 0);
    const first = isoFromSerial(model.periods[0].start);
    const last = isoFromSerial(model.periods[model.periods.length - 1].end);
    const rows = actuals.outside.map((o) => o.row).join(zh ? "、" : ", ");
    notes.push(
      zh
        ? `不在发放期（${first} 至 ${last}）内、不计发的行：${rows}（合计 ${money(total)}）\n`
        : `Rows outside the pay periods (${first} to ${last}), not paid: ${rows} (total ${money(total)})\n`,
    );
  }
  if (actuals.offRoster.length) {
    const list = actuals.offRoster
      .map((o) => `${o.owner} (${o.rows}, ${money(o.amount)})`)
      .join(zh ? "、" : ", ");
    notes.push(
      zh ? `不在名单中、不计发的负责人：${list}\n` : `Owners not on the roster, not paid: ${list}\n`,
    );
  }
  return notes;
}

/** The command with --crm: builds, writes the workbook (and statements) and says what was left out. */
export async function runWithCrm(
  values: OptionValues,
  context: CliContext,
  locale: Locale,
  crmFile: string,
  mappingFile: string | undefined,
): Promise<number> {
  const goalsFile = values.goals as string | undefined;
  const built = await buildCrmIncentives(
    context.cwd,
    {
      roster: values.roster as string,
      plan: values.config as string,
      crm: crmFile,
      ...(goalsFile !== undefined ? { goals: goalsFile } : {}),
      ...(mappingFile !== undefined ? { mapping: mappingFile } : {}),
    },
    locale,
  );
  if (!built.ok) return reportIssues(built.issues, context);
  const { model } = built.value;
  const protection = passwordSetup(values);
  const spec = withIncentivePassword(built.value.spec, built.value.layout, protection.password);
  const written = await writeTeamWorkbook(values, context, model.name, spec);
  if (!written.ok) return reportIssues(written.issues, context);
  const zh = context.locale === "zh-CN";
  const shown = written.value;
  const measures = built.value.actuals.measures
    .map((m) => model.measures[m.measure].id)
    .join(zh ? "、" : ", ");
  context.stdout(
    zh
      ? `已写入 ${shown}：${model.reps.length} 名销售人员 × ${model.periods.length} 个发放期；取自 CRM 导出的指标：${measures}\n`
      : `Wrote ${shown}: ${model.reps.length} reps x ${model.periods.length} pay periods; measures read from the CRM export: ${measures}\n`,
  );
  protection.note(context);
  for (const note of built.value.notes) context.stdout(note);
  return writeStatements(values, context, model, locale, built.value.actuals.statementDeals);
}
