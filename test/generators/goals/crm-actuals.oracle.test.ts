/**
 * A goal sheet whose monthly actuals point at the CRM KPI sheet of the same quarter, in one workbook
 * recalculated by LibreOffice: each linked actual equals the figure worked out here from the deals as
 * written below (not from the importer), metrics the CRM does not measure stay typed-in inputs.
 */
import {
  CrmTable,
  CrmWorkbook,
  crmGoalActuals,
  goalTargetLinks,
  importCrm,
  parsePeriods,
} from "../../../src/generators/crm";
import { generateGoalWorkbook, goalLayout } from "../../../src/generators/goals";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { GoalPlan, validateGoalInput } from "../../../src/schemas/goals";
import type { Rep } from "../../../src/schemas/roster";
import { cellAddress } from "../../../src/workbook/a1";
import { isFormula } from "../../../src/workbook/spec";
import type { CellInput, WorkbookSpec } from "../../../src/workbook/spec";
import { describeWithLibreOffice, expectClose, recalculate } from "../../oracle/libreoffice";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const roster: Rep[] = [
  { name: "Ann Lee", role: "AE", team: "East", manager: "Zhou Min", hireDate: null },
  { name: "王芳", role: "AE", team: "East", manager: "Zhou Min", hireDate: null },
  { name: "O'Brien", role: "AE", team: "West", manager: "Emily Carter", hireDate: null },
];

interface Deal {
  readonly owner: string;
  readonly account: string;
  readonly stage: "Closed Won" | "Closed Lost" | "Qualification";
  readonly amount: number;
  /** [year, month, day]. */
  readonly close: readonly [number, number, number];
  readonly created: readonly [number, number, number];
}

const DEALS: readonly Deal[] = [
  // Acme's first won deal is in December: its January deal is not a new customer.
  {
    owner: "Ann Lee",
    account: "Acme",
    stage: "Closed Won",
    amount: 300,
    close: [2026, 12, 20],
    created: [2026, 11, 2],
  },
  {
    owner: "Ann Lee",
    account: "Acme",
    stage: "Closed Won",
    amount: 1000,
    close: [2027, 1, 10],
    created: [2026, 12, 1],
  },
  {
    owner: "Ann Lee",
    account: "Beta",
    stage: "Closed Won",
    amount: 2500,
    close: [2027, 1, 20],
    created: [2027, 1, 5],
  },
  {
    owner: "Ann Lee",
    account: "ACME",
    stage: "Closed Won",
    amount: 500,
    close: [2027, 2, 14],
    created: [2027, 1, 15],
  },
  {
    owner: "Ann Lee",
    account: "Gamma",
    stage: "Closed Lost",
    amount: 800,
    close: [2027, 2, 20],
    created: [2027, 2, 1],
  },
  {
    owner: "Ann Lee",
    account: "Delta",
    stage: "Qualification",
    amount: 3000,
    close: [2027, 4, 15],
    created: [2027, 3, 1],
  },
  {
    owner: "王芳",
    account: "上海云帆",
    stage: "Closed Won",
    amount: 12000,
    close: [2027, 3, 5],
    created: [2027, 2, 10],
  },
  {
    owner: "王芳",
    account: "杭州数智",
    stage: "Closed Lost",
    amount: 4000,
    close: [2027, 3, 8],
    created: [2027, 1, 20],
  },
  {
    owner: "王芳",
    account: "上海云帆",
    stage: "Closed Won",
    amount: 3000,
    close: [2027, 3, 25],
    created: [2027, 3, 2],
  },
  {
    owner: "O'Brien",
    account: "Omega",
    stage: "Closed Won",
    amount: 7000,
    close: [2027, 2, 28],
    created: [2027, 2, 1],
  },
  // Open deals closing in March: pipeline for the coverage against the goal sheet's gap.
  {
    owner: "Ann Lee",
    account: "Epsilon",
    stage: "Qualification",
    amount: 6500,
    close: [2027, 3, 30],
    created: [2027, 2, 25],
  },
  {
    owner: "王芳",
    account: "北京远航",
    stage: "Qualification",
    amount: 9000,
    close: [2027, 3, 28],
    created: [2027, 3, 10],
  },
  {
    owner: "O'Brien",
    account: "Sigma",
    stage: "Closed Lost",
    amount: 100,
    close: [2027, 1, 31],
    created: [2027, 1, 2],
  },
];

