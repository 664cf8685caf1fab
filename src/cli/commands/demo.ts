/**
 * `sales-kit demo` (npm run demo): writes sales-kit-demo.xlsx from the bundled sample data: a 12-rep
 * team in two teams, one quarter, one new hire. Later generators add their sheets here.
 */
import path from "path";
import { generateGoalWorkbook } from "../../generators/goals";
import { buildReviewDemoSheets } from "../../generators/reviews";
import type { GoalPlan } from "../../schemas/goals";
import { writeXlsx } from "../../hosts/xlsx/write";
import type { InputIssue } from "../../schemas/errors";
import type { WorkbookSpec } from "../../workbook/spec";
import { CliContext, Command, EXIT_INPUT, EXIT_OK, EXIT_USAGE, OptionValues } from "../command";
import { findExamplesDir } from "../examples";
import { displayPath, writeOutputFile } from "../files";
import { reportIssues } from "../report";
import { loadGoalPlan } from "./goals";

export const DEMO_FILE = "sales-kit-demo.xlsx";

type DemoPart =
  { readonly ok: true; readonly spec: WorkbookSpec } | { readonly ok: false; readonly issues: InputIssue[] };

type Locale = "en-US" | "zh-CN";

/** The goal sheets of examples/goals (12 reps in two teams, 2027-Q1, one new hire). */
function goalSheets(plan: GoalPlan): DemoPart {
  return { ok: true, spec: generateGoalWorkbook(plan) };
}

/** A self-review, development plan and feedback log for the new hire and their mentor, linked to the goals. */
function reviewSheets(plan: GoalPlan, locale: Locale): DemoPart {
  return { ok: true, spec: { sheets: buildReviewDemoSheets(locale, { goalPlan: plan }) } };
}

/** The parts of the demo workbook, in sheet order: one line per generator that adds sheets. */
const DEMO_PARTS: readonly ((plan: GoalPlan, locale: Locale, examples: string) => DemoPart)[] = [
  goalSheets,
  reviewSheets,
];

/** The demo workbook: every part's sheets and names, in order; the first part's sheet is shown. */
export function buildDemoSpec(examples: string, locale: Locale): DemoPart {
  const goals = loadGoalPlan(path.join(examples, "goals"), "roster.csv", "goals.yaml", { locale });
  if (!goals.ok) return goals;
  const parts: WorkbookSpec[] = [];
  for (const part of DEMO_PARTS) {
    const built = part(goals.plan, locale, examples);
    if (!built.ok) return built;
    parts.push(built.spec);
  }
  const sheets = parts.flatMap((p) => p.sheets);
  const seen = new Set<string>();
  for (const sheet of sheets) {
    if (seen.has(sheet.name.toLowerCase()))
      throw new Error(`demo: two parts both make a sheet "${sheet.name}"`);
    seen.add(sheet.name.toLowerCase());
  }
  const names = parts.flatMap((p) => p.names ?? []);
  return {
    ok: true,
    spec: {
      sheets,
      ...(names.length ? { names } : {}),
      ...(parts[0]?.activate ? { activate: parts[0].activate } : {}),
    },
  };
}

async function run(
  values: OptionValues,
  positionals: readonly string[],
  context: CliContext,
): Promise<number> {
  const zh = context.locale === "zh-CN";
  if (positionals.length) {
    context.stderr(zh ? `多余的参数 "${positionals[0]}"。\n` : `Unexpected argument "${positionals[0]}".\n`);
    return EXIT_USAGE;
  }
  const locale = (values.locale as string | undefined) ?? context.locale;
  if (locale !== "en-US" && locale !== "zh-CN") {
    context.stderr(zh ? "--locale 只能是 en-US 或 zh-CN。\n" : "--locale must be en-US or zh-CN.\n");
    return EXIT_USAGE;
  }
  const examples = findExamplesDir();
  if (!examples) {
    context.stderr(
      zh ? "找不到示例数据(examples/ 目录)。\n" : "The sample data (examples/) was not found.\n",
    );
    return EXIT_INPUT;
  }
  const built = buildDemoSpec(examples, locale);
  if (!built.ok) return reportIssues(built.issues, context);
  const out = (values.out as string | undefined) ?? DEMO_FILE;
  const written = writeOutputFile(context.cwd, out, await writeXlsx(built.spec), true);
  if (!written.ok) return reportIssues(written.issues, context);
  const shown = displayPath(context.cwd, written.value);
  const sheets = built.spec.sheets.map((s) => s.name);
  context.stdout(
    zh
      ? `已写入 ${shown}(示例:两个团队共 12 名代表、一个季度、一名新人),工作表:${sheets.join("、")}\n`
      : `Wrote ${shown} (sample: 12 reps in two teams, one quarter, one new hire); sheets: ${sheets.join(", ")}\n`,
  );
  return EXIT_OK;
}

export const demoCommand: Command = {
  name: "demo",
  summary: {
    en: "Write sales-kit-demo.xlsx from the bundled sample data",
    zh: "用内置示例数据生成 sales-kit-demo.xlsx",
  },
  usage: ["demo [--out <file.xlsx>] [--locale zh-CN]"],
  options: {
    out: {
      type: "string",
      short: "o",
      valueName: "<file.xlsx>",
      description: {
        en: `workbook to write (default ${DEMO_FILE}, replaced)`,
        zh: `输出工作簿(默认 ${DEMO_FILE},会覆盖)`,
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
  },
  examples: ["npm run demo", "sales-kit demo --locale zh-CN -o 演示.xlsx"],
  run,
};
