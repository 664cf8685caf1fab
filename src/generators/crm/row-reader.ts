/**
 * Reading the rows of an export into record columns, one row per call of RowReader.read. A class
 * rather than a loop with closures: V8 keeps a method's optimised code from one import to the next,
 * while a long loop in a function called once per import was compiled again (on-stack) every time
 * and ran unoptimised meanwhile, and closures made per import broke the compiled code's assumptions.
 */
import type { CrmField, Outcome, RecordKind } from "../../schemas/crm-fields";
import { FIELD_LABELS } from "../../schemas/crm-fields";
import type { Rep } from "../../schemas/roster";
import { AmountReader, parseProbability, wholePercent } from "./amounts";
import { firstFilled, rawText, shareOf, textAt } from "./row-cells";
import { DATE_FIELDS, DateEvidence, DateOrder, isoFast, parseDate, tally, yearLastDate } from "./dates";
import type { ImportIssue } from "./normalize";
import { OutcomeReader, OutcomeReading } from "./outcomes";
import { OwnerMatcher } from "./owners";
import type { ColumnBinding, ResolvedMapping } from "./recognize";
import { LOST, OPEN, OwnerEntry, RecordBuilder, StageEntry, WON, plainText, textCell } from "./records";
import type { RawCell } from "./table";
import { matchKey, sameMatchKey } from "./text";
import { NewCustomers } from "./new-customers";

/** A stage and status pair as read once: the outcome they give and their places in the tables. */
interface StageStatus {
  readonly reading: OutcomeReading | null;
  readonly status: number;
  /** Taken when a row with the pair is kept (rows in order), so a rejected row spells no stage. */
  stage: number | undefined;
}

const OUTCOME_CODE = { won: WON, lost: LOST, open: OPEN } as const;

export class RowReader {
  readonly issues: ImportIssue[] = [];
  readonly out: RecordBuilder;
  readonly currencies = new Set<string>();
  readonly unlisted = new Map<string, { value: string; outcome: Outcome; rows: number[] }>();
  readonly unknownOwners = new Map<
    string,
    { owner: string; rows: number; amount: number; firstRow: number }
  >();
  readonly matchedReps = new Set<string>();
  /** Stage keys (matchKey) to the spelling used: the order list's, else the first one seen. */
  readonly stageNames = new Map<string, string>();

  private readonly kind: RecordKind;
  private readonly where: { readonly file?: string };
  private readonly headers: Readonly<Partial<Record<CrmField, string>>>;
  private readonly owners: OwnerMatcher;
  private readonly outcomes: OutcomeReader;
  private readonly cOwner: number;
  private readonly cAmount: number;
  private readonly cStage: number;
  private readonly cStatus: number;
  private readonly cClose: number;
  private readonly cCreated: number;
  private readonly cNext: number;
  private readonly cPayment: number;
  private readonly cProbability: number;
  private readonly cCollected: number;
  private readonly cDeal: number;
  private readonly cAccount: number;
  private readonly cType: number;
  private readonly cSource: number;
  private readonly cCurrency: number;
  private readonly cShare: number;
  /** Columns read when the amount's or the close date's own column is blank in a row (firstFilled). */
  private readonly amountAlternates: readonly number[];
  private readonly closeAlternates: readonly number[];
  private readonly amounts: AmountReader;
  private readonly collectedAmounts: AmountReader;
  private readonly probabilityScale: "percent" | "fraction";
  private readonly percentScale: boolean;
  private readonly rosterIndex: Map<Rep, number>;
  // Caches: dates other than ISO (per date column: each has its own order), probabilities,
  // stage/status pairs, owners, currencies.
  private readonly dateCaches = DATE_FIELDS.map(() => new Map<string, number | null | undefined>());
  private readonly probabilityCache = new Map<RawCell, number | null | undefined>();
  private readonly pairs = new Map<string, Map<string, StageStatus>>();
  private readonly stageIndex = new Map<string, number>();
  private readonly statusIndex = new Map<string, number>();
  private readonly ownerIndex = new Map<string, number>();
  private readonly currencyCodes = new Map<string, string>();
  private readonly newCustomers: NewCustomers;
  private readonly currencyIndex = new Map<string, number>();
  /** The amount header's currency ("Amount (USD)"), for rows whose cells name none. */
  private readonly amountCurrency: string | null;

