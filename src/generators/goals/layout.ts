/**
 * Where everything sits on the goal sheets: sheet names, rows and columns. Computed once from the plan
 * so the sheets that refer to each other (and the tests that read them back) agree on every address.
 */
import { cellAddress, columnLetter, quoteSheetName } from "../../workbook/a1";
import type { Locale } from "../../i18n";
import { goalSheetTexts } from "../../i18n/sheets/goals";
import type { GoalPlan } from "../../schemas/goals";

/** 1-based rows, 0-based columns (as a1.ts takes them). */
export interface GoalsColumns {
  readonly rep: number;
  readonly team: number;
  readonly manager: number;
  readonly metric: number;
  readonly weight: number;
  readonly baseline: number;
  readonly fullTarget: number;
  readonly target: number;
  /** First monthly target column; month j is monthTarget + j. */
  readonly monthTarget: number;
  readonly monthActual: number;
  readonly actual: number;
  readonly attainment: number;
  readonly gap: number;
  readonly expected: number;
  readonly pace: number;
  readonly projected: number;
  readonly status: number;
  readonly score: number;
  readonly growth: number;
  readonly achievability: number;
  readonly smart: number;
  readonly count: number;
}

export interface GoalLayout {
  readonly names: {
    readonly goals: string;
    readonly scorecard: string;
    readonly teams: string;
    readonly settings: string;
    readonly ramp: string;
  };
  readonly goals: {
    readonly groupRow: number;
    readonly headerRow: number;
    /** The row with each month's elapsed share above the monthly target columns. */
    readonly elapsedRow: number;
    readonly firstRow: number;
    readonly lastRow: number;
    readonly cols: GoalsColumns;
    /** Row of rep i, metric k. */
    readonly row: (rep: number, metric: number) => number;
  };
  readonly settings: {
    readonly periodRow: number;
    readonly startRow: number;
    readonly endRow: number;
    readonly asOfRow: number;
    readonly toleranceRow: number;
    readonly workdaysRow: number;
    readonly elapsedRow: number;
    readonly monthHeaderRow: number;
    /** Row of month j. Columns: A label, B start, C end, D weight, E share, F working days, G elapsed share. */
    readonly monthRow: (month: number) => number;
    readonly metricHeaderRow: number;
    /** Row of metric k. Columns: A name, B unit, C better, D aggregation, E weight, F growth, G cap, H gate. */
    readonly metricRow: (metric: number) => number;
    readonly totalWeightRow: number;
    readonly rampHeaderRow: number;
    readonly rampFirstRow: number;
    readonly rampLastRow: number;
    readonly holidayHeaderRow: number;
    readonly holidayFirstRow: number;
    readonly holidayLastRow: number;
    readonly historyHeaderRow: number;
    /** Row of history entry h. Columns: A team, B metric, C low, D high, E.. values, then growths. */
    readonly historyRow: (entry: number) => number;
    readonly historyValues: number;
  };
  readonly ramp: {
    readonly headerRow: number;
    readonly firstRow: number;
    /** Columns: A rep, B team, C hire date, D.. one factor per month. */
    readonly hireCol: number;
    readonly firstMonthCol: number;
  };
  readonly scorecard: {
    readonly headerRow: number;
    readonly firstRow: number;
    /** Columns: A rep, B team, C manager, D.. attainment per metric, then score, rank. */
    readonly firstMetricCol: number;
    readonly scoreCol: number;
    readonly rankCol: number;
  };
}

/**
 * The name of the settings sheet's tolerance cell, defined on each sheet whose colour rules use it
 * (goals, scorecard). A name, because Excel before 2010 refuses references to other sheets in
 * conditional formats; scoped to the sheet, because it then travels with the sheets wherever they
 * are copied into a workbook, and the goal sheets of two periods in one workbook keep theirs apart.
 */
export const TOLERANCE_NAME = "GoalTolerance";

/** Spare input rows under the ramp schedule and the holidays, so users can add entries in place. */
export const SPARE_RAMP_ROWS = 3;
export const SPARE_HOLIDAY_ROWS = 10;

