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

export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return browserInfo();
  try {
    const info = await withTimeout(office.onReady(), timeoutMs);
    if (info !== "timeout" && info.host === office.HostType.Excel) {
      const fallback = browserInfo();
      return {
        mode: "excel",
        displayLanguage: office.context?.displayLanguage ?? fallback.displayLanguage,
        theme: themeFromBackground(office.context?.officeTheme?.bodyBackgroundColor) ?? "light",
      };
    }
  } catch {
    // office.js throws outside an Office host (for example over file://): browser mode
  }
  return browserInfo();
}
