/** Default periods a form starts with, worked out from today (an Excel serial). */
import { ymdFromSerial } from "../../schemas/dates";

/** The quarter after today's: goals are set ahead of the period they cover. */
export function nextQuarterLabel(today: number): string {
  const { year, month } = ymdFromSerial(today);
  const q = Math.floor((month - 1) / 3) + 1;
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** The half year that holds today: reviews look back on the half in progress. */
export function currentHalfLabel(today: number): string {
  const { year, month } = ymdFromSerial(today);
  return `${year}-H${month <= 6 ? 1 : 2}`;
}

/** The first month of the next quarter, "2027-04": incentive plans start there. */
export function nextQuarterStartMonth(today: number): string {
  const { year, month } = ymdFromSerial(today);
  const q = Math.floor((month - 1) / 3) + 1;
  const y = q === 4 ? year + 1 : year;
  const m = q === 4 ? 1 : q * 3 + 1;
  return `${y}-${String(m).padStart(2, "0")}`;
}
