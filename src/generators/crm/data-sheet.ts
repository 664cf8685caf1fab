/**
 * The data sheet: one row per imported record, as an Excel table the KPI, funnel and follow-up
 * sheets read by formula. Values only: text that could read as a formula is a text cell.
 */
import type { CrmSheetTexts } from "../../i18n/sheets/crm";
import { columnLetter, sheetRef } from "../../workbook/a1";
import type { CellInput, ColumnSpec, RangeNumberFormat, SheetSpec } from "../../workbook/spec";
import type { NormalizedImport } from "./normalize";
import { OUTCOMES, RecordColumns, WON } from "./records";
import { importedText } from "./text";

export const DATA_COLUMNS = [
  "row",
  "owner",
  "team",
  "ownerExported",
  "deal",
  "account",
  "stage",
  "status",
  "outcome",
  "funnelStage",
  "amount",
  "probability",
  "closeDate",
  "createdDate",
  "nextContact",
  "collected",
  "newCustomer",
  "dealType",
  "leadSource",
] as const;

export type DataColumn = (typeof DATA_COLUMNS)[number];

/** Where each column of the data table is, for the formulas of the other sheets. */
export interface DataLayout {
  readonly sheet: string;
  /** 1-based rows of the first and last record (at least one row, blank when there is none). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** 0-based column per data column present. */
  readonly columns: Readonly<Partial<Record<DataColumn, number>>>;
}

// The KPI and funnel formulas name the same few ranges tens of thousands of times.
const rangeMemo = new WeakMap<DataLayout, Map<DataColumn, string>>();

/** Absolute, sheet-qualified range of one column's records, e.g. 'CRM data'!$K$2:$K$101. */
export function dataRange(layout: DataLayout, column: DataColumn): string {
  let memo = rangeMemo.get(layout);
  if (!memo) rangeMemo.set(layout, (memo = new Map()));
  let range = memo.get(column);
  if (range === undefined) {
    const c = layout.columns[column];
    if (c === undefined) throw new Error(`the data sheet has no ${column} column`);
    const letter = columnLetter(c);
    range = sheetRef(layout.sheet, `$${letter}$${layout.firstRow}:$${letter}$${layout.lastRow}`);
    memo.set(column, range);
  }
  return range;
}

export const DATE_FORMAT = "yyyy-mm-dd";
export const MONEY_FORMAT = "#,##0.00";
export const PERCENT_FORMAT = "0.0%";

/** Which columns an import fills: optional ones only when the export had them. */
function presentColumns(imported: NormalizedImport): DataColumn[] {
  const has = imported.has;
  const include: Record<DataColumn, boolean> = {
    row: true,
    owner: true,
    team: true,
    ownerExported: imported.recordColumns.renamed,
    deal: has.deal,
    account: has.account,
    stage: has.stage,
    status: has.status,
    outcome: true,
    funnelStage: imported.kind === "deals",
    amount: true,
    probability: has.probability,
    closeDate: true,
    createdDate: has.createdDate,
    nextContact: has.nextContact,
    collected: has.collected,
    newCustomer: true,
    dealType: has.dealType,
    leadSource: has.leadSource,
  };
  return DATA_COLUMNS.filter((c) => include[c]);
}

const WIDTHS: Readonly<Partial<Record<DataColumn, number>>> = {
  row: 9,
  owner: 16,
  team: 14,
  ownerExported: 16,
  deal: 28,
  account: 24,
  stage: 18,
  status: 12,
  outcome: 10,
  funnelStage: 18,
  amount: 14,
  probability: 11,
  closeDate: 12,
  createdDate: 12,
  nextContact: 12,
  collected: 14,
  newCustomer: 10,
  dealType: 16,
  leadSource: 16,
};

const FORMATS: Readonly<Partial<Record<DataColumn, string>>> = {
  amount: MONEY_FORMAT,
  collected: MONEY_FORMAT,
  probability: PERCENT_FORMAT,
  closeDate: DATE_FORMAT,
  createdDate: DATE_FORMAT,
  nextContact: DATE_FORMAT,
};

/** What fills a data column, as a small number for the switch in fillRows. */
const SOURCES: Readonly<Record<DataColumn, number>> = {
  row: 0,
  owner: 1,
  team: 2,
  ownerExported: 3,
  deal: 4,
  account: 5,
  stage: 6,
  status: 7,
  outcome: 8,
  funnelStage: 9,
  amount: 10,
  probability: 11,
  closeDate: 12,
  createdDate: 13,
  nextContact: 14,
  collected: 15,
  newCustomer: 16,
  dealType: 17,
  leadSource: 18,
};

const orNull = (v: number): number | null => (v === v ? v : null);

/**
 * A row of `width` cells, `first` and then blanks, made by an array literal: V8 sees that the rows
 * made here survive and then allocates them straight in the old generation (allocation-site
 * pretenuring), instead of copying 100,000 of them through the young one, which was a third of the
 * import's time. A literal's length is fixed, hence one per width a data sheet can have.
 */
