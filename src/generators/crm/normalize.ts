/**
 * Normalisation: the rows of a recognised export become records (amounts, dates, outcomes, owners
 * on the roster), with every row that cannot be read listed with its row number and reason.
 * Pure: the same table, mapping and roster always give the same records and report. One pass over
 * the rows fills the record columns (records.ts).
 */
import type { CrmField, Outcome, RecordKind } from "../../schemas/crm-fields";
import { FIELD_LABELS } from "../../schemas/crm-fields";
import type { InputIssue } from "../../schemas/errors";
import type { Rep } from "../../schemas/roster";
import { AmountReader, parseProbability } from "./amounts";
import { DateOrder, isoFast, parseDate, serial } from "./dates";
import { OutcomeReader } from "./outcomes";
import { OwnerMatcher } from "./owners";
import type { OutcomeReading } from "./outcomes";
import type { ColumnBinding, ResolvedMapping } from "./recognize";
import {
  CrmRecord,
  LOST,
  OPEN,
  OwnerEntry,
  RecordBuilder,
  RecordColumns,
  StageEntry,
  WON,
  funnelStageAt,
  recordAt,
  textCell,
} from "./records";
import type { CrmTable, RawCell } from "./table";
import { matchKey, matchKeyHash, sameMatchKey } from "./text";

/** An InputIssue with its weight: an error keeps the row out of the data sheet, a warning does not. */
export interface ImportIssue extends InputIssue {
  readonly severity: "error" | "warning";
  /** The offending value as the file holds it (written to the report as text). */
  readonly value?: string;
}

export interface StageInfo {
  readonly name: string;
  /** Where its place in the order comes from. */
  readonly source: "given" | "probability" | "found";
}

export interface UnknownOwner {
  readonly owner: string;
  readonly rows: number;
  readonly amount: number;
  readonly firstRow: number;
}

export interface UnlistedWord {
  readonly field: "status";
  readonly value: string;
  readonly outcome: Outcome;
  readonly rows: readonly number[];
}

export interface NormalizedImport {
  readonly file?: string;
  readonly kind: RecordKind;
  readonly profile: { readonly id: string; readonly name: { readonly en: string; readonly zh: string } };
  readonly source: ResolvedMapping["source"];
  readonly columns: readonly ColumnBinding[];
  readonly unusedHeaders: readonly string[];
  readonly recordColumns: RecordColumns;
  /** The records as objects, built on first read from recordColumns (the import itself never reads them). */
  readonly records: readonly CrmRecord[];
  readonly issues: readonly ImportIssue[];
  /** Data rows in the export (after the header, blank rows not counted). */
  readonly rowsRead: number;
  readonly dateOrder: { readonly order: DateOrder; readonly how: DateOrderHow };
  /** The open stages of the funnel, first to last. */
  readonly stages: readonly StageInfo[];
  readonly unknownOwners: readonly UnknownOwner[];
  readonly repsWithoutRecords: readonly string[];
  readonly unlistedWords: readonly UnlistedWord[];
  readonly currencies: readonly string[];
  readonly has: Readonly<Record<CrmField, boolean>>;
  readonly roster: readonly Rep[];
}

export interface NormalizeOptions {
  readonly file?: string;
}

/** How the day/month order was decided; "unused" when no date in the file is written day-month-year or month-day-year. */
export type DateOrderHow = "given" | "evidence" | "default" | "unused";

const ZERO = 48;

function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

function isSeparator(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 47 || c === 45 || c === 46; // / - .
}

/**
 * The two leading numbers of a date written day-month-year or month-day-year ("13/1/2027" -> 13, 1),
 * read by char code (this looks at every date of every row); null for any other spelling.
 */
function leadingPair(text: string): [number, number] | null {
  let i = 0;
  const a1 = digitAt(text, i++);
  if (a1 < 0) return null;
  let a = a1;
  if (digitAt(text, i) >= 0) a = a * 10 + digitAt(text, i++);
  if (!isSeparator(text, i++)) return null;
  const b1 = digitAt(text, i++);
  if (b1 < 0) return null;
  let b = b1;
  if (digitAt(text, i) >= 0) b = b * 10 + digitAt(text, i++);
  if (!isSeparator(text, i++) || digitAt(text, i) < 0) return null;
  return [a, b];
}

