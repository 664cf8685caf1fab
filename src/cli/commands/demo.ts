/**
 * `sales-kit demo` (npm run demo): writes sales-kit-demo.xlsx from the bundled sample data: a 12-rep
 * team in two teams, one quarter, one new hire, with a sample CRM export whose KPI sheet feeds the
 * goal sheet's actuals. Later generators add their sheets here.
 */
import path from "path";
import { crmGoalActuals, goalTargetLinks, importCrm, sampleExportTable } from "../../generators/crm";
import type { CrmWorkbook, NormalizedImport } from "../../generators/crm";
import { dashboardOverCrm } from "../../generators/dashboard";
import { generateGoalWorkbook, goalLayout } from "../../generators/goals";
import { buildReviewDemoSheets } from "../../generators/reviews";
import { CrmPeriod, monthPeriod } from "../../schemas/crm-import";
import type { GoalPlan } from "../../schemas/goals";
import type { InputIssue } from "../../schemas/errors";
import type { WorkbookSpec } from "../../workbook/spec";
import { CliContext, Command, EXIT_INPUT, EXIT_OK, EXIT_USAGE, OptionValues } from "../command";
import { findExamplesDir } from "../examples";
import { displayPath } from "../files";
import { writeWorkbookFile } from "../workbook-file";
import { forceOption } from "../options";
import { outputProblem } from "../output-path";
import { reportIssues } from "../report";
import { loadGoalPlan } from "./goals";
import { buildIncentiveDemoSheets } from "./incentives-demo";

export const DEMO_FILE = "sales-kit-demo.xlsx";

/** Deals in the demo's sample CRM export: about 60 per rep, over the quarter and the months before. */
export const DEMO_CRM_ROWS = 720;

/**
 * The largest deal of the demo's export: a rep's won deals in the quarter then come near their goal
 * (some ahead, some behind), so attainment, pace and pipeline coverage show what they are for.
 */
export const DEMO_LARGEST_DEAL = 150_000;

type DemoPart =
  { readonly ok: true; readonly spec: WorkbookSpec } | { readonly ok: false; readonly issues: InputIssue[] };

type Locale = "en-US" | "zh-CN";

/** What every part sees: the sample goal plan, the sheet language, the examples folder, the parts before it. */
interface DemoContext {
  readonly plan: GoalPlan;
  readonly locale: Locale;
  readonly examples: string;
  /** The CRM import of the sample export (its KPI sheet feeds the goal sheet's actuals). */
  readonly crm: CrmWorkbook;
  /** Its records: the commission's revenue actuals are SUMIFS over them (incentiveSheets). */
  readonly imported: NormalizedImport;
  readonly before: readonly WorkbookSpec[];
}

/** The demo's as-of date: 11 days before the quarter ends, inside it, so pace has days behind it. */
export function demoAsOf(plan: GoalPlan): number {
  return plan.period.end - 11;
}

/** Days between the two CRM exports of the history demo: last week's meeting and this week's. */
export const DEMO_WEEK = 7;

/**
 * The sample CRM export of the demo team (Zoho-style in English, Fxiaoke-style in Chinese), dated 11
 * days before the quarter ends, imported with the quarter and its months as KPI periods; pipeline
 * coverage is measured against the goal sheet's revenue targets and gaps. The same pipeline as
 * exported a week earlier is imported first: its snapshot is the history's first week, so the
 * dashboard shows each rep's won revenue of the week.
 */
export function crmDemo(
  plan: GoalPlan,
  locale: Locale,
): { ok: true; crm: CrmWorkbook; imported: NormalizedImport } | { ok: false; issues: InputIssue[] } {
  const team = [...plan.reps, ...plan.notYetStarted];
  const asOf = demoAsOf(plan);
  const exportOn = (takenOn: number) =>
    sampleExportTable(
      team.map((r) => r.name),
      {
        rows: DEMO_CRM_ROWS,
        asOf,
        takenOn,
        flavour: locale === "zh-CN" ? "fxiaoke" : "zoho",
        largestAmount: DEMO_LARGEST_DEAL,
      },
    );
  const periods: CrmPeriod[] = [
    { label: plan.period.label, start: plan.period.start, end: plan.period.end },
    ...plan.period.months.map((m) => monthPeriod(m.year, m.month)),
  ];
  // Targets and remaining targets are the goal sheet's cells (same workbook, same period).
  const goalLinks = goalTargetLinks(plan, goalLayout(plan, plan.locale));
  const file = locale === "zh-CN" ? "CRM导出示例.csv" : "sample-crm-export.csv";
  const lastWeek = importCrm(exportOn(asOf - DEMO_WEEK), team, {
    locale,
    asOf: asOf - DEMO_WEEK,
    periods,
    goalLinks,
    file,
  });
  if (!lastWeek.ok) return { ok: false, issues: [...lastWeek.issues] };
  const history = lastWeek.workbook.historyRows;
  const result = importCrm(exportOn(asOf), team, { locale, asOf, periods, goalLinks, file, history });
  return result.ok
    ? { ok: true, crm: result.workbook, imported: result.imported }
    : { ok: false, issues: [...result.issues] };
}

/** The goal sheets of examples/goals (12 reps in two teams, 2027-Q1, one new hire), actuals from the CRM KPIs. */
function goalSheets(ctx: DemoContext): DemoPart {
  return {
    ok: true,
    spec: generateGoalWorkbook(ctx.plan, { actualsFrom: crmGoalActuals(ctx.crm.kpi) }),
  };
}

