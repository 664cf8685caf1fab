/**
 * The dashboard's input read back from a workbook that already holds the goal sheets (and, when an
 * import wrote them, the CRM funnel, follow-up and history sheets): the period, metrics and reps as
 * the goal settings and goal sheets show them, the CRM layouts found where their generators put
 * them. Pure, over a small cell reader, so the CLI (ExcelJS) and the pane (Office.js) share it. Every
 * problem names the sheet and cell that is missing or not what it should be, in English and Chinese.
 */
import type { Locale } from "../../i18n";
import { isLabel, labelForms } from "../../i18n/earlier-forms";
import { CRM_TEXTS } from "../../i18n/sheets/crm";
import { GOAL_SHEET_TEXTS, GoalSheetTexts } from "../../i18n/sheets/goals";
import { HISTORY_TEXTS } from "../../i18n/sheets/history";
import type { InputIssue } from "../../schemas/errors";
import type {
  GoalMetric,
  GoalPlan,
  MetricAggregation,
  MetricDirection,
  MetricUnit,
} from "../../schemas/goals";
import type { Rep } from "../../schemas/roster";
import { columnLetter, parseRange } from "../../workbook/a1";
import type { HistoryLayout } from "../crm/history";
import {
  FUNNEL_REPS_NAME,
  FUNNEL_STAGES_NAME,
  HISTORY_ROWS_NAME,
  HISTORY_TREND_NAME,
} from "../crm/layout-names";
import { goalLayout } from "../goals/layout";
import type { DashboardFunnel, DashboardInput } from "./index";

/** A saved cell value: formulas by their saved result (null when the file holds none). */
export type CellValue = string | number | boolean | null;

/** What the reader needs of a workbook; rows are 1-based, columns 0-based (as a1.ts takes them). */
export interface WorkbookCells {
  readonly sheetNames: readonly string[];
  value(sheet: string, row: number, col: number): CellValue;
  /** The cell's number format ("General" or "" when none); used for the currency symbol. */
  numberFormat?(sheet: string, row: number, col: number): string;
  /**
   * Names scoped to a sheet (the CRM import records its funnel and history tables so:
   * crm/layout-names.ts); absent or empty for a reader that cannot list them, and then the tables
   * are found by their headers.
   */
  readonly scopedNames?: readonly ScopedName[];
}

export interface ScopedName {
  readonly sheet: string;
  readonly name: string;
  /** As the file or Excel gives it: "='Funnel'!$A$6:$B$9" (the leading "=" optional). */
  readonly refersTo: string;
}

export type DashboardRead =
  | { readonly ok: true; readonly input: DashboardInput }
  | { readonly ok: false; readonly issues: InputIssue[] };

const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];
/** Rows scanned at most for a list that ends at its first blank cell (metrics, months, reps). */
const MAX_LIST = 100_000;

function text(v: CellValue): string {
  return v === null ? "" : String(v).trim();
}

function issue(field: string, en: string, zh: string): InputIssue {
  return { field, en, zh };
}

/**
 * The workbook's sheet named `name` (with `suffix`, a goal period's label) in today's wording or an
 * earlier one, case aside, as Excel compares names: a workbook keeps the names it was written with.
 */
function findSheet(book: WorkbookCells, name: string, suffix = ""): string | undefined {
  const keys = labelForms(name).map((form) => `${form}${suffix}`.toLowerCase());
  return book.sheetNames.find((s) => keys.includes(s.toLowerCase()));
}

/** Every goal period in the workbook: a settings sheet whose goal and scorecard sheets are there too. */
export function goalPeriodsIn(book: WorkbookCells): { locale: Locale; label: string }[] {
  const found: { locale: Locale; label: string }[] = [];
  for (const locale of LOCALES) {
    const prefixes = labelForms(GOAL_SHEET_TEXTS[locale].sheet.settings).map((f) => `${f} `.toLowerCase());
    for (const name of book.sheetNames) {
      const prefix = prefixes.find((p) => name.toLowerCase().startsWith(p));
      if (prefix !== undefined) found.push({ locale, label: name.slice(prefix.length) });
    }
  }
  return found;
}

/** The key of `value` in `table` (the sheet's word for a unit, direction or aggregation). */
function keyOf<K extends string>(table: Readonly<Record<K, string>>, value: string): K | undefined {
  const key = value.toLowerCase();
  return (Object.keys(table) as K[]).find((k) =>
    labelForms(table[k]).some((form) => form.toLowerCase() === key),
  );
}

