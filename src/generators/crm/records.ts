/**
 * The imported records, kept column by column: exports run to 100,000 rows, and an object per row
 * (then an array per data-sheet row built from it) was most of the import's time, in allocation and
 * garbage collection. Numbers and dates sit in typed arrays; owners, stages and statuses, which
 * repeat on every row, are indexes into small tables; text is kept as the cell the sheets write.
 */
import type { Outcome } from "../../schemas/crm-fields";
import type { Rep } from "../../schemas/roster";
import type { TextCell } from "../../workbook/spec";
import { looksLikeFormula } from "./text";

export interface CrmRecord {
  /** Row number in the export. */
  readonly row: number;
  /** The roster name, or the owner as exported when it is not on the roster. */
  readonly owner: string;
  readonly ownerExported: string;
  /** Roster team; null when the owner is not on the roster. */
  readonly team: string | null;
  readonly deal: string;
  readonly account: string;
  /** The stage as the row spells it ("" when none); funnelStage groups spellings. */
  readonly stage: string;
  readonly status: string;
  readonly outcome: Outcome;
  /** The open stage a deal is at, or was lost at; null for won deals and where unknown. */
  readonly funnelStage: string | null;
  readonly amount: number | null;
  /** 0..1. */
  readonly probability: number | null;
  readonly closeDate: number | null;
  readonly createdDate: number | null;
  readonly nextContact: number | null;
  /** When the collected amount was received (an order export's last payment date); null if unknown. */
  readonly paymentDate: number | null;
  readonly collected: number | null;
  readonly dealType: string;
  readonly leadSource: string;
  /** 1 for a customer's first won deal in the export (new business only, when a type column says). */
  readonly newCustomer: 0 | 1;
  /** The owner's credit share of the deal (a split), 0..1; null when the export has no share column. */
  readonly share: number | null;
}

/** Outcome codes of RecordColumns.outcome, in the order of this list. */
export const OUTCOMES: readonly Outcome[] = ["won", "lost", "open"];
export const WON = 0;
export const LOST = 1;
export const OPEN = 2;

/**
 * Imported text as the cell it is written as: null when blank, a TextCell when it could read as a
 * formula (CSV injection), else the string. Decided once, while the row is read.
 */
export type ImportedText = string | TextCell | null;

/** Imported text as its cell (importedText), for text just read: its first character is at hand. */
export function textCell(text: string): ImportedText {
  if (text === "") return null;
  return looksLikeFormula(text) ? { text } : text;
}

/** The text of an ImportedText ("" when blank). */
export function plainText(cell: ImportedText): string {
  return cell === null ? "" : typeof cell === "string" ? cell : cell.text;
}

/** An owner as the export spells it, and the rep it names. */
export interface OwnerEntry {
  readonly exported: ImportedText;
  readonly rep: Rep | null;
  /** Index of the rep in the roster; -1 when the owner is not on the roster. */
  readonly repIndex: number;
  /** The roster name, or the owner as exported when it is not on the roster. */
  readonly owner: ImportedText;
  /** The rep's team; null when not on the roster. */
  readonly team: ImportedText;
}

/** A stage spelling of the export, and the funnel stage it belongs to. */
export interface StageEntry {
  /** The funnel stage: as the profile spells it (or, for stages it does not list, as first found). */
  readonly name: string;
  /** The stage as this record's row spells it. */
  readonly cell: ImportedText;
  /** The funnel stage's name as a cell. */
  readonly funnelCell: ImportedText;
  /** An open stage (a place in the funnel), not a won or lost word. */
  readonly open: boolean;
}

/**
 * The imported records column by column, record i at index i of every column, in row order. Number
 * and date columns hold NaN for a blank; stage and status hold -1 for none.
 */
export interface RecordColumns {
  readonly length: number;
  readonly row: Int32Array;
  readonly owners: readonly OwnerEntry[];
  /** Index into owners. */
  readonly owner: Int32Array;
  readonly deal: readonly ImportedText[];
  readonly account: readonly ImportedText[];
  readonly stages: readonly StageEntry[];
  /** Index into stages. */
  readonly stage: Int32Array;
  readonly statuses: readonly ImportedText[];
  /** Index into statuses. */
  readonly status: Int32Array;
  /** WON, LOST or OPEN. */
  readonly outcome: Uint8Array;
  readonly amount: Float64Array;
  readonly probability: Float64Array;
  readonly closeDate: Float64Array;
  readonly createdDate: Float64Array;
  readonly nextContact: Float64Array;
  readonly paymentDate: Float64Array;
  readonly collected: Float64Array;
  readonly dealType: readonly ImportedText[];
  readonly leadSource: readonly ImportedText[];
  readonly newCustomer: Uint8Array;
  /** The owner's credit share (0..1) of split deals; 1 where the share is blank; NaN without the column. */
  readonly share: Float64Array;
  /** Currency codes found, most rows first (the first is the base the data sheet converts to). */
  readonly currencies: readonly string[];
  /** Per record, 1 + its index in currencies; 0 when the row names none. */
  readonly currency: Int32Array;
  /** True when some owner was written under its roster name (the data sheet then shows both). */
  readonly renamed: boolean;
}

/**
 * The funnel stage of record i: the open stage a deal is at, or was lost at; null for won deals and
 * where unknown.
 */
export function funnelStageAt(c: RecordColumns, i: number): StageEntry | null {
  const s = c.stage[i];
  if (s < 0 || c.outcome[i] === WON) return null;
  const stage = c.stages[s];
  return stage.open ? stage : null;
}