  constructor(
    mapping: ResolvedMapping,
    roster: readonly Rep[],
    capacity: number,
    file: string | undefined,
    /** Per date column (DATE_FIELDS' order): the day/month order its dates are read in. */
    private readonly orders: readonly DateOrder[],
    /** Per date column: what its dates say about the order, gathered as they are read. */
    private readonly evidence: readonly DateEvidence[],
  ) {
    const col = mapping.columns;
    this.kind = mapping.kind;
    this.where = file !== undefined ? { file } : {};
    const headers: Partial<Record<CrmField, string>> = {};
    for (const b of Object.values(col)) if (b) headers[b.field] = b.header;
    this.headers = headers;
    this.out = new RecordBuilder(capacity);
    this.owners = new OwnerMatcher(roster, mapping.owners);
    for (const p of this.owners.problems) this.fileIssue("owners", p.en, p.zh);
    this.outcomes = new OutcomeReader(mapping.outcomes);
    const at = (field: CrmField) => col[field]?.column ?? -1;
    this.cOwner = at("owner");
    this.cAmount = at("amount");
    this.cStage = at("stage");
    this.cStatus = at("status");
    this.cClose = at("closeDate");
    this.cCreated = at("createdDate");
    this.cNext = at("nextContact");
    this.cPayment = at("paymentDate");
    this.cProbability = at("probability");
    this.cCollected = at("collected");
    this.cDeal = at("deal");
    this.cAccount = at("account");
    this.cType = at("dealType");
    this.cSource = at("leadSource");
    this.cCurrency = at("currency");
    this.cShare = at("share");
    this.amountAlternates = (col.amount?.alternates ?? []).map((a) => a.column);
    this.closeAlternates = (col.closeDate?.alternates ?? []).map((a) => a.column);
    const amountReader = (b: ColumnBinding | undefined) =>
      new AmountReader({ unit: mapping.amountUnit * (b?.unit ?? 1), decimalComma: mapping.decimalComma });
    this.amounts = amountReader(col.amount);
    this.collectedAmounts = amountReader(col.collected);
    this.probabilityScale = col.probability?.percent ? "percent" : mapping.probability;
    this.percentScale = this.probabilityScale === "percent";
    for (const b of [col.amount, col.collected]) if (b?.currency) this.currencies.add(b.currency);
    this.amountCurrency = col.amount?.currency ?? null;
    for (const s of mapping.stageOrder) {
      if (!this.stageNames.has(matchKey(s))) this.stageNames.set(matchKey(s), s);
    }
    this.newCustomers = new NewCustomers(Boolean(col.dealType), mapping.newBusiness, this.cShare >= 0);
    this.rosterIndex = new Map(roster.map((r, i) => [r, i]));
  }

  header(field: CrmField): string {
    return this.headers[field] ?? FIELD_LABELS[field].en;
  }

  fileIssue(field: string, en: string, zh: string): void {
    this.issues.push({ ...this.where, severity: "warning", field, en, zh });
  }

  private rowIssue(
    severity: ImportIssue["severity"],
    row: number,
    field: CrmField,
    en: string,
    zh: string,
    value?: string,
  ): void {
    const i: ImportIssue = {
      ...this.where,
      severity,
      row,
      field: this.header(field),
      // A field without a column of its own is named by Sales Kit: in Chinese too.
      ...(this.headers[field] === undefined ? { fieldZh: FIELD_LABELS[field].zh } : {}),
      en,
      zh,
    };
    this.issues.push(value === undefined ? i : { ...i, value });
  }