/**
 * "3/1/2027", "13-1-2027", "1.3.27": a date of numbers with the year last, no spaces and no time
 * (what YEAR_LAST in dates.ts accepts, in its commonest form), read by char code in `order` and
 * tallied as evidence of the order. Null for any other spelling, which parseDate reads.
 */
function yearLastDate(text: string, order: DateOrder, evidence: DateEvidence): number | undefined | null {
  const n = text.length;
  let i = 0;
  let a = digitAt(text, i++);
  if (a < 0) return null;
  if (digitAt(text, i) >= 0) a = a * 10 + digitAt(text, i++);
  if (!isSeparator(text, i++)) return null;
  let b = digitAt(text, i++);
  if (b < 0) return null;
  if (digitAt(text, i) >= 0) b = b * 10 + digitAt(text, i++);
  if (!isSeparator(text, i++)) return null;
  const digits = n - i;
  if (digits !== 4 && digits !== 2) return null;
  let year = 0;
  for (; i < n; i++) {
    const d = digitAt(text, i);
    if (d < 0) return null;
    year = year * 10 + d;
  }
  // Two-digit years as Excel reads them (dates.ts fullYear).
  if (digits === 2) year += year < 30 ? 2000 : 1900;
  evidence.yearLast = true;
  if (a > 12 && b <= 12) evidence.dmy++;
  else if (b > 12 && a <= 12) evidence.mdy++;
  else evidence.ambiguous = true;
  return order === "mdy" ? serial(year, a, b) : serial(year, b, a);
}

/** "60" or "60%" (whole percent, 0 to 100) as a fraction, by char code; NaN for anything else. */
function wholePercent(text: string, percentScale: boolean): number {
  let n = text.length;
  const percent = n > 1 && text.charCodeAt(n - 1) === 37;
  if (percent) n--;
  if (n < 1 || n > 3 || !(percent || percentScale)) return NaN;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = digitAt(text, i);
    if (d < 0) return NaN;
    v = v * 10 + d;
  }
  // v / 100 is the double parseProbability gives for 0..100 (its toPrecision(15) round trip).
  return v <= 100 ? v / 100 : NaN;
}

/** What the dates of an export say about day/month order, gathered while they are read. */
interface DateEvidence {
  dmy: number;
  mdy: number;
  ambiguous: boolean;
  yearLast: boolean;
}

function tally(evidence: DateEvidence, text: string): void {
  // Leading spaces are rare: trim only then.
  const pair = leadingPair(text.charCodeAt(0) === 32 ? text.trim() : text);
  if (!pair) return;
  evidence.yearLast = true;
  const [x, y] = pair;
  if (x > 12 && y <= 12) evidence.dmy++;
  else if (y > 12 && x <= 12) evidence.mdy++;
  else evidence.ambiguous = true;
}

function decideOrder(
  evidence: DateEvidence,
  mapping: ResolvedMapping,
): { order: DateOrder; how: DateOrderHow; conflict: boolean } {
  const { dmy, mdy } = evidence;
  const conflict = dmy > 0 && mdy > 0;
  if (mapping.dateOrderGiven) return { order: mapping.dateOrder, how: "given", conflict };
  if (!evidence.yearLast) return { order: mapping.dateOrder, how: "unused", conflict };
  if (!conflict && dmy > 0) return { order: "dmy", how: "evidence", conflict };
  if (!conflict && mdy > 0) return { order: "mdy", how: "evidence", conflict };
  return { order: mapping.dateOrder, how: "default", conflict };
}

/** The trimmed text of column c of a row; "" when the column is absent (c < 0) or blank. */
function textAt(cells: readonly RawCell[], c: number): string {
  if (c < 0) return "";
  const cell = cells[c];
  if (typeof cell === "string") return cell.trim();
  return cell === null || cell === undefined ? "" : String(cell);
}

function rawText(cell: RawCell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell);
}

/** What one pass over the rows gives; normalizeRecords adds the date order and the records. */
type PassResult = Omit<NormalizedImport, "records" | "dateOrder">;

/**
 * Normalises the rows with the dates read in `order`, gathering what the dates say about the order.
 * One pass over the rows: exports run to 100,000 rows and each pass costs.
 */
