/** Message catalog lookup for en-US and zh-CN; Office display languages map onto these two. */
import { MessageKey, enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export type Locale = "en-US" | "zh-CN";
export type { MessageKey };

export const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

/** Each language named in itself, so a reader finds their own language whatever is shown. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { "en-US": "English", "zh-CN": "中文" };

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { "en-US": enUS, "zh-CN": zhCN };

/** Any Chinese display language gets zh-CN; everything else English. */
export function localeFromLanguage(language: string | undefined | null): Locale {
  return language && /^zh\b/i.test(language) ? "zh-CN" : "en-US";
}

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The text of `key`, with `{name}` placeholders replaced from `params`. A placeholder without a
 * value stays visible, so a missing parameter shows up in review instead of vanishing.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = CATALOGS[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The text of `key` in both languages: what notes and issues carry. */
export function translateBoth(key: MessageKey, params?: MessageParams): { en: string; zh: string } {
  return { en: translate("en-US", key, params), zh: translate("zh-CN", key, params) };
}

/** Every key, for tests that compare the two catalogs. */
export function messageKeys(): MessageKey[] {
  return Object.keys(enUS) as MessageKey[];
}
