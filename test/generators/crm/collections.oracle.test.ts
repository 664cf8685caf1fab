/**
 * Collections (回款) on the KPI sheet against commission on collections. The KPI sheet counts all the
 * money received in a period (by payment date), whatever became of the deal; commission on collections
 * (`crm: collected`) pays won deals only. The KPI sheet shows the part on deals not won beside the
 * collections, so collections - that part = the commission actual of the rep and period, in the same
 * workbook. Recalculated in LibreOffice and Gnumeric, en and zh, against figures worked out by hand
 * below from a deals export with open, lost and won deals paid inside and outside the periods.
 */
import fs from "fs";
import path from "path";
import { buildCrmIncentives } from "../../../src/cli/commands/incentives-crm";
import { CrmWorkbook, importCrm, kpiReference } from "../../../src/generators/crm";
import type { KpiMetric } from "../../../src/generators/crm/kpi-sheet";
import { at } from "../../../src/generators/incentives/grid";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { crmTexts } from "../../../src/i18n/sheets/crm";
import { parseCrmPeriod } from "../../../src/schemas/crm-import";
import { parseRosterCsv } from "../../../src/schemas/roster";
import { columnLetter } from "../../../src/workbook/a1";
import { describeWithBothEngines, recalculateInGnumeric } from "../../oracle/gnumeric";
import { libreOfficeAvailable, recalculatePackages } from "../../oracle/libreoffice";
import { XmlValue, XmlWorkbook, readXmlWorkbook } from "../../oracle/sheet-xml";
import { makeTempDir, removeTempDir } from "../../support/cli";

const ROSTER =
  "name,role,team,manager\nAnn Lee,AE,East,Zhou Min\nBo Chen,AE,East,Zhou Min\nCai Na,AE,West,Emily Carter\n";

/**
 * A deals export (generic profile). Won: Acme (paid in February), Globex (paid in April, after Q1),
 * Initech, Nakatomi (paid on 2027-03-31, the last day), Stark (nothing collected), Cyberdyne
 * (collected, but no payment date: in no period). Lost after money came in: Umbrella (paid in
 * January), Wayne (paid in December 2026, before Q1), Oscorp (paid on 2027-01-31), Dan Wu's Tyrell
 * (Dan is not on the roster). Open with a deposit: Hooli, Soylent.
 */
const HEADER = "Owner,Deal Name,Stage,Amount,Close Date,Collected,Payment Date";
const ROWS = [
  "Ann Lee,Acme,Closed Won,10000,2027-01-15,10000,2027-02-10",
  "Ann Lee,Globex,Closed Won,8000,2027-02-20,5000,2027-04-05",
  "Ann Lee,Hooli,Negotiation,20000,2027-03-28,2000,2027-03-01",
  "Ann Lee,Umbrella,Closed Lost,6000,2027-03-05,1500,2027-01-20",
  "Bo Chen,Initech,Closed Won,3000,2027-02-01,3000,2027-02-01",
  "Bo Chen,Wayne,Closed Lost,4000,2027-02-25,800,2026-12-15",
  "Bo Chen,Soylent,Proposal,7000,2027-03-15,1000,2027-03-10",
  "Bo Chen,Stark,Closed Won,9000,2027-03-20,,",
  "Bo Chen,Cyberdyne,Closed Won,6000,2027-03-02,2500,",
  "Cai Na,Nakatomi,Closed Won,4000,2027-01-10,4000,2027-03-31",
  "Cai Na,Oscorp,Closed Lost,3000,2027-01-31,600,2027-01-31",
  "Dan Wu,Tyrell,Closed Lost,5000,2027-01-05,500,2027-01-05",
];

/**
 * The same deals as a split report: Hooli is split 50/50 between Ann and Bo (Bo's row added, each
 * row carrying the whole deal); the other rows have a blank share (the whole deal).
 */
