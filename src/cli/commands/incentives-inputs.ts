/**
 * The inputs of `sales-kit incentives`, read and checked: the roster, the incentive plan (JSON or YAML,
 * its problems carrying their line) and, with --goals, the goal config whose targets the goal-linked
 * quotas point at. Both paths of the command (with and without --crm) and the demo start here.
 */
import YAML from "yaml";
import { goalLayout } from "../../generators/goals";
import { PlanModelOptions, buildPlanModel } from "../../generators/incentives";
import type { Locale } from "../../i18n";
import type { PlanModel, PlanPeriod } from "../../kpi/plan/model";
import { ymdFromSerial } from "../../schemas/dates";
import { InputIssue, SchemaResult, fail, ok } from "../../schemas/errors";
import type { GoalPlan } from "../../schemas/goals";
import { IncentivePlan, parseIncentivePlan } from "../../schemas/incentive-plan";
import { parseConfigText, readTextFile } from "../files";
import { readRosterFile } from "../roster-file";
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
export function coveredByGoals(goals: GoalPlan, period: PlanPeriod): boolean {
  return monthsOf(period).every((m) =>
    goals.period.months.some((g) => g.year === m.year && g.month === m.month),
  );
}

export const goalLinked = (plan: IncentivePlan) => plan.measures.filter((m) => m.quotaFrom === "goal");

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
