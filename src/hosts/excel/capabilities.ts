/** What the Excel host can draw, for generators choosing fallbacks (see HostCapabilities). */
import type { HostCapabilities } from "../../workbook/spec";

/** Office.js draws charts (ExcelApi 1.1) and icon sets (ExcelApi 1.6). */
export const EXCEL_CAPABILITIES: HostCapabilities = { charts: true, iconSets: true };