const orNull = (v: number): number | null => (v === v ? v : null);

/** Record i as an object (for tests and small consumers; the sheets read the columns). */
export function recordAt(c: RecordColumns, i: number): CrmRecord {
  const owner = c.owners[c.owner[i]];
  const s = c.stage[i];
  const st = c.status[i];
  return {
    row: c.row[i],
    owner: plainText(owner.owner),
    ownerExported: plainText(owner.exported),
    team: owner.repIndex < 0 ? null : plainText(owner.team),
    deal: plainText(c.deal[i]),
    account: plainText(c.account[i]),
    stage: s < 0 ? "" : plainText(c.stages[s].cell),
    status: st < 0 ? "" : plainText(c.statuses[st]),
    outcome: OUTCOMES[c.outcome[i]],
    funnelStage: funnelStageAt(c, i)?.name ?? null,
    amount: orNull(c.amount[i]),
    probability: orNull(c.probability[i]),
    closeDate: orNull(c.closeDate[i]),
    createdDate: orNull(c.createdDate[i]),
    nextContact: orNull(c.nextContact[i]),
    paymentDate: orNull(c.paymentDate[i]),
    collected: orNull(c.collected[i]),
    dealType: plainText(c.dealType[i]),
    leadSource: plainText(c.leadSource[i]),
    newCustomer: c.newCustomer[i] as 0 | 1,
    share: orNull(c.share[i]),
  };
}

/** Columns being filled, sized for every row of the table; cut to the records kept by finish(). */
export class RecordBuilder {
  length = 0;
  renamed = false;
  readonly owners: OwnerEntry[] = [];
  readonly stages: StageEntry[] = [];
  readonly statuses: ImportedText[] = [];
  readonly row: Int32Array;
  readonly owner: Int32Array;
  readonly deal: ImportedText[];
  readonly account: ImportedText[];
  readonly stage: Int32Array;
  readonly status: Int32Array;
  readonly outcome: Uint8Array;
  readonly amount: Float64Array;
  readonly probability: Float64Array;
  readonly closeDate: Float64Array;
  readonly createdDate: Float64Array;
  readonly nextContact: Float64Array;
  readonly paymentDate: Float64Array;
  readonly collected: Float64Array;
  readonly dealType: ImportedText[];
  readonly leadSource: ImportedText[];
  readonly newCustomer: Uint8Array;
  readonly share: Float64Array;
  /** Codes in the order first seen; currency[i] is 1 + the index (0: none). */
  readonly currencyCodes: string[] = [];
  readonly currency: Int32Array;

  constructor(capacity: number) {
    this.currency = new Int32Array(capacity);
    this.row = new Int32Array(capacity);
    this.owner = new Int32Array(capacity);
    this.deal = new Array<ImportedText>(capacity);
    this.account = new Array<ImportedText>(capacity);
    this.stage = new Int32Array(capacity);
    this.status = new Int32Array(capacity);
    this.outcome = new Uint8Array(capacity);
    this.amount = new Float64Array(capacity);
    this.probability = new Float64Array(capacity);
    this.closeDate = new Float64Array(capacity);
    this.createdDate = new Float64Array(capacity);
    this.nextContact = new Float64Array(capacity);
    this.paymentDate = new Float64Array(capacity);
    this.collected = new Float64Array(capacity);
    this.dealType = new Array<ImportedText>(capacity);
    this.leadSource = new Array<ImportedText>(capacity);
    this.newCustomer = new Uint8Array(capacity);
    this.share = new Float64Array(capacity);
  }

  /** The currencies, most rows first, and each record's index renumbered to that order. */
  private currenciesByRows(n: number): { currencies: string[]; currency: Int32Array } {
    const counts = new Array<number>(this.currencyCodes.length + 1).fill(0);
    const currency = this.currency.subarray(0, n);
    for (let i = 0; i < n; i++) counts[currency[i]]++;
    const order = this.currencyCodes.map((_, k) => k + 1).sort((a, b) => counts[b] - counts[a] || a - b);
    if (order.every((k, j) => k === j + 1)) return { currencies: [...this.currencyCodes], currency };
    const renumber = new Int32Array(order.length + 1);
    order.forEach((k, j) => (renumber[k] = j + 1));
    for (let i = 0; i < n; i++) currency[i] = renumber[currency[i]];
    return { currencies: order.map((k) => this.currencyCodes[k - 1]), currency };
  }

  finish(): RecordColumns {
    const n = this.length;
    for (const list of [this.deal, this.account, this.dealType, this.leadSource]) list.length = n;
    return {
      length: n,
      renamed: this.renamed,
      owners: this.owners,
      stages: this.stages,
      statuses: this.statuses,
      row: this.row.subarray(0, n),
      owner: this.owner.subarray(0, n),
      deal: this.deal,
      account: this.account,
      stage: this.stage.subarray(0, n),
      status: this.status.subarray(0, n),
      outcome: this.outcome.subarray(0, n),
      amount: this.amount.subarray(0, n),
      probability: this.probability.subarray(0, n),
      closeDate: this.closeDate.subarray(0, n),
      createdDate: this.createdDate.subarray(0, n),
      nextContact: this.nextContact.subarray(0, n),
      paymentDate: this.paymentDate.subarray(0, n),
      collected: this.collected.subarray(0, n),
      dealType: this.dealType,
      leadSource: this.leadSource,
      ...this.currenciesByRows(n),
      newCustomer: this.newCustomer.subarray(0, n),
      share: this.share.subarray(0, n),
    };
  }
}
