/**
 * Building SUMIFS/COUNTIFS formulas over the data table. Names and stages are never spliced into
 * formula text: criteria point at the cell that holds them, with wildcards escaped where needed.
 */
import { DataColumn, DataLayout, dataRange } from "./data-sheet";

/** One criteria pair: a data column and the criterion expression (already a formula fragment). */
export interface Criterion {
  readonly column: DataColumn;
  readonly test: string;
}

/** A formula string literal: quotes doubled. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export { equalsCell } from "../criteria";

/** "Equals this fixed word" (our own outcome words: no wildcards in them). */
export function equalsText(text: string): string {
  return literal(`=${text}`);
}

export function onOrAfter(cellRef: string): string {
  return `">="&${cellRef}`;
}

export function onOrBefore(cellRef: string): string {
  return `"<="&${cellRef}`;
}

function pairs(layout: DataLayout, criteria: readonly Criterion[]): string {
  return criteria.map((c) => `${dataRange(layout, c.column)},${c.test}`).join(",");
}

export function sumIfs(layout: DataLayout, sum: DataColumn, criteria: readonly Criterion[]): string {
  return `SUMIFS(${dataRange(layout, sum)},${pairs(layout, criteria)})`;
}

export function countIfs(layout: DataLayout, criteria: readonly Criterion[]): string {
  return `COUNTIFS(${pairs(layout, criteria)})`;
}
