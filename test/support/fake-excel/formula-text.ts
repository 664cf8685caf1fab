/**
 * The pieces of formula text that the fake Excel's reference rewriting (rename.ts, shift-rows.ts)
 * steps over or reads as Excel's grammar has them: string literals, quoted sheet names, words.
 */

/** A character a name (sheet, function, defined name) may start with. */
export const WORD_START = /[A-Za-z_\u0080-\uFFFF]/;
/** A name at the start of the text. */
export const WORD = /^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*/;

/** The index after the string literal opening at i ("" inside it is an escaped quote). */
export function stringEnd(formula: string, i: number): number {
  let j = i + 1;
  while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"'))
    j += formula[j] === '"' ? 2 : 1;
  return j + 1;
}

/** The quoted name opening at i ('' inside it an escaped quote) and the index of its closing quote. */
export function quotedName(formula: string, i: number): { name: string; close: number } {
  let j = i + 1;
  let name = "";
  while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) {
    name += formula[j];
    j += formula[j] === "'" ? 2 : 1;
  }
  return { name, close: j };
}
