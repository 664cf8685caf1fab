/**
 * The one place where KPI results meet Excel: a KpiError becomes a CustomFunctions.Error and any
 * unexpected exception becomes #VALUE!, so no plain Error ever reaches a cell.
 */
import { KpiError, KpiResult, isKpiError } from "../kpi/result";

export type ExcelScalar = number | string | boolean | CustomFunctions.Error;
export type ExcelMatrix = (number | string | boolean | CustomFunctions.Error)[][];

/**
 * The cell errors by their text. CustomFunctions.ErrorCode is tagged CustomFunctionsRuntime 1.3 in
 * the type definitions while the manifest asks for 1.2 (where CustomFunctions.Error exists), so the
 * enum object is never read at run time: its values are these strings.
 */
const CODES: Record<KpiError["kind"], `${CustomFunctions.ErrorCode}`> = {
  div0: "#DIV/0!",
  value: "#VALUE!",
  na: "#N/A",
  num: "#NUM!",
};

/**
 * Only #VALUE! and #N/A carry a custom message; Excel drops or refuses it on the others ("Handle
 * and return errors from your custom function", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */
const CODES_WITH_MESSAGE = new Set<KpiError["kind"]>(["value", "na"]);

function cellError(code: `${CustomFunctions.ErrorCode}`, message?: string): CustomFunctions.Error {
  const c = code as CustomFunctions.ErrorCode;
  return message === undefined ? new CustomFunctions.Error(c) : new CustomFunctions.Error(c, message);
}

export function toExcelError(error: KpiError): CustomFunctions.Error {
  return CODES_WITH_MESSAGE.has(error.kind)
    ? cellError(CODES[error.kind], error.message)
    : cellError(CODES[error.kind]);
}

function internalError(): CustomFunctions.Error {
  return cellError("#VALUE!", "Unexpected error in Sales Kit.");
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