/** The currency of a number format such as "¥"#,##0 or [$€-407]#,##0; "" when it shows none. */
export function currencyOfFormat(format: string): string {
  const quoted = /^"([^"]+)"/.exec(format);
  if (quoted) return quoted[1];
  const bracket = /^\[\$([^\]-]+)/.exec(format);
  return bracket ? bracket[1] : "";
}

interface Period {
  readonly locale: Locale;
  readonly label: string;
  readonly t: GoalSheetTexts;
}

/** The goal period's sheets as the workbook names them. */
interface PeriodSheets {
  readonly settings: string;
  readonly goals: string;
  readonly scorecard: string;
}

/** The months, metrics and reps of the goal period `p`, as a plan the dashboard can be built from. */
function readPlan(
  book: WorkbookCells,
  p: Period,
  issues: InputIssue[],
): { plan: GoalPlan; sheets: PeriodSheets } | null {
  const { t, locale, label } = p;
  const names = {
    settings: `${t.sheet.settings} ${label}`,
    goals: `${t.sheet.goals} ${label}`,
    scorecard: `${t.sheet.scorecard} ${label}`,
  };
  const settings = findSheet(book, t.sheet.settings, ` ${label}`)!;
  const goals = findSheet(book, t.sheet.goals, ` ${label}`);
  const scorecard = findSheet(book, t.sheet.scorecard, ` ${label}`);
  for (const [name, sheet] of [
    [names.goals, goals],
    [names.scorecard, scorecard],
  ] as const) {
    if (!sheet)
      issues.push(
        issue(
          name,
          `the workbook has no sheet "${name}" (the goal sheets of ${label} are written together by sales-kit goals)`,
          `工作簿中没有工作表“${name}”（${label} 的目标表由 sales-kit goals 一并生成）`,
        ),
      );
  }
  if (!goals || !scorecard) return null;

  // The settings sheet's month table starts under its header on row 13 (goalLayout), the metric table
  // three rows under the last month.
  const monthHeader = 13;
  const at = (sheet: string, row: number, col: number) => `${sheet}!${columnLetter(col)}${row}`;
  if (!isLabel(text(book.value(settings, monthHeader, 0)), t.monthCols.month)) {
    issues.push(
      issue(
        at(settings, monthHeader, 0),
        `the month table's header "${t.monthCols.month}" is not here: the goal settings sheet was changed or not written by Sales Kit`,
        `此处应为月份表的表头“${t.monthCols.month}”：目标设置表已被改动，或并非由销售工具包生成`,
      ),
    );
    return null;
  }
  let M = 0;
  while (M < MAX_LIST && text(book.value(settings, monthHeader + 1 + M, 0)) !== "") M++;
  const metricHeader = monthHeader + M + 3;
  if (M === 0 || !isLabel(text(book.value(settings, metricHeader, 0)), t.metricCols.metric)) {
    issues.push(
      issue(
        at(settings, metricHeader, 0),
        `the metric table's header "${t.metricCols.metric}" is not here: the goal settings sheet was changed or not written by Sales Kit`,
        `此处应为指标表的表头“${t.metricCols.metric}”：目标设置表已被改动，或并非由销售工具包生成`,
      ),
    );
    return null;
  }
  const metrics: GoalMetric[] = [];
  for (let r = metricHeader + 1; r < metricHeader + 1 + MAX_LIST; r++) {
    const name = text(book.value(settings, r, 0));
    // The total-weight row follows the last metric: a label with no unit.
    if (name === "" || text(book.value(settings, r, 1)) === "") break;
    const unit = keyOf<MetricUnit>(t.unit, text(book.value(settings, r, 1)));
    const direction = keyOf<MetricDirection>(t.better, text(book.value(settings, r, 2)));
    const aggregation = keyOf<MetricAggregation>(t.aggregation, text(book.value(settings, r, 3)));
    const bad = (col: number, words: Readonly<Record<string, string>>, what: string, whatZh: string) =>
      issues.push(
        issue(
          at(settings, r, col),
          `${what} of metric "${name}" must be one of ${Object.values(words).join(", ")} (found "${text(book.value(settings, r, col))}")`,
          `指标“${name}”的${whatZh}应为 ${Object.values(words).join("、")} 之一（实际为“${text(book.value(settings, r, col))}”）`,
        ),
      );
    if (!unit) bad(1, t.unit, "the unit", "单位");
    if (!direction) bad(2, t.better, "the direction", "方向");
    if (!aggregation) bad(3, t.aggregation, "the aggregation", "月度合并方式");
    metrics.push({
      id: `m${metrics.length + 1}`,
      name: { en: name, zh: name },
      unit: unit ?? "number",
      direction: direction ?? "higher",
      aggregation: aggregation ?? "sum",
      weight: 0,
      growth: null,
      defaultTarget: null,
      cap: null,
      gate: null,
    });
  }
  if (!metrics.length) {
    issues.push(
      issue(
        at(settings, metricHeader + 1, 0),
        "the goal settings sheet lists no metric",
        "目标设置表中没有任何指标",
      ),
    );
  }
  if (issues.length) return null;

  // The goal sheet: one row per rep and metric from row 7, rep in A, team in B, metric in D.
  const K = metrics.length;
  const firstRow = 7;
  const reps: Rep[] = [];
  for (let i = 0; i < MAX_LIST; i++) {
    const row = firstRow + i * K;
    const name = text(book.value(goals, row, 0));
    if (name === "") break;
    for (let k = 0; k < K; k++) {
      const r = row + k;
      const metric = text(book.value(goals, r, 3));
      if (text(book.value(goals, r, 0)) !== name || metric !== metrics[k].name.en) {
        issues.push(
          issue(
            at(goals, r, 3),
            `expected rep "${name}" and metric "${metrics[k].name.en}" here, in the order of the goal settings' metrics (found "${text(book.value(goals, r, 0))}", "${metric}")`,
            `此处应为销售人员“${name}”的指标“${metrics[k].name.en}”，顺序与目标设置表中的指标一致（实际为“${text(book.value(goals, r, 0))}”、“${metric}”）`,
          ),
        );
        return null;
      }
    }
    reps.push({
      name,
      role: "",
      team: text(book.value(goals, row, 1)),
      manager: text(book.value(goals, row, 2)),
      hireDate: null,
    });
  }
  if (!reps.length) {
    issues.push(issue(at(goals, firstRow, 0), "the goal sheet lists no rep", "目标表中没有任何销售人员"));
    return null;
  }
  // The currency symbol as the goal sheet's target column shows it (column H).
  const currencyMetric = metrics.findIndex((m) => m.unit === "currency");
  const currency =
    currencyMetric >= 0 && book.numberFormat
      ? currencyOfFormat(book.numberFormat(goals, firstRow + currencyMetric, 7))
      : "";
  const months = Array.from({ length: M }, (_, j) => ({ year: 0, month: j + 1, start: 0, end: 0 }));
  const plan: GoalPlan = {
    title: null,
    locale,
    currency,
    period: { type: "month", label, start: 0, end: 0, months },
    asOf: null,
    metrics,
    reps,
    notYetStarted: [],
    lines: [],
    split: [],
    ramp: [],
    holidays: [],
    tolerance: 0,
    history: [],
  };
  return { plan, sheets: { settings, goals, scorecard } };
}