const SPLIT_HEADER = `${HEADER},Split Percentage`;
const SPLIT_ROWS = [
  ...ROWS.map((r) => (r.startsWith("Ann Lee,Hooli,") ? `${r},50%` : `${r},`)),
  "Bo Chen,Hooli,Negotiation,20000,2027-03-28,2000,2027-03-01,50%",
];

type Figures = readonly [collections: number, notWon: number];
type Periods = Readonly<Record<"2027-Q1" | "2027-01" | "2027-02" | "2027-03", Figures>>;

/**
 * [collections, of which not won] per row and period, by hand from ROWS.
 * Ann: January Umbrella 1,500 (lost); February Acme 10,000 (won); March Hooli's deposit 2,000 (open);
 * Q1 13,500, of which 3,500 not won. Globex's 5,000 came in April.
 * Bo: February Initech 3,000 (won); March Soylent 1,000 (open); Q1 4,000 / 1,000. Wayne's 800 came in
 * December, Cyberdyne's 2,500 has no payment date, Stark collected nothing.
 * Cai: January Oscorp 600 (lost, on the period's last day); March Nakatomi 4,000 (won, 03-31);
 * Q1 4,600 / 600.
 * Not on roster (Dan Wu): January Tyrell 500, lost.
 * East (Ann + Bo): January 1,500 / 1,500; February 13,000 / 0; March 3,000 / 3,000; Q1 17,500 / 4,500.
 * All: January 1,500 + 600 + 500 = 2,600, all not won; February 13,000 / 0; March 2,000 + 1,000 +
 * 4,000 = 7,000 / 3,000; Q1 2,600 + 13,000 + 7,000 = 22,600 / 5,600.
 */
const PLAIN: Readonly<Record<string, Periods>> = {
  "Ann Lee": {
    "2027-Q1": [13_500, 3_500],
    "2027-01": [1_500, 1_500],
    "2027-02": [10_000, 0],
    "2027-03": [2_000, 2_000],
  },
  "Bo Chen": {
    "2027-Q1": [4_000, 1_000],
    "2027-01": [0, 0],
    "2027-02": [3_000, 0],
    "2027-03": [1_000, 1_000],
  },
  "Cai Na": {
    "2027-Q1": [4_600, 600],
    "2027-01": [600, 600],
    "2027-02": [0, 0],
    "2027-03": [4_000, 0],
  },
  other: {
    "2027-Q1": [500, 500],
    "2027-01": [500, 500],
    "2027-02": [0, 0],
    "2027-03": [0, 0],
  },
  East: {
    "2027-Q1": [17_500, 4_500],
    "2027-01": [1_500, 1_500],
    "2027-02": [13_000, 0],
    "2027-03": [3_000, 3_000],
  },
  West: {
    "2027-Q1": [4_600, 600],
    "2027-01": [600, 600],
    "2027-02": [0, 0],
    "2027-03": [4_000, 0],
  },
  all: {
    "2027-Q1": [22_600, 5_600],
    "2027-01": [2_600, 2_600],
    "2027-02": [13_000, 0],
    "2027-03": [7_000, 3_000],
  },
};

/**
 * The split report: Hooli's 2,000 deposit is credited 1,000 to Ann and 1,000 to Bo. Ann March 1,000 /
 * 1,000, Q1 1,500 + 10,000 + 1,000 = 12,500 / 2,500; Bo March Soylent 1,000 + Hooli 1,000 = 2,000 /
 * 2,000, Q1 3,000 + 2,000 = 5,000 / 2,000. The team and all-owner rows count the deposit once: as above.
 */
const SPLIT: Readonly<Record<string, Periods>> = {
  ...PLAIN,
  "Ann Lee": { ...PLAIN["Ann Lee"], "2027-Q1": [12_500, 2_500], "2027-03": [1_000, 1_000] },
  "Bo Chen": { ...PLAIN["Bo Chen"], "2027-Q1": [5_000, 2_000], "2027-03": [2_000, 2_000] },
};

