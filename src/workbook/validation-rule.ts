/**
 * How a whole/decimal/date validation rule with optional bounds becomes Excel's operator and
 * operands, decided once so both hosts write the same rule.
 */
import { ValidationRule } from "./spec";

export type BoundOperator = "between" | "greaterThanOrEqual" | "lessThanOrEqual";

export interface Bounds {
  readonly operator: BoundOperator;
  readonly first: number;
  readonly second?: number;
}

/** Open bounds: Excel's dialog needs an operand, so "any number" is "at least the smallest". */
const LOWEST: Record<"whole" | "decimal" | "date", number> = {
  whole: -2147483648,
  decimal: -1e15,
  // 1 January 1900, the first Excel serial date.
  date: 1,
};

export function boundsOf(rule: Extract<ValidationRule, { type: "whole" | "decimal" | "date" }>): Bounds {
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) return { operator: "between", first: min, second: max };
  if (max !== undefined) return { operator: "lessThanOrEqual", first: max };
  return { operator: "greaterThanOrEqual", first: min ?? LOWEST[rule.type] };
}
