/**
 * Criteria of SUMIFS/COUNTIFS/AVERAGEIFS that mean "equals the text in this cell", in a form every
 * engine reads alike. In Excel * ? and ~ are wildcards in criteria (~ escapes them); Gnumeric takes a
 * criterion that starts with "=" literally (no wildcards, no ~ escapes), so an escaped name must not
 * start with "=" there, while a plain name keeps the "=" that stops "<10k" reading as an operator.
 */

const WILDCARD = /[*?~]/;
const OPERATOR_START = /^[<>=]/;

/** The cell's text with * ? ~ escaped for a criterion (a formula fragment). */
export function escapedCell(cellRef: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cellRef},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * "Equals the text in `cellRef`", given `value`, the text the cell holds when generated. A value with
 * both a leading operator and a wildcard keeps Excel's form ("=" then escaped), which Gnumeric alone
 * reads literally.
 */
export function equalsCell(cellRef: string, value: string): string {
  if (!WILDCARD.test(value)) return `"="&${cellRef}`;
  return OPERATOR_START.test(value) ? `"="&${escapedCell(cellRef)}` : escapedCell(cellRef);
}
