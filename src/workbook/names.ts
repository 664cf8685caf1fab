/**
 * Excel's naming rules for sheets, tables and defined names, and free names for clashes
 * ("Goals 2027-Q1" taken -> "Goals 2027-Q1 (2)"), so no host ever overwrites what a user has.
 * Excel compares all of these names case-insensitively.
 */

export const MAX_SHEET_NAME = 31;
export const MAX_NAME = 255;

const SHEET_FORBIDDEN = /[[\]:*?/\\]/;

/** Why a sheet name is invalid, in English and Chinese, or null when it is valid. */
export function sheetNameProblem(name: string): { en: string; zh: string } | null {
  if (name.trim().length === 0) return { en: "is empty", zh: "为空" };
  if (name.length > MAX_SHEET_NAME)
    return { en: `is longer than ${MAX_SHEET_NAME} characters`, zh: `超过 ${MAX_SHEET_NAME} 个字符` };
  if (SHEET_FORBIDDEN.test(name))
    return { en: "contains one of [ ] : * ? / \\", zh: "包含 [ ] : * ? / \\ 中的字符" };
  if (name.startsWith("'") || name.endsWith("'"))
    return { en: "starts or ends with an apostrophe", zh: "以单引号开头或结尾" };
  if (name.toLowerCase() === "history")
    return { en: 'is the reserved name "History"', zh: "是保留名称 History" };
  return null;
}

export function isValidSheetName(name: string): boolean {
  return sheetNameProblem(name) === null;
}

/** A1-style (XFD1048576) and R1C1-style (R, C, R1C1, RC2) look-alikes cannot be names. */
function looksLikeReference(name: string): boolean {
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return true;
  return /^[Rr][0-9]*([Cc][0-9]*)?$/.test(name) || /^[Cc][0-9]*$/.test(name);
}

/** Why a table or defined name is invalid, in English and Chinese, or null when it is valid. */
export function nameProblem(name: string): { en: string; zh: string } | null {
  if (name.length === 0) return { en: "is empty", zh: "为空" };
  if (name.length > MAX_NAME)
    return { en: `is longer than ${MAX_NAME} characters`, zh: `超过 ${MAX_NAME} 个字符` };
  if (!/^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/.test(name))
    return {
      en: "must start with a letter or _ and hold only letters, digits, _ and . (no spaces)",
      zh: "须以字母或下划线开头，且只含字母、数字、下划线和句点（不能有空格）",
    };
  if (looksLikeReference(name)) return { en: "looks like a cell reference", zh: "与单元格引用形式相同" };
  if (/^(TRUE|FALSE)$/i.test(name)) return { en: "is TRUE or FALSE", zh: "是 TRUE 或 FALSE" };
  return null;
}

export function isValidName(name: string): boolean {
  return nameProblem(name) === null;
}

function takenSet(taken: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const t of taken) set.add(t.toLowerCase());
  return set;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let s = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  return s;
}

/**
 * `desired` when free, else "desired (2)", "desired (3)" ... cut so the whole stays within 31
 * characters. A desired name that already ends in " (n)" continues that numbering.
 */
export function freeSheetName(desired: string, taken: Iterable<string>): string {
  const used = takenSet(taken);
  if (!used.has(desired.toLowerCase())) return desired;
  const base = unnumbered(desired);
  for (let n = 2; ; n++) {
    const candidate = numberedSheetName(base, n);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

function unnumbered(name: string): string {
  return name.replace(/ \(\d+\)$/, "");
}

/** "base (n)", the base cut so the whole stays within 31 characters. */
function numberedSheetName(base: string, n: number): string {
  const suffix = ` (${n})`;
  return cut(base, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
}

/**
 * Whether `name` is `desired` or one of the names freeSheetName gives `desired` on a clash
 * ("Goals 2027-Q1 (2)"), as Excel compares sheet names (without regard to case).
 */
export function isSheetNameFor(name: string, desired: string): boolean {
  const lower = name.toLowerCase();
  if (lower === desired.toLowerCase()) return true;
  const n = / \(([1-9]\d*)\)$/.exec(name)?.[1];
  return (
    n !== undefined &&
    Number(n) >= 2 &&
    lower === numberedSheetName(unnumbered(desired), Number(n)).toLowerCase()
  );
}

/** `desired` when free, else "desired_2", "desired_3" ... within 255 characters. */
export function freeName(desired: string, taken: Iterable<string>): string {
  const used = takenSet(taken);
  if (!used.has(desired.toLowerCase())) return desired;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = cut(desired, MAX_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** A valid sheet name made from any text (a team or period label): bad characters become "-". */
export function sanitizeSheetName(text: string, fallback = "Sheet"): string {
  let s = text.replace(/[[\]:*?/\\]/g, "-").replace(/\s+/g, " ");
  s = cut(s.trim(), MAX_SHEET_NAME)
    .replace(/^'+|'+$/g, "")
    .trim();
  if (!s) return fallback;
  return s.toLowerCase() === "history" ? "History-" : s;
}

/** A valid table or defined name made from any text: other characters become "_". */
export function sanitizeName(text: string, fallback = "Name"): string {
  let s = text.trim().replace(/[^A-Za-z0-9_.\u0080-\uFFFF]/g, "_");
  if (!s) s = fallback;
  if (!/^[A-Za-z_\u0080-\uFFFF]/.test(s) || looksLikeReference(s) || /^(TRUE|FALSE)$/i.test(s)) s = `_${s}`;
  return cut(s, MAX_NAME);
}
