/**
 * Credit splits on the KPI sheet: a split report (one row per owner and deal, with the owner's share)
 * credits won revenue, collections and pipeline by share on every row, as commission pays them, so a
 * 60/40 split of 10,000 shows 6,000 and 4,000 and the team adds up to 10,000, not 20,000. Deal counts
 * take a split deal whole on a rep's row and by share on team and total rows (docs/crm-profiles.md).
 * The sheet is recalculated in LibreOffice and in Gnumeric against figures worked out by hand below,
 * and the commission path (crmActuals) is held to the same credited revenue for the same rows.
 */
import fs from "fs";
import path from "path";
import { buildCrmIncentives } from "../../../src/cli/commands/incentives-crm";
import { kpiReference } from "../../../src/generators/crm";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { columnLetter } from "../../../src/workbook/a1";
import { describeWithBothEngines, recalculateInGnumeric } from "../../oracle/gnumeric";
import { libreOfficeAvailable, recalculatePackages } from "../../oracle/libreoffice";
import { XmlValue, readXmlWorkbook } from "../../oracle/sheet-xml";
import { makeTempDir, removeTempDir } from "../../support/cli";
import { splitWorkbook } from "./split-export";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples/incentives/crm");
/**
 * The 2027-Q1 rows, worked out by hand from the export above.
 * Ann: won 6,000 + 4,000 + 3,000 = 13,000 in 3 deals (whole: 10,000 + 8,000 + 4,000 = 22,000, so an
 * average deal of 7,333.33); lost Umbrella: win rate 3/4. Created in Q1: Globex, Stark, Umbrella,
 * Hooli (Acme was created in December), 2 of them won: 1/2. Cycles 45 (Acme, Dec 1 to Jan 15), 31
 * (Globex) and 59 (Stark) days: 45. Open: half of Hooli, 10,000, weighted 40%: 4,000. Target 20,000:
 * 7,000 remain, coverage 10,000 / 7,000. New customers (new business, each customer's first won
 * deal, counted whole by each of its owners): Acme.
 * Bo: 4,000 + 3,000 = 7,000 in 2 deals (10,000 + 3,000 whole: 6,500), Wayne lost: 2/3; created
 * Initech, Wayne, Hooli, 1 won; cycles 45 and 19: 32; open 10,000 / 4,000; new: Acme (his 40%
 * share of it, counted whole as his deal counts are) and Initech.
 * Cai: 4,000 in 1 deal of 8,000; Umbrella lost: 1/2; created Globex, Umbrella, Soylent, 1 won;
 * cycle 31; open Soylent 7,000 (blank share: whole), weighted 1,400.
 * Not on the roster (Dan Wu): 1,000 of Stark, counted as 0.25 of a deal: average 4,000; cycle 59.
 * East (Ann, Bo) by share: deals won 0.6 + 0.5 + 0.75 + 0.4 + 1 = 3.25, lost 0.7 + 1 = 1.7; created
 * 0.5 + 0.75 + 0.7 + 0.5 (Ann) + 1 + 1 + 0.5 (Bo) = 4.95, of them won 0.5 + 0.75 + 1 = 2.25; new
 * customers by share, Acme 0.6 + 0.4 and Initech 1: 2; cycle (45 x 1 + 31 x 0.5 + 59 x 0.75 + 19 x 1) / 3.25 = 123.75 / 3.25;
 * open Hooli whole, 20,000, weighted 8,000.
 * West (Cai): won 0.5, lost 0.3; created 0.5 + 0.3 + 1 = 1.8, won 0.5; average 4,000 / 0.5.
 * All owners: 25,000 in 4 deals, 2 lost; 7 created in Q1, 3 won; cycles (45 + 31 + 59 + 19) / 4;
 * open 20,000 + 7,000, weighted 8,000 + 1,400.
 */
