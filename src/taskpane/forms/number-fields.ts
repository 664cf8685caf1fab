/**
 * How the pane reads its number fields, through the one number reader (schemas/number-input): what
 * each field holds (money, a count, a rate), and the value it was read as, shown beside the field
 * ("= 1,000,000", "= 5%") so the user sees what "100万" or "1.2M" became before anything is written.
 */
import type { Locale } from "../../i18n";
import { NumberKind, parseNumberInput } from "../../schemas/number-input";

export interface NumberSpec {
  readonly kind: NumberKind;
  /**
   * "percent": the box shows a % sign after it and every number is a percentage ("5" is 5%).
   * Default "auto": 0.05 and 5 both mean 5%, a bare 1 is asked about.
   */
  readonly rateScale?: "percent" | "auto";
  /** The form's currency: an amount typed in another one is an error (nothing converts). */
  readonly currency?: string;
}

export function readNumber(text: string, spec: NumberSpec) {
  return parseNumberInput(text, spec.kind, {
    ...(spec.kind === "rate" ? { rateScale: spec.rateScale ?? "auto" } : {}),
    ...(spec.kind === "money" && spec.currency?.trim() ? { currency: spec.currency.trim() } : {}),
  });
}

/** "= 1,000,000" or "= 5%" for a number read from `text`; null when blank or not a number. */
export function numberShown(text: string, spec: NumberSpec, locale: Locale): string | null {
  const read = readNumber(text, spec);
  if (!read.ok || read.value === null) return null;
  const format = new Intl.NumberFormat(locale, {
    ...(spec.kind === "rate" ? { style: "percent" as const } : {}),
    maximumFractionDigits: spec.kind === "rate" ? 4 : 2,
  });
  return `= ${format.format(read.value)}`;
}
