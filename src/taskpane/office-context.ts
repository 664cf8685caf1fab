/**
 * What the pane learns from Office at start-up: whether it runs inside Excel (or in a plain
 * browser, where it downloads .xlsx files instead) and the display language.
 */
export interface HostInfo {
  mode: "excel" | "download";
  displayLanguage: string | null;
}

export async function detectHost(): Promise<HostInfo> {
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : null;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { mode: "download", displayLanguage: browserLanguage };
  }
  try {
    const info = await Office.onReady();
    if (info.host === Office.HostType.Excel) {
      return { mode: "excel", displayLanguage: Office.context.displayLanguage ?? browserLanguage };
    }
  } catch {
    // office.js throws outside an Office host (for example over file://): fall through
  }
  return { mode: "download", displayLanguage: browserLanguage };
}