const iso = ([y, m, d]: readonly [number, number, number]) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

const TABLE: CrmTable = {
  header: ["Owner", "Account", "Stage", "Amount", "Close Date", "Created Date"],
  rows: DEALS.map((x, i) => ({
    row: i + 2,
    cells: [x.owner, x.account, x.stage, String(x.amount), iso(x.close), iso(x.created)],
  })),
};

// ---- The figures, from the deals above.

const inMonth = (x: Deal, month: number) => x.close[0] === 2027 && x.close[1] === month;
const won = (x: Deal) => x.stage === "Closed Won";
const lost = (x: Deal) => x.stage === "Closed Lost";
const dayOf = (x: Deal) => x.close[0] * 10_000 + x.close[1] * 100 + x.close[2];

/** A customer's first won deal (by close date, accounts compared without case). */
function isFirstWon(x: Deal): boolean {
  const same = DEALS.filter((o) => won(o) && o.account.toLowerCase() === x.account.toLowerCase());
  return won(x) && same.every((o) => dayOf(o) >= dayOf(x));
}

function expected(rep: string, metric: string, month: number): number | null {
  const mine = DEALS.filter((x) => x.owner === rep && inMonth(x, month));
  const w = mine.filter(won);
  switch (metric) {
    case "revenue":
      return w.reduce((s, x) => s + x.amount, 0);
    case "newCustomers":
      return w.filter(isFirstWon).length;
    case "winRate": {
      const closed = w.length + mine.filter(lost).length;
      return closed === 0 ? null : w.length / closed;
    }
  }
  throw new Error(metric);
}