  /** Reads one row into the columns, or lists why it cannot be read. */
  read(row: number, cells: readonly RawCell[]): void {
    const out = this.out;
    const ownerExported = textAt(cells, this.cOwner);
    if (!ownerExported) {
      this.rowIssue(
        "error",
        row,
        "owner",
        "no owner: the row cannot be given to a rep",
        "没有负责人：无法归属到销售人员",
        "",
      );
      return;
    }
    const amount = this.amountOf(cells, row);
    if (amount === undefined) return;

    const stageText = textAt(cells, this.cStage);
    const statusText = textAt(cells, this.cStatus);
    const pair = this.readingOf(stageText, statusText, row);
    if (!pair) return;
    const outcome = pair.reading!.outcome;

    const closeDate = this.closeDateOf(cells, row, outcome);
    if (closeDate === undefined) return;
    const createdDate = this.optionalDate(cells, row, 1, this.cCreated);
    const nextContact = this.optionalDate(cells, row, 2, this.cNext);
    const paymentDate = this.optionalDate(cells, row, 3, this.cPayment);
    const probability = this.cProbability < 0 ? NaN : this.probability(cells[this.cProbability] ?? null, row);

    const collected = this.collectedOf(cells, row);
    const share = this.shareAt(cells, row);
    if (share === undefined) return;

    if (amount === null) {
      this.rowIssue(
        "warning",
        row,
        "amount",
        "no amount: the deal counts, its value is blank",
        "没有金额：计入笔数，金额为空",
        "",
      );
    }
    const rowCurrency =
      (this.cCurrency >= 0 ? this.currency(textAt(cells, this.cCurrency)) : null) ??
      this.amounts.currency ??
      this.amountCurrency;

    if (pair.stage === undefined) pair.stage = this.stageIndexOf(stageText);
    const o = this.ownerOf(ownerExported);
    if (!out.owners[o].rep) this.unknownOwner(ownerExported, amount, row);

    const account = textAt(cells, this.cAccount);
    const dealType = textAt(cells, this.cType);
    const close = closeDate === null ? NaN : closeDate;
    const i = out.length++;
    out.row[i] = row;
    out.owner[i] = o;
    out.deal[i] = textCell(textAt(cells, this.cDeal));
    out.account[i] = textCell(account);
    out.stage[i] = pair.stage;
    out.status[i] = pair.status;
    out.outcome[i] = OUTCOME_CODE[outcome];
    out.amount[i] = amount === null ? NaN : amount;
    out.probability[i] = probability;
    out.closeDate[i] = close;
    out.createdDate[i] = createdDate;
    out.nextContact[i] = nextContact;
    out.paymentDate[i] = paymentDate;
    out.collected[i] = collected;
    out.dealType[i] = textCell(dealType);
    out.leadSource[i] = textCell(textAt(cells, this.cSource));
    out.currency[i] = rowCurrency === null ? 0 : this.currencyIndexOf(rowCurrency);
    out.share[i] = share;

    // New customers, decided as the rows are read (NewCustomers).
    if (outcome === "won") this.newCustomers.won(i, account, dealType, close, out.closeDate);
  }

  /** The amount (null: blank), or undefined when it is not a number (the row is listed). */
  private amountOf(cells: readonly RawCell[], row: number): number | null | undefined {
    const cAmount = this.amountAlternates.length
      ? firstFilled(cells, this.cAmount, this.amountAlternates)
      : this.cAmount;
    const amountCell = cAmount < 0 ? null : (cells[cAmount] ?? null);
    const amount = this.amounts.read(amountCell);
    if (amount === undefined) {
      this.rowIssue(
        "error",
        row,
        "amount",
        "the amount is not a number",
        "金额不是数字",
        rawText(amountCell),
      );
      return undefined;
    }
    if (this.amounts.currency) this.currencies.add(this.amounts.currency);
    return amount;
  }

  /** The row's stage and status pair, or null when neither says the outcome (the row is listed). */
  private readingOf(stageText: string, statusText: string, row: number): StageStatus | null {
    const pair = this.stageStatusOf(stageText, statusText);
    const reading = pair.reading;
    if (!reading) {
      this.rowIssue(
        "error",
        row,
        this.cStage >= 0 ? "stage" : "status",
        "no stage or status: the outcome is unknown",
        "没有阶段或状态：无法判断结果",
        "",
      );
      return null;
    }
    if (!reading.known) this.unlistedStatus(statusText, reading.outcome, row);
    return pair;
  }

