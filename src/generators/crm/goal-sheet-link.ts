/**
 * A CRM import linked to a goal sheet that is already in the workbook (the task pane's case: the
 * goal form wrote the sheet earlier; the CLI writes both sheets at once and needs none of this).
 * Before anything points at the goal sheet, the sheet as read back must be the one the goal plan's
 * layout describes, or the links would land on other reps' rows. Afterwards only its empty monthly
 * actual cells get formulas pointing at the KPI sheet: what a user typed there stays.
 */
import { isLabel } from "../../i18n/earlier-forms";
import { goalContext } from "../goals/context";
import { at } from "../goals/layout";
import { CrmPeriod, monthPeriod } from "../../schemas/crm-import";
import type { GoalPlan } from "../../schemas/goals";
import { crmGoalActuals } from "./goal-actuals";
import type { KpiLayout } from "./kpi-sheet";
import type { RawCell } from "./table";

/**
 * A block of cells as read back from the workbook's formulas: the formula where there is one, else
 * the value; "" where the cell is empty.
 */
export type SheetGrid = readonly (readonly RawCell[])[];

/** A rectangular block of one sheet: sheet name and A1 address without the sheet. */
export interface SheetBlock {
  readonly sheet: string;
  readonly address: string;
}

/*
 * `sheet`, in what follows: the goal sheet's name in the workbook when it is not the plan's own
 * (a host renamed it for a clash: "Goals 2027-Q1 (2)").
 */

/**
 * What the check reads: the column header row down to the last rep row, from the rep column to the
 * gap column, the right-most column the KPI sheet points at.
 */
export function goalSheetBlock(plan: GoalPlan, sheet?: string): SheetBlock {
  const { layout } = goalContext(plan, plan.locale);
  const g = layout.goals;
  return {
    sheet: sheet ?? layout.names.goals,
    address: `${at(g.headerRow, g.cols.rep)}:${at(g.lastRow, g.cols.gap)}`,
  };
}

export interface GoalSheetMismatch {
  readonly kind: "mismatch";
  readonly sheet: string;
  /** A1 address on the goal sheet of the first cell that differs. */
  readonly cell: string;
  readonly expected: string;
  readonly found: string;
  /** The rep whose row it is; absent for the header row. */
  readonly rep?: string;
}

export type GoalSheetMatch =
  { readonly kind: "ok" } | { readonly kind: "missing"; readonly sheet: string } | GoalSheetMismatch;

function text(cell: RawCell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/**
 * Whether `grid` (goalSheetBlock read back; null when the sheet is not there) is the goal sheet the
 * plan describes. The headers of the columns that get linked (target, monthly actuals, gap) place
 * the columns; each row's rep name and metric label, written as text by the generator, place the
 * rows. The first cell that differs is reported, headers first, then rows top to bottom.
 */
export function matchGoalSheet(plan: GoalPlan, grid: SheetGrid | null, sheet?: string): GoalSheetMatch {
  const { layout, t, metricName } = goalContext(plan, plan.locale);
  const g = layout.goals;
  const c = g.cols;
  sheet ??= layout.names.goals;
  if (grid === null) return { kind: "missing", sheet };
  const check = (row: number, col: number, expected: string, rep?: string): GoalSheetMismatch | null => {
    const found = text(grid[row - g.headerRow]?.[col]);
    // A goal sheet keeps the words it was written with: an earlier wording of a header is the header.
    if (isLabel(found, expected)) return null;
    return { kind: "mismatch", sheet, cell: at(row, col), expected, found, ...(rep ? { rep } : {}) };
  };
  const headers: [number, string][] = [
    [c.rep, t.col.rep],
    [c.metric, t.col.metric],
    [c.target, t.col.target],
    ...plan.period.months.map((m, j): [number, string] => [
      c.monthActual + j,
      t.monthHeader(m.year, m.month),
    ]),
    [c.gap, t.col.gap],
  ];
  for (const [col, expected] of headers) {
    const miss = check(g.headerRow, col, expected);
    if (miss) return miss;
  }
  for (let i = 0; i < plan.reps.length; i++) {
    const rep = plan.reps[i].name;
    for (let k = 0; k < plan.metrics.length; k++) {
      const row = g.row(i, k);
      const miss = check(row, c.rep, rep, rep) ?? check(row, c.metric, metricName(plan.metrics[k]), rep);
      if (miss) return miss;
    }
  }
  return { kind: "ok" };
}

/** One monthly actual cell of the goal sheet and the KPI figure it should point at. */
export interface ActualLink {
  readonly rep: string;
  readonly metricId: string;
  /** The month as the KPI sheet labels it (2027-01). */
  readonly month: string;
  /** A1 address on the goal sheet. */
  readonly cell: string;
  readonly formula: string;
  /** Position in the block (0-based). */
  readonly row: number;
  readonly col: number;
}

export interface ActualsFill extends SheetBlock {
  /** One formula per cell of the block; null where the KPI sheet has no figure (left alone). */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** The cells that have a formula, row by row. */
  readonly links: readonly ActualLink[];
}

/**
 * The goal sheet's monthly actual block and, for each cell the KPI sheet has a figure for, the
 * formula pointing there, exactly as crmGoalActuals links them when both sheets are generated
 * together. `kpi` must carry the KPI sheet's final name (a host renames a sheet whose name is taken).
 */
export function goalActualsFill(plan: GoalPlan, kpi: KpiLayout, sheet?: string): ActualsFill {
  const { layout } = goalContext(plan, plan.locale);
  const g = layout.goals;
  const first = g.cols.monthActual;
  const months = plan.period.months;
  const source = crmGoalActuals(kpi);
  const formulas: (string | null)[][] = [];
  const links: ActualLink[] = [];
  plan.reps.forEach((rep, i) =>
    plan.metrics.forEach((metric, k) => {
      const row = g.row(i, k);
      formulas.push(
        months.map((month, j) => {
          const ref = source.cell(rep, metric.id, month);
          if (ref === null) return null;
          const formula = `=${ref}`;
          links.push({
            rep: rep.name,
            metricId: metric.id,
            month: monthPeriod(month.year, month.month).label,
            cell: at(row, first + j),
            formula,
            row: row - g.firstRow,
            col: j,
          });
          return formula;
        }),
      );
    }),
  );
  const address = `${at(g.firstRow, first)}:${at(g.lastRow, first + months.length - 1)}`;
  return { sheet: sheet ?? layout.names.goals, address, formulas, links };
}

/** A cell nothing was put in: a workbook reads an empty cell's formula as "". */
export function isEmptyCell(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || cell === "";
}

export interface ActualsOutcome {
  readonly filled: readonly ActualLink[];
  /** Cells that already held a value or formula, left as they were. */
  readonly kept: readonly ActualLink[];
}

/** Which links a fill wrote, from the block as it was read just before (`before`, as isEmptyCell reads it). */
export function actualsOutcome(fill: ActualsFill, before: SheetGrid): ActualsOutcome {
  const filled: ActualLink[] = [];
  const kept: ActualLink[] = [];
  for (const link of fill.links) (isEmptyCell(before[link.row]?.[link.col]) ? filled : kept).push(link);
  return { filled, kept };
}

/** The KPI periods of a linked import when none are given: the goal period and its months (as the CLI). */
export function goalKpiPeriods(plan: GoalPlan): CrmPeriod[] {
  return [
    { label: plan.period.label, start: plan.period.start, end: plan.period.end },
    ...plan.period.months.map((m) => monthPeriod(m.year, m.month)),
  ];
}