/** The first and last rows of the range a name of `sheet` refers to on that sheet; null when none. */
function namedRows(book: WorkbookCells, sheet: string, name: string): { first: number; last: number } | null {
  const key = name.toLowerCase();
  const found = book.scopedNames?.find(
    (n) => n.sheet.toLowerCase() === sheet.toLowerCase() && n.name.toLowerCase() === key,
  );
  if (!found) return null;
  const bang = found.refersTo.lastIndexOf("!");
  try {
    const { start, end } = parseRange(found.refersTo.slice(bang + 1).replace(/\$/g, ""));
    return { first: start.row + 1, last: end.row + 1 };
  } catch {
    return null;
  }
}

/** A CRM sheet found in one language, with that language: its headers are read in it. */
interface CrmSheet {
  readonly sheet: string;
  readonly locale: Locale;
}

/**
 * The CRM sheet named `nameIn` a language, in the goal sheets' language first, else the other: the
 * import's language is its own choice (a team may import a Chinese CRM export into English goal
 * sheets), and the sheets' layout and recorded names are the same in both.
 */
function crmSheet(
  book: WorkbookCells,
  goalLocale: Locale,
  nameIn: (l: Locale) => string,
): CrmSheet | undefined {
  for (const locale of [goalLocale, ...LOCALES.filter((l) => l !== goalLocale)]) {
    const sheet = findSheet(book, nameIn(locale));
    if (sheet) return { sheet, locale };
  }
  return undefined;
}

