/** The pane's services in a plain browser: .xlsx downloads, plans kept in this browser's storage. */
import { localStorageBackend, planStore } from "../plan-store";
import type { PaneServices } from "../services";
import { todaySerial } from "../today";
import { buildWithExcelJs, downloadWriter } from "./download-writer";
import { fileSetWriter } from "../files/file-set";

async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function browserServices(): PaneServices {
  const backend = localStorageBackend();
  return {
    mode: "download",
    writer: downloadWriter(),
    files: fileSetWriter({ build: buildWithExcelJs }),
    workbook: null,
    store: backend ? planStore(backend, "browser") : null,
    copyText: typeof navigator !== "undefined" && navigator.clipboard ? copyText : null,
    today: () => todaySerial(),
  };
}
