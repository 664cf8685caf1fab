import type { Locale } from "../i18n";

/** An error that carries its own English and Chinese text (the Excel host's read failures). */
function bilingual(error: unknown): { en: string; zh: string } | null {
  const e = error as { en?: unknown; zh?: unknown } | null;
  return e && typeof e.en === "string" && typeof e.zh === "string" ? { en: e.en, zh: e.zh } : null;
}

/** What the pane shows of a failure: an Error's message (in the user's language when it has both), anything else thrown as text. */
export function errorMessage(error: unknown, locale: Locale = "en-US"): string {
  const both = bilingual(error);
  if (both) return locale === "zh-CN" ? both.zh : both.en;
  return error instanceof Error ? error.message : String(error);
}

/** The failure in both languages, for messages the pane keeps as { en, zh }. */
export function errorTexts(error: unknown): { en: string; zh: string } {
  return { en: errorMessage(error, "en-US"), zh: errorMessage(error, "zh-CN") };
}