/** A self-review, development plan and feedback log for the new hire and their mentor, linked to the goals. */
function reviewSheets(ctx: DemoContext): DemoPart {
  return { ok: true, spec: { sheets: buildReviewDemoSheets(ctx.locale, { goalPlan: ctx.plan }) } };
}

/**
 * The commission sheets of examples/incentives/demo-plan.yaml for the same team, quotas linked to the
 * goal sheet and revenue actuals read from the sample CRM export (the loop: CRM export -> KPIs -> goal
 * actuals -> commission -> statements); they step aside for names taken.
 */
async function incentiveSheets(ctx: DemoContext): Promise<DemoPart> {
  const specs = ctx.before;
  const existing = {
    sheets: specs.flatMap((p) => p.sheets.map((s) => s.name)),
    tables: specs.flatMap((p) => p.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name))),
    names: specs.flatMap((p) => (p.names ?? []).map((n) => n.name)),
  };
  // The commission quotas are the goal sheet's monthly revenue targets (formulas into that sheet).
  const goals = { plan: ctx.plan, layout: goalLayout(ctx.plan, ctx.plan.locale) };
  const crm = { imported: ctx.imported, data: ctx.crm.data };
  const built = await buildIncentiveDemoSheets(ctx.examples, ctx.locale, existing, goals, crm);
  return built.ok ? { ok: true, spec: built.value } : { ok: false, issues: [...built.issues] };
}

/** The sample CRM export as a data sheet with its KPI, funnel, follow-up and report sheets. */
function crmSheets(ctx: DemoContext): DemoPart {
  return { ok: true, spec: { sheets: ctx.crm.spec.sheets } };
}

/** The weekly dashboard over the goal, scorecard and CRM sheets above. */
function dashboardSheets(ctx: DemoContext): DemoPart {
  return { ok: true, spec: { sheets: dashboardOverCrm(ctx.plan, ctx.crm, ctx.locale) } };
}

/** The parts of the demo workbook, in sheet order: one line per generator that adds sheets. */
const DEMO_PARTS: readonly ((ctx: DemoContext) => DemoPart | Promise<DemoPart>)[] = [
  goalSheets,
  reviewSheets,
  incentiveSheets,
  crmSheets,
  dashboardSheets,
];

/**
 * The sample data of the demo in `locale`: examples/ itself, or for Chinese its copy with Chinese
 * names, teams and titles (examples/demo-zh-CN, laid out as examples/ is).
 */
export function demoSampleDir(examples: string, locale: Locale): string {
  return locale === "zh-CN" ? path.join(examples, "demo-zh-CN") : examples;
}

/** The demo workbook: every part's sheets and names, in order; the first part's sheet is shown. */
export async function buildDemoSpec(root: string, locale: Locale): Promise<DemoPart> {
  const examples = demoSampleDir(root, locale);
  const goals = await loadGoalPlan(path.join(examples, "goals"), "roster.csv", "goals.yaml", { locale });
  if (!goals.ok) return goals;
  // The sample config leaves asOf out (TODAY()), which falls outside its quarter on most days: the
  // demo is dated with its CRM export instead, so pace and status have something to show.
  const plan: GoalPlan = { ...goals.plan, asOf: demoAsOf(goals.plan) };
  const crm = crmDemo(plan, locale);
  if (!crm.ok) return crm;
  const parts: WorkbookSpec[] = [];
  for (const part of DEMO_PARTS) {
    const built = await part({ plan, locale, examples, crm: crm.crm, imported: crm.imported, before: parts });
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
      zh ? "找不到示例数据（examples/ 目录）。\n" : "The sample data (examples/) was not found.\n",
    );
    return EXIT_INPUT;
  }
  const out = (values.out as string | undefined) ?? DEMO_FILE;
  // Checked before the workbook is built, so a refusal is immediate.
  const problem = outputProblem(path.resolve(context.cwd, out), out, "file", values.force === true);
  if (problem) return reportIssues([problem], context);
  const built = await buildDemoSpec(examples, locale);
  if (!built.ok) return reportIssues(built.issues, context);
  // As every command: an existing file is replaced only with --force.
  const written = await writeWorkbookFile(context.cwd, out, built.spec, values.force === true);
  if (!written.ok) return reportIssues(written.issues, context);
  const shown = displayPath(context.cwd, written.value);
  const sheets = built.spec.sheets.map((s) => s.name);
  context.stdout(
    zh
      ? `已写入 ${shown}（示例：两个团队共 12 名销售人员、一个季度、一名新人），工作表：${sheets.join("、")}\n`
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
  usage: ["demo [--out <file.xlsx>] [--locale zh-CN] [--force]"],
  options: {
    out: {
      type: "string",
      short: "o",
      valueName: "<file.xlsx>",
      description: {
        en: `workbook to write (default ${DEMO_FILE})`,
        zh: `输出工作簿（默认 ${DEMO_FILE}）`,
      },
    },
    locale: {
      type: "string",
      valueName: "<en-US|zh-CN>",
      description: {
        en: "sheet language (default: from --lang / LANG)",
        zh: "工作表语言（默认取 --lang / LANG）",
      },
    },
    force: forceOption(),
  },
  examples: ["npm run demo -- --force", "sales-kit demo --locale zh-CN -o 演示.xlsx"],
  run,
};
