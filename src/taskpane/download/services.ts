/** The pane's services in a plain browser: .xlsx downloads, plans kept in this browser's storage. */
import { localStorageBackend, planStore } from "../plan-store";
import type { PaneServices } from "../services";
import { todaySerial } from "../today";
import { downloadWriter } from "./download-writer";

async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function browserServices(): PaneServices {
  const backend = localStorageBackend();
  return {
    mode: "download",
    writer: downloadWriter(),
    workbook: null,
    store: backend ? planStore(backend, "browser") : null,
    copyText: typeof navigator !== "undefined" && navigator.clipboard ? copyText : null,
    today: () => todaySerial(),
  };
}
