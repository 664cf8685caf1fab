/**
 * `sales-kit incentives`: a roster and an incentive plan (JSON or YAML) in, a commission workbook
 * (.xlsx) out. Problems name the file, the line of the plan (or the row of the roster) and the field.
 * With --goals, the goal sheets of that config (same roster) lead the workbook and the quotas of
 * measures with quotaFrom "goal" are formulas on their monthly targets.
 * Also builds the incentive sheets of the demo workbook from examples/incentives/demo-plan.yaml.
 */
import path from "path";
import YAML from "yaml";
import { generateGoalWorkbook, goalLayout } from "../../generators/goals";
import {
  ExistingNames,
  GoalQuotaSource,
  IncentiveLayout,
  PlanModelOptions,
  buildPlanModel,
  generateIncentiveWorkbook,
  repStatementWorkbooks,
} from "../../generators/incentives";
import { writeXlsx } from "../../hosts/xlsx/write";
import { readTable } from "../../hosts/xlsx/read-table";
import { crmGoalActuals, importCrm, importSummary, looksLikeHeader } from "../../generators/crm";
import type { CrmTable } from "../../generators/crm";
import { crmActuals, crmActualsIssues, crmMeasures } from "../../generators/incentives/crm-actuals";
import { calcLayout } from "../../generators/incentives/layout";
import type { DataLayout, KpiLayout, NormalizedImport } from "../../generators/crm";
import type { CrmActuals } from "../../generators/incentives/crm-actuals";
import type { StatementDeals } from "../../generators/incentives/statement-deals";
import {
  crmPeriodsOf,
  generateCrmIncentiveWorkbook,
  withIncentivePassword,
} from "../../generators/incentives/crm-workbook";
import { CrmMapping, parseCrmMapping } from "../../schemas/crm-mapping";
import { isoFromSerial, serialFromYmd } from "../../schemas/dates";
import type { Rep } from "../../schemas/roster";
import { MAX_EXPORT_BYTES, checkText, readInputBytes } from "../input-file";
import type { Locale } from "../../i18n";
import type { PlanModel, PlanPeriod } from "../../kpi/plan/model";
import { ymdFromSerial } from "../../schemas/dates";
import { formatIssue } from "../../schemas/errors";
import { InputIssue, SchemaResult, fail, ok } from "../../schemas/errors";
import type { GoalPlan } from "../../schemas/goals";
import { IncentivePlan, parseIncentivePlan } from "../../schemas/incentive-plan";
import type { WorkbookSpec } from "../../workbook/spec";
import { CliContext, Command, EXIT_OK, OptionValues } from "../command";
import { displayPath, parseConfigText, readConfigFile, readTextFile, writeOutputFolder } from "../files";
import { writeWorkbookFile } from "../workbook-file";
import {
  LOCALE_FROM_LANG,
  configOption,
  forceOption,
  localeOption,
  passwordOption,
  passwordSetup,
  rosterOption,
  workbookOutOption,
} from "../options";
import { reportIssues } from "../report";
import { readRosterFile } from "../roster-file";
import { BAD_LOCALE, ROSTER_AND_CONFIG_REQUIRED, unexpectedArgument, usageError } from "../usage";
import { loadGoalPlan } from "./goals";

/**
 * "credits[0].shares[1].rep" -> ["credits", 0, "shares", 1, "rep"]; the goal config's
 * 'targets["Li Wei"].revenue' -> ["targets", "Li Wei", "revenue"].
 */
function pathOfField(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.matchAll(/\["([^"]*)"\]|([^.[\]]+)|\[(\d+)\]/g))
    out.push(m[1] !== undefined ? m[1] : m[3] !== undefined ? Number(m[3]) : m[2]);
  return out;
}

/**
 * The 1-based line of a field in a YAML or JSON text: the deepest node of the path that exists
 * (a missing field points at its parent). Undefined when the text has no such node.
 */
export function lineOfField(text: string, field: string): number | undefined {
  const lines = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines });
  let path = pathOfField(field);
  while (path.length) {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]).line;
    path = path.slice(0, -1);
  }
  return undefined;
}

/** Adds the line of the plan file to every issue about it. */
function withLines(issues: InputIssue[], file: string, text: string): InputIssue[] {
  return issues.map((issue) => {
    if (issue.file !== file || issue.row !== undefined) return issue;
    const row = lineOfField(text, issue.field);
    return row === undefined ? issue : { ...issue, row };
  });
}

