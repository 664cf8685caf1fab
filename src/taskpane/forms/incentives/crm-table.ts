/**
 * The CRM data table a Sales Kit import left in the open workbook, read back for the incentive form:
 * which table it is (named CrmDeals, CrmDeals_2 ... by the import, its header in English or Chinese),
 * where its columns are (for the SUMIFS of the calculation sheet), and its rows as the records
 * crmActuals pays from, so the pane reports the same outside-period rows and off-roster owners as
 * `incentives --crm` does, and its preview computes what the formulas will.
 */
import { LOCALES, Locale } from "../../../i18n";
import { isLabel, labelForms } from "../../../i18n/earlier-forms";
import { crmTexts } from "../../../i18n/sheets/crm";
import { BUILT_IN_PROFILES, recordAt } from "../../../generators/crm";
import type { NormalizedImport, OwnerEntry, RecordColumns } from "../../../generators/crm";
import { DATA_COLUMNS, DataColumn, DataLayout } from "../../../generators/crm/data-sheet";
import { LOST, OPEN, WON } from "../../../generators/crm/records";
import { CRM_FIELDS, CrmField } from "../../../schemas/crm-fields";
import type { Rep } from "../../../schemas/roster";
import { parseRange } from "../../../workbook/a1";
import type { RawCell, RawGrid, TableInfo } from "../../services";

/** The import names its table CrmDeals; a second import in the same workbook gets CrmDeals_2 ... */
const CRM_TABLE_NAME = /^CrmDeals(_\d+)?$/i;

/** The workbook's tables an import made, newest (highest number) first. */
export function crmTableCandidates(tables: readonly TableInfo[]): TableInfo[] {
  const number = (name: string) => Number(/_(\d+)$/.exec(name)?.[1] ?? 1);
  return tables.filter((t) => CRM_TABLE_NAME.test(t.name)).sort((a, b) => number(b.name) - number(a.name));
}

/** The columns every data table has, whatever the export held. */
const REQUIRED: readonly DataColumn[] = ["owner", "team", "outcome", "amount", "closeDate"];

export interface CrmDataTable {
  readonly table: string;
  readonly sheet: string;
  /** The language the import wrote the table in: its outcome words are the SUMIFS criteria. */
  readonly locale: Locale;
  readonly layout: DataLayout;
  /** The rows as the import's records, owners matched to the pane's roster. */
  readonly imported: NormalizedImport;
  /** Roster reps with no row in the table. */
  readonly repsWithoutRows: readonly string[];
}