/**
 * Commission on collections (won deals, by payment date), January to March, by hand: Ann February
 * Acme 10,000; Bo February Initech 3,000; Cai March Nakatomi 4,000. On the CRM commission sheet: won
 * rows with a payment date 10,000 + 5,000 + 3,000 + 4,000 = 22,000, of which 17,000 paid and Globex's
 * 5,000 outside the months; Dan's Tyrell is lost, so no owner off the roster is counted.
 */
const COMMISSION: Readonly<Record<string, readonly number[]>> = {
  "Ann Lee": [0, 10_000, 0],
  "Bo Chen": [0, 3_000, 0],
  "Cai Na": [0, 0, 4_000],
};

const PLAN = [
  "name: Collections Q1 2027",
  "currency: USD",
  "period: { start: 2027-01, months: 3 }",
  "payFrequency: monthly",
  "basis: collections",
  "measures:",
  "  - id: collections",
  "    name: Collections",
  "    quota: 10000",
  "    crm: collected",
  "    payout:",
  "      type: tiers",
  "      on: attainment",
  "      method: marginal",
  "      tiers:",
  "        - { from: 0, rate: 3% }",
  "        - { from: 1, rate: 5% }",
].join("\n");

function workbook(header: string, rows: readonly string[], locale: "en-US" | "zh-CN"): CrmWorkbook {
  const roster = parseRosterCsv(ROSTER);
  if (!roster.ok) throw new Error(JSON.stringify(roster.issues));
  const table = {
    header: header.split(","),
    rows: rows.map((l, i) => ({ row: i + 2, cells: l.split(",") })),
  };
  const result = importCrm(table, roster.value, {
    locale,
    asOf: 46_480,
    periods: ["2027-Q1", "2027-01", "2027-02", "2027-03"].map((p) => parseCrmPeriod(p)!),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.workbook;
}

function expectNear(actual: XmlValue | undefined, expected: number, where: string): void {
  if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected)))
    throw new Error(`${where}: expected ${expected}, got ${JSON.stringify(actual)}`);
}

/** A sheet-qualified reference ('CRM KPIs'!$C$5) as the sheet name and the plain address. */
function split(ref: string): [string, string] {
  const [, sheet, address] = /^'?(.*?)'?!(.*)$/.exec(ref)!;
  return [sheet.replace(/''/g, "'"), address.replace(/\$/g, "")];
}

/** Checks both figures of every KPI row against the table; returns how many cells were checked. */
function checkKpiRows(
  wb: CrmWorkbook,
  book: XmlWorkbook,
  expected: Readonly<Record<string, Periods>>,
  engine: string,
): number {
  const { kpi } = wb;
  const sheet = book.sheets.get(kpi.sheet)!;
  let checked = 0;
  for (const row of kpi.rows) {
    const who = row.kind === "rep" || row.kind === "team" ? row.name : row.kind;
    const figures = expected[who][row.period as keyof Periods];
    (["collections", "collectionsNotWon"] as const).forEach((metric, i) => {
      const address = `${columnLetter(kpi.columns[metric]!)}${row.row}`;
      expectNear(sheet.get(address)?.value, figures[i], `${engine} ${row.period} ${who} ${metric}`);
      checked++;
    });
  }
  return checked;
}

async function bothEngines(
  files: readonly { name: string; data: Buffer | Uint8Array }[],
): Promise<[string, (name: string) => XmlWorkbook][]> {
  const [lo, gn] = await Promise.all([recalculatePackages(files), recalculateInGnumeric(files)]);
  return [
    ["LibreOffice", (name) => readXmlWorkbook(lo.get(name)!)],
    ["Gnumeric", (name) => readXmlWorkbook(gn.get(name)!)],
  ];
}