const Q1: Record<string, Record<string, number | "">> = {
  "Ann Lee": {
    wonRevenue: 13_000,
    newCustomers: 1,
    dealsWon: 3,
    dealsLost: 1,
    winRate: 0.75,
    dealsCreated: 4,
    conversionRate: 0.5,
    averageDeal: 22_000 / 3,
    salesCycle: 45,
    openPipeline: 10_000,
    weightedPipeline: 4_000,
    target: 20_000,
    remaining: 7_000,
    coverage: 10_000 / 7_000,
  },
  "Bo Chen": {
    wonRevenue: 7_000,
    newCustomers: 2,
    dealsWon: 2,
    dealsLost: 1,
    winRate: 2 / 3,
    dealsCreated: 3,
    conversionRate: 1 / 3,
    averageDeal: 6_500,
    salesCycle: 32,
    openPipeline: 10_000,
    weightedPipeline: 4_000,
  },
  "Cai Na": {
    wonRevenue: 4_000,
    newCustomers: 0,
    dealsWon: 1,
    dealsLost: 1,
    winRate: 0.5,
    dealsCreated: 3,
    conversionRate: 1 / 3,
    averageDeal: 8_000,
    salesCycle: 31,
    openPipeline: 7_000,
    weightedPipeline: 1_400,
  },
  other: {
    wonRevenue: 1_000,
    newCustomers: 0,
    dealsWon: 0.25,
    dealsLost: 0,
    winRate: 1,
    dealsCreated: 0.25,
    conversionRate: 1,
    averageDeal: 4_000,
    salesCycle: 59,
    openPipeline: 0,
    weightedPipeline: 0,
  },
  East: {
    wonRevenue: 20_000,
    newCustomers: 2,
    dealsWon: 3.25,
    dealsLost: 1.7,
    winRate: 3.25 / 4.95,
    dealsCreated: 4.95,
    conversionRate: 2.25 / 4.95,
    averageDeal: 20_000 / 3.25,
    salesCycle: 123.75 / 3.25,
    openPipeline: 20_000,
    weightedPipeline: 8_000,
  },
  West: {
    wonRevenue: 4_000,
    newCustomers: 0,
    dealsWon: 0.5,
    dealsLost: 0.3,
    winRate: 0.5 / 0.8,
    dealsCreated: 1.8,
    conversionRate: 0.5 / 1.8,
    averageDeal: 8_000,
    salesCycle: 31,
    openPipeline: 7_000,
    weightedPipeline: 1_400,
  },
  all: {
    wonRevenue: 25_000,
    newCustomers: 2,
    dealsWon: 4,
    dealsLost: 2,
    winRate: 4 / 6,
    dealsCreated: 7,
    conversionRate: 3 / 7,
    averageDeal: 6_250,
    salesCycle: (45 + 31 + 59 + 19) / 4,
    openPipeline: 27_000,
    weightedPipeline: 9_400,
  },
};

/** Credited won revenue per rep and month, by hand: Acme in January, Globex and Initech in February, Stark in March. */
const MONTHS: Record<string, [string, number][]> = {
  "Ann Lee": [
    ["2027-01", 6_000],
    ["2027-02", 4_000],
    ["2027-03", 3_000],
  ],
  "Bo Chen": [
    ["2027-01", 4_000],
    ["2027-02", 3_000],
    ["2027-03", 0],
  ],
  "Cai Na": [
    ["2027-01", 0],
    ["2027-02", 4_000],
    ["2027-03", 0],
  ],
};

function expectNear(actual: XmlValue, expected: number | "", where: string): void {
  if (expected === "") {
    if (actual !== "" && actual !== null)
      throw new Error(`${where}: expected blank, got ${JSON.stringify(actual)}`);
    return;
  }
  if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected)))
    throw new Error(`${where}: expected ${expected}, got ${JSON.stringify(actual)}`);
}

