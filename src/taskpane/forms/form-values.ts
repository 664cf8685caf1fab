/**
 * Turning what a user types into the values the schemas validate, and the schemas' issues back into
 * messages next to fields. The conversions are lenient where people are (50% = 0.5, 1,200,000);
 * every rule about the values themselves stays in the zod schemas.
 */
import type { InputIssue } from "../../schemas/errors";

export type NumberText = number | undefined | { invalid: string };

/** "" -> undefined; "50%" -> 0.5; "1,200,000" -> 1200000; anything else -> invalid. */
export function parseNumberText(text: string): NumberText {
  const s = text
    .trim()
    .replace(/[,\s\u00a0]/g, "")
    .replace(/％/g, "%");
  if (s === "") return undefined;
  const percent = s.endsWith("%");
  const body = percent ? s.slice(0, -1) : s;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) return { invalid: text.trim() };
  const n = Number(body);
  if (!Number.isFinite(n)) return { invalid: text.trim() };
  // 12.5% is 0.125: round away the binary noise of the division.
  return percent ? Number((n / 100).toPrecision(12)) : n;
}

export function isInvalid(v: NumberText): v is { invalid: string } {
  return typeof v === "object" && v !== null;
}

/** Items of a list typed with commas, semicolons, Chinese commas or new lines. */
export function parseListText(text: string): string[] {
  return text
    .split(/[,;，；、\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Numbers in a typed list; the first item that is not a number is reported. */
export function parseNumberList(text: string): { values: number[]; invalid: string | null } {
  const values: number[] = [];
  for (const item of parseListText(text)) {
    const v = parseNumberText(item);
    if (v === undefined) continue;
    if (isInvalid(v)) return { values, invalid: item };
    values.push(v);
  }
  return { values, invalid: null };
}

/** The form field an issue belongs to: the longest key that is the issue's field or a prefix of it. */
export function fieldOfIssue(field: string, keys: readonly string[]): string | null {
  let best: string | null = null;
  for (const key of keys) {
    const matches =
      field === key ||
      field.startsWith(`${key}.`) ||
      field.startsWith(`${key}[`) ||
      field.startsWith(`${key}]`);
    if (matches && (best === null || key.length > best.length)) best = key;
  }
  return best;
}

export interface SplitIssues {
  readonly byField: ReadonlyMap<string, readonly InputIssue[]>;
  /** Issues no field claims: shown above the form's buttons. */
  readonly rest: readonly InputIssue[];
}

export function splitIssues(issues: readonly InputIssue[], keys: readonly string[]): SplitIssues {
  const byField = new Map<string, InputIssue[]>();
  const rest: InputIssue[] = [];
  for (const issue of issues) {
    const key = fieldOfIssue(issue.field, keys);
    if (key === null) rest.push(issue);
    else byField.set(key, [...(byField.get(key) ?? []), issue]);
  }
  return { byField, rest };
}

/** Renames issue fields (schema paths -> form keys) with the first rule that applies. */
export function renameIssues(issues: readonly InputIssue[], rename: (field: string) => string): InputIssue[] {
  return issues.map((i) => ({ ...i, field: rename(i.field) }));
}

/** A value safe for a file name: letters, digits, CJK, dot, dash and underscore. */
export function fileStem(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^_+|_+$/g, "") || "sales-kit";
}

/**
 * A saved form brought back: keys the form knows, with values of the same kind as its defaults;
 * anything else (a plan saved by another version) falls back to the default.
 */
export function restoreForm<T extends object>(defaults: T, data: unknown): T {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return defaults;
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (Array.isArray(fallback) ? Array.isArray(value) : typeof value === typeof fallback && value !== null) {
      out[key] = value;
    }
  }
  return out as T;
}
