/**
 * Rewrites the references in a formula when sheets, tables or defined names get new names
 * (a host gave "Goals (2)" because "Goals" was taken). Text inside string literals and the column
 * names of structured references are never touched.
 */
import { quoteSheetName } from "./a1";
import { FormulaToken, quotedSheetName, tokenizeFormula } from "./formula-tokens";

export interface Renames {
  /** Old sheet name -> new; matched case-insensitively, as Excel does. */
  readonly sheets?: ReadonlyMap<string, string>;
  /** Old table or defined name -> new (tables and names share one namespace in Excel). */
  readonly names?: ReadonlyMap<string, string>;
}

function lowerKeys(map: ReadonlyMap<string, string> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of map ?? []) if (k !== v) out.set(k.toLowerCase(), v);
  return out;
}

interface CompiledRenames {
  readonly sheets: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
}

function compileRenames(renames: Renames): CompiledRenames {
  return { sheets: lowerKeys(renames.sheets), names: lowerKeys(renames.names) };
}

const CELL_LIKE = /^[A-Za-z]{1,3}[0-9]{1,7}$/;
const COLUMN_LIKE = /^[A-Za-z]{1,3}$/;

function renameSheetPrefix(text: string, sheets: ReadonlyMap<string, string>): string | null {
  // A 3-D reference names two sheets: 'Jan:Mar'!A1 or Jan:Mar!A1.
  const parts = text.split(":");
  let changed = false;
  const renamed = parts.map((p) => {
    const next = sheets.get(p.toLowerCase());
    if (next === undefined) return p;
    changed = true;
    return next;
  });
  if (!changed) return null;
  if (renamed.length === 1) return quoteSheetName(renamed[0]);
  const plain = renamed.every((r) => quoteSheetName(r) === r);
  return plain ? renamed.join(":") : `'${renamed.join(":").replace(/'/g, "''")}'`;
}

function renameTokens(tokens: FormulaToken[], r: CompiledRenames): string {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (t.kind === "quotedSheet") {
      if (r.sheets.size && t.text.endsWith("!")) {
        const renamed = renameSheetPrefix(quotedSheetName(t), r.sheets);
        if (renamed !== null) {
          out.push(`${renamed}!`);
          continue;
        }
      }
      out.push(t.text);
      continue;
    }
    if (t.kind !== "word") {
      out.push(t.text);
      continue;
    }
    // Unquoted sheet prefix, possibly 3-D: Sheet1!A1, Jan:Mar!A1.
    if (next?.text === "!" && r.sheets.size) {
      const renamed = renameSheetPrefix(t.text, r.sheets);
      out.push(renamed ?? t.text);
      continue;
    }
    if (
      next?.text === ":" &&
      tokens[i + 2]?.kind === "word" &&
      tokens[i + 3]?.text === "!" &&
      !CELL_LIKE.test(t.text)
    ) {
      const renamed = r.sheets.size ? renameSheetPrefix(`${t.text}:${tokens[i + 2].text}`, r.sheets) : null;
      out.push(renamed ?? `${t.text}:${tokens[i + 2].text}`);
      i += 2;
      continue;
    }
    if (next?.text === "(") {
      out.push(t.text); // a function call
      continue;
    }
    const isReferencePart =
      prev?.text === "$" ||
      next?.text === "$" ||
      CELL_LIKE.test(t.text) ||
      (COLUMN_LIKE.test(t.text) && (prev?.text === ":" || next?.text === ":"));
    if (!isReferencePart && r.names.size) {
      const renamed = r.names.get(t.text.toLowerCase());
      if (renamed !== undefined) {
        out.push(renamed);
        continue;
      }
    }
    out.push(t.text);
  }
  return out.join("");
}

/** The formula with renamed sheets, tables and names; unchanged text when nothing applies. */
export function renameInFormula(formula: string, renames: Renames): string {
  const compiled = compileRenames(renames);
  if (compiled.sheets.size === 0 && compiled.names.size === 0) return formula;
  return renameTokens(tokenizeFormula(formula), compiled);
}
