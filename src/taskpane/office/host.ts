/**
 * What the pane learns from Office at start-up: whether it runs inside Excel (or in a plain browser,
 * where it downloads .xlsx files instead), the display language and the theme. office.js comes from
 * Microsoft's CDN; when it cannot load (offline, blocked) or never answers, the pane starts in
 * download mode after a short wait instead of hanging.
 */
import { ThemeName, browserTheme, themeFromBackground } from "../theme";

export interface HostInfo {
  mode: "excel" | "download";
  displayLanguage: string | null;
  theme: ThemeName;
}

/** Longest wait for Office.onReady; outside Office it answers at once with host null. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

function browserInfo(): HostInfo {
  const language = typeof navigator !== "undefined" ? navigator.language : null;
  return { mode: "download", displayLanguage: language, theme: browserTheme() };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve("timeout"), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function excelInfo(office: typeof Office): HostInfo {
  const fallback = browserInfo();
  return {
    mode: "excel",
    displayLanguage: office.context?.displayLanguage ?? fallback.displayLanguage,
    theme: themeFromBackground(office.context?.officeTheme?.bodyBackgroundColor) ?? "light",
  };
}

/**
 * Where the pane runs. Office.onReady resolves once Office has initialized the add-in, which a
 * slowly starting Excel may do after `timeoutMs` ("Initialize your Office Add-in",
 * learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in): the pane then starts in
 * download mode, and `onLateExcel` is called when Excel does answer, so the pane can switch over
 * instead of staying in download mode until it is reopened.
 */
export async function detectHost(
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
  onLateExcel?: (info: HostInfo) => void,
): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return browserInfo();
  try {
    const ready = office.onReady();
    const info = await withTimeout(ready, timeoutMs);
    if (info === "timeout") {
      if (onLateExcel)
        ready.then(
          (late) => {
            if (late.host === office.HostType.Excel) onLateExcel(excelInfo(office));
          },
          () => undefined,
        );
    } else if (info.host === office.HostType.Excel) return excelInfo(office);
  } catch {
    // office.js throws outside an Office host (for example over file://): browser mode
  }
  return browserInfo();
}
