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
import { DATE_FIELDS, DateEvidence, DateField, DateOrder, emptyEvidence } from "./dates";
import type { ColumnBinding, ResolvedMapping } from "./recognize";
import { CrmRecord, OPEN, RecordColumns, funnelStageAt, recordAt } from "./records";
import { RowReader } from "./row-reader";
import type { CrmTable, CrmTableRow } from "./table";
import { matchKey } from "./text";

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
  /** A text file's encoding and how it was chosen; absent for an .xlsx or a range. */
  readonly encoding?: { readonly name: string; readonly how: "bom" | "detected" | "given" };
  /** Data rows in the export (after the header, blank rows not counted). */
  readonly rowsRead: number;
  /** The close date column's day/month order (the one the KPIs hang on). */
  readonly dateOrder: { readonly order: DateOrder; readonly how: DateOrderHow };
  /** Each mapped date column's order: decided per column from its own unambiguous dates. */
  readonly dateOrders: readonly ColumnDateOrder[];
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

export interface ColumnDateOrder {
  readonly field: DateField;
  readonly header: string;
  readonly order: DateOrder;
  readonly how: DateOrderHow;
  /** Dates that show the other order than the one the column is read in (each read the only way it can be). */
  readonly against: number;
}

/** How the day/month order was decided; "unused" when no date in the file is written day-month-year or month-day-year. */
export type DateOrderHow = "given" | "evidence" | "default" | "unused";

/**
 * A column's order: the mapping's, else what most of its unambiguous dates show (16/02/2025 can only
 * be day-first), else the profile's default. Dates showing the other order are read the only way they
 * can be, and counted in `against`.
 */
function decideOrder(
  evidence: DateEvidence,
  mapping: ResolvedMapping,
): { order: DateOrder; how: DateOrderHow; against: number } {
  const { dmy, mdy } = evidence;
  const against = (order: DateOrder) => (order === "mdy" ? dmy : mdy);
  if (mapping.dateOrderGiven) {
    return { order: mapping.dateOrder, how: "given", against: against(mapping.dateOrder) };
  }
  if (!evidence.yearLast) return { order: mapping.dateOrder, how: "unused", against: 0 };
  if (dmy > mdy) return { order: "dmy", how: "evidence", against: mdy };
  if (mdy > dmy) return { order: "mdy", how: "evidence", against: dmy };
  return { order: mapping.dateOrder, how: "default", against: against(mapping.dateOrder) };
}

/**
 * A row reader kept between imports (an empty one, made like the import's): V8's optimised code for
 * the row loop checks the hidden classes (maps) of the reader and its parts, and holds them weakly.
 * With no reader left, a garbage collection freed those maps and threw the code away, and the next
 * import ran its first tens of thousands of rows unoptimised again (about a third slower).
 */
const kept: { reader: RowReader | null } = { reader: null };

/**
 * The row loop, alone in its function: V8 compiles a long loop on the stack (OSR) and keeps that
 * code for the next call only while nothing after the loop throws it away. In normalizePass, code
 * after the loop that had not run yet did, at every import, so every import ran its first rows
 * unoptimised and compiled the loop again.
 */
function readRows(reader: RowReader, rows: readonly CrmTableRow[]): void {
  for (let r = 0; r < rows.length; r++) reader.read(rows[r].row, rows[r].cells);
}

/** What one pass over the rows gives; normalizeRecords adds the date order and the records. */
type PassResult = Omit<NormalizedImport, "records" | "dateOrder" | "dateOrders">;

/**
 * Normalises the rows with the dates read in `order`, gathering what the dates say about the order.
 * One pass over the rows: exports run to 100,000 rows and each pass costs.
 */
