/**
 * `sales-kit incentives --crm`: commission computed straight from a CRM export. The payouts are
 * checked to the cent against payouts worked out in this test from the export's raw rows (its own CSV
 * reading, its own date and money parsing, its own tier arithmetic): a bookings plan on a Salesforce
 * opportunity report and a 回款 plan on a Fxiaoke payments export, each with lost/void and open rows,
 * rows outside the plan's months and an owner off the roster. The workbooks are recalculated in
 * LibreOffice (values against the hand-worked ones) and in Gnumeric (every formula cell alike).
 * A collection is never dated by its order date: an order export for a 回款 measure is refused.
 */
import fs from "fs";
import ExcelJS from "exceljs";
import path from "path";
import { buildCrmIncentives } from "../../../src/cli/commands/incentives-crm";
import { kpiReference } from "../../../src/generators/crm";
import { at } from "../../../src/generators/incentives/grid";
import { computePlan } from "../../../src/kpi/plan/engine";
import { crossCheck, describeDifferences } from "../../oracle/cross-engine";
import { describeWithBothEngines } from "../../oracle/gnumeric";
import { expectClose, libreOfficeAvailable, recalculate } from "../../oracle/libreoffice";
import { makeTempDir, removeTempDir, runMain } from "../../support/cli";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { serialFromYmd } from "../../../src/schemas/dates";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples/incentives/crm");
const FIXTURES = path.resolve(__dirname, "../../fixtures/crm");

// ---- The test's own reading of the raw export -------------------------------------------------

