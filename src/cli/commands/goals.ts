/** `sales-kit goals`: a roster and a goal config in, a goal-sheet workbook (.xlsx) out. */
import { generateGoalWorkbook } from "../../generators/goals";
import { InputIssue } from "../../schemas/errors";
import { GoalPlan, validateGoalInput } from "../../schemas/goals";
import { CliContext, Command, EXIT_OK, OptionValues } from "../command";
import { displayPath, readConfigFile } from "../files";
import { writeWorkbookFile } from "../workbook-file";
import {
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

/** Reads and checks the inputs; every problem of both files is reported at once. */
export async function loadGoalPlan(
  cwd: string,
  rosterFile: string,
  configFile: string,
  overrides: { locale?: string; asOf?: string },
): Promise<{ ok: true; plan: GoalPlan } | { ok: false; issues: InputIssue[] }> {
  const roster = await readRosterFile(cwd, rosterFile);
  const config = readConfigFile(cwd, configFile);
  const issues: InputIssue[] = [];
  if (!roster.ok) issues.push(...roster.issues);
  if (!config.ok) issues.push(...config.issues);
  if (!roster.ok || !config.ok) return { ok: false, issues };
  let data = config.value;
  if (
    (overrides.locale || overrides.asOf) &&
    typeof data === "object" &&
    data !== null &&
    !Array.isArray(data)
  ) {
    data = {
      ...data,
      ...(overrides.locale ? { locale: overrides.locale } : {}),
      ...(overrides.asOf ? { asOf: overrides.asOf } : {}),
    };
  }
  const plan = validateGoalInput(roster.value, data, { config: configFile });
  return plan.ok ? { ok: true, plan: plan.value } : { ok: false, issues: plan.issues };
}

/** Generates and writes the workbook; returns the written path or the issues. */
export async function writeGoalWorkbook(
  plan: GoalPlan,
  cwd: string,
  out: string,
  overwrite: boolean,
  password?: string,
): Promise<{ ok: true; file: string; sheets: string[] } | { ok: false; issues: InputIssue[] }> {
  const spec = generateGoalWorkbook(plan, password ? { password } : {});
  const written = await writeWorkbookFile(cwd, out, spec, overwrite);
  return written.ok ? { ok: true, file: written.value, sheets: spec.sheets.map((s) => s.name) } : written;
}

async function run(
  values: OptionValues,
  positionals: readonly string[],
  context: CliContext,
): Promise<number> {
  const roster = values.roster as string | undefined;
  const config = values.config as string | undefined;
  if (positionals.length) return usageError(context, "goals", unexpectedArgument(positionals[0]));
  if (!roster || !config) return usageError(context, "goals", ROSTER_AND_CONFIG_REQUIRED);
  const locale = values.locale as string | undefined;
  if (locale !== undefined && locale !== "en-US" && locale !== "zh-CN") {
    return usageError(context, "goals", BAD_LOCALE);
  }
  const loaded = await loadGoalPlan(context.cwd, roster, config, {
    locale,
    asOf: values["as-of"] as string | undefined,
  });
  if (!loaded.ok) return reportIssues(loaded.issues, context);
  const plan = loaded.plan;
  const out =
    (values.out as string | undefined) ?? `goals-${plan.period.label.replace(/[^\w.-]+/g, "_")}.xlsx`;
  const protection = passwordSetup(values);
  const result = await writeGoalWorkbook(plan, context.cwd, out, values.force === true, protection.password);
  if (!result.ok) return reportIssues(result.issues, context);
  const zh = context.locale === "zh-CN";
  const shown = displayPath(context.cwd, result.file);
  context.stdout(
    zh
      ? `已写入 ${shown}：${plan.reps.length} 名销售人员 × ${plan.metrics.length} 个指标，工作表：${result.sheets.join("、")}\n`
      : `Wrote ${shown}: ${plan.reps.length} reps x ${plan.metrics.length} metrics; sheets: ${result.sheets.join(", ")}\n`,
  );
  protection.note(context);
  if (plan.notYetStarted.length) {
    const names = plan.notYetStarted.map((r) => r.name).join(", ");
    context.stdout(
      zh ? `未列入（考核期结束后入职）：${names}\n` : `Left out (they start after the period): ${names}\n`,
    );
  }
  return EXIT_OK;
}

export const goalsCommand: Command = {
  name: "goals",
  summary: {
    en: "Generate goal sheets (targets, pace, scorecard, team roll-ups) from a roster and a config",
    zh: "根据名单和配置生成目标表（目标、进度、计分卡、团队汇总）",
  },
  usage: [
    "goals --roster <roster.csv> --config <goals.yaml> [--out <goals.xlsx>] [--password <password>] [--locale zh-CN] [--force]",
  ],
  options: {
    roster: rosterOption,
    config: configOption({ en: "goal config", zh: "目标配置" }, "examples/goals/goals.yaml"),
    out: workbookOutOption({ en: "goals-<period>.xlsx", zh: "goals-<考核期>.xlsx" }),
    locale: localeOption({ en: "sheet language (default: the config's)", zh: "工作表语言（默认取配置）" }),
    "as-of": {
      type: "string",
      valueName: "<date>",
      description: {
        en: "fix the as-of date (default: TODAY() in the sheet)",
        zh: "固定截至日期（默认在表中使用 TODAY()）",
      },
    },
    password: passwordOption,
    force: forceOption(),
  },
  examples: [
    "sales-kit goals --roster examples/goals/roster.csv --config examples/goals/goals.yaml",
    "sales-kit goals -r team.csv -c goals.yaml -o 目标.xlsx --locale zh-CN",
  ],
  run,
};