/** Reads and checks the plan file; its problems carry their line. */
function readPlanFile(cwd: string, planFile: string): SchemaResult<{ plan: IncentivePlan; text: string }> {
  const text = readTextFile(cwd, planFile);
  if (!text.ok) return text;
  const data = parseConfigText(text.value, planFile);
  if (!data.ok) return data;
  const plan = parseIncentivePlan(data.value, { file: planFile });
  return plan.ok
    ? ok({ plan: plan.value, text: text.value })
    : fail(withLines(plan.issues, planFile, text.value));
}

/** Reads the roster and the plan, validates both (every problem of both files at once) and resolves them. */
export async function loadIncentivePlan(
  cwd: string,
  rosterFile: string,
  planFile: string,
  options: PlanModelOptions = {},
): Promise<SchemaResult<PlanModel>> {
  const roster = await readRosterFile(cwd, rosterFile);
  const plan = readPlanFile(cwd, planFile);
  if (!roster.ok || !plan.ok)
    return fail([...(roster.ok ? [] : roster.issues), ...(plan.ok ? [] : plan.issues)]);
  const model = buildPlanModel(plan.value.plan, roster.value, { planFile, rosterFile }, options);
  return model.ok ? model : fail(withLines(model.issues, planFile, plan.value.text));
}

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

/** What the command writes from: the plan, resolved, and the goal plan its goal-linked quotas point at. */
export interface IncentiveInputs {
  readonly plan: IncentivePlan;
  readonly model: PlanModel;
  /** Null without --goals. */
  readonly goals: GoalPlan | null;
}

export interface IncentiveFiles {
  readonly roster: string;
  readonly plan: string;
  readonly goals?: string;
}

type Month = { readonly year: number; readonly month: number };

/** The calendar months of a pay period. */
function monthsOf(period: PlanPeriod): Month[] {
  const first = ymdFromSerial(period.start);
  const last = ymdFromSerial(period.end);
  const out: Month[] = [];
  for (let i = first.year * 12 + first.month - 1; i <= last.year * 12 + last.month - 1; i++)
    out.push({ year: Math.floor(i / 12), month: (i % 12) + 1 });
  return out;
}

/**
 * Whether the goal period holds every month of the pay period: only then does the model take the
 * quota from the goal sheet (otherwise the plan's quota stands).
 */
function coveredByGoals(goals: GoalPlan, period: PlanPeriod): boolean {
  return monthsOf(period).every((m) =>
    goals.period.months.some((g) => g.year === m.year && g.month === m.month),
  );
}

const goalLinked = (plan: IncentivePlan) => plan.measures.filter((m) => m.quotaFrom === "goal");

/** Without a goal config, a measure that asks for goal quotas would silently pay on its plan quota. */
function noGoalsIssues(plan: IncentivePlan, planFile: string): InputIssue[] {
  return plan.measures.flatMap((m, i) =>
    m.quotaFrom === "goal"
      ? [
          {
            file: planFile,
            field: `measures[${i}].quotaFrom`,
            en: `measure "${m.id}" (${m.name}) takes its quotas from the goal sheet (quotaFrom: goal), but no goal config was given: add --goals <goals.yaml> (a goal config for the same roster), or set quotaFrom: plan to pay on its quota of ${m.quota}`,
            zh: `指标 “${m.id}”（${m.name}）的个人指标取自目标表（quotaFrom: goal），但未指定目标配置：请加上 --goals <goals.yaml>（同一名单的目标配置），或改为 quotaFrom: plan，按其 quota ${m.quota} 计算`,
          },
        ]
      : [],
  );
}

/** A goal period that covers no pay period in full links no quota at all: certainly not what was meant. */
function uncoveredIssues(
  plan: IncentivePlan,
  model: PlanModel,
  goals: GoalPlan,
  files: { plan: string; goals: string },
): InputIssue[] {
  const ids = goalLinked(plan).map((m) => `"${m.id}"`);
  if (!ids.length || model.periods.some((p) => coveredByGoals(goals, p))) return [];
  const first = model.periods[0].label;
  const last = model.periods[model.periods.length - 1].label;
  return [
    {
      file: files.plan,
      field: "period",
      en: `the quotas of ${ids.join(", ")} come from the goal sheet, but the goal period ${goals.period.label} of ${files.goals} covers none of the plan's pay periods (${first} to ${last}) in full`,
      zh: `指标 ${ids.join("、")} 的个人指标取自目标表，但 ${files.goals} 的考核期 ${goals.period.label} 未完整覆盖方案的任何一个发放期（${first} 至 ${last}）`,
    },
  ];
}

