/**
 * The CRM form's link to a goal sheet in the open workbook (Excel mode): the goal sheets it can link
 * to, the messages of the check that the sheet is laid out as its plan says, the check again just
 * before the KPI sheets are written, and the fill of its empty monthly actuals just after (the KPI
 * sheet's final name is known only then).
 */
import { Locale, MessageKey, MessageParams, translate } from "../../../i18n";
import {
  ActualLink,
  GoalSheetMatch,
  KpiLayout,
  actualsOutcome,
  goalActualsFill,
  goalSheetBlock,
  matchGoalSheet,
  revenueMetric,
} from "../../../generators/crm";
import { goalLayout } from "../../../generators/goals";
import type { InputIssue } from "../../../schemas/errors";
import type { GoalPlan } from "../../../schemas/goals";
import type { Rep } from "../../../schemas/roster";
import { isSheetNameFor } from "../../../workbook/names";
import { HostNote, SavedPlan, WorkbookAccess, WriteFailure, WriteResult } from "../../services";
import { restoreForm } from "../form-values";
import { defaultGoalForm, validateGoalForm } from "../goals/goal-form";
import { paneIssue } from "../issues";
import { errorMessage } from "../../error-message";

export interface GoalSheetChoice {
  /** The saved goal plan's name: the choice's value. */
  readonly planName: string;
  /** The goal sheet as the workbook names it (it may be the plan's name renamed for a clash). */
  readonly sheet: string;
  readonly plan: GoalPlan;
}

/**
 * The goal sheets a CRM import can link to: each saved goal plan built as the goal form builds it
 * (its settings restored onto a fresh form, validated with the CRM form's roster), when the workbook
 * has a sheet of its goal sheet's name, or of the plan's own name when that is the goal sheet's
 * name renamed for a clash (the goal form records such a sheet under its final name). A plan that
 * does not validate with this roster is left out.
 */
export function goalSheetChoices(
  saved: readonly SavedPlan[],
  sheets: readonly string[],
  reps: readonly Rep[],
  locale: Locale,
  today: number,
): GoalSheetChoice[] {
  // Excel compares sheet names without regard to case.
  const present = new Map(sheets.map((s) => [s.toLowerCase(), s]));
  const choices: GoalSheetChoice[] = [];
  for (const p of saved) {
    if (p.kind !== "goals") continue;
    const built = validateGoalForm(restoreForm(defaultGoalForm(locale, today), p.data), reps);
    if (!built.ok) continue;
    const own = goalLayout(built.plan, built.plan.locale).names.goals;
    const sheet = present.get((isSheetNameFor(p.name, own) ? p.name : own).toLowerCase());
    // One choice per sheet: plans come newest first, and the goal form saves the settings of the
    // sheets it writes (recordGoalSheet) besides any plan the user saved.
    const taken = choices.some((c) => c.sheet === sheet);
    if (sheet !== undefined && !taken) choices.push({ planName: p.name, sheet, plan: built.plan });
  }
  return choices;
}

/** A text in both languages; `params` per language where a value is itself a phrase. */
function both(key: MessageKey, params: (locale: Locale) => MessageParams = () => ({})): HostNote {
  return { en: translate("en-US", key, params("en-US")), zh: translate("zh-CN", key, params("zh-CN")) };
}

export const GOAL_FIELD = "goalSheet";

/** The check's outcome as an issue of the goal sheet field; null when the sheet is as its plan says. */
export function goalSheetIssue(match: GoalSheetMatch, planName: string): InputIssue | null {
  if (match.kind === "ok") return null;
  if (match.kind === "missing")
    return { field: GOAL_FIELD, ...both("crm.goal.missing", () => ({ sheet: match.sheet })) };
  const key = match.rep === undefined ? "crm.goal.mismatch" : "crm.goal.mismatchRep";
  return {
    field: GOAL_FIELD,
    ...both(key, (l) => ({
      sheet: match.sheet,
      plan: planName,
      cell: match.cell,
      rep: match.rep ?? "",
      expected: match.expected,
      found:
        match.found === ""
          ? translate(l, "crm.goal.emptyCell")
          : translate(l, "crm.goal.found", { text: match.found }),
    })),
  };
}

/** How the chosen goal sheet read: null while it is read, else its check, or why it could not be read. */
export type GoalSheetCheck =
  { readonly match: GoalSheetMatch } | { readonly sheet: string; readonly readError: string } | null;

/**
 * What keeps a linked import from being prepared: the workbook's goal sheets not read yet, the chosen
 * plan's sheet gone, the sheet unreadable, or its check failed.
 */
export function goalLinkIssues(
  planName: string,
  choices: readonly GoalSheetChoice[] | null,
  check: GoalSheetCheck,
): InputIssue[] {
  if (!planName) return [];
  if (choices === null) return [paneIssue(GOAL_FIELD, "crm.goal.loading")];
  if (!choices.some((c) => c.planName === planName))
    return [paneIssue(GOAL_FIELD, "crm.goal.notFound", { plan: planName })];
  if (check === null) return [];
  if ("readError" in check)
    return [paneIssue(GOAL_FIELD, "crm.goal.readFailed", { sheet: check.sheet, reason: check.readError })];
  const issue = goalSheetIssue(check.match, planName);
  return issue ? [issue] : [];
}

function metricName(plan: GoalPlan, id: string, locale: Locale): string {
  const m = plan.metrics.find((x) => x.id === id);
  return m ? (locale === "zh-CN" ? m.name.zh : m.name.en) : id;
}

