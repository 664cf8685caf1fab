/**
 * The team's pay statements over as many sheets as Excel's limits need: a sheet holds at most
 * 1,048,576 rows and keeps at most 1,026 manual page breaks, and every statement keeps a break before
 * it. At 141 rows a twelve-period statement, 10,000 reps take 1.41 million rows; at four printed pages
 * a statement, about 256 reps fill a sheet's page breaks. A rep's statement is never split across
 * sheets; a team within both limits keeps its one sheet exactly as before.
 */
import { MAX_ROWS } from "../../workbook/a1";
import { MAX_MANUAL_PAGE_BREAKS } from "../../workbook/validate";

export interface StatementLimits {
  /** Rows of a sheet. */
  readonly rows: number;
  /** Manual page breaks a sheet keeps. */
  readonly breaks: number;
}

/** Excel's limits; tests lower them to split a small team. */
export const EXCEL_STATEMENT_LIMITS: StatementLimits = { rows: MAX_ROWS, breaks: MAX_MANUAL_PAGE_BREAKS };

/**
 * Rows above the first statement of each sheet of a split team: the line that says which reps the
 * sheet holds (not printed: each statement names its rep on paper).
 */
export const PART_TOP_ROWS = 1;

/** The statements of one sheet: reps first..end-1 in roster order, from 0-based row `top`. */
export interface StatementPart {
  readonly first: number;
  readonly end: number;
  readonly top: number;
}

/**
 * Sheets for `pages.length` statements of `block` rows each, statement r starting pages[r] further
 * pages inside its block (bands of periods, continuation pages): one sheet while the whole team fits,
 * else sheets filled in roster order, each up to the rows and the breaks it keeps.
 */
export function splitStatements(
  block: number,
  pages: readonly number[],
  limits: StatementLimits = EXCEL_STATEMENT_LIMITS,
): StatementPart[] {
  const n = pages.length;
  const inner = pages.reduce((s, p) => s + p, 0);
  // A break before every statement but the sheet's first, and its own pages' breaks.
  if (n * block <= limits.rows && Math.max(0, n - 1) + inner <= limits.breaks)
    return [{ first: 0, end: n, top: 0 }];
  const parts: StatementPart[] = [];
  let first = 0;
  let rows = PART_TOP_ROWS;
  let breaks = 0;
  for (let r = 0; r < n; r++) {
    // A statement too large for a sheet of its own still gets one (its sheet then prints without breaks).
    if (r > first && (rows + block > limits.rows || breaks + 1 + pages[r] > limits.breaks)) {
      parts.push({ first, end: r, top: PART_TOP_ROWS });
      first = r;
      rows = PART_TOP_ROWS;
      breaks = 0;
    }
    rows += block;
    breaks += (r > first ? 1 : 0) + pages[r];
  }
  parts.push({ first, end: n, top: PART_TOP_ROWS });
  return parts;
}

/** The sheet (index into parts) and 0-based row of rep r's statement. */
export function statementPlace(
  parts: readonly StatementPart[],
  block: number,
  r: number,
): { part: number; row: number } {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid].first <= r) lo = mid;
    else hi = mid - 1;
  }
  const p = parts[lo];
  if (r < p.first || r >= p.end) throw new RangeError(`no statement for rep ${r}`);
  return { part: lo, row: p.top + (r - p.first) * block };
}