function text(cell: RawCell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

function num(cell: RawCell | undefined): number {
  return typeof cell === "number" ? cell : NaN;
}

/** The header's columns in the language it is written in; null when it is not a Sales Kit data table. */
function headerColumns(header: readonly RawCell[]): { locale: Locale; at: Map<DataColumn, number> } | null {
  for (const locale of LOCALES) {
    const names = crmTexts(locale).data;
    const at = new Map<DataColumn, number>();
    header.forEach((cell, i) => {
      const column = DATA_COLUMNS.find((c) => isLabel(text(cell), names[c]));
      if (column && !at.has(column)) at.set(column, i);
    });
    if (REQUIRED.every((c) => at.has(c))) return { locale, at };
  }
  return null;
}

/** A payments (回款) profile, for a table whose import report names one. */
const PAYMENTS_PROFILE = BUILT_IN_PROFILES.find((p) => p.payments);

/**
 * The table read back (`grid`: header and data rows, as readTable gives them). `payments`: the
 * import that wrote it read a payments (回款) export, whose close date is the payment date (the
 * import report names the profile). Null when the header is not a data table's.
 */
export function readCrmDataTable(
  info: TableInfo & { readonly address: string },
  grid: RawGrid,
  roster: readonly Rep[],
  payments: boolean,
): CrmDataTable | null {
  if (!grid.length) return null;
  const found = headerColumns(grid[0]);
  if (!found) return null;
  const { locale, at } = found;
  const texts = crmTexts(locale);
  const area = parseRange(info.address.slice(info.address.lastIndexOf("!") + 1));
  const columns: Partial<Record<DataColumn, number>> = {};
  for (const [c, i] of at) columns[c] = area.start.col + i;
  // 1-based sheet rows of the first and last data row (a table always has one below its header).
  const layout: DataLayout = {
    sheet: info.sheet,
    firstRow: area.start.row + 2,
    lastRow: Math.max(area.end.row + 1, area.start.row + 2),
    columns,
  };

  const rows = grid.slice(1);
  const n = rows.length;
  const cell = (r: number, c: DataColumn): RawCell | undefined => {
    const i = at.get(c);
    return i === undefined ? undefined : rows[r][i];
  };
  const byName = new Map(roster.map((rep, i) => [rep.name, i]));
  const owners: OwnerEntry[] = [];
  const ownerIndex = new Map<string, number>();
  const owner = new Int32Array(n);
  const outcome = new Uint8Array(n);
  const numbers = (c: DataColumn, blank = NaN) => {
    const out = new Float64Array(n);
    for (let r = 0; r < n; r++)
      out[r] = at.has(c) ? (text(cell(r, c)) === "" ? blank : num(cell(r, c))) : NaN;
    return out;
  };
  const row = new Int32Array(n);
  const deal: string[] = [];
  const currencies: string[] = [];
  const currency = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const name = text(cell(r, "owner"));
    let k = ownerIndex.get(name);
    if (k === undefined) {
      const repIndex = byName.get(name) ?? -1;
      const rep = repIndex >= 0 ? roster[repIndex] : null;
      k = owners.length;
      owners.push({ exported: name, rep, repIndex, owner: name, team: rep ? (rep.team ?? null) : null });
      ownerIndex.set(name, k);
    }
    owner[r] = k;
    const word = text(cell(r, "outcome"));
    outcome[r] = word === texts.outcome.won ? WON : word === texts.outcome.lost ? LOST : OPEN;
    const source = num(cell(r, "row"));
    row[r] = Number.isFinite(source) ? source : layout.firstRow + r;
    deal.push(text(cell(r, "deal")));
    const code = text(cell(r, "currency"));
    if (code && !currencies.includes(code)) currencies.push(code);
    currency[r] = code ? currencies.indexOf(code) + 1 : 0;
  }
  const none = (fill: number) => new Int32Array(n).fill(fill);
  const blanks = () => new Array<null>(n).fill(null);
  const recordColumns: RecordColumns = {
    length: n,
    row,
    owners,
    owner,
    deal,
    account: at.has("account") ? rows.map((_, r) => text(cell(r, "account"))) : blanks(),
    stages: [],
    stage: none(-1),
    statuses: [],
    status: none(-1),
    outcome,
    amount: numbers("amount"),
    probability: numbers("probability"),
    // The data table holds the share as the import read it; a blank share is the whole deal.
    share: at.has("share") ? numbers("share", 1) : new Float64Array(n).fill(NaN),
    closeDate: numbers("closeDate"),
    createdDate: numbers("createdDate"),
    nextContact: numbers("nextContact"),
    collected: numbers("collected"),
    paymentDate: numbers("paymentDate"),
    dealType: blanks(),
    leadSource: blanks(),
    newCustomer: new Uint8Array(n),
    currencies,
    currency,
    renamed: false,
  };
  const present: Partial<Record<DataColumn, CrmField>> = {
    owner: "owner",
    deal: "deal",
    account: "account",
    stage: "stage",
    status: "status",
    amount: "amount",
    share: "share",
    probability: "probability",
    closeDate: "closeDate",
    createdDate: "createdDate",
    nextContact: "nextContact",
    collected: "collected",
    paymentDate: "paymentDate",
    dealType: "dealType",
    leadSource: "leadSource",
    currency: "currency",
  };
  const has = Object.fromEntries(CRM_FIELDS.map((f) => [f, false])) as Record<CrmField, boolean>;
  for (const [c, f] of Object.entries(present)) if (at.has(c as DataColumn)) has[f] = true;
  const profile =
    payments && PAYMENTS_PROFILE
      ? { id: PAYMENTS_PROFILE.id, name: PAYMENTS_PROFILE.name }
      : { id: "sales-kit-data-table", name: { en: "Sales Kit CRM data table", zh: "Sales Kit CRM 数据表" } };
  const withRows = new Set(owners.filter((o) => o.rep).map((o) => o.rep!.name));
  const repsWithoutRows = roster.map((r) => r.name).filter((name) => !withRows.has(name));
  let records: ReturnType<typeof recordAt>[] | null = null;
  const imported: NormalizedImport = {
    file: info.name,
    kind: "deals",
    profile,
    source: "profile",
    columns: [...at].map(([c, i]) => ({
      field: present[c] ?? "owner",
      column: i,
      header: texts.data[c],
      unit: 1,
      percent: false,
      currency: null,
      via: "profile" as const,
    })),
    unusedHeaders: [],
    recordColumns,
    get records() {
      records ??= Array.from({ length: n }, (_, i) => recordAt(recordColumns, i));
      return records;
    },
    issues: [],
    rowsRead: n,
    dateOrder: { order: "mdy", how: "unused" },
    dateOrders: [],
    stages: [],
    unknownOwners: [],
    repsWithoutRecords: repsWithoutRows,
    unlistedWords: [],
    currencies,
    has,
    roster: [...roster],
  };
  return { table: info.name, sheet: info.sheet, locale, layout, imported, repsWithoutRows };
}

/**
 * Whether an import report (its first two columns, label and value) names a payments (回款) profile:
 * that import's data table dates each row by its payment date.
 */
export function reportNamesPayments(cells: RawGrid | null): boolean {
  if (!cells || !PAYMENTS_PROFILE) return false;
  const names = [PAYMENTS_PROFILE.name.en, PAYMENTS_PROFILE.name.zh];
  const labels = LOCALES.map((l) => crmTexts(l).report.profile);
  return cells.some((r) => labels.some((l) => isLabel(text(r[0]), l)) && names.includes(text(r[1])));
}

/**
 * The import report written with a data sheet: the report sheet of the same number (an import
 * writes its sheets together, so a clash renames them alike: "CRM data (2)", "Import report (2)").
 */
export function reportSheetFor(dataSheet: string, sheets: readonly string[]): string | null {
  const suffix = / \((\d+)\)$/.exec(dataSheet)?.[0] ?? "";
  const reports = LOCALES.flatMap((l) => labelForms(crmTexts(l).sheet.report).map((f) => f + suffix));
  return sheets.find((s) => reports.includes(s)) ?? null;
}
