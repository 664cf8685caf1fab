/** The pane's services inside Excel: the Excel host, workbook reads, and plans kept in the workbook. */
import { officeIsSetSupported } from "../../hosts/excel/support";
import { planStore } from "../plan-store";
import type { PaneServices } from "../services";
import { todaySerial } from "../today";
import { excelWriter } from "./excel-writer";
import { workbookPlanBackend } from "./plan-backends";
import { excelWorkbookAccess } from "./workbook-access";
import { buildWithExcelJs } from "../download/download-writer";
import { NO_CREATE_WORKBOOK_NOTE, fileSetWriter } from "../files/file-set";
import { excelCreateWorkbook } from "./create-workbook";

export function excelServices(): PaneServices {
  const backend = workbookPlanBackend(officeIsSetSupported(), Office.context?.document?.settings);
  return {
    mode: "excel",
    writer: excelWriter(),
    files: fileSetWriter({
      build: buildWithExcelJs,
      createWorkbook: excelCreateWorkbook(officeIsSetSupported()),
      zipNote: NO_CREATE_WORKBOOK_NOTE,
    }),
    workbook: excelWorkbookAccess(),
    store: backend ? planStore(backend, "workbook") : null,
    copyText: null,
    today: () => todaySerial(),
  };
}