describeWithBothEngines("split deals on the CRM KPI sheet", libreOfficeAvailable(), () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir("sales-kit-split-credit-");
    for (const f of fs.readdirSync(EXAMPLES)) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
  });
  afterAll(() => removeTempDir(dir));

  it.each(["en-US", "zh-CN"] as const)(
    "credits money by share, counts deals whole per rep and by share on totals (%s)",
    async (locale) => {
      const wb = splitWorkbook(locale);
      const data = await writeXlsx(wb.spec);
      const [lo, gn] = await Promise.all([
        recalculatePackages([{ name: "split", data }]),
        recalculateInGnumeric([{ name: "split", data }]),
      ]);
      const engines = [
        ["LibreOffice", readXmlWorkbook(lo.get("split")!)],
        ["Gnumeric", readXmlWorkbook(gn.get("split")!)],
      ] as const;
      const kpi = wb.kpi;
      let checked = 0;
      for (const row of kpi.rows.filter((r) => r.period === "2027-Q1")) {
        const key = row.kind === "rep" || row.kind === "team" ? row.name : row.kind;
        const expected = Q1[key];
        expect(expected).toBeDefined();
        for (const [metric, value] of Object.entries(expected)) {
          const address = `${columnLetter(kpi.columns[metric as keyof typeof kpi.columns]!)}${row.row}`;
          for (const [engine, book] of engines) {
            const cell = book.sheets.get(kpi.sheet)!.get(address);
            expectNear(cell?.value ?? null, value, `${engine} ${key} ${metric} (${address})`);
            checked++;
          }
        }
      }
      // 3 reps, the owners not on the roster, 2 teams and everyone, each engine.
      expect(checked).toBe(2 * (14 + 6 * 11));
      for (const [rep, months] of Object.entries(MONTHS))
        for (const [month, credited] of months) {
          const ref = kpiReference(kpi, month, rep, "wonRevenue")!;
          const address = ref.slice(ref.lastIndexOf("!") + 1).replace(/\$/g, "");
          for (const [engine, book] of engines)
            expectNear(
              book.sheets.get(kpi.sheet)!.get(address)?.value ?? null,
              credited,
              `${engine} ${rep} ${month}`,
            );
        }
      // The sheet says what it credits by share and what it counts whole.
      const notes = wb.spec.sheets
        .find((s) => s.name === kpi.sheet)!
        .blocks.flatMap((b) => b.rows.flat())
        .filter((c): c is string => typeof c === "string");
      expect(notes.some((t) => (locale === "zh-CN" ? /按分成比例计入/ : /credited by share/).test(t))).toBe(
        true,
      );
    },
    240_000,
  );

  it("the KPI sheet's won revenue per rep and month is what commission credits for the same rows", async () => {
    const built = await buildCrmIncentives(
      dir,
      {
        roster: "team.csv",
        plan: "bookings-plan.yaml",
        crm: "deals-splits.csv",
        mapping: "deals-splits.mapping.json",
      },
      "en-US",
    );
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const { model, actuals, kpi } = built.value;
    const measure = actuals.measures[0].measure;
    const data = await writeXlsx(built.value.spec);
    const [lo, gn] = await Promise.all([
      recalculatePackages([{ name: "pay", data }]),
      recalculateInGnumeric([{ name: "pay", data }]),
    ]);
    // By hand (deals-splits.csv): Ann 60% of 80,000 in January, 50% of 50,000 in February, 75% of
    // 40,000 in March; Bo 40% of 80,000 and Initech's 30,000 (blank share); Cai half of Globex.
    const byHand = [
      [48_000, 25_000, 30_000],
      [32_000, 0, 30_000],
      [0, 25_000, 0],
    ];
    let compared = 0;
    model.reps.forEach((rep, r) =>
      model.periods.forEach((period, p) => {
        const label = kpi.rows.find(
          (x) =>
            x.kind === "rep" && x.name === rep.name && x.period.length === 7 && p === monthIndex(x.period),
        )?.period;
        expect(label).toBeDefined();
        const ref = kpiReference(kpi, label!, rep.name, "wonRevenue")!;
        const address = ref.slice(ref.lastIndexOf("!") + 1).replace(/\$/g, "");
        const credited = actuals.model.actuals[r][measure][p];
        expect(credited).toBeCloseTo(byHand[r][p], 9);
        for (const [engine, pkg] of [
          ["LibreOffice", lo.get("pay")!],
          ["Gnumeric", gn.get("pay")!],
        ] as const) {
          const sheet = readXmlWorkbook(pkg).sheets.get(kpi.sheet)!;
          expectNear(
            sheet.get(address)?.value ?? null,
            credited,
            `${engine} ${rep.name} ${label} (${period.start})`,
          );
          compared++;
        }
      }),
    );
    expect(compared).toBe(2 * 3 * 3);
  }, 240_000);
});

/** 0 for 2027-01, 1 for 2027-02 ...: the plan's months start in January 2027. */
function monthIndex(label: string): number {
  return Number(label.slice(5)) - 1;
}