/** The funnel sheet's rows as the import recorded them (crm/layout-names.ts). */
function namedFunnel(book: WorkbookCells, sheet: string, reps: readonly Rep[]): DashboardFunnel | undefined {
  const summary = namedRows(book, sheet, FUNNEL_REPS_NAME);
  const stages = namedRows(book, sheet, FUNNEL_STAGES_NAME);
  if (!summary || !stages) return undefined;
  const known = new Set(reps.map((rep) => rep.name.toLocaleLowerCase()));
  const summaryRows: { rep: string; row: number }[] = [];
  for (let row = summary.first; row <= summary.last; row++) {
    const rep = text(book.value(sheet, row, 0));
    if (known.has(rep.toLocaleLowerCase())) summaryRows.push({ rep, row });
  }
  return { sheet, summaryRows, stageFirst: stages.first, stageLast: stages.last };
}

/**
 * The funnel sheet's rows: as the import recorded them, else found by their place: per-rep summary
 * from row 6 (rep in A), then the team block's stages. A funnel sheet whose rows cannot be found is
 * an issue naming it, never a dashboard quietly without its coaching focus.
 */
function readFunnel(
  book: WorkbookCells,
  found: CrmSheet | undefined,
  reps: readonly Rep[],
  issues: InputIssue[],
): DashboardFunnel | undefined {
  if (!found) return undefined;
  const { sheet, locale } = found;
  const t = CRM_TEXTS[locale];
  const named = namedFunnel(book, sheet, reps);
  if (named) return named;
  const summaryRows: { rep: string; row: number }[] = [];
  let r = 6;
  for (; r < 6 + MAX_LIST; r++) {
    const rep = text(book.value(sheet, r, 0));
    if (rep === "") break;
    summaryRows.push({ rep, row: r });
  }
  // The team block: its title one row under the summary, its header, then the stages down to the
  // "(stage unknown)" row.
  const stageFirst = r + 3;
  let stageLast = stageFirst - 1;
  while (stageLast - stageFirst < MAX_LIST) {
    const v = text(book.value(sheet, stageLast + 1, 0));
    if (v === "" || isLabel(v, t.stageUnknown)) break;
    stageLast++;
  }
  if (!isLabel(text(book.value(sheet, stageLast + 1, 0)), t.stageUnknown)) {
    const en = CRM_TEXTS["en-US"].stageUnknown;
    const zh = CRM_TEXTS["zh-CN"].stageUnknown;
    issues.push(
      issue(
        `${sheet}!A${stageFirst}`,
        `the CRM funnel sheet "${sheet}" is not laid out as the import writes it: no row "${locale === "zh-CN" ? zh : en}" closes the team block's stages under the per-rep summary (from row 6). Import the CRM export again, or rename the sheet to make the dashboard without the funnel`,
        `CRM 漏斗工作表“${sheet}”的版式与导入时生成的不同：在各销售人员汇总（自第 6 行起）之下找不到结束团队各阶段的“${locale === "zh-CN" ? zh : en}”行。请重新导入 CRM 导出，或将该工作表改名，以生成不含漏斗的看板`,
      ),
    );
    return undefined;
  }
  // A team block with no known stage: nothing to chart or coach on.
  if (stageLast < stageFirst) return undefined;
  const known = new Set(reps.map((rep) => rep.name.toLocaleLowerCase()));
  return {
    sheet,
    summaryRows: summaryRows.filter((s) => known.has(s.rep.toLocaleLowerCase())),
    stageFirst,
    stageLast,
  };
}

/**
 * The history sheet: its table from row 6 (dates in A) and the trend table beside it (J:L). A
 * history sheet without its table is an issue naming it, never a dashboard quietly without the
 * week-over-week column.
 */