/** Adds the line of the goal config to its problems (when the file can be read). */
function goalIssuesWithLines(cwd: string, goalsFile: string, issues: InputIssue[]): InputIssue[] {
  const text = readTextFile(cwd, goalsFile);
  return text.ok ? withLines(issues, goalsFile, text.value) : issues;
}

/**
 * Reads the roster, the plan and (with `files.goals`) the goal config for the same roster in `locale`,
 * checks them all and resolves the plan, its goal-linked quotas on the goal plan's targets. Every
 * problem of every file comes back at once: the plan is checked against the roster even when the goal
 * config has problems.
 */
export async function loadIncentiveInputs(
  cwd: string,
  files: IncentiveFiles,
  locale: Locale,
): Promise<SchemaResult<IncentiveInputs>> {
  const issues: InputIssue[] = [];
  const roster = await readRosterFile(cwd, files.roster);
  if (!roster.ok) issues.push(...roster.issues);
  const plan = readPlanFile(cwd, files.plan);
  if (!plan.ok) issues.push(...plan.issues);
  const goalsFile = files.goals;
  let goals: GoalPlan | null = null;
  if (goalsFile !== undefined) {
    // One roster for both, so the goal sheet's reps are the Plan sheet's; its problems are listed once.
    const loaded = await loadGoalPlan(cwd, files.roster, goalsFile, { locale });
    if (loaded.ok) goals = loaded.plan;
    else
      issues.push(
        ...goalIssuesWithLines(
          cwd,
          goalsFile,
          loaded.issues.filter((i) => roster.ok || i.file !== files.roster),
        ),
      );
  } else if (plan.ok) {
    issues.push(...withLines(noGoalsIssues(plan.value.plan, files.plan), files.plan, plan.value.text));
  }
  if (!roster.ok || !plan.ok) return fail(issues);
  const model = buildPlanModel(
    plan.value.plan,
    roster.value,
    { planFile: files.plan, rosterFile: files.roster },
    goals ? { goals: { plan: goals, layout: goalLayout(goals, goals.locale) } } : {},
  );
  if (!model.ok) return fail([...issues, ...withLines(model.issues, files.plan, plan.value.text)]);
  if (goals && goalsFile !== undefined)
    issues.push(
      ...withLines(
        uncoveredIssues(plan.value.plan, model.value, goals, { plan: files.plan, goals: goalsFile }),
        files.plan,
        plan.value.text,
      ),
    );
  return issues.length ? fail(issues) : ok({ plan: plan.value.plan, model: model.value, goals });
}

/**
 * The goal sheets, then the incentive sheets; the goal sheets keep their names (the quota formulas
 * point at them) and the incentive sheets and names step aside for any they take.
 */
function goalAndIncentiveSpec(
  model: PlanModel,
  goals: GoalPlan,
  locale: Locale,
  password: string | undefined,
): WorkbookSpec {
  const goalSpec = generateGoalWorkbook(goals, password ? { password } : {});
  const existing: ExistingNames = {
    sheets: goalSpec.sheets.map((s) => s.name),
    tables: goalSpec.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name)),
    names: (goalSpec.names ?? []).map((n) => n.name),
  };
  const incentives = generateIncentiveWorkbook(model, {
    locale,
    existing,
    ...(password ? { password } : {}),
  }).spec;
  const names = [...(goalSpec.names ?? []), ...(incentives.names ?? [])];
  return {
    sheets: [...goalSpec.sheets, ...incentives.sheets],
    ...(names.length ? { names } : {}),
    // The command's own sheets open first.
    ...(incentives.activate ? { activate: incentives.activate } : {}),
  };
}

/**
 * What the goal sheet does not decide, said after writing: pay periods outside the goal period and reps
 * not on the goal sheet (they start after it) keep the plan's quotas of the goal-linked measures.
 */
function goalNotes(inputs: IncentiveInputs, zh: boolean): string[] {
  const { plan, model, goals } = inputs;
  const linked = goalLinked(plan);
  if (!goals || !linked.length) return [];
  const sheet = goalLayout(goals, goals.locale).names.goals;
  const list = (xs: string[]) => xs.join(zh ? "、" : ", ");
  const measures = list(
    linked.map((m) =>
      m.goalMetric && m.goalMetric !== m.id
        ? zh
          ? `${m.id}（目标指标 ${m.goalMetric}）`
          : `${m.id} (goal metric ${m.goalMetric})`
        : m.id,
    ),
  );
  const notes = [
    zh
      ? `个人指标取自目标表“${sheet}”：${measures}\n`
      : `Quotas linked to the goal sheet "${sheet}": ${measures}\n`,
  ];
  const outside = model.periods.filter((p) => !coveredByGoals(goals, p)).map((p) => p.label);
  if (outside.length)
    notes.push(
      zh
        ? `不完全在目标考核期 ${goals.period.label} 内的发放期：${list(outside)}；其指标沿用方案中的指标\n`
        : `Pay periods not wholly within the goal period ${goals.period.label}: ${list(outside)}; their quotas are the plan's\n`,
    );
  const later = goals.notYetStarted.map((r) => r.name.trim());
  if (later.length)
    notes.push(
      zh
        ? `不在目标表中（${goals.period.label} 结束后入职）：${list(later)}；其指标沿用方案中的指标\n`
        : `Not on the goal sheet (they start after ${goals.period.label}): ${list(later)}; their quotas are the plan's\n`,
    );
  return notes;
}

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

