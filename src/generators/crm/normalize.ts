/**
 * Normalisation: the rows of a recognised export become CrmRecords (amounts, dates, outcomes,
 * owners on the roster), with every row that cannot be read listed with its row number and reason.
 * Pure: the same table, mapping and roster always give the same records and report.
 */
import type { CrmField, Outcome, RecordKind } from "../../schemas/crm-fields";
import { FIELD_LABELS } from "../../schemas/crm-fields";
import type { InputIssue } from "../../schemas/errors";
import type { Rep } from "../../schemas/roster";
import { parseAmount, parseProbability } from "./amounts";
import { DateOrder, parseDate } from "./dates";
import { OutcomeReader } from "./outcomes";
import { OwnerMatcher } from "./owners";
import type { ColumnBinding, ResolvedMapping } from "./recognize";
import type { CrmTable, RawCell } from "./table";
import { matchKey } from "./text";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

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
  /** The stage as the export spells it (profile spelling when it is a known stage); "" when none. */
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
  readonly collected: number | null;
  readonly dealType: string;
  readonly leadSource: string;
  /** 1 for a customer's first won deal in the export (new business only, when a type column says). */
  readonly newCustomer: 0 | 1;
}

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
): NormalizedImport {
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

  // Imported functions bound once: module-namespace lookups per call add up over 100,000 rows.
  const amountOf = parseAmount;
  const dateOf = parseDate;
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
    // ISO dates take parseDate's fast path; caching them would only fill memory.
    if (typeof cell !== "string" || (cell.length >= 10 && cell.charCodeAt(4) === 45))
      return dateOf(cell, order);
    let v = dateCache.get(cell);
    if (v === undefined && !dateCache.has(cell)) {
      tally(evidence, cell);
      v = dateOf(cell, order);
      if (dateCache.size < 50_000) dateCache.set(cell, v);
    }
    return v;
  };
  const optionalDate = (
    cells: readonly RawCell[],
    row: number,
    field: "createdDate" | "nextContact",
    c: number,
  ) => {
    if (c < 0) return null;
    const v = readDate(cells[c]);
    if (v !== undefined) return v;
    const label = FIELD_LABELS[field];
    rowIssue(
      "warning",
      row,
      field,
      `${label.en} is not a date: left blank`,
      `${label.zh}不是有效日期:留空`,
      rawText(cells[c]),
    );
    return null;
  };

  // Stages: the spelling of the order list (else the first one seen), and whether it is an open stage.
  const stageNames = new Map<string, string>();
  for (const s of mapping.stageOrder) if (!stageNames.has(matchKey(s))) stageNames.set(matchKey(s), s);
  const stageCache = new Map<string, { name: string; open: boolean }>();
  const stageOf = (text: string): { name: string; open: boolean } => {
    let hit = stageCache.get(text);
    if (!hit) {
      const key = matchKey(text);
      let name = stageNames.get(key);
      if (!name) stageNames.set(key, (name = text));
      hit = { name, open: outcomes.wordOutcome(name) === null };
      stageCache.set(text, hit);
    }
    return hit;
  };

  const amountOptions = (b: ColumnBinding | undefined) => ({
    unit: mapping.amountUnit * (b?.unit ?? 1),
    decimalComma: mapping.decimalComma,
  });
  const amountOpts = amountOptions(col.amount);
  const collectedOpts = amountOptions(col.collected);
  const probabilityScale = col.probability?.percent ? "percent" : mapping.probability;
  const probabilityCache = new Map<RawCell, number | null | undefined>();
  const currencies = new Set<string>();
  for (const b of [col.amount, col.collected]) if (b?.currency) currencies.add(b.currency);
  const currencyCodes = new Map<string, string>();

  const unlisted = new Map<string, { value: string; outcome: Outcome; rows: number[] }>();
  const unknownOwners = new Map<string, { owner: string; rows: number; amount: number; firstRow: number }>();
  const matchedReps = new Set<string>();
  // Built here and finished by markNewCustomers, then handed out read-only.
  const records: Writable<CrmRecord>[] = [];

  for (const { row, cells } of table.rows) {
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
    const amount = amountOf(amountCell, amountOpts);
    if (amount.value === undefined) {
      rowIssue("error", row, "amount", "the amount is not a number", "金额不是数字", rawText(amountCell));
      continue;
    }
    if (amount.currency) currencies.add(amount.currency);

    const stageText = textAt(cells, cStage);
    const statusText = textAt(cells, cStatus);
    const reading = outcomes.read(kind, stageText, statusText);
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

    let probability: number | null = null;
    if (cProbability >= 0) {
      const cell = cells[cProbability] ?? null;
      let p = probabilityCache.get(cell);
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
      } else probability = p;
    }

    let collected: number | null = null;
    if (cCollected >= 0) {
      const cell = cells[cCollected] ?? null;
      const c = amountOf(cell, collectedOpts);
      if (c.value === undefined) {
        rowIssue(
          "warning",
          row,
          "collected",
          "the collected amount is not a number: left blank",
          "已回款金额不是数字:留空",
          rawText(cell),
        );
      } else collected = c.value;
      if (c.currency) currencies.add(c.currency);
    }

    if (amount.value === null) {
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

    const stage = stageText ? stageOf(stageText) : null;
    const funnelStage = outcome !== "won" && stage?.open ? stage.name : null;

    const rep = owners.match(ownerExported);
    if (rep) matchedReps.add(rep.name);
    else {
      const u = unknownOwners.get(ownerExported) ?? {
        owner: ownerExported,
        rows: 0,
        amount: 0,
        firstRow: row,
      };
      u.rows++;
      u.amount += amount.value ?? 0;
      unknownOwners.set(ownerExported, u);
    }

    records.push({
      row,
      owner: rep ? rep.name : ownerExported,
      ownerExported,
      team: rep ? rep.team : null,
      deal: textAt(cells, cDeal),
      account: textAt(cells, cAccount),
      stage: stage ? stage.name : "",
      status: statusText,
      outcome,
      funnelStage,
      amount: amount.value,
      probability,
      closeDate,
      createdDate,
      nextContact,
      collected,
      dealType: textAt(cells, cType),
      leadSource: textAt(cells, cSource),
      newCustomer: 0 as 0 | 1,
    });
  }

  markNewCustomers(records, mapping);
  const finalRecords: readonly CrmRecord[] = records;
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
    records: finalRecords,
    issues,
    rowsRead: table.rows.length,
    // Set by normalizeRecords, which decides the order from the evidence.
    dateOrder: { order, how: "default" },
    stages: orderStages(finalRecords, mapping, stageNames),
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
  return {
    ...result,
    issues: warnings.length ? [...warnings, ...result.issues] : result.issues,
    dateOrder: { order: dates.order, how: dates.how },
  };
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
 * A customer is new on its first won deal in the export (by close date, then row). When the export
 * has a deal type column, only deals typed as new business count.
 */
