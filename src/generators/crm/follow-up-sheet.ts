/**
 * The follow-up list: open deals whose next contact or close date lies before the as-of date (the
 * customer visits and calls that are late), by rep, most overdue first. The selection is made at
 * import; the overdue dates and days are formulas over the row and the as-of cell.
 */
import type { CrmSheetTexts } from "../../i18n/sheets/crm";
import type { Rep } from "../../schemas/roster";
import { columnLetter, rowSpan } from "../../workbook/a1";
import { lastColumnOnPage } from "../../workbook/print-width";
import type { CellInput, FormulaCell, SheetSpec } from "../../workbook/spec";
import { literal } from "./criteria";
import { DATE_FORMAT, MONEY_FORMAT } from "./data-sheet";
import { OPEN, RecordColumns, plainText } from "./records";
import { importedText } from "./text";

/**
 * The open records overdue at asOf (next contact or close date before it), as record indexes: in
 * roster order of their owner (owners not on the roster after, by name), then longest overdue first,
 * then by row.
 */
export function overdueRecords(records: RecordColumns, roster: readonly Rep[], asOf: number): number[] {
  const picked: number[] = [];
  const others = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    if (records.outcome[i] !== OPEN) continue;
    // NaN (blank) is never before asOf.
    if (!(records.nextContact[i] < asOf) && !(records.closeDate[i] < asOf)) continue;
    const owner = records.owners[records.owner[i]];
    if (owner.repIndex < 0) others.add(plainText(owner.owner));
    picked.push(i);
  }
  // Rank per entry of records.owners: the roster's order, then owners not on it by name.
  const otherRank = new Map([...others].sort().map((o, k) => [o, roster.length + k]));
  const ranks = Int32Array.from(records.owners, (o) =>
    o.repIndex >= 0 ? o.repIndex : (otherRank.get(plainText(o.owner)) ?? 0),
  );
  // One number per record: owner rank, then the date it fell overdue (serials stay below
  // 3,000,000), then its index (row order), below 2^53; a typed array sorts it natively.
  const n = records.length + 1;
  if ((roster.length + others.size + 1) * 3_000_000 * n > Number.MAX_SAFE_INTEGER) {
    const key = (i: number) => ranks[records.owner[i]] * 3_000_000 + overdueSince(records, i);
    return picked.sort((a, b) => key(a) - key(b) || a - b);
  }
  const keys = new Float64Array(picked.length);
  for (let k = 0; k < picked.length; k++) {
    const i = picked[k];
    keys[k] = (ranks[records.owner[i]] * 3_000_000 + overdueSince(records, i)) * n + i;
  }
  keys.sort();
  const order = new Array<number>(keys.length);
  for (let k = 0; k < keys.length; k++) order[k] = keys[k] % n;
  return order;
}

/** The earlier of the next contact and close date (a blank one does not count). */
function overdueSince(records: RecordColumns, i: number): number {
  const next = records.nextContact[i];
  const close = records.closeDate[i];
  return next !== next ? close : close !== close ? next : Math.min(next, close);
}

/** A formula with "#" where the row number goes, split once. */
function template(formula: string): string[] {
  return formula.split("#");
}

/** The cells of the listed records from one record column. */
function pick<T>(list: readonly number[], values: ArrayLike<T>): T[] {
  const out = new Array<T>(list.length);
  for (let k = 0; k < list.length; k++) out[k] = values[list[k]];
  return out;
}

/** Numbers of the listed records, blanks left NaN (an empty cell in a column block). */
function pickNumbers(list: readonly number[], values: Float64Array): number[] {
  const out = new Array<number>(list.length);
  for (let k = 0; k < list.length; k++) out[k] = values[list[k]];
  return out;
}

/** A formula per row of the list: the template's parts joined by the sheet row number. */
function formulas(parts: readonly string[], first: number, count: number): FormulaCell[] {
  const out = new Array<FormulaCell>(count);
  for (let k = 0; k < count; k++) out[k] = { formula: parts.join(String(first + k)) };
  return out;
}