function plan(): GoalPlan {
  const result = validateGoalInput(roster, {
    period: "2027-Q1",
    asOf: "2027-03-20",
    metrics: [
      { id: "revenue", weight: 0.4, target: 30000 },
      { id: "newCustomers", weight: 0.2, target: 3 },
      {
        id: "winRate",
        name: { en: "Win rate", zh: "赢单率" },
        unit: "percent",
        aggregation: "average",
        weight: 0.2,
        target: 0.5,
      },
      {
        id: "visits",
        name: { en: "Customer visits", zh: "客户拜访" },
        unit: "count",
        weight: 0.2,
        target: 30,
      },
    ],
    actuals: { "Ann Lee": { visits: [10, 12, null], revenue: [1, 2, 3] } },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function build(): { spec: WorkbookSpec; plan: GoalPlan; crm: CrmWorkbook } {
  const p = plan();
  const periods = parsePeriods(["2027-Q1", "2027-01", "2027-02", "2027-03"]).periods;
  const imported = importCrm(TABLE, roster, {
    locale: "en-US",
    asOf: (Date.UTC(2027, 2, 20) - Date.UTC(1899, 11, 30)) / 86_400_000,
    periods,
    goalLinks: goalTargetLinks(p, goalLayout(p, "en-US")),
    mapping: {
      columns: {
        owner: "Owner",
        account: "Account",
        stage: "Stage",
        amount: "Amount",
        closeDate: "Close Date",
        createdDate: "Created Date",
      },
    },
  });
  if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
  const goals = generateGoalWorkbook(p, {
    locale: "en-US",
    actualsFrom: crmGoalActuals(imported.workbook.kpi),
  });
  return {
    spec: { sheets: [...imported.workbook.spec.sheets, ...goals.sheets] },
    plan: p,
    crm: imported.workbook,
  };
}

/** The cell of a spec sheet at (row 1-based, column 0-based), walking its blocks. */
function specCell(spec: WorkbookSpec, sheet: string, row: number, col: number): CellInput | undefined {
  const s = spec.sheets.find((x) => x.name === sheet)!;
  for (const b of s.blocks) {
    const m = /^([A-Z]+)(\d+)$/.exec(b.start)!;
    const r = row - Number(m[2]);
    if (r >= 0 && r < b.rows.length && m[1] === "A") return b.rows[r][col];
  }
  return undefined;
}

const LINKED = ["revenue", "newCustomers", "winRate"];

describe("goal actuals linked to the CRM KPI sheet (spec)", () => {
  it("makes the CRM metrics' monthly actuals formulas on the KPI sheet and keeps the others inputs", () => {
    const { spec, plan: p } = build();
    const layout = goalLayout(p, "en-US");
    const g = layout.goals;
    p.reps.forEach((rep, i) =>
      p.metrics.forEach((metric, k) =>
        [0, 1, 2].forEach((j) => {
          const cell = specCell(spec, layout.names.goals, g.row(i, k), g.cols.monthActual + j);
          if (LINKED.includes(metric.id)) {
            expect(cell !== undefined && cell !== null && isFormula(cell)).toBe(true);
            if (cell && isFormula(cell)) expect(cell.formula).toMatch(/^='CRM KPIs'!\$[A-Z]+\$\d+$/);
          } else {
            expect(cell === undefined || cell === null || !isFormula(cell)).toBe(true);
          }
        }),
      ),
    );
    // Typed-in actuals of an unlinked metric stay as given; a linked metric's typed-in ones give way.
    const ann = p.reps.findIndex((r) => r.name === "Ann Lee");
    const visits = p.metrics.findIndex((m) => m.id === "visits");
    expect(specCell(spec, layout.names.goals, g.row(ann, visits), g.cols.monthActual)).toBe(10);
    expect(specCell(spec, layout.names.goals, g.row(ann, visits), g.cols.monthActual + 1)).toBe(12);
  });

  it("is the plain goal workbook when the source has no cell for anything", () => {
    const p = plan();
    expect(generateGoalWorkbook(p, { actualsFrom: { cell: () => null } })).toEqual(generateGoalWorkbook(p));
  });
});

describeWithLibreOffice("goal actuals linked to the CRM KPI sheet (LibreOffice)", () => {
  it("recalculates each linked actual to the month's figure from the deals, and the actual to date", async () => {
    const { spec, plan: p } = build();
    const layout = goalLayout(p, "en-US");
    const g = layout.goals;
    const wb = (await recalculate([{ name: "linked", data: await writeXlsx(spec) }])).get("linked")!;
    const sheet = layout.names.goals;
    const problems: string[] = [];
    p.reps.forEach((rep, i) =>
      p.metrics.forEach((metric, k) => {
        if (!LINKED.includes(metric.id)) return;
        const months = [1, 2, 3].map((m) => expected(rep.name, metric.id, m));
        months.forEach((want, j) => {
          const address = cellAddress(g.row(i, k) - 1, g.cols.monthActual + j);
          const got = wb.get(sheet, address);
          try {
            if (want === null) expect(got).toBe("");
            else expectClose(got, want);
          } catch (e) {
            problems.push(`${rep.name} ${metric.id} month ${j + 1} ${address}: ${(e as Error).message}`);
          }
        });
        // Actual to date: the sum of the months, or the average of the months that have a figure.
        const numbers = months.filter((v): v is number => v !== null);
        const toDate =
          metric.aggregation === "sum"
            ? numbers.reduce((s, v) => s + v, 0)
            : numbers.reduce((s, v) => s + v, 0) / numbers.length;
        const address = cellAddress(g.row(i, k) - 1, g.cols.actual);
        try {
          expectClose(wb.get(sheet, address), toDate);
        } catch (e) {
          problems.push(`${rep.name} ${metric.id} to date ${address}: ${(e as Error).message}`);
        }
      }),
    );
    expect(problems).toEqual([]);
    // Worked out by hand as a check on the check: Ann Lee's revenue is 1,000 + 2,500 in January and
    // 500 in February; 王芳's March win rate 2 of 3; O'Brien's new customer (Omega) in February.
    const ann = g.row(0, 0);
    expectClose(wb.get(sheet, cellAddress(ann - 1, g.cols.monthActual)), 3500);
    expectClose(wb.get(sheet, cellAddress(ann - 1, g.cols.monthActual + 1)), 500);
    expectClose(wb.get(sheet, cellAddress(g.row(1, 2) - 1, g.cols.monthActual + 2)), 2 / 3);
    expectClose(wb.get(sheet, cellAddress(g.row(2, 1) - 1, g.cols.monthActual + 1)), 1);
    // The unlinked metric keeps Ann Lee's typed-in visits: 10 + 12.
    expectClose(wb.get(sheet, cellAddress(g.row(0, 3) - 1, g.cols.actual)), 22);
  }, 120_000);
});

// ---- Pipeline coverage against the goal sheet's targets, worked out by hand from the deals above.
// Revenue target 30,000 a quarter, split evenly: 10,000 a month. Won in Q1: Ann Lee 1,000 + 2,500 +
// 500 = 4,000 (the December deal is outside), 王芳 12,000 + 3,000 = 15,000, O'Brien 7,000. Open
// deals closing in March: Ann Lee 6,500, 王芳 9,000.
const COVERAGE: readonly {
  rep: string;
  period: string;
  target: number;
  remaining: number;
  coverage: number | "";
}[] = [
  { rep: "Ann Lee", period: "2027-Q1", target: 30000, remaining: 26000, coverage: 6500 / 26000 },
  { rep: "王芳", period: "2027-Q1", target: 30000, remaining: 15000, coverage: 9000 / 15000 },
  { rep: "O'Brien", period: "2027-Q1", target: 30000, remaining: 23000, coverage: 0 },
  { rep: "Ann Lee", period: "2027-02", target: 10000, remaining: 9500, coverage: 0 },
  { rep: "Ann Lee", period: "2027-03", target: 10000, remaining: 10000, coverage: 0.65 },
  // 王芳 won 15,000 in March against 10,000: nothing remains, so no coverage figure.
  { rep: "王芳", period: "2027-03", target: 10000, remaining: 0, coverage: "" },
];

function kpiCell(crm: CrmWorkbook, rep: string, period: string, column: "target" | "remaining" | "coverage") {
  const row = crm.kpi.rows.find((r) => r.kind === "rep" && r.name === rep && r.period === period)!;
  return { sheet: crm.kpi.sheet, address: cellAddress(row.row - 1, crm.kpi.columns[column]!) };
}

describe("KPI targets linked to the goal sheet (spec)", () => {
  it("points each rep's target at the goal sheet (quarter: target and gap; months: the month's target)", () => {
    const { spec, plan: p, crm } = build();
    const layout = goalLayout(p, "en-US");
    const g = layout.goals;
    const revenue = p.metrics.findIndex((m) => m.id === "revenue");
    const quoted = `'${layout.names.goals}'`;
    const formulaAt = (c: { sheet: string; address: string }) => {
      const m = /^([A-Z]+)(\d+)$/.exec(c.address)!;
      const col = m[1].charCodeAt(0) - 65;
      const cell = specCell(spec, c.sheet, Number(m[2]), col);
      return cell && isFormula(cell) ? cell.formula : null;
    };
    p.reps.forEach((rep, i) => {
      const row = g.row(i, revenue);
      const target = cellAddress(row - 1, g.cols.target, true);
      const gap = cellAddress(row - 1, g.cols.gap, true);
      expect(formulaAt(kpiCell(crm, rep.name, "2027-Q1", "target"))).toBe(
        `=IF(${quoted}!${target}="","",${quoted}!${target})`,
      );
      expect(formulaAt(kpiCell(crm, rep.name, "2027-Q1", "remaining"))).toBe(
        `=IF(${quoted}!${gap}="","",${quoted}!${gap})`,
      );
      const march = cellAddress(row - 1, g.cols.monthTarget + 2, true);
      expect(formulaAt(kpiCell(crm, rep.name, "2027-03", "target"))).toBe(
        `=IF(${quoted}!${march}="","",${quoted}!${march})`,
      );
    });
  });

  it("leaves the targets typed-in inputs for periods the goal sheet does not cover", () => {
    const p = plan();
    const links = goalTargetLinks(p, goalLayout(p, "en-US"));
    const q2 = parsePeriods(["2027-Q2"]).periods[0];
    expect(links.target(roster[0], q2)).toBeNull();
    expect(links.remaining(roster[0], q2)).toBeNull();
    const stranger: Rep = { ...roster[0], name: "Not on the plan" };
    expect(links.target(stranger, parsePeriods(["2027-Q1"]).periods[0])).toBeNull();
  });
});

describeWithLibreOffice("KPI targets linked to the goal sheet (LibreOffice)", () => {
  it("measures pipeline coverage against the goal sheet's remaining target", async () => {
    const { spec, crm } = build();
    const wb = (await recalculate([{ name: "coverage", data: await writeXlsx(spec) }])).get("coverage")!;
    for (const c of COVERAGE) {
      for (const column of ["target", "remaining", "coverage"] as const) {
        const { sheet, address } = kpiCell(crm, c.rep, c.period, column);
        const want = c[column];
        const got = wb.get(sheet, address);
        if (want === "") expect([c.rep, c.period, column, got]).toEqual([c.rep, c.period, column, ""]);
        else expectClose(got, want);
      }
    }
  }, 120_000);
});