function markNewCustomers(records: Writable<CrmRecord>[], mapping: ResolvedMapping): void {
  const typed = Boolean(mapping.columns.dealType);
  const newWords = new Set(mapping.newBusiness.map(matchKey));
  const keys = new Map<string, string>();
  const keyOf = (text: string) => {
    let k = keys.get(text);
    if (k === undefined) keys.set(text, (k = matchKey(text)));
    return k;
  };
  const first = new Map<string, Writable<CrmRecord>>();
  for (const r of records) {
    if (r.outcome !== "won" || !r.account) continue;
    if (typed && !newWords.has(keyOf(r.dealType))) continue;
    const key = keyOf(r.account);
    const other = first.get(key);
    // Records are in row order: a later row wins only with an earlier close date.
    if (!other || (r.closeDate ?? Infinity) < (other.closeDate ?? Infinity)) first.set(key, r);
  }
  for (const r of first.values()) r.newCustomer = 1;
}

/**
 * The funnel's open stages: those given (profile or mapping) in their order, then stages found in
 * the data, by their average probability when every one of them has some, else as first found.
 */
function orderStages(
  records: readonly CrmRecord[],
  mapping: ResolvedMapping,
  names: Map<string, string>,
): StageInfo[] {
  const present = new Map<string, { first: number; sum: number; n: number }>();
  records.forEach((r, i) => {
    if (!r.funnelStage) return;
    const s = present.get(r.funnelStage) ?? { first: i, sum: 0, n: 0 };
    if (r.probability !== null && r.outcome === "open") {
      s.sum += r.probability;
      s.n++;
    }
    present.set(r.funnelStage, s);
  });
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