function normalizePass(
  table: CrmTable,
  mapping: ResolvedMapping,
  roster: readonly Rep[],
  options: NormalizeOptions,
  order: DateOrder,
  evidence: DateEvidence,
): PassResult {
  const { file } = options;
  const kind = mapping.kind;
  const col = mapping.columns;
  const issues: ImportIssue[] = [];
  const where = file !== undefined ? { file } : {};
  const header = (field: CrmField) => col[field]?.header ?? FIELD_LABELS[field].en;
  const rowIssue = (
    severity: ImportIssue["severity"],
    row: number,
    field: CrmField,
    en: string,
    zh: string,
    value?: string,
  ) => {
    const i: ImportIssue = { ...where, severity, row, field: header(field), en, zh };
    issues.push(value === undefined ? i : { ...i, value });
  };
  const fileIssue = (field: string, en: string, zh: string) =>
    issues.push({ ...where, severity: "warning", field, en, zh });

  const owners = new OwnerMatcher(roster, mapping.owners);
  for (const p of owners.problems) fileIssue("owners", p.en, p.zh);
  const outcomes = new OutcomeReader(mapping.outcomes);
  const out = new RecordBuilder(table.rows.length);

  // Imported functions bound once: module-namespace lookups per call add up over 100,000 rows.
  const dateOf = parseDate;
  const isoOf = isoFast;
  const probabilityOf = parseProbability;
  // Column indexes, -1 when absent: the loop below runs once per row of exports of 100,000 rows.
  const at = (field: CrmField) => col[field]?.column ?? -1;
  const cOwner = at("owner");
  const cAmount = at("amount");
  const cStage = at("stage");
  const cStatus = at("status");
  const cClose = at("closeDate");
  const cCreated = at("createdDate");
  const cNext = at("nextContact");
  const cProbability = at("probability");
  const cCollected = at("collected");
  const cDeal = at("deal");
  const cAccount = at("account");
  const cType = at("dealType");
  const cSource = at("leadSource");
  const cCurrency = at("currency");

  // Dates repeat a lot (close dates especially); other spellings than ISO are parsed once each.
  const dateCache = new Map<string, number | null | undefined>();
  const readDate = (cell: RawCell | undefined): number | null | undefined => {
    if (cell === undefined || cell === null) return null;
    // ISO dates are read straight away (caching them would only fill memory); the rest by parseDate.
    if (typeof cell !== "string") return dateOf(cell, order);
    if (cell.length >= 10 && cell.charCodeAt(4) === 45) {
      const iso = isoOf(cell);
      return iso !== null ? iso : dateOf(cell, order);
    }
    const yearLast = yearLastDate(cell, order, evidence);
    if (yearLast !== null) return yearLast;
    let v = dateCache.get(cell);
    if (v === undefined && !dateCache.has(cell)) {
      tally(evidence, cell);
      v = dateOf(cell, order);
      if (dateCache.size < 50_000) dateCache.set(cell, v);
    }
    return v;
  };
  /** An optional date as a number, NaN when blank or unreadable (with a warning). */
  const optionalDate = (
    cells: readonly RawCell[],
    row: number,
    field: "createdDate" | "nextContact",
    c: number,
  ): number => {
    if (c < 0) return NaN;
    const v = readDate(cells[c]);
    if (v !== undefined) return v === null ? NaN : v;
    const label = FIELD_LABELS[field];
    rowIssue(
      "warning",
      row,
      field,
      `${label.en} is not a date: left blank`,
      `${label.zh}不是有效日期:留空`,
      rawText(cells[c]),
    );
    return NaN;
  };

  // Stages: the spelling of the order list (else the first one seen), and whether it is an open stage.
  const stageNames = new Map<string, string>();
  for (const s of mapping.stageOrder) if (!stageNames.has(matchKey(s))) stageNames.set(matchKey(s), s);
  const stageIndex = new Map<string, number>();
  const stageIndexOf = (text: string): number => {
    const key = matchKey(text);
    let name = stageNames.get(key);
    if (!name) stageNames.set(key, (name = text));
    let index = stageIndex.get(name);
    if (index === undefined) {
      const entry: StageEntry = { name, cell: textCell(name), open: outcomes.wordOutcome(name) === null };
      stageIndex.set(name, (index = out.stages.push(entry) - 1));
    }
    return index;
  };
  const statusIndex = new Map<string, number>();
  const statusIndexOf = (text: string): number => {
    let index = statusIndex.get(text);
    if (index === undefined) statusIndex.set(text, (index = out.statuses.push(textCell(text)) - 1));
    return index;
  };
  // Stage and status repeat on every row and decide the outcome together: read once per pair.
  // The stage's place among the stages is taken when a row with it is kept (rows in order), so
  // that a rejected row does not decide how a stage is spelt.
  interface StageStatus {
    readonly reading: OutcomeReading | null;
    readonly status: number;
    stage: number | undefined;
  }
  const pairs = new Map<string, Map<string, StageStatus>>();
  const stageStatusOf = (stage: string, status: string): StageStatus => {
    let byStage = pairs.get(status);
    if (!byStage) pairs.set(status, (byStage = new Map()));
    let pair = byStage.get(stage);
    if (!pair) {
      pair = {
        reading: outcomes.read(kind, stage, status),
        status: status ? statusIndexOf(status) : -1,
        stage: stage ? undefined : -1,
      };
      byStage.set(stage, pair);
    }
    return pair;
  };

  const amountReader = (b: ColumnBinding | undefined) =>
    new AmountReader({ unit: mapping.amountUnit * (b?.unit ?? 1), decimalComma: mapping.decimalComma });
  const amounts = amountReader(col.amount);
  const collectedAmounts = amountReader(col.collected);
  const probabilityScale = col.probability?.percent ? "percent" : mapping.probability;
  const probabilityCache = new Map<RawCell, number | null | undefined>();
  const percentScale = probabilityScale === "percent";
  const currencies = new Set<string>();
  for (const b of [col.amount, col.collected]) if (b?.currency) currencies.add(b.currency);
  const currencyCodes = new Map<string, string>();

  const unlisted = new Map<string, { value: string; outcome: Outcome; rows: number[] }>();
  const unknownOwners = new Map<string, { owner: string; rows: number; amount: number; firstRow: number }>();
  const matchedReps = new Set<string>();
  // Owners repeat on almost every row: matched once per spelling, their cells made once.
  const rosterIndex = new Map(roster.map((r, i) => [r, i]));
  const ownerIndex = new Map<string, number>();
  const outcomeCode = { won: WON, lost: LOST, open: OPEN } as const;

  // New customers, decided as the rows are read: a customer's first won deal in the export (by
  // close date, then row); when the export has a deal type column, only new business counts.
  // Customers are told apart by matchKey.
  const typedBusiness = Boolean(mapping.columns.dealType);
  const newWords = new Set(mapping.newBusiness.map(matchKey));
  const newBusiness = new Map<string, boolean>();
  const isNewBusiness = (type: string) => {
    let yes = newBusiness.get(type);
    if (yes === undefined) newBusiness.set(type, (yes = newWords.has(matchKey(type))));
    return yes;
  };
  /**
   * Customers by the hash of their key (matchKeyHash), each with the record of its first won deal;
   * the few that share a hash are chained and told apart by sameMatchKey.
   */
  interface Customer {
    readonly account: string;
    first: number;
    next: Customer | undefined;
  }
  const customers = new Map<number, Customer>();
  const customerOf = (account: string): Customer => {
    const hash = matchKeyHash(account);
    const head = customers.get(hash);
    for (let c = head; c; c = c.next) if (sameMatchKey(c.account, account)) return c;
    const customer: Customer = { account, first: -1, next: head };
    customers.set(hash, customer);
    return customer;
  };

  const tableRows = table.rows;
  for (let r = 0; r < tableRows.length; r++) {
    const { row, cells } = tableRows[r];
    const ownerExported = textAt(cells, cOwner);
    if (!ownerExported) {
      rowIssue(
        "error",
        row,
        "owner",
        "no owner: the row cannot be given to a rep",
        "没有负责人:无法归属到销售代表",
        "",
      );
      continue;
    }
    const amountCell = cAmount < 0 ? null : (cells[cAmount] ?? null);
    const amount = amounts.read(amountCell);
    if (amount === undefined) {
      rowIssue("error", row, "amount", "the amount is not a number", "金额不是数字", rawText(amountCell));
      continue;
    }
    if (amounts.currency) currencies.add(amounts.currency);

    const stageText = textAt(cells, cStage);
    const statusText = textAt(cells, cStatus);
    const pair = stageStatusOf(stageText, statusText);
    const reading = pair.reading;
    if (!reading) {
      rowIssue(
        "error",
        row,
        cStage >= 0 ? "stage" : "status",
        "no stage or status: the outcome is unknown",
        "没有阶段或状态:无法判断结果",
        "",
      );
      continue;
    }
    if (!reading.known) {
      const key = matchKey(statusText);
      const entry = unlisted.get(key) ?? { value: statusText, outcome: reading.outcome, rows: [] };
      entry.rows.push(row);
      unlisted.set(key, entry);
    }
    const outcome = reading.outcome;

    const closeCell = cClose < 0 ? undefined : cells[cClose];
    let closeDate = readDate(closeCell);
    if (closeDate === undefined) {
      if (outcome !== "open") {
        rowIssue(
          "error",
          row,
          "closeDate",
          "the close date is not a date",
          "结单日期不是有效日期",
          rawText(closeCell),
        );
        continue;
      }
      rowIssue(
        "warning",
        row,
        "closeDate",
        "the close date is not a date: left blank",
        "结单日期不是有效日期:留空",
        rawText(closeCell),
      );
      closeDate = null;
    } else if (closeDate === null && outcome !== "open") {
      rowIssue(
        "error",
        row,
        "closeDate",
        `a ${outcome} ${kind === "orders" ? "order" : "deal"} without a close date cannot be placed in a period`,
        `${outcome === "won" ? "已赢单" : "已输单"}但没有结单日期,无法归入期间`,
        "",
      );
      continue;
    }
    const createdDate = optionalDate(cells, row, "createdDate", cCreated);
    const nextContact = optionalDate(cells, row, "nextContact", cNext);

    let probability = NaN;
    if (cProbability >= 0) {
      const cell = cells[cProbability] ?? null;
      let p: number | null | undefined = typeof cell === "string" ? wholePercent(cell, percentScale) : NaN;
      if (p !== p) p = probabilityCache.get(cell);
      if (p === undefined && !probabilityCache.has(cell)) {
        p = probabilityOf(cell, probabilityScale);
        if (probabilityCache.size < 10_000) probabilityCache.set(cell, p);
      }
      if (p === undefined) {
        rowIssue(
          "warning",
          row,
          "probability",
          "the probability is not a percentage from 0 to 100: left blank",
          "赢率不是 0 到 100 之间的百分比:留空",
          rawText(cell),
        );
      } else if (p !== null) probability = p;
    }

    let collected = NaN;
    if (cCollected >= 0) {
      const cell = cells[cCollected] ?? null;
      const c = collectedAmounts.read(cell);
      if (c === undefined) {
        rowIssue(
          "warning",
          row,
          "collected",
          "the collected amount is not a number: left blank",
          "已回款金额不是数字:留空",
          rawText(cell),
        );
      } else if (c !== null) collected = c;
      if (collectedAmounts.currency) currencies.add(collectedAmounts.currency);
    }

    if (amount === null) {
      rowIssue(
        "warning",
        row,
        "amount",
        "no amount: the deal counts, its value is blank",
        "没有金额:计入笔数,金额为空",
        "",
      );
    }
    const currencyText = textAt(cells, cCurrency);
    if (currencyText) {
      let code = currencyCodes.get(currencyText);
      if (!code) {
        code = currencyText.toUpperCase().replace("RMB", "CNY").replace("人民币", "CNY");
        currencyCodes.set(currencyText, code);
        currencies.add(code);
      }
    }

    if (pair.stage === undefined) pair.stage = stageIndexOf(stageText);

    let o = ownerIndex.get(ownerExported);
    if (o === undefined) {
      const rep = owners.match(ownerExported);
      const exported = textCell(ownerExported);
      const entry: OwnerEntry = rep
        ? {
            exported,
            rep,
            repIndex: rosterIndex.get(rep)!,
            owner: textCell(rep.name),
            team: textCell(rep.team),
          }
        : { exported, rep, repIndex: -1, owner: exported, team: null };
      ownerIndex.set(ownerExported, (o = out.owners.push(entry) - 1));
      if (rep) {
        matchedReps.add(rep.name);
        if (rep.name !== ownerExported) out.renamed = true;
      }
    }
    if (!out.owners[o].rep) {
      const u = unknownOwners.get(ownerExported) ?? {
        owner: ownerExported,
        rows: 0,
        amount: 0,
        firstRow: row,
      };
      u.rows++;
      u.amount += amount ?? 0;
      unknownOwners.set(ownerExported, u);
    }

    const account = textAt(cells, cAccount);
    const dealType = textAt(cells, cType);
    const close = closeDate === null ? NaN : closeDate;
    const i = out.length++;
    out.row[i] = row;
    out.owner[i] = o;
    out.deal[i] = textCell(textAt(cells, cDeal));
    out.account[i] = textCell(account);
    out.stage[i] = pair.stage;
    out.status[i] = pair.status;
    out.outcome[i] = outcomeCode[outcome];
    out.amount[i] = amount === null ? NaN : amount;
    out.probability[i] = probability;
    out.closeDate[i] = close;
    out.createdDate[i] = createdDate;
    out.nextContact[i] = nextContact;
    out.collected[i] = collected;
    out.dealType[i] = textCell(dealType);
    out.leadSource[i] = textCell(textAt(cells, cSource));

    if (outcome === "won" && account !== "" && (!typedBusiness || isNewBusiness(dealType))) {
      const customer = customerOf(account);
      const other = customer.first;
      // Rows come in order: a later row wins only with an earlier close date (a blank one is latest).
      if (other < 0 || (close === close && !(out.closeDate[other] <= close))) customer.first = i;
    }
  }
  for (const head of customers.values())
    for (let c: Customer | undefined = head; c; c = c.next) out.newCustomer[c.first] = 1;
  const recordColumns = out.finish();
  if (currencies.size > 1) {
    const list = [...currencies].sort().join(", ");
    fileIssue(
      "currency",
      `amounts in several currencies (${list}) are added up as they are: convert them to one currency before importing`,
      `金额包含多种币种(${list}),将直接相加:请在导入前换算为同一币种`,
    );
  }
  for (const u of unlisted.values()) {
    const rows = u.rows.slice(0, 10).join(", ") + (u.rows.length > 10 ? " ..." : "");
    issues.push({
      ...where,
      severity: "warning",
      field: header("status"),
      en: `status "${u.value}" is in no outcome list: counted as ${u.outcome} (rows ${rows}); add it to "won", "lost" or "open" in the mapping`,
      zh: `状态“${u.value}”不在任何结果列表中:按${u.outcome === "won" ? "赢单" : u.outcome === "lost" ? "输单" : "进行中"}计(第 ${rows} 行);可在映射的 "won"、"lost" 或 "open" 中添加`,
      value: u.value,
    });
  }
  for (const a of mappingAmbiguities(mapping)) fileIssue(a.field, a.en, a.zh);

  const has = {} as Record<CrmField, boolean>;
  for (const f of Object.keys(FIELD_LABELS) as CrmField[]) has[f] = Boolean(col[f]);

  return {
    ...where,
    kind,
    profile: { id: mapping.profile.id, name: mapping.label },
    source: mapping.source,
    columns: Object.values(col).filter((b): b is ColumnBinding => Boolean(b)),
    unusedHeaders: mapping.unused,
    recordColumns,
    issues,
    rowsRead: table.rows.length,
    stages: orderStages(recordColumns, mapping, stageNames),
    unknownOwners: [...unknownOwners.values()].sort((a, b) => a.firstRow - b.firstRow),
    repsWithoutRecords: roster.filter((r) => !matchedReps.has(r.name)).map((r) => r.name),
    unlistedWords: [...unlisted.values()].map((u) => ({ field: "status" as const, ...u })),
    currencies: [...currencies].sort(),
    has,
    roster,
  };
}

