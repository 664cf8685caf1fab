/**
 * Which Excel JavaScript API sets the running Excel supports, asked once per write. Features from
 * newer sets are skipped (and reported) where missing, so older Excel still gets the data.
 */

export type IsSetSupported = (name: string, version: string) => boolean;

export interface ApiSupport {
  /** ExcelApi 1.6: suspendApiCalculationUntilNextSync, conditional formats. */
  readonly calcSuspend: boolean;
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.4: defined names with comments on sheets, getItemOrNullObject. */
  readonly names: boolean;
  /** ExcelApi 1.7: tab colour, freeze panes. */
  readonly tabColor: boolean;
  readonly freezePanes: boolean;
  /** ExcelApi 1.7: the password of WorksheetProtection.protect (its options are 1.2). */
  readonly protectionPassword: boolean;
  /** ExcelApi 1.7: chart series from any reference (add, setValues, setXAxisValues, chartType). */
  readonly chartSeries: boolean;
  /** ExcelApi 1.8: a chart axis's number format. */
  readonly chartAxisFormat: boolean;
  /** ExcelApi 1.8: data validation, gridlines. */
  readonly dataValidation: boolean;
  readonly gridlines: boolean;
  /** ExcelApi 1.9: RangeAreas (formats grouped by style), page layout, screen-updating suspension. */
  readonly rangeAreas: boolean;
  readonly pageLayout: boolean;
  readonly screenSuspend: boolean;
}

/** Office.context.requirements.isSetSupported when running in Office; otherwise only ExcelApi 1.1. */
export function officeIsSetSupported(): IsSetSupported {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (requirements && typeof requirements.isSetSupported === "function") {
    return (name, version) => requirements.isSetSupported(name, version);
  }
  return (name, version) => name === "ExcelApi" && version === "1.1";
}

export function detectSupport(isSetSupported: IsSetSupported): ApiSupport {
  const at = (version: string) => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  const v14 = at("1.4");
  const v16 = at("1.6");
  const v17 = at("1.7");
  const v18 = at("1.8");
  const v19 = at("1.9");
  return {
    calcSuspend: v16,
    conditionalFormats: v16,
    names: v14,
    tabColor: v17,
    freezePanes: v17,
    protectionPassword: v17,
    chartSeries: v17,
    chartAxisFormat: v18,
    dataValidation: v18,
    gridlines: v18,
    rangeAreas: v19,
    pageLayout: v19,
    screenSuspend: v19,
  };
}
