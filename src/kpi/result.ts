/**
 * Errors are values in the KPI core: every function returns either its answer or a KpiError.
 * The functions adapter maps a KpiError to the matching Excel error at the edge.
 */
import { MSG } from "./messages";

export type KpiErrorKind = "div0" | "value" | "na" | "num";

export interface KpiError {
  readonly kind: KpiErrorKind;
  /** English, then Chinese (see messages.ts); shown by Excel for #VALUE!, #N/A and #NUM!. */
  readonly message: string;
}

export type Scalar = number | string | boolean;
export type KpiValue = Scalar | Scalar[][];
export type KpiResult<T extends KpiValue = KpiValue> = T | KpiError;

export function kpiError(kind: KpiErrorKind, message: string): KpiError {
  return { kind, message };
}

export function isKpiError(value: unknown): value is KpiError {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as KpiError).kind === "string" &&
    typeof (value as KpiError).message === "string"
  );
}

/**
 * A numeric answer as Excel keeps it: 15 significant digits (so 300,000 x 3% + 200,000 x 5% is
 * exactly 19,000 and compares equal to it in a cell), -0 as 0, and #NUM! for overflow.
 */
export function excelNumber(x: number): KpiResult<number> {
  if (x !== x || x === Infinity || x === -Infinity) return kpiError("num", MSG.outOfRange());
  if (x === 0) return 0;
  const magnitude = Math.abs(x);
  // Whole numbers below 10^15 already have at most 15 digits (the common case: amounts, counts).
  if (magnitude < 1e15 && Math.floor(x) === x) return x;
  if (magnitude < 1e-290) return x;
  const digits = 14 - Math.floor(Math.log10(magnitude));
  if (digits > 0) {
    const scale = POWERS[digits] ?? Math.pow(10, digits);
    const rounded = Math.round(x * scale) / scale;
    return Number.isFinite(rounded) ? rounded : x;
  }
  const scale = POWERS[-digits] ?? Math.pow(10, -digits);
  const rounded = Math.round(x / scale) * scale;
  // Rounding the largest doubles up can overflow: keep the value as it is then.
  return Number.isFinite(rounded) ? rounded : x;
}

/** A computed result as Excel keeps it: an error passes through, a number goes through excelNumber. */
export function excelResult(r: KpiResult<number>): KpiResult<number> {
  return isKpiError(r) ? r : excelNumber(r);
}

// Decimal literals, so every power is exact (Math.pow need not be correctly rounded).
const POWERS: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