/**
 * Normalises the rows of a recognised export. Dates like 3/1/2027 are read in the order the mapping
 * gives, else the order the file's own dates show (13/1/2027 can only be day-first), else the
 * profile's default, which the report then asks to check. The rows are read a second time only when
 * the file shows the other order than the one first assumed.
 */
export function normalizeRecords(
  table: CrmTable,
  mapping: ResolvedMapping,
  roster: readonly Rep[],
  options: NormalizeOptions = {},
): NormalizedImport {
  const evidence: DateEvidence = { dmy: 0, mdy: 0, ambiguous: false, yearLast: false };
  let result = normalizePass(table, mapping, roster, options, mapping.dateOrder, evidence);
  const dates = decideOrder(evidence, mapping);
  if (dates.order !== mapping.dateOrder) {
    result = normalizePass(table, mapping, roster, options, dates.order, { ...evidence });
  }
  const where = options.file !== undefined ? { file: options.file } : {};
  const warnings: ImportIssue[] = [];
  const mdy = dates.order === "mdy";
  if (dates.conflict) {
    warnings.push({
      ...where,
      severity: "warning",
      field: "dates",
      en: `some dates are day-first (31/1/2027) and some month-first (1/31/2027); read as ${mdy ? "month/day" : "day/month"}: check the export`,
      zh: `部分日期为日/月(31/1/2027),部分为月/日(1/31/2027);按${mdy ? "月/日" : "日/月"}读取:请检查导出文件`,
    });
  } else if (dates.how === "default" && evidence.ambiguous) {
    warnings.push({
      ...where,
      severity: "warning",
      field: "dates",
      en: `dates like 3/1/2027 were read as ${mdy ? "month/day (March 1)" : "day/month (3 January)"}, the profile's default; set "dateOrder" in the mapping if that is wrong`,
      zh: `3/1/2027 这类日期按${mdy ? "月/日(3 月 1 日)" : "日/月(1 月 3 日)"}读取(配置默认);如不正确,请在映射中设置 "dateOrder"`,
    });
  }
  const columns = result.recordColumns;
  let records: CrmRecord[] | undefined;
  const imported = {
    ...result,
    issues: warnings.length ? [...warnings, ...result.issues] : result.issues,
    dateOrder: { order: dates.order, how: dates.how },
  };
  // Built only when read: the sheets read the columns, and 100,000 objects cost more than the rest.
  return Object.defineProperty(imported, "records", {
    enumerable: true,
    get: () => (records ??= Array.from({ length: columns.length }, (_, i) => recordAt(columns, i))),
  }) as NormalizedImport;
}

