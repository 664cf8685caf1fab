/** Today's local date as an Excel serial (the pane's default as-of dates and periods start here). */
import { serialFromYmd } from "../schemas/dates";

export function todaySerial(now: Date = new Date()): number {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
