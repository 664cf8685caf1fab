/**
 * The data sheet: one row per imported record, as an Excel table the KPI, funnel and follow-up
 * sheets read by formula. Values only: text that could read as a formula is a text cell.
 */
import type { CrmSheetTexts } from "../../i18n/sheets/crm";
import { columnLetter, sheetRef } from "../../workbook/a1";
import type { CellInput, ColumnSpec, RangeNumberFormat, SheetSpec } from "../../workbook/spec";
import type { CrmRecord, NormalizedImport } from "./normalize";
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

/** Absolute, sheet-qualified range of one column's records, e.g. 'CRM data'!$K$2:$K$101. */
export function dataRange(layout: DataLayout, column: DataColumn): string {
  const c = layout.columns[column];
  if (c === undefined) throw new Error(`the data sheet has no ${column} column`);
  const letter = columnLetter(c);
  return sheetRef(layout.sheet, `$${letter}$${layout.firstRow}:$${letter}$${layout.lastRow}`);
}

export const DATE_FORMAT = "yyyy-mm-dd";
export const MONEY_FORMAT = "#,##0.00";
export const PERCENT_FORMAT = "0.0%";

/** Which columns an import fills: optional ones only when the export had them. */
function presentColumns(imported: NormalizedImport): DataColumn[] {
  const has = imported.has;
  const anyRenamed = imported.records.some((r) => r.owner !== r.ownerExported);
  const include: Record<DataColumn, boolean> = {
    row: true,
    owner: true,
    team: true,
    ownerExported: anyRenamed,
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

export function buildDataSheet(
  imported: NormalizedImport,
  texts: CrmSheetTexts,
): { sheet: SheetSpec; layout: DataLayout } {
  const columns = presentColumns(imported);
  const index: Partial<Record<DataColumn, number>> = {};
  columns.forEach((c, i) => (index[c] = i));
  const name = texts.sheet.data;
  const outcomeText = texts.outcome;
  const notOnRoster = importedText(texts.notOnRoster);
  const unknownStage = importedText(texts.stageUnknown);

  // One closure per column, chosen once: the loop below runs 100,000 times on big exports (and
  // importedText is bound locally: a module-namespace lookup per cell adds up).
  const text = importedText;
  const cellOf: Record<DataColumn, (r: CrmRecord) => CellInput> = {
    row: (r) => r.row,
    owner: (r) => text(r.owner),
    team: (r) => (r.team === null ? notOnRoster : text(r.team)),
    ownerExported: (r) => text(r.ownerExported),
    deal: (r) => text(r.deal),
    account: (r) => text(r.account),
    stage: (r) => text(r.stage),
    status: (r) => text(r.status),
    outcome: (r) => outcomeText[r.outcome],
    funnelStage: (r) =>
      r.outcome === "won" ? null : r.funnelStage === null ? unknownStage : text(r.funnelStage),
    amount: (r) => r.amount,
    probability: (r) => r.probability,
    closeDate: (r) => r.closeDate,
    createdDate: (r) => r.createdDate,
    nextContact: (r) => r.nextContact,
    collected: (r) => r.collected,
    newCustomer: (r) => r.newCustomer,
    dealType: (r) => text(r.dealType),
    leadSource: (r) => text(r.leadSource),
  };
  const writers = columns.map((c) => cellOf[c]);

  const rows: CellInput[][] = [columns.map((c) => texts.data[c])];
  const records = imported.records;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const out = new Array<CellInput>(writers.length);
    for (let c = 0; c < writers.length; c++) out[c] = writers[c](r);
    rows.push(out);
  }
  if (!records.length) rows.push(columns.map(() => null));

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