async function run(
  values: OptionValues,
  positionals: readonly string[],
  context: CliContext,
): Promise<number> {
  if (positionals.length) return usageError(context, "incentives", unexpectedArgument(positionals[0]));
  const roster = values.roster as string | undefined;
  const config = values.config as string | undefined;
  if (!roster || !config) return usageError(context, "incentives", ROSTER_AND_CONFIG_REQUIRED);
  const locale = (values.locale as string | undefined) ?? context.locale;
  if (locale !== "en-US" && locale !== "zh-CN") return usageError(context, "incentives", BAD_LOCALE);
  const goalsFile = values.goals as string | undefined;
  const crmFile = values.crm as string | undefined;
  const mappingFile = values.mapping as string | undefined;
  if (mappingFile !== undefined && crmFile === undefined)
    return usageError(context, "incentives", MAPPING_WITHOUT_CRM);
  if (crmFile !== undefined) return runWithCrm(values, context, locale, crmFile, mappingFile);
  const loaded = await loadIncentiveInputs(
    context.cwd,
    { roster, plan: config, ...(goalsFile !== undefined ? { goals: goalsFile } : {}) },
    locale,
  );
  if (!loaded.ok) return reportIssues(loaded.issues, context);
  const m = loaded.value.model;
  const goals = loaded.value.goals;
  const protection = passwordSetup(values);
  const spec = goals
    ? goalAndIncentiveSpec(m, goals, locale, protection.password)
    : generateIncentiveWorkbook(m, { locale, ...protection.options }).spec;
  const out = (values.out as string | undefined) ?? `incentives-${m.name.replace(/[^\w.-]+/g, "_")}.xlsx`;
  const written = await writeWorkbookFile(context.cwd, out, spec, values.force === true);
  if (!written.ok) return reportIssues(written.issues, context);
  const shown = displayPath(context.cwd, written.value);
  const sheets = spec.sheets.map((s) => s.name);
  const zh = context.locale === "zh-CN";
  context.stdout(
    zh
      ? `已写入 ${shown}：${m.reps.length} 名销售人员 × ${m.periods.length} 个发放期，${m.measures.length} 个指标；工作表：${sheets.join("、")}\n`
      : `Wrote ${shown}: ${m.reps.length} reps x ${m.periods.length} pay periods, ${m.measures.length} measure(s); sheets: ${sheets.join(", ")}\n`,
  );
  protection.note(context);
  for (const note of goalNotes(loaded.value, zh)) context.stdout(note);
  const statements = await writeStatements(values, context, m, locale);
  if (statements !== EXIT_OK) return statements;
  // Measures meant to be paid from a CRM export are paid on the plan's actuals without one: say so.
  const fromCrm = crmMeasures(loaded.value.plan).map((c) => loaded.value.plan.measures[c.measure].id);
  if (fromCrm.length)
    context.stdout(
      zh
        ? `指标 ${fromCrm.join("、")} 应读取 CRM 导出，但未指定 --crm <导出文件>：其业绩取自方案中填写的业绩（未填则为 0）\n`
        : `Measure(s) ${fromCrm.join(", ")} read a CRM export, but no --crm <export> was given: their actuals are the plan's (0 where none)\n`,
    );
  return EXIT_OK;
}

const MAPPING_WITHOUT_CRM = {
  en: "--mapping describes a CRM export: give the export with --crm.",
  zh: "--mapping 用于说明 CRM 导出文件：请用 --crm 指定导出文件。",
};