/** A CSV line split on commas outside double quotes. */
function csvCells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === "," && !quoted) {
      out.push(cell);
      cell = "";
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

function readCsv(file: string): Record<string, string>[] {
  const [head, ...lines] = fs
    .readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  const names = csvCells(head);
  return lines.map((l) => Object.fromEntries(csvCells(l).map((c, i) => [names[i], c])));
}

const money = (s: string) => Number(s.replace(/[^0-9.-]/g, ""));

/** "1/13/2027" (US) or "2027-01-13" as { year, month, day }. */
function ymd(s: string): { y: number; m: number; d: number } {
  const us = /^(\d+)\/(\d+)\/(\d{4})$/.exec(s);
  if (us) return { y: +us[3], m: +us[1], d: +us[2] };
  const iso = /^(\d{4})-(\d\d)-(\d\d)/.exec(s)!;
  return { y: +iso[1], m: +iso[2], d: +iso[3] };
}

/** A split's share: "60%", "50" (percent) or "0.5" (fraction); blank = the whole deal. */
function shareOf(text: string): number {
  if (text.trim() === "") return 1;
  if (text.endsWith("%")) return Number(text.slice(0, -1)) / 100;
  const n = Number(text);
  return n <= 1 ? n : n / 100;
}

/** Marginal tiers: each slice of `amount` at its own rate. */
function marginal(amount: number, tiers: readonly { from: number; rate: number }[]): number {
  let pay = 0;
  tiers.forEach((t, k) => {
    const to = k + 1 < tiers.length ? tiers[k + 1].from : Infinity;
    pay += Math.max(0, Math.min(amount, to) - t.from) * t.rate;
  });
  return pay;
}

interface Expected {
  /** [rep][month index]: credited amount and payout. */
  readonly actual: number[][];
  readonly payout: number[][];
  readonly outside: number;
  readonly offRoster: number;
  readonly total: number;
}

/**
 * The pay worked out from the raw rows: counted rows (won / 正常) of roster owners summed by the
 * month of their date; months outside the plan and owners off the roster summed apart.
 */
function expected(
  rows: Record<string, string>[],
  col: { owner: string; amount: string; date: string; outcome: string; counted: string; share?: string },
  reps: readonly string[],
  months: readonly { y: number; m: number }[],
  pay: (credited: number) => number,
): Expected {
  const actual = reps.map(() => months.map(() => 0));
  let outside = 0;
  let offRoster = 0;
  let total = 0;
  for (const row of rows) {
    if (row[col.outcome] !== col.counted) continue;
    const share = col.share === undefined ? 1 : shareOf(row[col.share]);
    // A share above 100% cannot be read: the import leaves the row out (and lists it).
    if (share > 1) continue;
    const amount = money(row[col.amount]) * share;
    total += amount;
    const r = reps.indexOf(row[col.owner]);
    if (r < 0) {
      offRoster += amount;
      continue;
    }
    const { y, m } = ymd(row[col.date]);
    const p = months.findIndex((x) => x.y === y && x.m === m);
    if (p < 0) outside += amount;
    else actual[r][p] += amount;
  }
  return { actual, payout: actual.map((byMonth) => byMonth.map(pay)), outside, offRoster, total };
}

// ---- The two plans ------------------------------------------------------------------------------

const BOOKINGS = {
  files: { roster: "team.csv", plan: "bookings-plan.yaml", crm: "deals.csv" },
  reps: ["Ann Lee", "Bo Chen", "Cai Na"],
  months: [1, 2, 3].map((m) => ({ y: 2027, m })),
  expected: () =>
    expected(
      readCsv(path.join(EXAMPLES, "deals.csv")),
      {
        owner: "Opportunity Owner",
        amount: "Amount",
        date: "Close Date",
        outcome: "Stage",
        counted: "Closed Won",
      },
      BOOKINGS.reps,
      BOOKINGS.months,
      // Amount tiers: 5% up to 50,000, 8% above.
      (a) =>
        marginal(a, [
          { from: 0, rate: 0.05 },
          { from: 50_000, rate: 0.08 },
        ]),
    ),
};

/** The bookings plan on a split report: one row per owner and deal, with the owner's share. */
const SPLITS = {
  files: {
    roster: "team.csv",
    plan: "bookings-plan.yaml",
    crm: "deals-splits.csv",
    mapping: "deals-splits.mapping.json",
  },
  reps: BOOKINGS.reps,
  months: BOOKINGS.months,
  expected: () =>
    expected(
      readCsv(path.join(EXAMPLES, "deals-splits.csv")),
      {
        owner: "Split Owner",
        amount: "Amount",
        date: "Close Date",
        outcome: "Stage",
        counted: "Closed Won",
        share: "Split Percentage",
      },
      BOOKINGS.reps,
      BOOKINGS.months,
      (a) =>
        marginal(a, [
          { from: 0, rate: 0.05 },
          { from: 50_000, rate: 0.08 },
        ]),
    ),
};

const HUIKUAN = {
  files: { roster: "团队.csv", plan: "回款方案.yaml", crm: "回款.csv" },
  reps: ["李伟", "王芳", "张强"],
  months: [4, 5].map((m) => ({ y: 2027, m })),
  expected: () =>
    expected(
      readCsv(path.join(EXAMPLES, "回款.csv")),
      { owner: "负责人", amount: "回款金额", date: "回款日期", outcome: "生命状态", counted: "正常" },
      HUIKUAN.reps,
      HUIKUAN.months,
      // Attainment tiers on a 100,000 quota: 3% up to quota, 5% above.
      (a) =>
        marginal(a, [
          { from: 0, rate: 0.03 },
          { from: 100_000, rate: 0.05 },
        ]),
    ),
};

describe("the hand-worked pay of the examples (the test's arithmetic, stated)", () => {
  it("bookings: Ann 65,000 in January, Bo 42,000 and 65,000, Cai 51,000.50 in March", () => {
    const e = BOOKINGS.expected();
    expect(e.actual).toEqual([
      [65_000, 0, 9_000],
      [42_000, 65_000, 0],
      [0, 0, 51_000.5],
    ]);
    // 50,000 x 5% + 15,000 x 8% = 3,700; 1,000.50 x 8% = 80.04.
    expect(e.payout[0][0]).toBeCloseTo(3_700, 9);
    expect(e.payout[2][2]).toBeCloseTo(2_580.04, 9);
    expect(e.outside).toBe(12_500 + 33_000);
    expect(e.offRoster).toBe(27_000);
  });

  it("splits: Ann 60% of 80,000, 50% of 50,000 and 75% of 40,000; a blank share is the whole deal", () => {
    const e = SPLITS.expected();
    expect(e.actual).toEqual([
      [48_000, 25_000, 30_000],
      [32_000, 0, 30_000],
      [0, 25_000, 0],
    ]);
    expect(e.outside).toBe(90_000);
    expect(e.offRoster).toBe(10_000);
  });

  it("回款: 李伟 110,000 in April (作废 and 审核中 rows not counted), 张强's March payment outside", () => {
    const e = HUIKUAN.expected();
    expect(e.actual).toEqual([
      [110_000, 0],
      [0, 30_000],
      [0, 85_000],
    ]);
    expect(e.payout[0][0]).toBeCloseTo(3_500, 9);
    expect(e.outside).toBe(20_000 + 15_000);
    expect(e.offRoster).toBe(40_000);
  });
});

let dir: string;
beforeEach(() => {
  dir = makeTempDir("sales-kit-incentives-crm-");
  for (const f of fs.readdirSync(EXAMPLES)) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
});
afterEach(() => removeTempDir(dir));

describe.each([
  ["bookings (Salesforce report)", BOOKINGS],
  ["bookings with credit splits (split report, mapping)", SPLITS],
  ["回款 (Fxiaoke payments)", HUIKUAN],
] as const)("the engine on %s", (_, plan) => {
  it("pays every rep and month to the cent as worked out from the raw rows", async () => {
    const built = await buildCrmIncentives(dir, plan.files, "en-US");
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const e = plan.expected();
    const result = computePlan(built.value.model);
    expect(built.value.model.reps.map((r) => r.name)).toEqual(plan.reps);
    plan.reps.forEach((_, r) =>
      plan.months.forEach((__, p) => {
        const line = result.lines[r][p];
        expect(line.measures[0].credited).toBeCloseTo(e.actual[r][p], 2);
        expect(line.measures[0].payout).toBeCloseTo(e.payout[r][p], 2);
        expect(line.payable).toBeCloseTo(Math.round(e.payout[r][p] * 100) / 100, 2);
      }),
    );
    const a = built.value.actuals;
    expect(a.outside.reduce((s, o) => s + o.amount, 0)).toBeCloseTo(e.outside, 2);
    expect(a.offRoster.reduce((s, o) => s + o.amount, 0)).toBeCloseTo(e.offRoster, 2);
  });
});

describe("sales-kit incentives --crm on the command line", () => {
  it("writes the workbook and names the rows outside the periods and the owner off the roster", async () => {
    const r = await runMain(
      ["incentives", "-r", "team.csv", "-c", "bookings-plan.yaml", "--crm", "deals.csv", "-o", "pay.xlsx"],
      { cwd: dir },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Rows 9 (December 2026) and 11 (April 2027) of the file; Dan Wu's one row.
    expect(r.stdout).toContain(
      "Rows outside the pay periods (2027-01-01 to 2027-03-31), not paid: 9, 11 (total 45,500.00)",
    );
    expect(r.stdout).toContain("Owners not on the roster, not paid: Dan Wu (1, 27,000.00)");
    expect(fs.existsSync(path.join(dir, "pay.xlsx"))).toBe(true);
  });

  it("--statements: one private file per rep, paid on the export's actuals", async () => {
    const r = await runMain(
      [
        "incentives",
        "-r",
        "team.csv",
        "-c",
        "bookings-plan.yaml",
        "--crm",
        "deals.csv",
        "-o",
        "pay.xlsx",
      ].concat(["--statements", "out"]),
      { cwd: dir },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual([
      "Ann Lee.xlsx",
      "Bo Chen.xlsx",
      "Cai Na.xlsx",
    ]);
    const ann = await new ExcelJS.Workbook().xlsx.readFile(path.join(dir, "out", "Ann Lee.xlsx"));
    const numbers: number[] = [];
    const texts: string[] = [];
    ann.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "number") numbers.push(cell.value);
          else texts.push(String(cell.value));
        }),
      ),
    );
    // Ann's January, worked out above from the raw rows: 65,000 credited, 3,700 paid.
    expect(numbers).toContain(65_000);
    expect(numbers).toContain(3_700);
    expect(texts.join("\n")).not.toMatch(/Bo Chen|Cai Na/);
  }, 60_000);

  it("lists a split row whose share cannot be read as not imported, never paid at 100%", async () => {
    const r = await runMain(
      [
        "incentives",
        "-r",
        "team.csv",
        "-c",
        "bookings-plan.yaml",
        "--crm",
        "deals-splits.csv",
        "--mapping",
        "deals-splits.mapping.json",
        "-o",
        "pay.xlsx",
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("10 rows read, 9 imported, 1 not imported");
    expect(r.stdout).toContain("row 11, Split Percentage: the credit share is not a percentage");
  });

  it("refuses a 回款 measure on an order export: a collection is never dated by its order date", async () => {
    fs.copyFileSync(path.join(FIXTURES, "fxiaoke-orders.utf8.csv"), path.join(dir, "orders.csv"));
    fs.writeFileSync(
      path.join(dir, "plan.yaml"),
      fs.readFileSync(path.join(dir, "回款方案.yaml"), "utf8").replace("2027-04", "2027-01"),
    );
    const r = await runMain(
      ["incentives", "-r", "团队.csv", "-c", "plan.yaml", "--crm", "orders.csv", "-o", "pay.xlsx"],
      { cwd: dir },
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('measure "huikuan" reads the collected amount');
    expect(r.stderr).toContain("下单日期");
    expect(r.stderr).toContain("never dated by its order date");
    // The missing column named, and the payments export pointed to.
    expect(r.stderr).toContain('no payment date column for its "已回款金额"');
    expect(r.stderr).toContain("最近回款日期");
    expect(r.stderr).toContain("export the 回款 (payments) object instead");
    expect(fs.existsSync(path.join(dir, "pay.xlsx"))).toBe(false);
    const zh = await runMain(
      ["incentives", "-r", "团队.csv", "-c", "plan.yaml", "--crm", "orders.csv", "-o", "pay.xlsx"],
      { cwd: dir, env: { LANG: "zh_CN.UTF-8" } },
    );
    expect(zh.code).not.toBe(0);
    expect(zh.stderr).toContain("没有回款日期列");
    expect(zh.stderr).toContain("或改为导出“回款”对象");
  });

  it("refuses actuals typed in the plan for a measure the export pays, and --mapping without --crm", async () => {
    fs.appendFileSync(
      path.join(dir, "bookings-plan.yaml"),
      "actuals:\n  - { rep: Ann Lee, measure: bookings, values: [1, 2, 3] }\n",
    );
    const r = await runMain(
      ["incentives", "-r", "team.csv", "-c", "bookings-plan.yaml", "--crm", "deals.csv", "-o", "pay.xlsx"],
      { cwd: dir },
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("actuals[0]");
    expect(r.stderr).toContain('measure "bookings", which reads the CRM export');
    const m = await runMain(
      ["incentives", "-r", "team.csv", "-c", "bookings-plan.yaml", "--mapping", "m.json"],
      { cwd: dir },
    );
    expect(m.code).not.toBe(0);
    expect(m.stderr).toContain("--crm");
  });

  it("says so when a plan with CRM measures is run without --crm", async () => {
    const r = await runMain(["incentives", "-r", "team.csv", "-c", "bookings-plan.yaml", "-o", "pay.xlsx"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Measure(s) bookings read a CRM export, but no --crm <export> was given");
  });

  it("refuses a plan with no CRM measure when --crm is given, in Chinese too", async () => {
    fs.writeFileSync(
      path.join(dir, "plain.yaml"),
      fs.readFileSync(path.join(dir, "bookings-plan.yaml"), "utf8").replace(/^\s*crm: amount.*$/m, ""),
    );
    const r = await runMain(
      ["incentives", "-r", "team.csv", "-c", "plain.yaml", "--crm", "deals.csv", "-o", "pay.xlsx"],
      { cwd: dir, env: { LANG: "zh_CN.UTF-8" } },
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("方案中没有指标读取 CRM 导出");
  });
});

/**
 * 回款 on an order export with a payment date column (test/fixtures/crm/fxiaoke-orders-paid.utf8.csv,
 * Jan-Mar 2027): each confirmed order's 已回款金额 counts in the month of its 最近回款日期, never its
 * 下单日期. By hand from the rows: 李伟 SO-2027-0001 88,000 (ordered 2027-01-10, paid 2027-02-05) and
 * SO-2027-0002 30,000 (3万, paid 2027-02-20): February 118,000; 00123 9,900 paid 2027-03-28: March.
 * 王芳 SO-2027-0004 -5,000 paid 2027-03-02 (SO-2027-0003 collected nothing, no payment date).
 * 张强 SO-2027-0005 150,000 paid 2027-04-10: outside the plan; SO-2027-0006 (已作废) and -0007
 * (待确认) not counted. 钱多多 (not on the roster) 15,000. Pay on a 100,000 quota, 3% to quota, 5%
 * above: 李伟 February 100,000 x 3% + 18,000 x 5% = 3,900; March 9,900 x 3% = 297; 王芳 0.
 */
const PAID_ORDERS = {
  files: { roster: "团队.csv", plan: "plan.yaml", crm: "orders.csv" },
  actual: [
    [0, 118_000, 9_900],
    [0, 0, -5_000],
    [0, 0, 0],
  ],
  payout: [
    [0, 3_900, 297],
    [0, 0, 0],
    [0, 0, 0],
  ],
  outside: 150_000,
  offRoster: 15_000,
};

function paidOrdersFiles(): void {
  fs.copyFileSync(path.join(FIXTURES, "fxiaoke-orders-paid.utf8.csv"), path.join(dir, "orders.csv"));
  fs.writeFileSync(
    path.join(dir, "plan.yaml"),
    fs
      .readFileSync(path.join(dir, "回款方案.yaml"), "utf8")
      .replace("2027-04", "2027-01")
      .replace("months: 2", "months: 3"),
  );
}

describe("回款 from an order export's collected amount, dated by its payment date", () => {
  it("pays each month's payments as worked out by hand, and lists them on the statements", async () => {
    paidOrdersFiles();
    const built = await buildCrmIncentives(dir, PAID_ORDERS.files, "zh-CN");
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const result = computePlan(built.value.model);
    expect(built.value.model.reps.map((r) => r.name)).toEqual(["李伟", "王芳", "张强"]);
    PAID_ORDERS.actual.forEach((byMonth, r) =>
      byMonth.forEach((a, p) => {
        expect(result.lines[r][p].measures[0].credited).toBeCloseTo(a, 2);
        expect(result.lines[r][p].measures[0].payout).toBeCloseTo(PAID_ORDERS.payout[r][p], 2);
      }),
    );
    const a = built.value.actuals;
    expect(a.outside.map((o) => [o.deal, o.amount])).toEqual([["SO-2027-0005", 150_000]]);
    expect(a.offRoster.map((o) => [o.owner, o.amount])).toEqual([["钱多多", 15_000]]);
    expect(a.statementDeals.measures).toEqual([{ measure: 0, dated: "payment" }]);
    expect(
      a.statementDeals.deals.filter((d) => d.rep === 0).map((d) => [d.deal, d.period, d.date, d.credited]),
    ).toEqual([
      ["SO-2027-0001", 1, serialFromYmd(2027, 2, 5), 88_000],
      ["SO-2027-0002", 1, serialFromYmd(2027, 2, 20), 30_000],
      ["00123", 2, serialFromYmd(2027, 3, 28), 9_900],
    ]);
  });
});

describeWithBothEngines("the workbooks recalculated", libreOfficeAvailable(), () => {
  it.each([
    ["bookings", BOOKINGS, "en-US"],
    ["splits", SPLITS, "en-US"],
    ["回款", HUIKUAN, "zh-CN"],
  ] as const)(
    "%s: LibreOffice computes the hand-worked actuals and payouts, reconciles every row; Gnumeric agrees",
    async (name, plan, locale) => {
      const built = await buildCrmIncentives(dir, plan.files, locale);
      if (!built.ok) throw new Error(JSON.stringify(built.issues));
      const data = await writeXlsx(built.value.spec);
      const file = { name: `${name}.xlsx`, data };
      const [wb] = [...(await recalculate([file])).values()];
      const { layout } = built.value;
      const calc = layout.sheets.calculation;
      const mc = layout.calc.col.measures[0];
      const e = plan.expected();
      plan.reps.forEach((_, r) =>
        plan.months.forEach((__, p) => {
          const y = layout.calc.row(r, p);
          const direct = mc.direct;
          expectClose(wb.get(calc, at(y, direct)), e.actual[r][p]);
          expect(Math.abs((wb.get(calc, at(y, mc.payout)) as number) - e.payout[r][p])).toBeLessThan(0.005);
          expect(
            Math.abs((wb.get(calc, at(y, layout.calc.col.payable)) as number) - e.payout[r][p]),
          ).toBeLessThan(0.005);
        }),
      );
      // Reconciliation row (row 6 of the sheet): total = paid + outside + off roster, difference 0.
      const sheet = built.value.commissionSheet;
      expectClose(wb.get(sheet, "D6"), e.total);
      expectClose(wb.get(sheet, "E6"), e.total - e.outside - e.offRoster);
      expectClose(wb.get(sheet, "F6"), e.outside);
      expectClose(wb.get(sheet, "G6"), e.offRoster);
      expect(wb.get(sheet, "H6")).toBe(0);

      if (plan === HUIKUAN) {
        // The KPI sheet's collections of a payments export: the payments of the month, by payment date.
        plan.reps.forEach((rep, r) =>
          plan.months.forEach((m, p) => {
            const ref = kpiReference(built.value.kpi, `2027-0${m.m}`, rep, "collections")!;
            const [, kpiSheet, address] = /^'?(.*?)'?!(.*)$/.exec(ref)!;
            expectClose(wb.get(kpiSheet.replace(/''/g, "'"), address.replace(/\$/g, "")), e.actual[r][p]);
          }),
        );
      }

      const cross = await crossCheck([file]);
      expect(cross.cells.get(file.name)).toBeGreaterThan(100);
      if (cross.differences.length) throw new Error(describeDifferences(cross.differences));
    },
    300_000,
  );

  it("回款 from an order export: LibreOffice pays by payment date as worked out by hand, KPI collections alike; Gnumeric agrees", async () => {
    paidOrdersFiles();
    const built = await buildCrmIncentives(dir, PAID_ORDERS.files, "zh-CN");
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const file = { name: "orders.xlsx", data: await writeXlsx(built.value.spec) };
    const [wb] = [...(await recalculate([file])).values()];
    const { layout } = built.value;
    const mc = layout.calc.col.measures[0];
    const reps = ["李伟", "王芳", "张强"];
    reps.forEach((rep, r) =>
      [0, 1, 2].forEach((p) => {
        const y = layout.calc.row(r, p);
        expectClose(wb.get(layout.sheets.calculation, at(y, mc.direct)), PAID_ORDERS.actual[r][p]);
        expect(
          Math.abs(
            (wb.get(layout.sheets.calculation, at(y, mc.payout)) as number) - PAID_ORDERS.payout[r][p],
          ),
        ).toBeLessThan(0.005);
        const ref = kpiReference(built.value.kpi, `2027-0${p + 1}`, rep, "collections")!;
        const [, kpiSheet, address] = /^'?(.*?)'?!(.*)$/.exec(ref)!;
        expectClose(
          wb.get(kpiSheet.replace(/''/g, "'"), address.replace(/\$/g, "")),
          PAID_ORDERS.actual[r][p],
        );
      }),
    );
    // Reconciliation: every won order's collected amount with a payment date = paid + outside + off roster.
    const sheet = built.value.commissionSheet;
    const paid = 118_000 + 9_900 - 5_000;
    expectClose(wb.get(sheet, "D6"), paid + PAID_ORDERS.outside + PAID_ORDERS.offRoster);
    expectClose(wb.get(sheet, "E6"), paid);
    expectClose(wb.get(sheet, "F6"), PAID_ORDERS.outside);
    expectClose(wb.get(sheet, "G6"), PAID_ORDERS.offRoster);
    expect(wb.get(sheet, "H6")).toBe(0);
    const cross = await crossCheck([file]);
    if (cross.differences.length) throw new Error(describeDifferences(cross.differences));
  }, 300_000);
});
