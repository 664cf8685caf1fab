/**
 * The follow-up list: open deals whose next contact or close date lies before the as-of date (the
 * customer visits and calls that are late), by rep, most overdue first. The selection is made at
 * import; the overdue dates and days are formulas over the row and the as-of cell.
 */
import type { CrmSheetTexts } from "../../i18n/sheets/crm";
import type { Rep } from "../../schemas/roster";
import type { CellInput, SheetSpec } from "../../workbook/spec";
import { literal } from "./criteria";
import { DATE_FORMAT, MONEY_FORMAT } from "./data-sheet";
import type { CrmRecord } from "./normalize";
import { importedText } from "./text";

export interface OverdueRecord {
  readonly record: CrmRecord;
  /** The earliest overdue date (next contact or close date). */
  readonly since: number;
}

function isOverdue(date: number | null, asOf: number): boolean {
  return date !== null && date < asOf;
}

/** Open records overdue at asOf, in roster order of their owner, then longest overdue first. */
export function overdueRecords(
  records: readonly CrmRecord[],
  roster: readonly Rep[],
  asOf: number,
): OverdueRecord[] {
  const rank = new Map(roster.map((r, i) => [r.name, i]));
  const out: { record: CrmRecord; since: number; owner: string }[] = [];
  const others = new Set<string>();
  for (const record of records) {
    if (record.outcome !== "open") continue;
    const next = isOverdue(record.nextContact, asOf);
    const close = isOverdue(record.closeDate, asOf);
    if (!next && !close) continue;
    const since =
      record.nextContact === null
        ? record.closeDate!
        : record.closeDate === null
          ? record.nextContact
          : Math.min(record.nextContact, record.closeDate);
    if (!rank.has(record.owner)) others.add(record.owner);
    out.push({ record, since, owner: record.owner });
  }
  // Owners not on the roster follow the roster, by name.
  [...others].sort().forEach((o, i) => rank.set(o, roster.length + i));
  // One number per entry (owner rank, then date; serials stay below 3,000,000) keeps the sort cheap.
  const keyed = out.map((e) => ({ key: rank.get(e.owner)! * 3_000_000 + e.since, row: e.record.row, e }));
  keyed.sort((a, b) => a.key - b.key || a.row - b.row);
  return keyed.map(({ e }) => ({ record: e.record, since: e.since }));
}

/** A formula with "#" where the row number goes, split once and joined per row (one string each). */
function perRow(template: string): (row: number) => string {
  const parts = template.split("#");
  return (row) => parts.join(String(row));
}

export function buildFollowUpSheet(
  records: readonly CrmRecord[],
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
  const reason = perRow(
    `=IF(AND(${nextLate},${closeLate}),${literal(t.reasonBoth)},IF(${nextLate},${literal(t.reasonNext)},IF(${closeLate},${literal(t.reasonClose)},"")))`,
  );
  // The earlier of the two dates is the first one that fell overdue.
  const since = perRow("=MIN(G#,H#)");
  const days = perRow('=IF(J#<$B$3,$B$3-J#,"")');
  const notOnRoster = importedText(texts.notOnRoster);
  const text = importedText;
  const rows: CellInput[][] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const r = list[i].record;
    const n = first + i;
    rows[i] = [
      text(r.owner),
      r.team === null ? notOnRoster : text(r.team),
      text(r.deal),
      text(r.account),
      text(r.stage),
      r.amount,
      r.closeDate,
      r.nextContact,
      { formula: reason(n) },
      { formula: since(n) },
      { formula: days(n) },
      r.row,
    ];
  }
  const last = first + Math.max(rows.length, 1) - 1;
  return {
    name: texts.sheet.followUp,
    tabColor: "#C55A11",
    blocks: [
      { start: "A1", rows: [[t.title], [t.note], [t.asOf, asOf]] },
      { start: `A${headerRow}`, rows: [[...t.headers], ...(rows.length ? rows : [[t.none]])] },
    ],
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
    conditionalFormats: rows.length
      ? [{ type: "dataBar", range: `K${first}:K${last}`, color: "#ED7D31" }]
      : [],
    columns: [
      { column: "A", width: 16 },
      { column: "B", width: 14 },
      { column: "C", width: 28 },
      { column: "D", width: 24 },
      { column: "E", width: 18 },
      { column: "F", width: 14 },
      { column: "G", width: 12 },
      { column: "H", width: 12 },
      { column: "I", width: 18 },
      { column: "J", width: 12 },
      { column: "K", width: 10 },
      { column: "L", width: 10 },
    ],
    freeze: { rows: headerRow, columns: 1 },
    print: { orientation: "landscape", fitToWidth: true, titleRows: `${headerRow}:${headerRow}` },
  };
}