  /**
   * The close date (null: blank, allowed on an open deal), or undefined when the row cannot be
   * placed in a period (listed).
   */
  private closeDateOf(cells: readonly RawCell[], row: number, outcome: Outcome): number | null | undefined {
    const cClose = this.closeAlternates.length
      ? firstFilled(cells, this.cClose, this.closeAlternates)
      : this.cClose;
    const closeCell = cClose < 0 ? undefined : cells[cClose];
    let closeDate = this.readDate(closeCell, 0);
    if (closeDate === undefined) {
      if (outcome !== "open") {
        this.rowIssue(
          "error",
          row,
          "closeDate",
          "the close date is not a date",
          "结单日期不是有效日期",
          rawText(closeCell),
        );
        return undefined;
      }
      this.rowIssue(
        "warning",
        row,
        "closeDate",
        "the close date is not a date: left blank",
        "结单日期不是有效日期：留空",
        rawText(closeCell),
      );
      closeDate = null;
    } else if (closeDate === null && outcome !== "open") {
      this.rowIssue(
        "error",
        row,
        "closeDate",
        `a ${outcome} ${this.kind === "orders" ? "order" : "deal"} without a close date cannot be placed in a period`,
        `${outcome === "won" ? "已赢单" : "已输单"}但没有结单日期，无法归入期间`,
        "",
      );
      return undefined;
    }
    return closeDate;
  }

  /** The collected amount, NaN when the export has none or the cell cannot be read (with a warning). */
  private collectedOf(cells: readonly RawCell[], row: number): number {
    let collected = NaN;
    if (this.cCollected >= 0) {
      const cell = cells[this.cCollected] ?? null;
      const c = this.collectedAmounts.read(cell);
      if (c === undefined) {
        this.rowIssue(
          "warning",
          row,
          "collected",
          "the collected amount is not a number: left blank",
          "已回款金额不是数字：留空",
          rawText(cell),
        );
      } else if (c !== null) collected = c;
      if (this.collectedAmounts.currency) this.currencies.add(this.collectedAmounts.currency);
    }
    return collected;
  }

  /**
   * The owner's credit share (a blank share is the whole deal), NaN without a share column, or
   * undefined when the row would pay an unknown share (listed).
   */
  private shareAt(cells: readonly RawCell[], row: number): number | undefined {
    let share = NaN;
    if (this.cShare >= 0) {
      const cell = cells[this.cShare] ?? null;
      // 0.6, 60 and 60% are all 60%; a blank share is the whole deal.
      const s = shareOf(cell);
      if (s === undefined) {
        this.rowIssue(
          "error",
          row,
          "share",
          "the credit share is not a percentage from 0 to 100: the row would pay an unknown share",
          "业绩分成比例不是 0 到 100 之间的百分比：无法确定应计份额",
          rawText(cell),
        );
        return undefined;
      }
      share = s === null ? 1 : s;
    }
    return share;
  }

  /** Marks each customer's first won deal; call once, after the last row. */
  markNewCustomers(): void {
    const out = this.out;
    // A split report's rows of one deal: another owner, the same deal name and close date.
    const sameDeal = (i: number, first: number) =>
      out.owner[i] !== out.owner[first] &&
      Object.is(out.closeDate[i], out.closeDate[first]) &&
      sameMatchKey(plainText(out.deal[i]), plainText(out.deal[first]));
    this.newCustomers.mark(out.newCustomer, this.cShare >= 0 ? sameDeal : undefined);
  }

  /** A date: ISO straight away, year-last numbers by char code, other spellings once each by parseDate. */
  private readDate(cell: RawCell | undefined, k: number): number | null | undefined {
    if (cell === undefined || cell === null) return null;
    const order = this.orders[k];
    if (typeof cell !== "string") return parseDate(cell, order);
    if (cell.length >= 10 && cell.charCodeAt(4) === 45) {
      const iso = isoFast(cell);
      return iso !== null ? iso : parseDate(cell, order);
    }
    const evidence = this.evidence[k];
    const yearLast = yearLastDate(cell, order, evidence);
    if (yearLast !== null) return yearLast;
    const cache = this.dateCaches[k];
    let v = cache.get(cell);
    if (v === undefined && !cache.has(cell)) {
      v = parseDate(cell, order);
      if (cache.size < 50_000) cache.set(cell, v);
    }
    // Tallied per value, not per spelling: the evidence counts dates.
    tally(evidence, cell);
    return v;
  }

  /** An optional date as a number, NaN when blank or unreadable (with a warning). */
  private optionalDate(cells: readonly RawCell[], row: number, k: 1 | 2 | 3, c: number): number {
    if (c < 0) return NaN;
    const field = DATE_FIELDS[k];
    const v = this.readDate(cells[c], k);
    if (v !== undefined) return v === null ? NaN : v;
    const label = FIELD_LABELS[field];
    this.rowIssue(
      "warning",
      row,
      field,
      `${label.en} is not a date: left blank`,
      `${label.zh}不是有效日期：留空`,
      rawText(cells[c]),
    );
    return NaN;
  }

