/**
 * Argument readers shared by the KPI functions: Excel hands over numbers, strings, booleans,
 * null (omitted) or 1x1 matrices; each reader returns a plain value or a KpiError naming the argument.
 */
import { KpiError, kpiError } from "./result";

/** A single cell may arrive as a 1x1 matrix; unwrap it. */
function unwrap(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
    return value[0][0];
  }
  return value;
}

export function readNumber(value: unknown, name: string): number | KpiError {
  const v = unwrap(value);
  if (typeof v === "number") {
    return Number.isFinite(v) ? v : kpiError("num", `${name} is not a finite number.`);
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === undefined || v === "") return 0;
  return kpiError("value", `${name} must be a number.`);
}

/** An optional text choice such as direction or basis; omitted or blank gives the default. */
export function readChoice<T extends string>(
  value: unknown,
  name: string,
  choices: readonly T[],
  fallback: T,
): T | KpiError {
  const v = unwrap(value);
  if (v === null || v === undefined || v === "") return fallback;
  if (typeof v === "string") {
    const lower = v.trim().toLowerCase();
    const found = choices.find((c) => c === lower);
    if (found) return found;
  }
  return kpiError("value", `${name} must be one of: ${choices.map((c) => `"${c}"`).join(", ")}.`);
}
