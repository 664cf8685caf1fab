/**
 * A small lexer for Excel formulas (en-US syntax), enough to find sheet prefixes, names, table names
 * and function calls without touching string literals or structured-reference column names.
 * It splits a formula into tokens whose texts concatenate back to the input exactly.
 */

export type FormulaTokenKind =
  /** "text" with doubled quotes inside. */
  | "string"
  /** 'Sheet name'! : a quoted sheet prefix, including the "!". */
  | "quotedSheet"
  /** [ ... ] with nesting: a structured reference's part, or an external-book index. */
  | "bracket"
  /** #REF!, #N/A, #DIV/0! ... */
  | "error"
  | "number"
  /** A run of name characters: a cell reference, column, name, table, function or unquoted sheet. */
  | "word"
  /** Anything else, one character at a time: operators, parentheses, commas, $, !, :, spaces. */
  | "other";

export interface FormulaToken {
  readonly kind: FormulaTokenKind;
  readonly text: string;
}

const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

/** Letters (any script), digits, "_", "." and "\" can appear in names; digits cannot start a word. */
function isWordStart(ch: string): boolean {
  return /[A-Za-z_\\]/.test(ch) || ch.charCodeAt(0) > 127;
}

function isWordChar(ch: string): boolean {
  return /[A-Za-z0-9_.\\]/.test(ch) || ch.charCodeAt(0) > 127;
}

export function tokenizeFormula(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  const n = formula.length;
  let i = 0;
  while (i < n) {
    const ch = formula[i];
    const start = i;
    if (ch === '"') {
      i++;
      while (i < n) {
        if (formula[i] === '"') {
          if (formula[i + 1] === '"') i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
      tokens.push({ kind: "string", text: formula.slice(start, i) });
    } else if (ch === "'") {
      i++;
      while (i < n) {
        if (formula[i] === "'") {
          if (formula[i + 1] === "'") i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
      // A quoted sheet name is always followed by "!" in a valid formula; keep it with the prefix.
      if (formula[i] === "!") i++;
      tokens.push({ kind: "quotedSheet", text: formula.slice(start, i) });
    } else if (ch === "[") {
      let depth = 0;
      while (i < n) {
        if (formula[i] === "'" && i + 1 < n) {
          // In structured references "'" escapes the next character ("'[", "']", "'#").
          i += 2;
          continue;
        }
        if (formula[i] === "[") depth++;
        else if (formula[i] === "]") {
          depth--;
          if (depth === 0) {
            i++;
            break;
          }
        }
        i++;
      }
      tokens.push({ kind: "bracket", text: formula.slice(start, i) });
    } else if (ch === "#") {
      const upper = formula.slice(i, i + 14).toUpperCase();
      const error = ERRORS.find((e) => upper.startsWith(e));
      i += error ? error.length : 1;
      tokens.push({ kind: error ? "error" : "other", text: formula.slice(start, i) });
    } else if (/[0-9]/.test(ch) || (ch === "." && /[0-9]/.test(formula[i + 1] ?? ""))) {
      while (i < n && /[0-9.]/.test(formula[i])) i++;
      if (/[eE]/.test(formula[i] ?? "") && /[-+0-9]/.test(formula[i + 1] ?? "")) {
        i += 2;
        while (i < n && /[0-9]/.test(formula[i])) i++;
      }
      tokens.push({ kind: "number", text: formula.slice(start, i) });
    } else if (isWordStart(ch)) {
      i++;
      while (i < n && isWordChar(formula[i])) i++;
      tokens.push({ kind: "word", text: formula.slice(start, i) });
    } else {
      i++;
      tokens.push({ kind: "other", text: ch });
    }
  }
  return tokens;
}

/** The unquoted sheet name of a quotedSheet token ("'It''s'!" -> "It's"). */
export function quotedSheetName(token: FormulaToken): string {
  return token.text.replace(/!$/, "").slice(1, -1).replace(/''/g, "'");
}