function readHistory(
  book: WorkbookCells,
  found: CrmSheet | undefined,
  issues: InputIssue[],
): HistoryLayout | undefined {
  if (!found) return undefined;
  const { sheet, locale } = found;
  const cells = { latestCell: "$B$3", previousCell: "$D$3", periodCell: "$F$3" };
  const rows = namedRows(book, sheet, HISTORY_ROWS_NAME);
  const trend = namedRows(book, sheet, HISTORY_TREND_NAME);
  if (rows && trend)
    return {
      sheet,
      firstRow: rows.first,
      lastRow: rows.last,
      ...cells,
      trendFirstRow: trend.first,
      trendLastRow: trend.last,
    };
  const t = HISTORY_TEXTS[locale];
  // The header row holds the table's first column title; the trend's title is one row above it.
  let header = 0;
  for (let r = 1; r <= 20 && !header; r++) if (isLabel(text(book.value(sheet, r, 0)), t.col.date)) header = r;
  if (!header) {
    issues.push(
      issue(
        sheet,
        `the history sheet "${sheet}" has no history table: its header "${t.col.date}" was not found in column A (rows 1 to 20). Import with --history again, or rename the sheet to make the dashboard without the history`,
        `历史工作表“${sheet}”中没有历史表：在 A 列（第 1 至 20 行）找不到表头“${t.col.date}”。请用 --history 重新导入，或将该工作表改名，以生成不含历史的看板`,
      ),
    );
    return undefined;
  }
  const first = header + 1;
  let last = header;
  while (last - header < MAX_LIST && text(book.value(sheet, last + 1, 0)) !== "") last++;
  let trendLast = header;
  while (trendLast - header < MAX_LIST && text(book.value(sheet, trendLast + 1, 9)) !== "") trendLast++;
  return {
    sheet,
    firstRow: first,
    lastRow: last,
    latestCell: "$B$3",
    previousCell: "$D$3",
    periodCell: "$F$3",
    trendFirstRow: first,
    trendLastRow: trendLast,
  };
}

/**
 * The dashboard input of the workbook's goal period (`period` picks one when it holds several), in
 * the goal sheets' language; the CRM parts join when their sheets are there, in that language or the
 * other (a Chinese CRM import into an English goal workbook counts as much as an English one).
 */
export function dashboardInputFromWorkbook(book: WorkbookCells, period?: string): DashboardRead {
  const issues: InputIssue[] = [];
  const all = goalPeriodsIn(book);
  const periods = period === undefined ? all : all.filter((p) => p.label === period);
  if (periods.length !== 1) {
    const en = GOAL_SHEET_TEXTS["en-US"].sheet.settings;
    const zh = GOAL_SHEET_TEXTS["zh-CN"].sheet.settings;
    const labels = all.map((p) => p.label).join(", ");
    return {
      ok: false,
      issues: [
        periods.length === 0 && period === undefined
          ? issue(
              "(file)",
              `the workbook has no goal sheets: a sheet named "${en} <period>" or "${zh} <period>" is needed, with its goal and scorecard sheets (write them with sales-kit goals or import --goals)`,
              `工作簿中没有目标表：需要名为“${en} <期间>”或“${zh} <期间>”的工作表及其目标表和计分卡（可用 sales-kit goals 或 import --goals 生成）`,
            )
          : periods.length === 0
            ? issue(
                "--period",
                `the workbook has no goal sheets of period "${period}" (it has: ${labels || "none"})`,
                `工作簿中没有期间“${period}”的目标表（已有：${labels || "无"}）`,
              )
            : issue(
                "--period",
                `the workbook holds the goal sheets of several periods (${labels}): name one with --period`,
                `工作簿中有多个期间的目标表（${labels}）：请用 --period 指定其一`,
              ),
      ],
    };
  }
  const { locale, label } = periods[0];
  const read = readPlan(book, { locale, label, t: GOAL_SHEET_TEXTS[locale] }, issues);
  if (!read) return { ok: false, issues };
  const { plan, sheets } = read;
  const funnel = readFunnel(
    book,
    crmSheet(book, locale, (l) => CRM_TEXTS[l].sheet.funnel),
    plan.reps,
    issues,
  );
  const followUp = crmSheet(book, locale, (l) => CRM_TEXTS[l].sheet.followUp)?.sheet;
  const history = readHistory(
    book,
    crmSheet(book, locale, (l) => HISTORY_TEXTS[l].sheet),
    issues,
  );
  if (issues.length) return { ok: false, issues };
  const layout = goalLayout(plan, locale);
  return {
    ok: true,
    input: {
      locale,
      plan,
      goals: {
        ...layout,
        names: {
          goals: sheets.goals,
          scorecard: sheets.scorecard,
          teams: layout.names.teams,
          settings: sheets.settings,
          ramp: layout.names.ramp,
        },
      },
      ...(funnel ? { funnel } : {}),
      ...(followUp ? { followUpSheet: followUp } : {}),
      ...(history ? { history } : {}),
    },
  };
}
