/**
 * `sales-kit incentives`: a roster and an incentive plan (JSON or YAML) in, a commission workbook
 * (.xlsx) out. Problems name the file, the line of the plan (or the row of the roster) and the field.
 * Also builds the incentive sheets of the demo workbook from examples/incentives/demo-plan.yaml.
 */
import path from "path";
import YAML from "yaml";
import {
  ExistingNames,
  GoalQuotaSource,
  PlanModelOptions,
  buildPlanModel,
  generateIncentiveWorkbook,
} from "../../generators/incentives";
import { writeXlsx } from "../../hosts/xlsx/write";
import type { Locale } from "../../i18n";
import type { PlanModel } from "../../kpi/plan/model";
import { InputIssue, SchemaResult, fail, ok } from "../../schemas/errors";
import { parseIncentivePlan } from "../../schemas/incentive-plan";
import type { WorkbookSpec } from "../../workbook/spec";
import { CliContext, Command, EXIT_OK, OptionValues } from "../command";
import { displayPath, parseConfigText, readTextFile, writeOutputFile } from "../files";
import {
  LOCALE_FROM_LANG,
  configOption,
  forceOption,
  localeOption,
  rosterOption,
  workbookOutOption,
} from "../options";
import { reportIssues } from "../report";
import { readRosterFile } from "../roster-file";
import { BAD_LOCALE, ROSTER_AND_CONFIG_REQUIRED, unexpectedArgument, usageError } from "../usage";

/** "credits[0].shares[1].rep" -> ["credits", 0, "shares", 1, "rep"]. */
function pathOfField(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
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

/** Reads the roster and the plan, validates both (every problem of both files at once) and resolves them. */
export function loadIncentivePlan(
  cwd: string,
  rosterFile: string,
  planFile: string,
  options: PlanModelOptions = {},
): SchemaResult<PlanModel> {
  const roster = readRosterFile(cwd, rosterFile);
  const text = readTextFile(cwd, planFile);
  const issues: InputIssue[] = roster.ok ? [] : [...roster.issues];
  if (!text.ok) return fail([...issues, ...text.issues]);
  const data = parseConfigText(text.value, planFile);
  if (!data.ok) return fail([...issues, ...data.issues]);
  const plan = parseIncentivePlan(data.value, { file: planFile });
  if (!plan.ok) return fail([...issues, ...withLines(plan.issues, planFile, text.value)]);
  if (!roster.ok) return fail(issues);
  const model = buildPlanModel(plan.value, roster.value, { planFile, rosterFile }, options);
  return model.ok ? model : fail(withLines(model.issues, planFile, text.value));
}

/**
 * The demo's incentive sheets: the 12-rep sample team (examples/goals/roster.csv) on the demo plan;
 * given the demo's goal sheet, the quotas of measures with quotaFrom "goal" link to its targets.
 */
export function buildIncentiveDemoSheets(
  examples: string,
  locale: Locale,
  existing: ExistingNames = { sheets: [], tables: [], names: [] },
  goals?: GoalQuotaSource,
): SchemaResult<WorkbookSpec> {
  const loaded = loadIncentivePlan(
    examples,
    path.join("goals", "roster.csv"),
    path.join("incentives", "demo-plan.yaml"),
    goals ? { goals } : {},
  );
  if (!loaded.ok) return loaded;
  // Sheets and names already in the demo keep theirs; ours move aside, formulas follow.
  return ok(generateIncentiveWorkbook(loaded.value, { locale, existing }).spec);
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
  const model = loadIncentivePlan(context.cwd, roster, config);
  if (!model.ok) return reportIssues(model.issues, context);
  const { spec } = generateIncentiveWorkbook(model.value, { locale });
  const out =
    (values.out as string | undefined) ?? `incentives-${model.value.name.replace(/[^\w.-]+/g, "_")}.xlsx`;
  const written = writeOutputFile(context.cwd, out, await writeXlsx(spec), values.force === true);
  if (!written.ok) return reportIssues(written.issues, context);
  const shown = displayPath(context.cwd, written.value);
  const sheets = spec.sheets.map((s) => s.name);
  const m = model.value;
  context.stdout(
    context.locale === "zh-CN"
      ? `已写入 ${shown}:${m.reps.length} 名销售 × ${m.periods.length} 个发放期,${m.measures.length} 个指标;工作表:${sheets.join("、")}\n`
      : `Wrote ${shown}: ${m.reps.length} reps x ${m.periods.length} pay periods, ${m.measures.length} measure(s); sheets: ${sheets.join(", ")}\n`,
  );
  return EXIT_OK;
}

export const incentivesCommand: Command = {
  name: "incentives",
  summary: {
    en: "Generate commission tables (plan, calculation, pay statements, awards) from a roster and a plan",
    zh: "根据名单和激励方案生成激励表(方案、提成计算、个人结算单、评奖)",
  },
  usage: [
    "incentives --roster <roster.csv> --config <plan.yaml> [--out <file.xlsx>] [--locale zh-CN] [--force]",
  ],
  options: {
    roster: rosterOption,
    config: configOption({ en: "incentive plan", zh: "激励方案" }, "examples/incentives/plan.yaml"),
    out: workbookOutOption({ en: "incentives-<plan name>.xlsx", zh: "incentives-<方案名>.xlsx" }),
    locale: localeOption(LOCALE_FROM_LANG),
    force: forceOption(),
  },
  examples: [
    "sales-kit incentives --roster examples/goals/roster.csv --config examples/incentives/plan.yaml",
    "sales-kit incentives -r team.csv -c 激励方案.yaml -o 激励表.xlsx --locale zh-CN",
  ],
  run,
};
