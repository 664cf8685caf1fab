/**
 * Excel's limits on one formula that a spec must keep for any team size: 8,192 characters and 255
 * arguments to one function. Excel refuses to open such a cell (the file is "repaired" and the
 * formula dropped), so generators use range forms that stay short instead of lists of cells.
 */
import { tokenizeFormula } from "./formula-tokens";

export const MAX_FUNCTION_ARGUMENTS = 255;

export interface FunctionArguments {
  readonly name: string;
  readonly count: number;
}

interface Frame {
  /** The function called, or null for grouping parentheses and array constants. */
  readonly name: string | null;
  commas: number;
  empty: boolean;
}

/** The function call with the most arguments in `formula` (with or without "="), or null if none. */
export function widestCall(formula: string): FunctionArguments | null {
  const tokens = tokenizeFormula(formula);
  const stack: Frame[] = [];
  let widest: FunctionArguments | null = null;
  tokens.forEach((token, i) => {
    const top = stack[stack.length - 1];
    if (token.kind === "other" && (token.text === "(" || token.text === "{")) {
      if (top) top.empty = false;
      const before = tokens[i - 1];
      const name = token.text === "(" && before?.kind === "word" ? before.text : null;
      stack.push({ name, commas: 0, empty: true });
      return;
    }
    if (token.kind === "other" && (token.text === ")" || token.text === "}")) {
      const frame = stack.pop();
      if (frame?.name) {
        const count = frame.empty && frame.commas === 0 ? 0 : frame.commas + 1;
        if (!widest || count > widest.count) widest = { name: frame.name.toUpperCase(), count };
      }
      return;
    }
    if (!top) return;
    if (token.kind === "other" && token.text === ",") top.commas++;
    else if (token.text.trim() !== "") top.empty = false;
  });
  return widest;
}
