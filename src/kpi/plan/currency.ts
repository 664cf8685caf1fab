/**
 * Actuals in several currencies: each amount carries its currency and is converted to the plan
 * currency by the plan's rates table before anything is added, so amounts of different currencies
 * are never summed as they are. The sheet multiplies by the same rate (amount x rate).
 */

/** The rate of `currency` to the plan currency: 1 for the plan's own ("" or its code), else the table's. */
export function rateOf(
  rates: readonly { readonly currency: string; readonly rate: number }[],
  currency: string,
  planCurrency: string,
): number {
  const key = currency.trim().toUpperCase();
  if (key === "" || key === planCurrency.trim().toUpperCase()) return 1;
  const row = rates.find((r) => r.currency.trim().toUpperCase() === key);
  if (!row) throw new Error(`rateOf: no rate for ${currency} (the schema checks this)`);
  return row.rate;
}

/** An amount entered in `currency`, in the plan currency. */
export function toPlanCurrency(amount: number, rate: number): number {
  return amount * rate;
}
