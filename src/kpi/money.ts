/**
 * Money rounded to a currency's minor unit, as Excel's ROUND does it: half away from zero, on the
 * decimal value the binary number stands for (2.675 -> 2.68, as the sheet shows it, not 2.67).
 */

/** Minor-unit digits of currencies that do not use cents (ISO 4217); every other currency: 2. */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  "¥": 2,
  円: 0,
};

/** Decimals of a currency's minor unit: 0 for JPY, 3 for KWD, 2 otherwise (also for a blank currency). */
export function minorUnitDigits(currency: string): number {
  return MINOR_UNITS[currency.trim().toUpperCase()] ?? MINOR_UNITS[currency.trim()] ?? 2;
}

/** ROUND(x, digits) as Excel computes it. */
export function roundMoney(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  // 15 significant digits first: Excel rounds the decimal it displays, not the binary expansion.
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  const r = Math.round(scaled) / f;
  return x < 0 ? -r : r;
}