function blankRow(first: CellInput, width: number): CellInput[] {
  const _ = null;
  switch (width) {
    case 7:
      return [first, _, _, _, _, _, _];
    case 8:
      return [first, _, _, _, _, _, _, _];
    case 9:
      return [first, _, _, _, _, _, _, _, _];
    case 10:
      return [first, _, _, _, _, _, _, _, _, _];
    case 11:
      return [first, _, _, _, _, _, _, _, _, _, _];
    case 12:
      return [first, _, _, _, _, _, _, _, _, _, _, _];
    case 13:
      return [first, _, _, _, _, _, _, _, _, _, _, _, _];
    case 14:
      return [first, _, _, _, _, _, _, _, _, _, _, _, _, _];
    case 15:
      return [first, _, _, _, _, _, _, _, _, _, _, _, _, _, _];
    case 16:
      return [first, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _];
    case 17:
      return [first, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _];
    case 18:
      return [first, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _];
    case 19:
      return [first, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _];
    default: {
      const row = new Array<CellInput>(width).fill(null);
      row[0] = first;
      return row;
    }
  }
}

/**
 * One row per record, from the columns, row by row: the columns already hold the cells, so no string
 * is read again (on 100,000 records, building rows column by column or with a function per cell cost
 * several times more).
 */
function fillRows(
  rows: CellInput[][],
  columns: readonly DataColumn[],
  r: RecordColumns,
  texts: CrmSheetTexts,
): void {
  const notOnRoster = importedText(texts.notOnRoster);
  const unknownStage = importedText(texts.stageUnknown);
  const words = OUTCOMES.map((o) => texts.outcome[o]);
  const sources = Int32Array.from(columns, (c) => SOURCES[c]);
  const width = sources.length;
  for (let i = 0; i < r.length; i++) {
    // The first column is always the source row.
    const row = blankRow(r.row[i], width);
    const owner = r.owners[r.owner[i]];
    const s = r.stage[i];
    const st = r.status[i];
    for (let k = 1; k < width; k++) {
      switch (sources[k]) {
        case 1:
          row[k] = owner.owner;
          break;
        case 2:
          row[k] = owner.repIndex < 0 ? notOnRoster : owner.team;
          break;
        case 3:
          row[k] = owner.exported;
          break;
        case 4:
          row[k] = r.deal[i];
          break;
        case 5:
          row[k] = r.account[i];
          break;
        case 6:
          row[k] = s < 0 ? null : r.stages[s].cell;
          break;
        case 7:
          row[k] = st < 0 ? null : r.statuses[st];
          break;
        case 8:
          row[k] = words[r.outcome[i]];
          break;
        case 9:
          // funnelStageAt, inlined: won deals have none, others their open stage, else "unknown".
          row[k] = r.outcome[i] === WON ? null : s >= 0 && r.stages[s].open ? r.stages[s].cell : unknownStage;
          break;
        case 10:
          row[k] = orNull(r.amount[i]);
          break;
        case 11:
          row[k] = orNull(r.probability[i]);
          break;
        case 12:
          row[k] = orNull(r.closeDate[i]);
          break;
        case 13:
          row[k] = orNull(r.createdDate[i]);
          break;
        case 14:
          row[k] = orNull(r.nextContact[i]);
          break;
        case 15:
          row[k] = orNull(r.collected[i]);
          break;
        case 16:
          row[k] = r.newCustomer[i];
          break;
        case 17:
          row[k] = r.dealType[i];
          break;
        case 18:
          row[k] = r.leadSource[i];
          break;
      }
    }
    rows[i + 1] = row;
  }
}

export function buildDataSheet(
  imported: NormalizedImport,
  texts: CrmSheetTexts,
): { sheet: SheetSpec; layout: DataLayout } {
  const columns = presentColumns(imported);
  const index: Partial<Record<DataColumn, number>> = {};
  columns.forEach((c, i) => (index[c] = i));
  const name = texts.sheet.data;
  const records = imported.recordColumns;
  const n = records.length;

  const rows: CellInput[][] = new Array(n + 1);
  rows[0] = columns.map((c) => texts.data[c]);
  fillRows(rows, columns, records, texts);
  if (!n) rows.push(columns.map(() => null));

  const lastRow = rows.length;
  const lastLetter = columnLetter(columns.length - 1);
  const numberFormats: RangeNumberFormat[] = [];
  const widths: ColumnSpec[] = [];
  columns.forEach((c, i) => {
    const letter = columnLetter(i);
    const format = FORMATS[c];
    if (format) numberFormats.push({ range: `${letter}2:${letter}${lastRow}`, format });
    widths.push({ column: letter, width: WIDTHS[c] ?? 14 });
  });
  return {
    sheet: {
      name,
      tabColor: "#7F7F7F",
      blocks: [{ start: "A1", rows }],
      numberFormats,
      columns: widths,
      tables: [{ name: texts.tableName, range: `A1:${lastLetter}${lastRow}`, style: "TableStyleMedium2" }],
      freeze: { rows: 1, columns: 0 },
    },
    layout: { sheet: name, firstRow: 2, lastRow, columns: index },
  };
}
