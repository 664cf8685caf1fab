/**
 * `sales-kit incentives`: a roster and an incentive plan (JSON or YAML) in, a commission workbook
 * (.xlsx) out. Problems name the file, the line of the plan (or the row of the roster) and the field.
 * With --goals, the goal sheets of that config (same roster) lead the workbook and the quotas of
 * measures with quotaFrom "goal" are formulas on their monthly targets. With --crm, the commission is
 * paid from a CRM export (incentives-crm.ts).
 */
import { generateGoalWorkbook, goalLayout } from "../../generators/goals";
import { ExistingNames, generateIncentiveWorkbook } from "../../generators/incentives";
import { crmMeasures } from "../../generators/incentives/crm-actuals";
import type { Locale } from "../../i18n";
import type { PlanModel } from "../../kpi/plan/model";
import type { GoalPlan } from "../../schemas/goals";
import type { WorkbookSpec } from "../../workbook/spec";
import { CliContext, Command, EXIT_OK, OptionValues } from "../command";
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
import { BAD_LOCALE, ROSTER_AND_CONFIG_REQUIRED, unexpectedArgument, usageError } from "../usage";
import { runWithCrm } from "./incentives-crm";
import { IncentiveInputs, coveredByGoals, goalLinked, loadIncentiveInputs } from "./incentives-inputs";
import { writeStatements, writeTeamWorkbook } from "./incentives-output";

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
  const written = await writeTeamWorkbook(values, context, m.name, spec);
  if (!written.ok) return reportIssues(written.issues, context);
  const shown = written.value;
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
