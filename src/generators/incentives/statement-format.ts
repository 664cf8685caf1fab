/**
 * Number formats of the pay statement: money with the plan currency's symbol ("¥#,##0.00",
 * "$#,##0.00") and the currency's minor unit, and the pay date of each period (a plan date, or the
 * period's end plus the plan's offset).
 */
import type { PlanModel, PlanPeriod } from "../../kpi/plan/model";

/** Symbols written before the amount; another code is written as "CHF " before it. */
const SYMBOLS: Readonly<Record<string, string>> = {
  CNY: "¥",
  RMB: "¥",
  JPY: "¥",
  USD: "$",
  EUR: "€",
  GBP: "£",
  HKD: "HK$",
  TWD: "NT$",
  SGD: "S$",
  AUD: "A$",
  CAD: "C$",
  KRW: "₩",
  INR: "₹",
  "¥": "¥",
  "￥": "¥",
  $: "$",
  "€": "€",
  "£": "£",
  元: "¥",
  人民币: "¥",
};

/** The symbol the statement shows for a plan currency: "" for none. */
export function currencySymbol(currency: string): string {
  const c = currency.trim();
  if (!c) return "";
  return SYMBOLS[c.toUpperCase()] ?? SYMBOLS[c] ?? `${c} `;
}

/**
 * "¥#,##0.00" for CNY with 2 decimals; the symbol is quoted unless it is "$" (which Excel writes
 * bare), so a code such as "CHF " cannot be read as format characters.
 */
export function moneyFormat(currency: string, decimals: number): string {
  const symbol = currencySymbol(currency);
  const digits = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  const prefix = symbol === "" ? "" : symbol === "$" ? "$" : `"${symbol.replace(/"/g, "")}"`;
  return `${prefix}#,##0${digits}`;
}

export type PayDateRule =
  { readonly kind: "offset"; readonly days: number } | { readonly kind: "dates" } | { readonly kind: "end" };

/** How the plan dates pay: fixed dates, the period's end plus an offset, or (absent) the period's end. */
export function payDateRule(model: PlanModel): PayDateRule {
  const p = model.payDate;
  if (!p) return { kind: "end" };
  if ("dates" in p) return { kind: "dates" };
  return { kind: "offset", days: p.daysAfterPeriodEnd };
}

/** The pay date of period p as an Excel serial. */
export function payDateOf(model: PlanModel, p: number): number {
  const period: PlanPeriod = model.periods[p];
  const rule = model.payDate;
  if (!rule) return period.end;
  if ("dates" in rule) return rule.dates[p];
  return period.end + rule.daysAfterPeriodEnd;
}
