/** Message catalog lookup for en-US and zh-CN; Office display languages map onto these two. */
import { MessageKey, enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export type Locale = "en-US" | "zh-CN";
export type { MessageKey };

export const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { "en-US": enUS, "zh-CN": zhCN };

/** Any Chinese display language gets zh-CN; everything else English. */
export function localeFromLanguage(language: string | undefined | null): Locale {
  return language && /^zh\b/i.test(language) ? "zh-CN" : "en-US";
}

export function translate(locale: Locale, key: MessageKey): string {
  return CATALOGS[locale][key];
}
