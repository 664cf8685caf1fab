/**
 * Debian's Chromium driven by playwright-core (no browser download). Tests that need it FAIL when
 * it is missing and CI is set, and otherwise skip with a printed notice, like the LibreOffice ones.
 */
import { Browser, BrowserContext, chromium } from "playwright-core";
import { describeWhenInstalled, onPath } from "../../support/installed";

/** Flags that keep a headless Chromium quiet and offline-friendly on a small CI machine. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

let cached: string | null | undefined;

/** Chromium on PATH (Debian names it chromium, others chromium-browser), or null. */
export function chromiumPath(): string | null {
  if (cached === undefined) cached = onPath("chromium", "chromium-browser");
  return cached;
}

export function describeWithChromium(name: string, fn: () => void): void {
  describeWhenInstalled(name, chromiumPath() !== null, "Chromium", "chromium", fn);
}

/**
 * A browser with a fresh profile: playwright's launch() gives every browser its own new temporary
 * user-data directory and removes it on close.
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("Chromium is not installed");
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface PaneContextOptions {
  readonly locale?: "en-US" | "zh-CN";
  readonly colorScheme?: "light" | "dark";
  /** A task pane's width; Excel's default pane is about 350 px wide. */
  readonly width?: number;
  /** "reduce" stops Fluent's enter animations, so a scan never sees a message half faded in. */
  readonly reducedMotion?: "reduce" | "no-preference";
}

/** A context like a task pane: narrow, the given language, self-signed https accepted, downloads on. */
export function paneContext(browser: Browser, options: PaneContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
    locale: options.locale ?? "en-US",
    colorScheme: options.colorScheme ?? "light",
    viewport: { width: options.width ?? 420, height: 900 },
    reducedMotion: options.reducedMotion ?? "no-preference",
  });
}
