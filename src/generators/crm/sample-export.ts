/**
 * A made-up CRM export for a roster, seeded and repeatable: the demo workbook's sample data and the
 * benchmark's 100,000 rows. Written the way Zoho CRM (English) or Fxiaoke (Chinese) export deals,
 * with the mixed amount and date spellings real exports have.
 */
import Papa from "papaparse";
import { isoFromSerial, ymdFromSerial } from "../../schemas/dates";
import { seededRandom } from "../seeded-random";
import type { CrmTable } from "./table";

export interface SampleExportOptions {
  readonly rows: number;
  /** Excel serial of the export date: closed deals close before it, open ones around it. */
  readonly asOf: number;
  readonly seed?: number;
  readonly flavour?: "zoho" | "fxiaoke";
  /** Deal amounts run from 1,000 to this (default 500,000), in steps of 100. */
  readonly largestAmount?: number;
  /**
   * The same export as taken on an earlier day (Excel serial, before asOf): deals created after it
   * are left out, and deals closed on or after it are still open at their stage. The random draws
   * are the same, so two exports of one seed are one pipeline a week apart (the history demo).
   */
  readonly takenOn?: number;
}

const ZOHO_STAGES: readonly (readonly [string, number])[] = [
  ["Qualification", 10],
  ["Needs Analysis", 20],
  ["Value Proposition", 40],
  ["Identify Decision Makers", 60],
  ["Proposal/Price Quote", 75],
  ["Negotiation/Review", 90],
];
const FXIAOKE_STAGES: readonly (readonly [string, number])[] = [
  ["验证客户", 10],
  ["需求确定", 30],
  ["方案/报价", 60],
  ["谈判审核", 80],
];
const SOURCES = {
  zoho: ["Web Site", "Partner", "Trade Show", "Cold Call", "Advertisement"],
  fxiaoke: ["官网", "展会", "代理商", "电话营销", "老客户转介绍"],
};

function usDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${month}/${day}/${year}`;
}

function chineseDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${year}年${month}月${day}日`;
}

/** The export's rows, header first, as the CRM writes them (all text). */
function sampleRows(owners: readonly string[], options: SampleExportOptions): string[][] {
  const flavour = options.flavour ?? "zoho";
  const rnd = seededRandom(options.seed ?? 20270320);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const zoho = flavour === "zoho";
  const stages = zoho ? ZOHO_STAGES : FXIAOKE_STAGES;
  const accounts = Math.max(5, Math.floor(options.rows / 4));
  const largest = Math.max(10, Math.floor((options.largestAmount ?? 500_000) / 100));
  const header = zoho
    ? [
        "Deal Owner",
        "Deal Name",
        "Account Name",
        "Type",
        "Stage",
        "Amount",
        "Closing Date",
        "Probability (%)",
        "Lead Source",
        "Created Time",
        "Next Contact Date",
      ]
    : [
        "商机名称",
        "客户名称",
        "负责人",
        "销售阶段",
        "商机状态",
        "商机金额",
        "赢率",
        "预计结单日期",
        "创建时间",
        "下次跟进时间",
        "商机来源",
      ];
  const rows: string[][] = [header];
  for (let i = 0; i < options.rows; i++) {
    // About one deal in a hundred belongs to someone who left (not on the roster).
    const owner = rnd() < 0.01 ? (zoho ? "Former Rep" : "离职员工") : pick(owners);
    const created = options.asOf - int(5, 270);
    const roll = rnd();
    const outcome = roll < 0.35 ? "won" : roll < 0.55 ? "lost" : "open";
    const close =
      outcome === "open" ? options.asOf + int(-20, 90) : Math.min(options.asOf - 1, created + int(10, 120));
    const [stage, probability] = pick(stages);
    const value = int(10, largest) * 100;
    const amountText =
      i % 3 === 0
        ? `${zoho ? "$" : "¥"}${value.toLocaleString("en-US")}.00`
        : i % 3 === 1
          ? String(value)
          : zoho
            ? value.toLocaleString("en-US")
            : `${value / 10000}万`;
    const closeText = i % 2 === 0 ? isoFromSerial(close) : zoho ? usDate(close) : chineseDate(close);
    const createdText = `${isoFromSerial(created)} ${String(int(8, 18)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}:00`;
    const next = outcome === "open" && rnd() < 0.6 ? isoFromSerial(options.asOf + int(-15, 20)) : "";
    const account = zoho ? `Account ${int(1, accounts)}` : `客户${int(1, accounts)}`;
    const source = pick(SOURCES[flavour]);
    // Drawn as of asOf; an earlier export shows what was known then (after every draw of the row).
    const type = zoho && rnd() < 0.6 ? "New Business" : "Existing Business";
    const takenOn = options.takenOn ?? options.asOf;
    if (created >= takenOn) continue;
    const openThen = outcome !== "open" && close >= takenOn;
    if (zoho) {
      const zStage =
        openThen || outcome === "open" ? stage : outcome === "won" ? "Closed Won" : "Closed Lost";
      const zProbability = openThen || outcome === "open" ? probability : outcome === "won" ? 100 : 0;
      rows.push([
        owner,
        `Deal ${i + 1}`,
        account,
        type,
        zStage,
        amountText,
        closeText,
        String(zProbability),
        source,
        createdText,
        next,
      ]);
    } else {
      const now = openThen ? "open" : outcome;
      const status = now === "won" ? "赢单" : now === "lost" ? "输单" : "进行中";
      const fStage = now === "won" ? "赢单" : stage;
      const fProbability = now === "won" ? "100%" : now === "lost" ? "0%" : `${probability}%`;
      rows.push([
        `商机${i + 1}`,
        account,
        owner,
        fStage,
        status,
        amountText,
        fProbability,
        closeText,
        createdText,
        next,
        source,
      ]);
    }
  }
  return rows;
}

/** The export as CSV text (comma separated, with a header row): the benchmark's input. */
export function sampleExportCsv(owners: readonly string[], options: SampleExportOptions): string {
  return Papa.unparse(sampleRows(owners, options), { newline: "\n" });
}

/** The export as a table ready for importCrm, without a file: the demo workbook's sample data. */
export function sampleExportTable(owners: readonly string[], options: SampleExportOptions): CrmTable {
  const [header, ...rows] = sampleRows(owners, options);
  return { header, headerRow: 1, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}
