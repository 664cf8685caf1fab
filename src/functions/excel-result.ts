/**
 * The one place where KPI results meet Excel: a KpiError becomes a CustomFunctions.Error and any
 * unexpected exception becomes #VALUE!, so no plain Error ever reaches a cell.
 */
import { KpiError, KpiResult, isKpiError } from "../kpi/result";

export type ExcelScalar = number | string | boolean | CustomFunctions.Error;
export type ExcelMatrix = (number | string | boolean | CustomFunctions.Error)[][];

/** Excel shows custom messages only for these codes; the others get the bare error. */
const CODES_WITH_MESSAGE = new Set(["value", "na", "num"]);

export function toExcelError(error: KpiError): CustomFunctions.Error {
  const codes: Record<KpiError["kind"], CustomFunctions.ErrorCode> = {
    div0: CustomFunctions.ErrorCode.divisionByZero,
    value: CustomFunctions.ErrorCode.invalidValue,
    na: CustomFunctions.ErrorCode.notAvailable,
    num: CustomFunctions.ErrorCode.invalidNumber,
  };
  return CODES_WITH_MESSAGE.has(error.kind)
    ? new CustomFunctions.Error(codes[error.kind], error.message)
    : new CustomFunctions.Error(codes[error.kind]);
}

function internalError(): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "Unexpected error in Sales Kit.");
}

export function scalar(compute: () => KpiResult): ExcelScalar {
  try {
    const result = compute();
    if (isKpiError(result)) return toExcelError(result);
    if (Array.isArray(result)) return internalError();
    return result;
  } catch {
    return internalError();
  }
}

/** Spilling functions answer a 2-D array; an error spills as a single cell. */
export function matrix(compute: () => KpiResult): ExcelMatrix {
  try {
    const result = compute();
    if (isKpiError(result)) return [[toExcelError(result)]];
    if (!Array.isArray(result)) return [[result]];
    return result;
  } catch {
    return [[internalError()]];
  }
}