  /** A probability 0..1, NaN when blank or unreadable (with a warning). */
  private probability(cell: RawCell, row: number): number {
    let p: number | null | undefined = typeof cell === "string" ? wholePercent(cell, this.percentScale) : NaN;
    if (p === p) return p as number;
    p = this.probabilityCache.get(cell);
    if (p === undefined && !this.probabilityCache.has(cell)) {
      p = parseProbability(cell, this.probabilityScale);
      if (this.probabilityCache.size < 10_000) this.probabilityCache.set(cell, p);
    }
    if (p === undefined) {
      this.rowIssue(
        "warning",
        row,
        "probability",
        "the probability is not a percentage from 0 to 100: left blank",
        "赢率不是 0 到 100 之间的百分比：留空",
        rawText(cell),
      );
      return NaN;
    }
    return p === null ? NaN : p;
  }

  /** 1 + the code's index in out.currencyCodes. */
  private currencyIndexOf(code: string): number {
    let k = this.currencyIndex.get(code);
    if (k === undefined) this.currencyIndex.set(code, (k = this.out.currencyCodes.push(code)));
    return k;
  }

  private currency(text: string): string | null {
    if (!text) return null;
    let code = this.currencyCodes.get(text);
    if (!code) {
      code = text.toUpperCase().replace("RMB", "CNY").replace("人民币", "CNY");
      this.currencyCodes.set(text, code);
      this.currencies.add(code);
    }
    return code;
  }

  private stageStatusOf(stage: string, status: string): StageStatus {
    let byStage = this.pairs.get(status);
    if (!byStage) this.pairs.set(status, (byStage = new Map()));
    let pair = byStage.get(stage);
    if (!pair) {
      pair = {
        reading: this.outcomes.read(this.kind, stage, status),
        status: status ? this.statusIndexOf(status) : -1,
        stage: stage ? undefined : -1,
      };
      byStage.set(stage, pair);
    }
    return pair;
  }

  /**
   * The entry of a stage spelling: each spelling keeps its own text (the data sheet shows what the
   * export says), and spellings that differ only in case, width or spacing share one funnel stage.
   */
  private stageIndexOf(text: string): number {
    let index = this.stageIndex.get(text);
    if (index === undefined) {
      const key = matchKey(text);
      let name = this.stageNames.get(key);
      if (!name) this.stageNames.set(key, (name = text));
      const entry: StageEntry = {
        name,
        cell: textCell(text),
        funnelCell: textCell(name),
        open: this.outcomes.wordOutcome(name) === null,
      };
      this.stageIndex.set(text, (index = this.out.stages.push(entry) - 1));
    }
    return index;
  }

  private statusIndexOf(text: string): number {
    let index = this.statusIndex.get(text);
    if (index === undefined) this.statusIndex.set(text, (index = this.out.statuses.push(textCell(text)) - 1));
    return index;
  }

  private unlistedStatus(status: string, outcome: Outcome, row: number): void {
    const key = matchKey(status);
    const entry = this.unlisted.get(key) ?? { value: status, outcome, rows: [] };
    entry.rows.push(row);
    this.unlisted.set(key, entry);
  }

  /** The owner's index in out.owners: matched against the roster once per spelling, cells made once. */
  private ownerOf(exported: string): number {
    let o = this.ownerIndex.get(exported);
    if (o !== undefined) return o;
    const rep = this.owners.match(exported);
    const cell = textCell(exported);
    const entry: OwnerEntry = rep
      ? {
          exported: cell,
          rep,
          repIndex: this.rosterIndex.get(rep)!,
          owner: textCell(rep.name),
          team: textCell(rep.team),
        }
      : { exported: cell, rep, repIndex: -1, owner: cell, team: null };
    this.ownerIndex.set(exported, (o = this.out.owners.push(entry) - 1));
    if (rep) {
      this.matchedReps.add(rep.name);
      if (rep.name !== exported) this.out.renamed = true;
    }
    return o;
  }

  private unknownOwner(owner: string, amount: number | null, row: number): void {
    const u = this.unknownOwners.get(owner) ?? { owner, rows: 0, amount: 0, firstRow: row };
    u.rows++;
    u.amount += amount ?? 0;
    this.unknownOwners.set(owner, u);
  }
}
