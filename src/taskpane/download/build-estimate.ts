/**
 * How far a download's build has got, estimated: ExcelJS tells nothing while it writes (seconds for
 * a large import), so the bar advances by the time a build of this many cells is expected to take,
 * and stops short of the end until the file is there. The rate starts from a measurement (a 60,000
 * deal import, 1.08 million cells, built in 7.4 s by Node on a 2-core machine: about 0.007 ms a
 * cell, rounded up for a browser's worker) and then follows this pane's own builds.
 */
import type { WorkbookSpec } from "../../workbook/spec";
import { blockHeight, blockWidth, cellBlocks } from "../../workbook/blocks";

export const DEFAULT_MS_PER_CELL = 0.01;

/** The estimate never claims more than this before the build has answered. */
export const ESTIMATE_CAP = 0.95;

/** Cells of every block of the spec, empty ones included (ExcelJS walks them all). */
export function specCells(spec: WorkbookSpec): number {
  let cells = 0;
  for (const sheet of spec.sheets) for (const b of cellBlocks(sheet)) cells += blockHeight(b) * blockWidth(b);
  return cells;
}

export interface BuildEstimate {
  /** Fraction believed done after `elapsedMs`, 0..ESTIMATE_CAP. */
  fraction(elapsedMs: number): number;
  /** Learns from a finished build of `cells` cells that took `ms`. */
  learn(ms: number): void;
}

export function buildEstimate(cells: number, rate: { msPerCell: number }): BuildEstimate {
  // A floor, so a small spec's bar does not run to the cap at once.
  const expected = Math.max(300, cells * rate.msPerCell);
  return {
    fraction: (elapsed) => Math.min(ESTIMATE_CAP, Math.max(0, elapsed / expected)),
    learn: (ms) => {
      if (cells >= 10_000 && ms > 0) rate.msPerCell = ms / cells;
    },
  };
}