export function goalLayout(plan: GoalPlan, locale: Locale): GoalLayout {
  const t = goalSheetTexts(locale);
  const label = plan.period.label;
  const M = plan.period.months.length;
  const K = plan.metrics.length;
  const R = plan.reps.length;

  const monthTarget = 8;
  const monthActual = monthTarget + M;
  const actual = monthActual + M;
  const cols: GoalsColumns = {
    rep: 0,
    team: 1,
    manager: 2,
    metric: 3,
    weight: 4,
    baseline: 5,
    fullTarget: 6,
    target: 7,
    monthTarget,
    monthActual,
    actual,
    attainment: actual + 1,
    gap: actual + 2,
    expected: actual + 3,
    pace: actual + 4,
    projected: actual + 5,
    status: actual + 6,
    score: actual + 7,
    growth: actual + 8,
    achievability: actual + 9,
    smart: actual + 10,
    count: actual + 11,
  };
  const firstRow = 7;

  const monthHeaderRow = 13;
  const metricHeaderRow = monthHeaderRow + M + 3;
  const totalWeightRow = metricHeaderRow + K + 1;
  const rampHeaderRow = totalWeightRow + 3;
  const rampFirstRow = rampHeaderRow + 1;
  const rampLastRow = rampFirstRow + Math.max(plan.ramp.length + SPARE_RAMP_ROWS, 6) - 1;
  const holidayHeaderRow = rampLastRow + 3;
  const holidayFirstRow = holidayHeaderRow + 1;
  const holidayLastRow = holidayFirstRow + plan.holidays.length + SPARE_HOLIDAY_ROWS - 1;
  const historyHeaderRow = holidayLastRow + 3;

  return {
    names: {
      goals: `${t.sheet.goals} ${label}`,
      scorecard: `${t.sheet.scorecard} ${label}`,
      teams: `${t.sheet.teams} ${label}`,
      settings: `${t.sheet.settings} ${label}`,
      ramp: `${t.sheet.ramp} ${label}`,
    },
    goals: {
      groupRow: 4,
      headerRow: 5,
      elapsedRow: 6,
      firstRow,
      lastRow: firstRow + R * K - 1,
      cols,
      row: (rep, metric) => firstRow + rep * K + metric,
    },
    settings: {
      periodRow: 4,
      startRow: 5,
      endRow: 6,
      asOfRow: 7,
      toleranceRow: 8,
      workdaysRow: 9,
      elapsedRow: 10,
      monthHeaderRow,
      monthRow: (j) => monthHeaderRow + 1 + j,
      metricHeaderRow,
      metricRow: (k) => metricHeaderRow + 1 + k,
      totalWeightRow,
      rampHeaderRow,
      rampFirstRow,
      rampLastRow,
      holidayHeaderRow,
      holidayFirstRow,
      holidayLastRow,
      historyHeaderRow,
      historyRow: (h) => historyHeaderRow + 1 + h,
      historyValues: Math.max(0, ...plan.history.map((h) => h.values.length)),
    },
    ramp: { headerRow: 4, firstRow: 5, hireCol: 2, firstMonthCol: 3 },
    scorecard: { headerRow: 4, firstRow: 5, firstMetricCol: 3, scoreCol: 3 + K, rankCol: 4 + K },
  };
}

/** "A1"-style address (row 1-based, column 0-based), optionally absolute. */
export function at(row: number, col: number, absolute = false): string {
  return cellAddress(row - 1, col, absolute);
}

/** Quoted sheet names, memoized: a 1,000-rep sheet refers to the same few sheets ~100,000 times. */
const quoted = new Map<string, string>();

function quote(sheet: string): string {
  let q = quoted.get(sheet);
  if (q === undefined) {
    if (quoted.size > 1000) quoted.clear();
    quoted.set(sheet, (q = quoteSheetName(sheet)));
  }
  return q;
}

/** A reference to a cell on another sheet: 'Goal settings 2027-Q1'!$B$7. */
export function ext(sheet: string, row: number, col: number, absolute = true): string {
  return `${quote(sheet)}!${at(row, col, absolute)}`;
}

/** A column range on another sheet, absolute: 'Goals 2027-Q1'!$B$7:$B$42. */
export function extRange(sheet: string, firstRow: number, lastRow: number, col: number): string {
  const c = columnLetter(col);
  return `${quote(sheet)}!$${c}$${firstRow}:$${c}$${lastRow}`;
}

export { columnLetter };
