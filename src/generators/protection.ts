/**
 * Sheet protection with a password the user chose (goals, incentives). The protection keeps a
 * sheet's formulas from being typed over; it is not encryption, and the password only guards
 * unprotecting.
 */
import type { ProtectionSpec, SheetSpec } from "../workbook/spec";

/** Every protected sheet locked with `password`; unchanged without one (or with ""). */
export function withPassword(sheets: readonly SheetSpec[], password: string | undefined): SheetSpec[] {
  if (!password) return [...sheets];
  return sheets.map((s) => (s.protection ? { ...s, protection: { ...s.protection, password } } : s));
}

/**
 * The sheets named in `inputs` protected with `password` (their cells styled "input" stay
 * editable), as sheets that guide input are: sorting, filtering and column widths allowed.
 * Unchanged without a password.
 */
export function protectInputSheets(
  sheets: readonly SheetSpec[],
  inputs: readonly string[],
  password: string | undefined,
): SheetSpec[] {
  if (!password) return [...sheets];
  const names = new Set(inputs.map((n) => n.toLowerCase()));
  return sheets.map((s): SheetSpec => {
    if (!names.has(s.name.toLowerCase())) return s;
    const protection: ProtectionSpec = {
      allowSort: true,
      allowAutoFilter: true,
      allowFormatColumns: true,
      ...s.protection,
      password,
    };
    return { ...s, protection };
  });
}