function mappingAmbiguities(mapping: ResolvedMapping): { field: string; en: string; zh: string }[] {
  return mapping.ambiguous.map((a) => {
    const label = FIELD_LABELS[a.field];
    return {
      field: label.en,
      en: `several columns could be the ${label.en} (${a.headers.join(", ")}): none was used; name one in the mapping`,
      zh: `有多列都可能是${label.zh}(${a.headers.join("、")}):均未使用;请在映射中指定`,
    };
  });
}

/**
 * The funnel's open stages: those given (profile or mapping) in their order, then stages found in
 * the data, by their average probability when every one of them has some, else as first found.
 */
function orderStages(c: RecordColumns, mapping: ResolvedMapping, names: Map<string, string>): StageInfo[] {
  const present = new Map<string, { first: number; sum: number; n: number }>();
  for (let i = 0; i < c.length; i++) {
    const stage = funnelStageAt(c, i);
    if (!stage) continue;
    let s = present.get(stage.name);
    if (!s) present.set(stage.name, (s = { first: i, sum: 0, n: 0 }));
    const p = c.probability[i];
    if (p === p && c.outcome[i] === OPEN) {
      s.sum += p;
      s.n++;
    }
  }
  const given: StageInfo[] = [];
  for (const s of mapping.stageOrder) {
    const name = names.get(matchKey(s)) ?? s;
    if (present.has(name) && !given.some((g) => g.name === name)) given.push({ name, source: "given" });
  }
  const found = [...present.entries()].filter(([name]) => !given.some((g) => g.name === name));
  const byProbability = found.length > 0 && found.every(([, s]) => s.n > 0);
  found.sort(([, a], [, b]) =>
    byProbability ? a.sum / a.n - b.sum / b.n || a.first - b.first : a.first - b.first,
  );
  return [
    ...given,
    ...found.map(([name]) => ({
      name,
      source: byProbability ? ("probability" as const) : ("found" as const),
    })),
  ];
}
