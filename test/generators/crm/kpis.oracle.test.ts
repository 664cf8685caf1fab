/**
 * The KPI, funnel and follow-up sheets recalculated by LibreOffice, against KPIs computed here from
 * the fixtures' deals transcribed by hand (not from the importer's records): every rep, team, other
 * and all-owner row of every period, every funnel stage, every overdue day count.
 */
import fs from "fs";
import path from "path";
import { CrmWorkbook, importCrm, looksLikeHeader } from "../../../src/generators/crm";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { readTable } from "../../../src/hosts/xlsx/read-table";
import { parseCrmPeriod } from "../../../src/schemas/crm-import";
import { parseCrmMapping } from "../../../src/schemas/crm-mapping";
import { parseRosterCsv } from "../../../src/schemas/roster";
import { columnLetter } from "../../../src/workbook/a1";
import {
  OracleValue,
  RecalculatedWorkbook,
  describeWithLibreOffice,
  expectClose,
  recalculate,
} from "../../oracle/libreoffice";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const FIXTURES = path.join(__dirname, "../../fixtures/crm");
/** Excel serial computed here, independently of the code under test. */
const d = (y: number, m: number, day: number) =>
  (Date.UTC(y, m - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
const ASOF = d(2027, 3, 20);

type Outcome = "won" | "lost" | "open";
interface Deal {
  owner: string;
  team: string | null;
  outcome: Outcome;
  amount: number;
  prob: number | null;
  close: number | null;
  created: number | null;
  newCustomer: 0 | 1;
  /** Index of the open stage the deal is at or was lost at; -1 unknown; null for won. */
  stage: number | null;
  collected?: number;
  /** When the collected amount was received (the export's payment date column); null when blank. */
  paid?: number | null;
}

// fxiaoke-opportunities.csv, the 15 readable rows (14, 15 and 19 cannot be read), by hand.
// Stages: 0 验证客户, 1 需求确定, 2 方案/报价, 3 谈判审核.
const FX: Deal[] = [
  {
    owner: "李伟",
    team: "华东",
    outcome: "won",
    amount: 120000,
    prob: 1,
    close: d(2027, 1, 15),
    created: d(2026, 11, 20),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "李伟",
    team: "华东",
    outcome: "won",
    amount: 125000,
    prob: 1,
    close: d(2027, 2, 8),
    created: d(2026, 12, 1),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "李伟",
    team: "华东",
    outcome: "lost",
    amount: 85000,
    prob: 0.6,
    close: d(2027, 2, 20),
    created: d(2027, 1, 5),
    newCustomer: 0,
    stage: 2,
  },
  {
    owner: "李伟",
    team: "华东",
    outcome: "open",
    amount: 200000,
    prob: 0.8,
    close: d(2027, 3, 31),
    created: d(2027, 1, 18),
    newCustomer: 0,
    stage: 3,
  },
  {
    owner: "李伟",
    team: "华东",
    outcome: "open",
    amount: 60000,
    prob: 0.3,
    close: d(2027, 3, 15),
    created: d(2027, 2, 22),
    newCustomer: 0,
    stage: 1,
  },
  {
    owner: "王芳",
    team: "华东",
    outcome: "won",
    amount: 45000,
    prob: 1,
    close: d(2027, 3, 5),
    created: d(2027, 2, 1),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "王芳",
    team: "华东",
    outcome: "lost",
    amount: 30000,
    prob: 0.1,
    close: d(2027, 1, 25),
    created: d(2026, 12, 15),
    newCustomer: 0,
    stage: 0,
  },
  {
    owner: "王芳",
    team: "华东",
    outcome: "open",
    amount: 15000,
    prob: 0.1,
    close: d(2027, 4, 30),
    created: d(2027, 3, 1),
    newCustomer: 0,
    stage: 0,
  },
  {
    owner: "王芳",
    team: "华东",
    outcome: "open",
    amount: 50000,
    prob: 0.6,
    close: d(2027, 3, 25),
    created: d(2027, 2, 10),
    newCustomer: 0,
    stage: 2,
  },
  {
    owner: "张强",
    team: "华南",
    outcome: "won",
    amount: 300000,
    prob: 1,
    close: d(2027, 3, 12),
    created: d(2026, 10, 8),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "张强",
    team: "华南",
    outcome: "lost",
    amount: 90000,
    prob: 0,
    close: d(2027, 2, 14),
    created: d(2026, 12, 20),
    newCustomer: 0,
    stage: -1,
  },
  {
    owner: "张强",
    team: "华南",
    outcome: "open",
    amount: 400000,
    prob: 0.8,
    close: d(2027, 3, 30),
    created: d(2027, 1, 20),
    newCustomer: 0,
    stage: 3,
  },
  {
    owner: "赵敏",
    team: null,
    outcome: "won",
    amount: 20000,
    prob: 1,
    close: d(2027, 1, 30),
    created: d(2027, 1, 2),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "李伟",
    team: "华东",
    outcome: "won",
    amount: 50000,
    prob: 1,
    close: d(2027, 3, 18),
    created: d(2027, 2, 15),
    newCustomer: 0,
    stage: null,
  },
  {
    owner: "张强",
    team: "华南",
    outcome: "open",
    amount: 8000,
    prob: 0.1,
    close: null,
    created: d(2027, 3, 10),
    newCustomer: 0,
    stage: 0,
  },
];

// fxiaoke-orders.gbk.csv, the 9 readable orders (rows 11 and 12 cannot be read).
const ORDERS: Deal[] = [
  {
    owner: "李伟",
    team: "华东",
    outcome: "won",
    amount: 88000,
    collected: 88000,
    prob: null,
    close: d(2027, 1, 10),
    created: d(2027, 1, 8),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "李伟",
    team: "华东",
    outcome: "won",
    amount: 65000,
    collected: 30000,
    prob: null,
    close: d(2027, 2, 3),
    created: d(2027, 1, 28),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "王芳",
    team: "华东",
    outcome: "won",
    amount: 120000,
    collected: 0,
    prob: null,
    close: d(2027, 2, 18),
    created: d(2027, 2, 10),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "王芳",
    team: "华东",
    outcome: "won",
    amount: -5000,
    collected: -5000,
    prob: null,
    close: d(2027, 3, 2),
    created: d(2027, 3, 1),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "张强",
    team: "华南",
    outcome: "won",
    amount: 230000,
    collected: 150000,
    prob: null,
    close: d(2027, 3, 8),
    created: d(2027, 3, 1),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "张强",
    team: "华南",
    outcome: "lost",
    amount: 40000,
    collected: 0,
    prob: null,
    close: d(2027, 3, 9),
    created: d(2027, 3, 5),
    newCustomer: 0,
    stage: null,
  },
  {
    owner: "张强",
    team: "华南",
    outcome: "open",
    amount: 75000,
    collected: 0,
    prob: null,
    close: d(2027, 3, 25),
    created: d(2027, 3, 20),
    newCustomer: 0,
    stage: null,
  },
  {
    owner: "李伟",
    team: "华东",
    outcome: "won",
    amount: 9900,
    collected: 9900,
    prob: null,
    close: d(2027, 3, 11),
    created: d(2027, 3, 11),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "钱多多",
    team: null,
    outcome: "won",
    amount: 15000,
    collected: 15000,
    prob: null,
    close: d(2027, 1, 20),
    created: d(2027, 1, 15),
    newCustomer: 1,
    stage: null,
  },
];

// zoho-deals.csv with owners.mapping.json: Emily Chen's deals, for pipeline coverage against a target.
const ZOHO_EMILY: Deal[] = [
  {
    owner: "Emily Chen",
    team: "华南",
    outcome: "won",
    amount: 12000,
    prob: 1,
    close: d(2027, 1, 15),
    created: d(2026, 11, 2),
    newCustomer: 0,
    stage: null,
  },
  {
    owner: "Emily Chen",
    team: "华南",
    outcome: "won",
    amount: 8500,
    prob: 1,
    close: d(2027, 2, 3),
    created: d(2026, 12, 20),
    newCustomer: 1,
    stage: null,
  },
  {
    owner: "Emily Chen",
    team: "华南",
    outcome: "open",
    amount: 25000,
    prob: 0.75,
    close: d(2027, 3, 28),
    created: d(2027, 1, 10),
    newCustomer: 0,
    stage: 3,
  },
  {
    owner: "Emily Chen",
    team: "华南",
    outcome: "open",
    amount: 7800,
    prob: 0.2,
    close: d(2027, 3, 31),
    created: d(2027, 3, 5),
    newCustomer: 0,
    stage: 1,
  },
  {
    owner: "Emily Chen",
    team: "华南",
    outcome: "lost",
    amount: 15000,
    prob: 0,
    close: d(2027, 1, 31),
    created: d(2026, 12, 1),
    newCustomer: 0,
    stage: -1,
  },
];

/**
 * fxiaoke-orders-paid.utf8.csv: the same orders with a 最近回款日期 (last payment date) column. The
 * payments fall in other months than the orders: 李伟's January order paid in February, 张强's March
 * order in April (after Q1).
 */
const PAID_ON = [
  d(2027, 2, 5),
  d(2027, 2, 20),
  null,
  d(2027, 3, 2),
  d(2027, 4, 10),
  null,
  null,
  d(2027, 3, 28),
  d(2027, 1, 31),
];
const ORDERS_PAID: Deal[] = ORDERS.map((x, i) => ({ ...x, paid: PAID_ON[i] }));

type Kpis = Record<string, number | "">;

/** The KPI definitions of docs/crm-profiles.md, computed the plain way. */
function kpis(deals: readonly Deal[], start: number, end: number): Kpis {
  const inP = (x: number | null) => x !== null && x >= start && x <= end;
  const won = deals.filter((x) => x.outcome === "won" && inP(x.close));
  const lost = deals.filter((x) => x.outcome === "lost" && inP(x.close));
  const open = deals.filter((x) => x.outcome === "open" && inP(x.close));
  const created = deals.filter((x) => inP(x.created));
  const sum = (xs: readonly Deal[], f: (x: Deal) => number) => xs.reduce((s, x) => s + f(x), 0);
  const revenue = sum(won, (x) => x.amount);
  const cycles = won.filter((x) => x.created !== null).map((x) => x.close! - x.created!);
  return {
    wonRevenue: revenue,
    // Collections count by payment date only, never by the order's (close) date, whatever the
    // order's outcome; the part on orders not won is shown beside them.
    collections: sum(
      deals.filter((x) => inP(x.paid ?? null)),
      (x) => x.collected ?? 0,
    ),
    collectionsNotWon: sum(
      deals.filter((x) => x.outcome !== "won" && inP(x.paid ?? null)),
      (x) => x.collected ?? 0,
    ),
    newCustomers: sum(won, (x) => x.newCustomer),
    dealsWon: won.length,
    dealsLost: lost.length,
    winRate: won.length + lost.length ? won.length / (won.length + lost.length) : "",
    dealsCreated: created.length,
    conversionRate: created.length ? created.filter((x) => x.outcome === "won").length / created.length : "",
    averageDeal: won.length ? revenue / won.length : "",
    salesCycle: cycles.length ? cycles.reduce((a, b) => a + b, 0) / cycles.length : "",
    openPipeline: sum(open, (x) => x.amount),
    weightedPipeline: sum(open, (x) => x.amount * (x.prob ?? 0)),
  };
}

function expectValue(actual: OracleValue, expected: number | "", where: string): void {
  try {
    if (expected === "") expect(actual === "" || actual === null).toBe(true);
    else expectClose(actual, expected);
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message} (got ${JSON.stringify(actual)})`);
  }
}

async function build(
  file: string,
  locale: "en-US" | "zh-CN",
  options: { mapping?: string; targets?: { rep: string; target: number; period?: string }[] } = {},
): Promise<CrmWorkbook> {
  const roster = parseRosterCsv(fs.readFileSync(path.join(FIXTURES, "roster.csv"), "utf8"));
  if (!roster.ok) throw new Error("roster");
  const read = await readTable(fs.readFileSync(path.join(FIXTURES, file)), {
    isHeader: (c) => looksLikeHeader(c),
  });
  if (!read.ok) throw new Error(read.error.en);
  const parsed = options.mapping
    ? parseCrmMapping(JSON.parse(fs.readFileSync(path.join(FIXTURES, options.mapping), "utf8")))
    : undefined;
  if (parsed && !parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const mapping = parsed?.ok ? parsed.value : undefined;
  const periods = ["2027-Q1", "2027-01", "2027-02", "2027-03"].map((p) => parseCrmPeriod(p)!);
  const result = importCrm(read.table, roster.value, {
    locale,
    asOf: ASOF,
    periods,
    mapping,
    targets: options.targets,
    file,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.workbook;
}

/** Checks every KPI row of every period against kpis() over the transcribed deals. */
function checkKpiSheet(
  wb: CrmWorkbook,
  calc: RecalculatedWorkbook,
  deals: readonly Deal[],
  onlyRep?: string,
): number {
  const { kpi } = wb;
  let checked = 0;
  for (const row of kpi.rows) {
    if (onlyRep !== undefined && row.name !== onlyRep) continue;
    const period = wb.periods.find((p) => p.label === row.period)!;
    const subset =
      row.kind === "rep"
        ? deals.filter((x) => x.owner === row.name)
        : row.kind === "team"
          ? deals.filter((x) => x.team === row.name)
          : row.kind === "other"
            ? deals.filter((x) => x.team === null)
            : deals;
    const expected = kpis(subset, period.start, period.end);
    for (const [metric, value] of Object.entries(expected)) {
      const col = kpi.columns[metric as keyof typeof kpi.columns];
      if (col === undefined) continue;
      const address = `${columnLetter(col)}${row.row}`;
      expectValue(
        calc.get(kpi.sheet, address),
        value,
        `${row.period} ${row.kind} ${row.name} ${metric} (${address})`,
      );
      checked++;
    }
  }
  return checked;
}

/** Names with criteria wildcards: "Wang*Fang" must not also count Wang Fang's deals. */
function wildcardWorkbook(): CrmWorkbook {
  const rep = (name: string) => ({ name, role: "", team: "T", manager: "", hireDate: null });
  const table = {
    header: ["Owner", "Stage", "Amount", "Close Date"],
    rows: [
      { row: 2, cells: ["Wang*Fang", "Demo?", "70", "2027-03-01"] },
      { row: 3, cells: ["Wang*Fang", "Won", "100", "2027-03-01"] },
      { row: 4, cells: ["Wang Fang", "Won", "50", "2027-03-02"] },
      { row: 5, cells: ["Wang Fang", "Demo1", "30", "2027-03-03"] },
    ],
  };
  const result = importCrm(table, [rep("Wang*Fang"), rep("Wang Fang")], {
    locale: "en-US",
    asOf: ASOF,
    periods: [parseCrmPeriod("2027-03")!],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.workbook;
}

describeWithLibreOffice("CRM KPI workbook recalculated by LibreOffice", () => {
  let fx: CrmWorkbook;
  let orders: CrmWorkbook;
  let ordersPaid: CrmWorkbook;
  let zoho: CrmWorkbook;
  let wild: CrmWorkbook;
  let results: Map<string, RecalculatedWorkbook>;

  beforeAll(async () => {
    fx = await build("fxiaoke-opportunities.csv", "zh-CN");
    orders = await build("fxiaoke-orders.gbk.csv", "zh-CN");
    ordersPaid = await build("fxiaoke-orders-paid.utf8.csv", "en-US");
    zoho = await build("zoho-deals.csv", "en-US", {
      mapping: "owners.mapping.json",
      targets: [{ rep: "Emily Chen", period: "2027-Q1", target: 50000 }],
    });
    wild = wildcardWorkbook();
    results = await recalculate([
      { name: "wild", data: await writeXlsx(wild.spec) },
      { name: "fx", data: await writeXlsx(fx.spec) },
      { name: "orders", data: await writeXlsx(orders.spec) },
      { name: "ordersPaid", data: await writeXlsx(ordersPaid.spec) },
      { name: "zoho", data: await writeXlsx(zoho.spec) },
    ]);
  }, 180_000);

  it("KPIs per rep, team, other owners and everyone, for the quarter and each month (商机)", () => {
    const checked = checkKpiSheet(fx, results.get("fx")!, FX);
    // 4 periods x 8 rows (4 reps, not on roster, 2 teams, all) x 11 figures (no collections column).
    expect(checked).toBe(4 * 8 * 11);
    // Spot checks worked out by hand (李伟, 2027-Q1): won 120,000 + 125,000 + 50,000 = 295,000 in 3 deals,
    // 1 lost: win rate 3/4; cycles 56, 69 and 31 days: 52; open in Q1 200,000 + 60,000, weighted
    // 0.8 x 200,000 + 0.3 x 60,000 = 178,000.
    const li = fx.kpi.rows.find((r) => r.period === "2027-Q1" && r.name === "李伟")!;
    const at = (m: keyof typeof fx.kpi.columns) =>
      results.get("fx")!.get(fx.kpi.sheet, `${columnLetter(fx.kpi.columns[m]!)}${li.row}`);
    expect([
      at("wonRevenue"),
      at("dealsWon"),
      at("winRate"),
      at("salesCycle"),
      at("openPipeline"),
      at("weightedPipeline"),
    ]).toEqual([295000, 3, 0.75, 52, 260000, 178000]);
  });

  it("orders without a payment date: no collections figure (never dated by the order date), the note says so", () => {
    const checked = checkKpiSheet(orders, results.get("orders")!, ORDERS);
    // 11 figures: no collections, no probability (no weighted pipeline).
    expect(orders.kpi.columns.collections).toBeUndefined();
    expect(checked).toBe(4 * 8 * 10);
    const note = String(results.get("orders")!.get(orders.kpi.sheet, "A2"));
    expect(note).toContain("未列回款");
    expect(note).toContain("已回款金额");
    expect(note).toContain("最近回款日期");
  });

  it("orders with a payment date: collections (回款) by payment date, voided and pending ones included where they belong", () => {
    const calc = results.get("ordersPaid")!;
    const checked = checkKpiSheet(ordersPaid, calc, ORDERS_PAID);
    // 12 figures: collections and the part of them not won, no probability (no weighted pipeline).
    expect(checked).toBe(4 * 8 * 12);
    // By hand, by payment date: 李伟 February 88,000 + 30,000 = 118,000, March 9,900 (Q1 127,900);
    // 王芳 March -5,000; 张强 0 in Q1 (paid 2027-04-10); 钱多多 (not on the roster) January 15,000.
    // By order date 李伟's January would have shown 88,000.
    const row = (period: string, name: string) =>
      ordersPaid.kpi.rows.find((r) => r.period === period && r.name === name)!.row;
    const col = columnLetter(ordersPaid.kpi.columns.collections!);
    const get = (period: string, name: string) =>
      calc.get(ordersPaid.kpi.sheet, `${col}${row(period, name)}`);
    expect([
      get("2027-01", "李伟"),
      get("2027-02", "李伟"),
      get("2027-03", "李伟"),
      get("2027-Q1", "李伟"),
    ]).toEqual([0, 118000, 9900, 127900]);
    expect([get("2027-Q1", "王芳"), get("2027-Q1", "张强")]).toEqual([-5000, 0]);
    expect(String(calc.get(ordersPaid.kpi.sheet, "A2"))).not.toContain("No collections figure");
  });

  it("pipeline coverage against a remaining target", () => {
    const calc = results.get("zoho")!;
    expect(checkKpiSheet(zoho, calc, ZOHO_EMILY, "Emily Chen")).toBe(4 * 11);
    const row = zoho.kpi.rows.find((r) => r.period === "2027-Q1" && r.name === "Emily Chen")!.row;
    const get = (m: keyof typeof zoho.kpi.columns) =>
      calc.get(zoho.kpi.sheet, `${columnLetter(zoho.kpi.columns[m]!)}${row}`);
    // Won 12,000 + 8,500 = 20,500 of 50,000: 29,500 remain; open in Q1 25,000 + 7,800 = 32,800.
    expect(get("target")).toBe(50000);
    expectClose(get("remaining"), 29500);
    expectClose(get("coverage"), 32800 / 29500);
    expectClose(get("weightedPipeline"), 25000 * 0.75 + 7800 * 0.2);
    // No target in January: no remaining target, no coverage.
    const jan = zoho.kpi.rows.find((r) => r.period === "2027-01" && r.name === "Emily Chen")!.row;
    expect(calc.get(zoho.kpi.sheet, `${columnLetter(zoho.kpi.columns.coverage!)}${jan}`)).toBe("");
  });

  it("funnel: deals per stage, reached, conversion to the next stage, and each rep's weakest stage", () => {
    const calc = results.get("fx")!;
    const layout = fx.funnel!;
    const stages = 4;
    /** Reached stage k: deals at k or later, plus won deals; the first stage is reached by every deal. */
    const funnel = (deals: readonly Deal[]) => {
      const at = Array.from({ length: stages }, (_, k) => deals.filter((x) => x.stage === k).length);
      const won = deals.filter((x) => x.outcome === "won").length;
      const reached = at.map((_, k) =>
        k === 0 ? deals.length : at.slice(k).reduce((a, b) => a + b, 0) + won,
      );
      const conversion = reached.map((r, k) => (r === 0 ? "" : (k < stages - 1 ? reached[k + 1] : won) / r));
      return { at, reached, conversion };
    };
    const team = funnel(FX);
    // By hand: reached 15, 11, 10, 8; conversions 11/15, 10/11, 8/10, 6/8.
    expect(team.reached).toEqual([15, 11, 10, 8]);
    for (let k = 0; k < stages; k++) {
      const r = layout.team.firstStageRow + k;
      expectValue(calc.get(layout.sheet, `B${r}`), team.at[k], `team at ${k}`);
      expectValue(calc.get(layout.sheet, `E${r}`), team.reached[k], `team reached ${k}`);
      expectValue(calc.get(layout.sheet, `F${r}`), team.conversion[k], `team conversion ${k}`);
    }
    const names = ["验证客户", "需求确定", "方案/报价", "谈判审核"];
    for (const block of layout.reps) {
      const mine = funnel(FX.filter((x) => x.owner === block.rep));
      const gaps = mine.conversion.map((c, k) => (c === "" ? null : c - (team.conversion[k] as number)));
      for (let k = 0; k < stages; k++) {
        const r = block.firstStageRow + k;
        expectValue(calc.get(layout.sheet, `E${r}`), mine.reached[k], `${block.rep} reached ${k}`);
        expectValue(calc.get(layout.sheet, `F${r}`), mine.conversion[k], `${block.rep} conversion ${k}`);
        expectValue(calc.get(layout.sheet, `H${r}`), gaps[k] ?? "", `${block.rep} gap ${k}`);
      }
      const numeric = gaps.filter((g): g is number => g !== null);
      const worst = numeric.length ? Math.min(...numeric) : null;
      const summary = layout.summaryRows.find((s) => s.rep === block.rep)!.row;
      const weakest = calc.get(layout.sheet, `B${summary}`);
      if (worst === null) expect(weakest).toBe("");
      else expect(weakest).toBe(worst < 0 ? names[gaps.indexOf(worst)] : "均不低于团队");
    }
    // The bottlenecks by hand: 李伟 需求确定 (5/6 vs 10/11), 王芳 方案/报价 (1/2 vs 8/10), 张强 谈判审核 (1/2 vs 6/8).
    const weakestOf = (rep: string) =>
      calc.get(layout.sheet, `B${layout.summaryRows.find((s) => s.rep === rep)!.row}`);
    expect(["李伟", "王芳", "张强", "Emily Chen"].map(weakestOf)).toEqual([
      "需求确定",
      "方案/报价",
      "谈判审核",
      "",
    ]);
  });

  it("escapes * and ? in names and stages used as criteria", () => {
    const calc = results.get("wild")!;
    const won = (name: string) =>
      calc.get(
        wild.kpi.sheet,
        `${columnLetter(wild.kpi.columns.wonRevenue!)}${wild.kpi.rows.find((r) => r.name === name)!.row}`,
      );
    expect([won("Wang*Fang"), won("Wang Fang")]).toEqual([100, 50]);
    // Stage "Demo?" must not count "Demo1": one deal each.
    const f = wild.funnel!;
    const at = f.stages.map((_, k) => calc.get(f.sheet, `B${f.team.firstStageRow + k}`));
    expect(f.stages).toEqual(["Demo?", "Demo1"]);
    expect(at).toEqual([1, 1]);
  });

  it("follow-ups: days overdue from the as-of date", () => {
    const calc = results.get("fx")!;
    const sheet = "待跟进";
    // 2027-03-20 less: 李伟 next contact 3/10 (10), close 3/15 (5); 王芳 next contact 3/18 (2); 张强 next contact 3/01 (19).
    const rows = [6, 7, 8, 9].map((r) => [
      calc.get(sheet, `A${r}`),
      calc.get(sheet, `K${r}`),
      calc.get(sheet, `L${r}`),
    ]);
    expect(rows).toEqual([
      ["李伟", 10, 5],
      ["李伟", 5, 6],
      ["王芳", 2, 9],
      ["张强", 19, 18],
    ]);
    expect(calc.get(sheet, "A10")).toBeNull();
  });
});