/**
 * The list's cells, column by column (a column block: tens of thousands of overdue deals are a
 * dozen arrays, not one per deal).
 */
function followUpColumns(
  list: readonly number[],
  records: RecordColumns,
  first: number,
  notOnRoster: CellInput,
  reason: readonly string[],
  since: readonly string[],
  days: readonly string[],
): CellInput[][] {
  const owners = pick(list, records.owner);
  const stageCells = records.stages.map((s) => s.cell);
  const stages = pick(list, records.stage).map((s) => (s < 0 ? null : stageCells[s]));
  return [
    owners.map((o) => records.owners[o].owner),
    owners.map((o) => (records.owners[o].repIndex < 0 ? notOnRoster : records.owners[o].team)),
    pick(list, records.deal),
    pick(list, records.account),
    stages,
    pickNumbers(list, records.amount),
    pickNumbers(list, records.closeDate),
    pickNumbers(list, records.nextContact),
    formulas(reason, first, list.length),
    formulas(since, first, list.length),
    formulas(days, first, list.length),
    pick(list, records.row),
  ];
}

/** Columns A to L: rep, team, deal, customer, stage, amount, dates, reason, since, days, source row. */
const WIDTHS = [16, 14, 28, 24, 18, 14, 12, 12, 26, 12, 10, 10];

export function buildFollowUpSheet(
  records: RecordColumns,
  roster: readonly Rep[],
  asOf: number,
  texts: CrmSheetTexts,
): SheetSpec {
  const t = texts.followUp;
  const headerRow = 5;
  const first = headerRow + 1;
  const list = overdueRecords(records, roster, asOf);
  const nextLate = "AND(ISNUMBER(H#),H#<$B$3)";
  const closeLate = "AND(ISNUMBER(G#),G#<$B$3)";
  const reason = template(
    `=IF(AND(${nextLate},${closeLate}),${literal(t.reasonBoth)},IF(${nextLate},${literal(t.reasonNext)},IF(${closeLate},${literal(t.reasonClose)},"")))`,
  );
  // The earlier of the two dates is the first one that fell overdue.
  const since = template("=MIN(G#,H#)");
  const days = template('=IF(J#<$B$3,$B$3-J#,"")');
  const columns = followUpColumns(list, records, first, importedText(texts.notOnRoster), reason, since, days);
  const count = list.length;
  const last = first + Math.max(count, 1) - 1;
  return {
    name: texts.sheet.followUp,
    tabColor: "#C55A11",
    blocks: [
      { start: "A1", rows: [[t.title], [t.note], [t.asOf, asOf]] },
      { start: `A${headerRow}`, rows: count ? [[...t.headers]] : [[...t.headers], [t.none]] },
    ],
    columnBlocks: count ? [{ start: `A${first}`, columns }] : [],
    styles: [
      { range: "A1", style: "title" },
      { range: "A2", style: "note" },
      { range: "A3", style: "label" },
      { range: "B3", style: "input" },
      { range: `A${headerRow}:L${headerRow}`, style: "header" },
    ],
    numberFormats: [
      { range: "B3", format: DATE_FORMAT },
      { range: `F${first}:F${last}`, format: MONEY_FORMAT },
      { range: `G${first}:H${last}`, format: DATE_FORMAT },
      { range: `J${first}:J${last}`, format: DATE_FORMAT },
      { range: `K${first}:K${last}`, format: "0" },
    ],
    conditionalFormats: count ? [{ type: "dataBar", range: `K${first}:K${last}`, color: "#ED7D31" }] : [],
    columns: WIDTHS.map((width, i) => ({ column: columnLetter(i), width })),
    // The note runs across the columns of the first printed page (the table prints over pages
    // across); its row is fitted to the text (fitWrappedRows).
    merges: [rowSpan(2, 0, lastColumnOnPage(WIDTHS))],
    freeze: { rows: headerRow, columns: 1 },
    // Fitted to one page wide it printed under 8 pt: at full size over pages across instead.
    print: { orientation: "landscape", titleRows: `${headerRow}:${headerRow}`, titleColumns: "A:A" },
  };
}
