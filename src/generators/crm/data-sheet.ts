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
  "currency",
  "amountExported",
  "amount",
  "share",
  "probability",
  "closeDate",
  "createdDate",
  "nextContact",
  "collected",
  "paymentDate",
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
    currency: multiCurrency(imported.recordColumns),
    amountExported: multiCurrency(imported.recordColumns),
    amount: true,
    share: has.share,
    probability: has.probability,
    closeDate: true,
    createdDate: has.createdDate,
    nextContact: has.nextContact,
    collected: has.collected,
    paymentDate: has.paymentDate,
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
  currency: 10,
  amountExported: 14,
  amount: 14,
  share: 11,
  probability: 11,
  closeDate: 12,
  createdDate: 12,
  nextContact: 12,
  collected: 14,
  paymentDate: 12,
  newCustomer: 10,
  dealType: 16,
  leadSource: 16,
};

const FORMATS: Readonly<Partial<Record<DataColumn, string>>> = {
  amount: MONEY_FORMAT,
  amountExported: MONEY_FORMAT,
  collected: MONEY_FORMAT,
  probability: PERCENT_FORMAT,
  share: PERCENT_FORMAT,
  closeDate: DATE_FORMAT,
  createdDate: DATE_FORMAT,
  nextContact: DATE_FORMAT,
  paymentDate: DATE_FORMAT,
};

/**
 * A number column's cells as plain numbers, blanks left NaN (an empty cell in a column block): the
 * array then holds unboxed doubles, where nulls among them would box every number.
 */
function numberCells(values: Float64Array | Int32Array | Uint8Array): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out;
}

/** The cells of a column whose records index a small table (owners, stages, statuses). */
function indexedCells(index: Int32Array, cells: readonly CellInput[]): CellInput[] {
  const out = new Array<CellInput>(index.length);
  for (let i = 0; i < index.length; i++) {
    const k = index[i];
    out[i] = k < 0 ? null : cells[k];
  }
  return out;
}

/**
 * The funnel stage column: won deals have none, others their open stage, else "unknown"
 * (funnelStageAt, by table: one decision per stage, not per record).
 */
function funnelStageCells(r: RecordColumns, unknown: CellInput): CellInput[] {
  const open = r.stages.map((s) => (s.open ? s.funnelCell : unknown));
  const out = new Array<CellInput>(r.length);
  for (let i = 0; i < r.length; i++) {
    const s = r.stage[i];
    out[i] = r.outcome[i] === WON ? null : s >= 0 ? open[s] : unknown;
  }
  return out;
}

/**
 * One data column's cells, made column by column from the record columns: the repeated values
 * (owner, team, stage ...) are the cells of their small tables, numbers are read once from their
 * typed array, text is the cell the import made. No array per record: the sheet is a column block.
 */
function columnCells(column: DataColumn, r: RecordColumns, texts: CrmSheetTexts): readonly CellInput[] {
  switch (column) {
    case "row":
      return numberCells(r.row);
    case "owner":
      return indexedCells(
        r.owner,
        r.owners.map((o) => o.owner),
      );
    case "team": {
      const notOnRoster = importedText(texts.notOnRoster);
      return indexedCells(
        r.owner,
        r.owners.map((o) => (o.repIndex < 0 ? notOnRoster : o.team)),
      );
    }
    case "ownerExported":
      return indexedCells(
        r.owner,
        r.owners.map((o) => o.exported),
      );
    case "deal":
      return r.deal;
    case "account":
      return r.account;
    case "stage":
      return indexedCells(
        r.stage,
        r.stages.map((s) => s.cell),
      );
    case "status":
      return indexedCells(r.status, r.statuses);
    case "outcome": {
      const words = OUTCOMES.map((o) => texts.outcome[o]);
      const out = new Array<CellInput>(r.length);
      for (let i = 0; i < r.length; i++) out[i] = words[r.outcome[i]];
      return out;
    }
    case "funnelStage":
      return funnelStageCells(r, importedText(texts.stageUnknown));
    case "currency": {
      const codes: CellInput[] = [null, ...r.currencies.map(importedText)];
      const out = new Array<CellInput>(r.length);
      for (let i = 0; i < r.length; i++) out[i] = codes[r.currency[i]];
      return out;
    }
    case "amountExported":
    case "amount":
      return numberCells(r.amount);
    case "probability":
      return numberCells(r.probability);
    case "share":
      return numberCells(r.share);
    case "closeDate":
      return numberCells(r.closeDate);
    case "createdDate":
      return numberCells(r.createdDate);
    case "nextContact":
      return numberCells(r.nextContact);
    case "collected":
      return numberCells(r.collected);
    case "paymentDate":
      return numberCells(r.paymentDate);
    case "newCustomer":
      return numberCells(r.newCustomer);
    case "dealType":
      return r.dealType;
    case "leadSource":
      return r.leadSource;
  }
}

