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
  const c = ch.charCodeAt(0);
  // Compared by code, not by a regular expression per character: formulas are lexed by the million.
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 92 || c > 127;
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return isWordStart(ch) || (c >= 48 && c <= 57) || c === 46;
}

function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
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
    } else if (isDigit(ch) || (ch === "." && isDigit(formula[i + 1]))) {
      while (i < n && (isDigit(formula[i]) || formula[i] === ".")) i++;
      const sign = formula[i + 1];
      if ((formula[i] === "e" || formula[i] === "E") && (sign === "-" || sign === "+" || isDigit(sign))) {
        i += 2;
        while (i < n && isDigit(formula[i])) i++;
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
