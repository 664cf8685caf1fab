/**
 * Errors are values in the KPI core: every function returns either its answer or a KpiError.
 * The functions adapter maps a KpiError to the matching Excel error at the edge.
 */

export type KpiErrorKind = "div0" | "value" | "na" | "num";

export interface KpiError {
  readonly kind: KpiErrorKind;
  /** English text; shown by Excel for #VALUE!, #N/A and #NUM!. */
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