/** An export whose rows are in more than one currency: its amounts are converted by formula. */
function multiCurrency(r: RecordColumns): boolean {
  return r.currencies.length > 1;
}

/**
 * A multi-currency export's rates table, beside the data table (currency, rate to the currency most
 * rows are in, which is 1; the others blank for the user to fill in), and the amount column as
 * formulas: the amount as exported times its currency's rate. A blank rate gives #N/A, so no KPI
 * adds up amounts of different currencies as they are; a row naming no currency counts as the base.
 */
function ratesBlock(
  r: RecordColumns,
  index: Partial<Record<DataColumn, number>>,
  width: number,
  texts: CrmSheetTexts,
): { block: { start: string; rows: CellInput[][] }; amounts: CellInput[] } {
  const base = r.currencies[0];
  const codeCol = columnLetter(width + 1);
  const rateCol = columnLetter(width + 2);
  const last = r.currencies.length + 1;
  const codes = `$${codeCol}$2:$${codeCol}$${last}`;
  const rates = `$${rateCol}$2:$${rateCol}$${last}`;
  const exported = columnLetter(index.amountExported!);
  const currency = columnLetter(index.currency!);
  const amounts = new Array<CellInput>(r.length);
  for (let i = 0; i < r.length; i++) {
    if (r.amount[i] !== r.amount[i]) {
      amounts[i] = NaN;
      continue;
    }
    const row = i + 2;
    const rate = `INDEX(${rates},MATCH(${currency}${row},${codes},0))`;
    amounts[i] = {
      formula: `=${exported}${row}*IF(${currency}${row}="",1,IF(${rate}="",NA(),${rate}))`,
    };
  }
  return {
    block: {
      start: `${codeCol}1`,
      rows: [
        [texts.rates.currency, texts.rates.rate(base)],
        ...r.currencies.map((c, k): CellInput[] => [importedText(c), k === 0 ? 1 : null]),
      ],
    },
    amounts,
  };
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

  const header = columns.map((c) => texts.data[c]);
  // The records go in column by column (a column block): 100,000 records are 19 arrays, not 100,000.
  const cells = n ? columns.map((c) => columnCells(c, records, texts)) : [];
  const rates = multiCurrency(records) ? ratesBlock(records, index, columns.length, texts) : null;
  if (rates && n) cells[index.amount!] = rates.amounts;
  // A table needs a row below its header: one blank row when there is no record.
  const lastRow = Math.max(n, 1) + 1;
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
      blocks: rates ? [{ start: "A1", rows: [header] }, rates.block] : [{ start: "A1", rows: [header] }],
      columnBlocks: [{ start: "A2", columns: cells }],
      numberFormats,
      columns: widths,
      tables: [{ name: texts.tableName, range: `A1:${lastLetter}${lastRow}`, style: "TableStyleMedium2" }],
      freeze: { rows: 1, columns: 0 },
      // Too many columns to shrink onto one page and stay legible: the header repeats instead.
      // Left out of a workbook printed whole (thousands of rows): the print area is the header;
      // select the rows and print the selection when they are wanted on paper.
      print: { orientation: "landscape", titleRows: "1:1", area: `A1:${columnLetter(header.length - 1)}1` },
    },
    layout: { sheet: name, firstRow: 2, lastRow, columns: index },
  };
}