async function runWithCrm(
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
  const out = (values.out as string | undefined) ?? `incentives-${model.name.replace(/[^\w.-]+/g, "_")}.xlsx`;
  const written = await writeWorkbookFile(context.cwd, out, spec, values.force === true);
  if (!written.ok) return reportIssues(written.issues, context);
  const zh = context.locale === "zh-CN";
  const shown = displayPath(context.cwd, written.value);
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

/** `--statements <folder>`: one private workbook per rep, values only, no other rep's name or figures. */
async function writeStatements(
  values: OptionValues,
  context: CliContext,
  model: PlanModel,
  locale: Locale,
  deals?: StatementDeals,
): Promise<number> {
  const folder = values.statements as string | undefined;
  if (folder === undefined) return EXIT_OK;
  const files = repStatementWorkbooks({ model, locale, ...(deals ? { deals } : {}) });
  const done = await writeOutputFolder(
    context.cwd,
    folder,
    files.map((f) => ({ name: f.fileName, make: () => writeXlsx(f.spec) })),
    values.force === true,
  );
  if (!done.ok) return reportIssues(done.issues, context);
  const where = displayPath(context.cwd, folder);
  context.stdout(
    context.locale === "zh-CN"
      ? `已在 ${where} 中写入 ${files.length} 份个人结算单（每位销售一份，仅含本人数据）\n`
      : `Wrote ${files.length} pay statement(s) to ${where}, one per rep, each holding that rep's figures only\n`,
  );
  return EXIT_OK;
}

export const incentivesCommand: Command = {
  name: "incentives",
  summary: {
    en: "Generate commission tables (plan, calculation, pay statements, awards) from a roster and a plan",
    zh: "根据名单和激励方案生成激励表（方案、提成计算、个人结算单、评奖）",
  },
  usage: [
    "incentives --roster <roster.csv> --config <plan.yaml> [--goals <goals.yaml>] [--crm <export.csv> [--mapping <map.json>]] [--out <file.xlsx>] [--statements <folder>] [--password <password>] [--locale zh-CN] [--force]",
  ],
  options: {
    roster: rosterOption,
    config: configOption({ en: "incentive plan", zh: "激励方案" }, "examples/incentives/plan.yaml"),
    goals: {
      type: "string",
      short: "g",
      valueName: "<goals.yaml>",
      description: {
        en: "goal config for the same roster (as for sales-kit goals): its goal sheets lead the workbook, and the quotas of measures with quotaFrom: goal are formulas on their monthly targets (required by such measures)",
        zh: "同一名单的目标配置（同 sales-kit goals）：目标表写在工作簿前部，quotaFrom: goal 的指标其个人指标为引用目标表月度目标的公式（此类指标必须指定）",
      },
    },
    crm: {
      type: "string",
      valueName: "<export.csv>",
      description: {
        en: "CRM export (as for sales-kit import): the measures with crm: amount or crm: collected take their actuals from its data table by SUMIFS per rep and pay period (won amount by close date; 回款 by payment date)",
        zh: "CRM 导出文件（同 sales-kit import）：带 crm: amount 或 crm: collected 的指标，其业绩为按销售人员和发放期对数据表求和的 SUMIFS 公式（赢单金额按结单日期；回款按回款日期）",
      },
    },
    mapping: {
      type: "string",
      short: "m",
      valueName: "<map.json>",
      description: {
        en: "which column of the --crm export means which field, for exports no profile recognises (docs/crm-profiles.md)",
        zh: "--crm 导出文件中列与字段的对应关系，用于无法自动识别的导出（见 docs/crm-profiles.md）",
      },
    },
    out: workbookOutOption({ en: "incentives-<plan name>.xlsx", zh: "incentives-<方案名>.xlsx" }),
    statements: {
      type: "string",
      valueName: "<folder>",
      description: {
        en: "also write one pay statement workbook per rep into this folder (file named by rep), holding that rep's figures only, as values; the team workbook keeps the formulas",
        zh: "另在此文件夹中为每位销售写一份个人结算单工作簿（以姓名命名），仅含本人数据（数值）；公式保留在团队工作簿中",
      },
    },
    password: passwordOption,
    locale: localeOption(LOCALE_FROM_LANG),
    force: forceOption(),
  },
  examples: [
    "sales-kit incentives --roster examples/goals/roster.csv --config examples/incentives/plan.yaml",
    "sales-kit incentives -r team.csv -c 激励方案.yaml -o 激励表.xlsx --locale zh-CN",
    "sales-kit incentives -r team.csv -c plan.yaml -o pay.xlsx --statements statements/",
    "sales-kit incentives -r examples/goals/roster.csv -c examples/incentives/demo-plan.yaml --goals examples/goals/goals.yaml",
    "sales-kit incentives -r examples/incentives/crm/team.csv -c examples/incentives/crm/bookings-plan.yaml --crm examples/incentives/crm/deals.csv",
  ],
  run,
};