describeWithBothEngines("collections on the KPI sheet and in commission", libreOfficeAvailable(), () => {
  it.each(["en-US", "zh-CN"] as const)(
    "all money received per period, the part on deals not won beside it; a split deposit by share (%s)",
    async (locale) => {
      const plain = workbook(HEADER, ROWS, locale);
      const splitReport = workbook(SPLIT_HEADER, SPLIT_ROWS, locale);
      for (const wb of [plain, splitReport]) {
        const { columns } = wb.kpi;
        // The part not won stands right of the collections it is part of.
        expect(columns.collectionsNotWon).toBe(columns.collections! + 1);
      }
      const engines = await bothEngines([
        { name: "plain", data: await writeXlsx(plain.spec) },
        { name: "split", data: await writeXlsx(splitReport.spec) },
      ]);
      let checked = 0;
      for (const [engine, book] of engines) {
        checked += checkKpiRows(plain, book("plain"), PLAIN, engine);
        checked += checkKpiRows(splitReport, book("split"), SPLIT, engine);
      }
      // 4 periods x 7 rows (3 reps, not on roster, 2 teams, all) x 2 figures, 2 workbooks, 2 engines.
      expect(checked).toBe(4 * 7 * 2 * 2 * 2);

      // The header and the note under the definitions say what the part is, in the sheet's language.
      const texts = crmTexts(locale).kpi;
      const sheet = plain.spec.sheets.find((s) => s.name === plain.kpi.sheet)!;
      const [, table, notes] = sheet.blocks;
      expect(table.rows[0][plain.kpi.columns.collectionsNotWon!]).toBe(texts.collectionsNotWon);
      expect(notes.rows.map((r) => r[0])).toContain(texts.collectionsByOutcome);
      expect(texts.collectionsNotWon).toBe(
        locale === "zh-CN" ? "其中未赢单回款" : "Of which on deals not won",
      );
      expect(texts.collectionsByOutcome).toContain(
        locale === "zh-CN" ? "回款提成只计赢单" : "Commission on collections pays won deals and orders only",
      );
    },
    300_000,
  );

  it("collections - the part not won = the commission actual of each rep and month, in one workbook", async () => {
    const dir = makeTempDir("sales-kit-collections-");
    try {
      fs.writeFileSync(path.join(dir, "team.csv"), ROSTER);
      fs.writeFileSync(path.join(dir, "plan.yaml"), PLAN);
      fs.writeFileSync(path.join(dir, "deals.csv"), [HEADER, ...ROWS].join("\n"));
      const built = await buildCrmIncentives(
        dir,
        { roster: "team.csv", plan: "plan.yaml", crm: "deals.csv" },
        "en-US",
      );
      if (!built.ok) throw new Error(JSON.stringify(built.issues));
      const { layout, kpi, commissionSheet } = built.value;
      const engines = await bothEngines([{ name: "pay", data: await writeXlsx(built.value.spec) }]);
      const direct = layout.calc.col.measures[0].direct;
      for (const [engine, read] of engines) {
        const book = read("pay");
        const value = (ref: string) => {
          const [sheet, address] = split(ref);
          return book.sheets.get(sheet)!.get(address)?.value;
        };
        const kpiValue = (month: number, rep: string, metric: KpiMetric) =>
          value(kpiReference(kpi, `2027-0${month + 1}`, rep, metric)!) as number;
        Object.entries(COMMISSION).forEach(([rep, months], r) =>
          months.forEach((base, p) => {
            const where = `${engine} ${rep} 2027-0${p + 1}`;
            const calc = book.sheets.get(layout.sheets.calculation)!;
            expectNear(calc.get(at(layout.calc.row(r, p), direct))?.value, base, `${where} commission`);
            expectNear(
              kpiValue(p, rep, "collections") - kpiValue(p, rep, "collectionsNotWon"),
              base,
              `${where} KPI collections - not won`,
            );
          }),
        );
        // The CRM commission sheet's reconciliation row: won rows with a payment date, paid, outside.
        const sheet = book.sheets.get(commissionSheet)!;
        [22_000, 17_000, 5_000, 0, 0].forEach((v, i) =>
          expectNear(sheet.get(`${"DEFGH"[i]}6`)?.value, v, `${engine} commission sheet ${"DEFGH"[i]}6`),
        );
      }
    } finally {
      removeTempDir(dir);
    }
  }, 300_000);
});
