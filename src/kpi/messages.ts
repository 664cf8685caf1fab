/**
 * The KPI core's error messages, each in English and Chinese (zh-CN): Excel shows the text of
 * #VALUE!, #N/A and #NUM! in the cell's error tooltip, whatever the user's language.
 */

/** One message in both languages, as Excel will show it. */
export function bilingual(en: string, zh: string): string {
  return `${en} / ${zh}`;
}

/** "tiers (row 3, column 2)": where in a range the problem is, 1-based like the sheet. */
export function at(name: string, row?: number, column?: number): { en: string; zh: string } {
  if (row === undefined) return { en: name, zh: name };
  if (column === undefined) return { en: `${name} (row ${row})`, zh: `${name}（第 ${row} 行）` };
  return { en: `${name} (row ${row}, column ${column})`, zh: `${name}（第 ${row} 行第 ${column} 列）` };
}

type Where = { en: string; zh: string };

export const MSG = {
  notNumber: (w: Where) => bilingual(`${w.en} must be a number.`, `${w.zh} 必须是数字。`),
  notName: (w: Where) => bilingual(`${w.en} must be text or a number.`, `${w.zh} 必须是文本或数字。`),
  notFinite: (w: Where) => bilingual(`${w.en} is not a finite number.`, `${w.zh} 不是有限数值。`),
  negative: (w: Where) => bilingual(`${w.en} must not be negative.`, `${w.zh} 不能为负数。`),
  notFraction: (w: Where) =>
    bilingual(`${w.en} must be a fraction between 0 and 1.`, `${w.zh} 必须是 0 到 1 之间的小数。`),
  notDate: (w: Where) =>
    bilingual(
      `${w.en} must be an Excel date (a serial number from 0 to 2958465).`,
      `${w.zh} 必须是 Excel 日期（0 到 2958465 之间的序列号）。`,
    ),
  notBoolean: (w: Where) => bilingual(`${w.en} must be TRUE or FALSE.`, `${w.zh} 必须是 TRUE 或 FALSE。`),
  notChoice: (name: string, choices: string) =>
    bilingual(`${name} must be one of: ${choices}.`, `${name} 必须是以下之一：${choices}。`),
  atLeastOne: (name: string) => bilingual(`${name} must be 1 or more.`, `${name} 必须大于或等于 1。`),
  ragged: (name: string) => bilingual(`${name} is not a rectangular range.`, `${name} 不是规则的矩形区域。`),
  notVector: (name: string) =>
    bilingual(`${name} must be a single column or a single row.`, `${name} 必须是单列或单行区域。`),
  columns: (name: string, n: number) =>
    bilingual(`${name} must have ${n} columns.`, `${name} 必须正好有 ${n} 列。`),
  empty: (name: string) => bilingual(`${name} has no values.`, `${name} 中没有数据。`),
  sizeMismatch: (a: string, b: string) =>
    bilingual(`${a} and ${b} must have the same number of cells.`, `${a} 与 ${b} 的单元格数量必须相同。`),
  notAscending: (name: string, row: number, column: string) =>
    bilingual(
      `${name} (row ${row}): ${column} must be greater than the row above (sort the table ascending).`,
      `${name}（第 ${row} 行）：${column} 必须大于上一行（请按升序排列）。`,
    ),
  zero: (what: string, zh: string) => bilingual(`${what} is 0.`, `${zh}为 0。`),
  greater: (a: string, b: string) => bilingual(`${a} is greater than ${b}.`, `${a} 大于 ${b}。`),
  endBeforeStart: (end: string, start: string) =>
    bilingual(`${end} is before ${start}.`, `${end} 早于 ${start}。`),
  weightsSum: (sum: number) =>
    bilingual(`weights add up to ${sum}, not 1 (100%).`, `weights 合计为 ${sum}，而不是 1（100%）。`),
  outOfRange: () => bilingual("The result is too large for Excel.", "结果超出 Excel 可表示的范围。"),
  noDays: (basis: string) =>
    bilingual(
      `The period has no ${basis === "calendar" ? "days" : "working days"}.`,
      `该期间没有${basis === "calendar" ? "天数" : "工作日"}。`,
    ),
  nothingExpected: () =>
    bilingual(
      "Nothing is expected yet (asof is before the first day of the period, or target is 0).",
      "尚无应完成量（asof 早于期间第一天，或 target 为 0）。",
    ),
  noElapsed: () =>
    bilingual(
      "No day of the period has passed yet (asof is before start).",
      "期间尚未开始（asof 早于 start），无法推算。",
    ),
  noDaysLeft: () =>
    bilingual(
      "No day is left in the period but the target is not reached.",
      "期间已无剩余天数，但目标尚未达成。",
    ),
} as const;