/** The plan's metrics among `ids`, in the plan's order. */
function metricNames(plan: GoalPlan, ids: ReadonlySet<string>, locale: Locale): string {
  return plan.metrics
    .filter((m) => ids.has(m.id))
    .map((m) => metricName(plan, m.id, locale))
    .join(translate(locale, "crm.goal.listSeparator"));
}

/** The lines the preview shows for a linked import. */
export function goalSummary(
  choice: GoalSheetChoice,
  kpi: KpiLayout,
  fillActuals: boolean,
  locale: Locale,
): string[] {
  const { plan, sheet } = choice;
  const lines = [
    translate(locale, revenueMetric(plan) ? "crm.goal.summary" : "crm.goal.noRevenue", { sheet }),
  ];
  if (!fillActuals) return lines;
  const ids = new Set(goalActualsFill(plan, kpi).links.map((l) => l.metricId));
  lines.push(
    ids.size
      ? translate(locale, "crm.goal.summaryActuals", { metrics: metricNames(plan, ids, locale) })
      : translate(locale, "crm.goal.noActuals", { sheet }),
  );
  return lines;
}

/** Kept cells shown by name: a few, then how many more. */
const KEPT_SHOWN = 5;

function keptList(plan: GoalPlan, kept: readonly ActualLink[], locale: Locale): string {
  const shown = kept.slice(0, KEPT_SHOWN).map((k) =>
    translate(locale, "crm.goal.keptCell", {
      rep: k.rep,
      month: k.month,
      metric: metricName(plan, k.metricId, locale),
    }),
  );
  if (kept.length > KEPT_SHOWN)
    shown.push(translate(locale, "crm.goal.keptMore", { count: kept.length - KEPT_SHOWN }));
  return shown.join(translate(locale, "crm.goal.listSeparator"));
}

/** The link of one prepared import, for what follows its write. */
export interface PendingGoalLink {
  readonly choice: GoalSheetChoice;
  readonly kpi: KpiLayout;
  /** The KPI sheet's position in the spec: the write result gives its final name there. */
  readonly kpiIndex: number;
  readonly fillActuals: boolean;
}

async function fillActuals(
  access: WorkbookAccess,
  link: PendingGoalLink,
  kpiSheet: string,
): Promise<HostNote[]> {
  const { plan } = link.choice;
  const fill = goalActualsFill(plan, { ...link.kpi, sheet: kpiSheet }, link.choice.sheet);
  const sheet = fill.sheet;
  if (!fill.links.length) return [both("crm.goal.noActuals", () => ({ sheet }))];
  let before;
  try {
    before = await access.fillEmptyCells(sheet, fill.address, fill.formulas);
  } catch (error) {
    return [both("crm.goal.fillFailed", () => ({ sheet, reason: errorMessage(error) }))];
  }
  const { filled, kept } = actualsOutcome(fill, before);
  const ids = new Set(filled.map((l) => l.metricId));
  const notes: HostNote[] = [
    both("crm.goal.filled", (l) => ({
      count: filled.length,
      metrics: metricNames(plan, ids, l),
      sheet,
      kpi: kpiSheet,
    })),
  ];
  if (kept.length)
    notes.push(both("crm.goal.kept", (l) => ({ count: kept.length, cells: keptList(plan, kept, l) })));
  // Linked cells look and lock as computed ones, as when the goal sheet is generated linked.
  if (filled.length) {
    try {
      const styled = await access.styleCells(
        sheet,
        filled.map((l) => l.cell),
        "computed",
      );
      if (!styled) notes.push(both("crm.goal.notStyled", () => ({ sheet })));
    } catch (error) {
      notes.push(both("crm.goal.styleFailed", () => ({ sheet, reason: errorMessage(error) })));
    }
  }
  return notes;
}

/**
 * Before a linked import is written: the goal sheet, read again, must still match its plan (rows
 * sorted since the preview ...); else the write stops with nothing written, the failure naming the
 * first cell that differs, in `locale`.
 */
export async function checkGoalSheet(
  access: WorkbookAccess,
  choice: GoalSheetChoice,
  locale: Locale,
): Promise<void> {
  const block = goalSheetBlock(choice.plan, choice.sheet);
  let grid;
  try {
    grid = await access.readFormulas(block.sheet, block.address);
  } catch (error) {
    const reason = errorMessage(error);
    throw new WriteFailure(translate(locale, "crm.goal.readFailed", { sheet: block.sheet, reason }), true);
  }
  const issue = goalSheetIssue(matchGoalSheet(choice.plan, grid, choice.sheet), choice.planName);
  if (issue) throw new WriteFailure(locale === "zh-CN" ? issue.zh : issue.en, true);
}

/**
 * After a linked import is written: what the KPI targets read, then (when asked) the goal sheet's
 * empty actuals given formulas to the KPI sheet under its final name.
 */
export async function completeGoalLink(
  access: WorkbookAccess,
  link: PendingGoalLink,
  result: WriteResult,
): Promise<HostNote[]> {
  const { plan, sheet } = link.choice;
  const targets = both(revenueMetric(plan) ? "crm.goal.summary" : "crm.goal.noRevenue", () => ({ sheet }));
  const actuals = link.fillActuals
    ? await fillActuals(access, link, result.sheets[link.kpiIndex] ?? link.kpi.sheet)
    : [];
  return [targets, ...actuals];
}
