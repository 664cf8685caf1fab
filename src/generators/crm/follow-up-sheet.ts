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
  const order = new Map(roster.map((r, i) => [r.name, i]));
  const out: (OverdueRecord & { rank: number })[] = [];
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
    out.push({ record, since, rank: order.get(record.owner) ?? roster.length });
  }
  return out
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.record.owner < b.record.owner ? -1 : a.record.owner > b.record.owner ? 1 : 0) ||
        a.since - b.since ||
        a.record.row - b.record.row,
    )
    .map(({ record, since }) => ({ record, since }));
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
  const both = literal(t.reasonBoth);
  const nextOnly = literal(t.reasonNext);
  const closeOnly = literal(t.reasonClose);
  const notOnRoster = importedText(texts.notOnRoster);
  const rows: CellInput[][] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const r = list[i].record;
    const n = first + i;
    const nextLate = `AND(ISNUMBER(H${n}),H${n}<$B$3)`;
    const closeLate = `AND(ISNUMBER(G${n}),G${n}<$B$3)`;
    rows[i] = [
      importedText(r.owner),
      r.team === null ? notOnRoster : importedText(r.team),
      importedText(r.deal),
      importedText(r.account),
      importedText(r.stage),
      r.amount,
      r.closeDate,
      r.nextContact,
      {
        formula: `=IF(AND(${nextLate},${closeLate}),${both},IF(${nextLate},${nextOnly},IF(${closeLate},${closeOnly},"")))`,
      },
      // The earlier of the two dates is the first one that fell overdue.
      { formula: `=MIN(G${n},H${n})` },
      { formula: `=IF(J${n}<$B$3,$B$3-J${n},"")` },
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