function normalizePass(
  table: CrmTable,
  mapping: ResolvedMapping,
  roster: readonly Rep[],
  options: NormalizeOptions,
  orders: readonly DateOrder[],
  evidence: readonly DateEvidence[],
): PassResult {
  const { file } = options;
  const where = file !== undefined ? { file } : {};
  const reader = new RowReader(mapping, roster, table.rows.length, file, orders, evidence);
  // An empty twin is kept (same maps, no records), so no import's records outlive its result.
  kept.reader = new RowReader(mapping, roster, 0, file, orders, DATE_FIELDS.map(emptyEvidence));
  readRows(reader, table.rows);
  reader.markNewCustomers();
  const recordColumns = reader.out.finish();
  const { issues, currencies } = reader;
  if (recordColumns.currencies.length > 1) {
    const [base, ...others] = recordColumns.currencies;
    reader.fileIssue(
      "currency",
      `amounts in several currencies (${recordColumns.currencies.join(", ")}): the data sheet converts them to ${base} through the rates table beside its table; fill in the rate of ${others.join(", ")} there (until then the KPIs show #N/A, never a sum of different currencies)`,
      `金额包含多种币种（${recordColumns.currencies.join("、")}）：数据表按其旁边的汇率表折算为 ${base}；请在那里填写 ${others.join("、")} 的汇率（填写前指标显示 #N/A，不会把不同币种直接相加）`,
    );
  } else if (currencies.size > 1) {
    const list = [...currencies].sort().join(", ");
    reader.fileIssue(
      "currency",
      `amounts in several currencies (${list}) are added up as they are: convert them to one currency before importing`,
      `金额包含多种币种（${list}），将直接相加：请在导入前换算为同一币种`,
    );
  }
  for (const u of reader.unlisted.values()) {
    const rows = u.rows.slice(0, 10).join(", ") + (u.rows.length > 10 ? " ..." : "");
    issues.push({
      ...where,
      severity: "warning",
      field: reader.header("status"),
      en: `status "${u.value}" is in no outcome list: counted as ${u.outcome} (rows ${rows}); add it to "won", "lost" or "open" in the mapping`,
      zh: `状态“${u.value}”不在任何结果列表中：按${u.outcome === "won" ? "赢单" : u.outcome === "lost" ? "输单" : "进行中"}计（第 ${rows} 行）；可在映射的 "won"、"lost" 或 "open" 中添加`,
      value: u.value,
    });
  }
  for (const a of mappingAmbiguities(mapping)) reader.fileIssue(a.field, a.en, a.zh);

  const col = mapping.columns;
  const has = {} as Record<CrmField, boolean>;
  for (const f of Object.keys(FIELD_LABELS) as CrmField[]) has[f] = Boolean(col[f]);

  return {
    ...where,
    kind: mapping.kind,
    profile: { id: mapping.profile.id, name: mapping.label },
    source: mapping.source,
    columns: Object.values(col).filter((b): b is ColumnBinding => Boolean(b)),
    unusedHeaders: mapping.unused,
    recordColumns,
    issues,
    rowsRead: table.rows.length,
    ...(table.encoding ? { encoding: { name: table.encoding, how: table.encodingHow ?? "detected" } } : {}),
    stages: orderStages(recordColumns, mapping, reader.stageNames),
    unknownOwners: [...reader.unknownOwners.values()].sort((a, b) => a.firstRow - b.firstRow),
    repsWithoutRecords: roster.filter((r) => !reader.matchedReps.has(r.name)).map((r) => r.name),
    unlistedWords: [...reader.unlisted.values()].map((u) => ({ field: "status" as const, ...u })),
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
  const evidence = DATE_FIELDS.map(emptyEvidence);
  const first = DATE_FIELDS.map(() => mapping.dateOrder);
  let result = normalizePass(table, mapping, roster, options, first, evidence);
  const decided = evidence.map((e) => decideOrder(e, mapping));
  if (decided.some((d, k) => d.order !== first[k])) {
    const orders = decided.map((d) => d.order);
    result = normalizePass(table, mapping, roster, options, orders, DATE_FIELDS.map(emptyEvidence));
  }
  const where = options.file !== undefined ? { file: options.file } : {};
  const warnings: ImportIssue[] = [];
  const dateOrders: ColumnDateOrder[] = [];
  DATE_FIELDS.forEach((field, k) => {
    const binding = mapping.columns[field];
    if (!binding) return;
    const d = decided[k];
    dateOrders.push({ field, header: binding.header, order: d.order, how: d.how, against: d.against });
    const mdy = d.order === "mdy";
    if (d.against > 0) {
      warnings.push({
        ...where,
        severity: "warning",
        field: binding.header,
        en: `${d.against} date(s) can only be ${mdy ? "day-first (31/1/2027)" : "month-first (1/31/2027)"} in a column read ${mdy ? "month/day" : "day/month"}: each was read the only way it can be; check the export`,
        zh: `${d.against} 个日期只能是${mdy ? "日/月（31/1/2027）" : "月/日（1/31/2027）"}，而此列按${mdy ? "月/日" : "日/月"}读取：这些日期已按唯一可能的方式读取；请检查导出文件`,
      });
    } else if (d.how === "default" && evidence[k].ambiguous) {
      warnings.push({
        ...where,
        severity: "warning",
        field: binding.header,
        en: `dates like 3/1/2027 were read as ${mdy ? "month/day (March 1)" : "day/month (3 January)"}, the profile's default; set "dateOrder" in the mapping if that is wrong`,
        zh: `3/1/2027 这类日期按${mdy ? "月/日（3 月 1 日）" : "日/月（1 月 3 日）"}读取（配置默认）；如不正确，请在映射中设置 "dateOrder"`,
      });
    }
  });
  const close = dateOrders.find((d) => d.field === "closeDate");
  const columns = result.recordColumns;
  let records: CrmRecord[] | undefined;
  const imported: Omit<NormalizedImport, "records"> = {
    ...result,
    issues: warnings.length ? [...warnings, ...result.issues] : result.issues,
    dateOrder: close ? { order: close.order, how: close.how } : { order: mapping.dateOrder, how: "unused" },
    dateOrders,
  };
  // Built only when read: the sheets read the columns, and 100,000 objects cost more than the rest.
  return Object.defineProperty(imported, "records", {
    enumerable: true,
    get: () => (records ??= Array.from({ length: columns.length }, (_, i) => recordAt(columns, i))),
  }) as NormalizedImport;
}

function mappingAmbiguities(
  mapping: ResolvedMapping,
): { field: string; fieldZh: string; en: string; zh: string }[] {
  return mapping.ambiguous.map((a) => {
    const label = FIELD_LABELS[a.field];
    return {
      field: label.en,
      fieldZh: label.zh,
      en: `several columns could be the ${label.en} (${a.headers.join(", ")}): none was used; name one in the mapping`,
      zh: `有多列都可能是${label.zh}（${a.headers.join("、")}）：均未使用；请在映射中指定`,
    };
  });
}

interface StagePresence {
  /** First record at the stage. */
  first: number;
  /** Sum and count of the probabilities of the open records at it. */
  sum: number;
  n: number;
}

/** The funnel stages the records are at (the loop alone in its function, as readRows). */
function stagesPresent(c: RecordColumns): Map<string, StagePresence> {
  const present = new Map<string, StagePresence>();
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
  return present;
}

/**
 * The funnel's open stages: those given (profile or mapping) in their order, then stages found in
 * the data, by their average probability when every one of them has some, else as first found.
 */
function orderStages(c: RecordColumns, mapping: ResolvedMapping, names: Map<string, string>): StageInfo[] {
  const present = stagesPresent(c);
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
