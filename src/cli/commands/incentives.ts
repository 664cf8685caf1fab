/**
 * `sales-kit incentives`: a roster and an incentive plan (JSON or YAML) in, a commission workbook
 * (.xlsx) out. Problems name the file, the line of the plan (or the row of the roster) and the field.
 * Also builds the incentive sheets of the demo workbook from examples/incentives/demo-plan.yaml.
 */
import path from "path";
import YAML from "yaml";
import { ExistingNames, buildPlanModel, generateIncentiveWorkbook } from "../../generators/incentives";
import { writeXlsx } from "../../hosts/xlsx/write";
import type { Locale } from "../../i18n";
import type { PlanModel } from "../../kpi/plan/model";
import { InputIssue, SchemaResult, fail, ok } from "../../schemas/errors";
import { parseIncentivePlan } from "../../schemas/incentive-plan";
import type { WorkbookSpec } from "../../workbook/spec";
import { CliContext, Command, EXIT_OK, EXIT_USAGE, OptionValues } from "../command";
import { displayPath, parseConfigText, readTextFile, writeOutputFile } from "../files";
import { reportIssues } from "../report";
import { readRosterFile } from "../roster-file";

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
  const model = buildPlanModel(plan.value, roster.value, { planFile, rosterFile });
  return model.ok ? model : fail(withLines(model.issues, planFile, text.value));
}

/** The demo's incentive sheets: the 12-rep sample team (examples/goals/roster.csv) on the demo plan. */
export function buildIncentiveDemoSheets(
  examples: string,
  locale: Locale,
  existing: ExistingNames = { sheets: [], tables: [], names: [] },
): SchemaResult<WorkbookSpec> {
  const loaded = loadIncentivePlan(
    examples,
    path.join("goals", "roster.csv"),
    path.join("incentives", "demo-plan.yaml"),
  );
  if (!loaded.ok) return loaded;
  // Sheets and names already in the demo keep theirs; ours move aside, formulas follow.
  return ok(generateIncentiveWorkbook(loaded.value, { locale, existing }).spec);
}

function usageError(context: CliContext, en: string, zh: string): number {
  const zhCN = context.locale === "zh-CN";
  context.stderr(`${zhCN ? zh : en}\n${zhCN ? "查看帮助" : "See"}: sales-kit incentives --help\n`);
  return EXIT_USAGE;
}

async function run(
  values: OptionValues,
  positionals: readonly string[],
  context: CliContext,
): Promise<number> {
  if (positionals.length) {
    return usageError(
      context,
      `Unexpected argument "${positionals[0]}".`,
      `多余的参数 "${positionals[0]}"。`,
    );
  }
  const roster = values.roster as string | undefined;
  const config = values.config as string | undefined;
  if (!roster || !config) {
    return usageError(
      context,
      "Both --roster and --config are required.",
      "--roster 和 --config 都是必填项。",
    );
  }
  const locale = (values.locale as string | undefined) ?? context.locale;
  if (locale !== "en-US" && locale !== "zh-CN") {
    return usageError(context, "--locale must be en-US or zh-CN.", "--locale 只能是 en-US 或 zh-CN。");
  }
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
    roster: {
      type: "string",
      short: "r",
      valueName: "<file>",
      description: {
        en: "roster CSV (name, role, team, manager, hire date; English or Chinese headers) or JSON",
        zh: "名单 CSV(姓名、职位、团队、经理、入职日期,中英文表头均可)或 JSON",
      },
    },
    config: {
      type: "string",
      short: "c",
      valueName: "<file>",
      description: {
        en: "incentive plan, JSON or YAML (see examples/incentives/plan.yaml)",
        zh: "激励方案,JSON 或 YAML(见 examples/incentives/plan.yaml)",
      },
    },
    out: {
      type: "string",
      short: "o",
      valueName: "<file.xlsx>",
      description: {
        en: "workbook to write (default incentives-<plan name>.xlsx)",
        zh: "输出工作簿(默认 incentives-<方案名>.xlsx)",
      },
    },
    locale: {
      type: "string",
      valueName: "<en-US|zh-CN>",
      description: {
        en: "sheet language (default: from --lang / LANG)",
        zh: "工作表语言(默认取 --lang / LANG)",
      },
    },
    force: {
      type: "boolean",
      description: { en: "replace an existing output file", zh: "覆盖已存在的输出文件" },
    },
  },
  examples: [
    "sales-kit incentives --roster examples/goals/roster.csv --config examples/incentives/plan.yaml",
    "sales-kit incentives -r team.csv -c 激励方案.yaml -o 激励表.xlsx --locale zh-CN",
  ],
  run,
};
