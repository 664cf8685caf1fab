/**
 * Statements paid from a CRM export list the rep's deals that earned, per measure and period: deal,
 * close date (bookings) or payment date (回款), amount, credit share, credited amount, and a total row
 * that sums the list and says, by formula, whether it equals the statement's credited line. The lists
 * below are worked out by hand from the raw rows of examples/incentives/crm (each row named); lost,
 * open and void rows, rows outside the plan's months and owners off the roster are not listed. The team
 * workbook is recalculated in LibreOffice and Gnumeric; each rep's private file holds its own deals
 * only (every part of the package scanned for the other reps' deal names).
 */
import fs from "fs";
import path from "path";
import { buildCrmIncentives } from "../../../src/cli/commands/incentives-crm";
import { repStatementWorkbooks } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { STATEMENT_DEAL_TEXTS } from "../../../src/i18n/sheets/statement-deals";
import { serialFromYmd } from "../../../src/schemas/dates";
import { makeTempDir, removeTempDir } from "../../support/cli";
import { found, parts } from "../../support/package-parts";
import { describeWithBothEngines } from "../../oracle/gnumeric";
import { recalculateInGnumeric } from "../../oracle/gnumeric";
import { libreOfficeAvailable, recalculatePackages } from "../../oracle/libreoffice";
import { XmlCell, readXmlWorkbook } from "../../oracle/sheet-xml";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples/incentives/crm");

/** A listed deal as the test expects it: name, ISO date, whole amount, share, credited. */
type Deal = readonly [string, string, number, number, number];
/** [rep][period]: the deals listed, in date order (an empty period lists nothing). */
type Lists = readonly (readonly (readonly Deal[])[])[];

interface Case {
  readonly files: { roster: string; plan: string; crm: string; mapping?: string };
  readonly locale: "en-US" | "zh-CN";
  readonly reps: readonly string[];
  readonly lists: Lists;
  /** Deal names in the export that no statement lists, and why. */
  readonly unlisted: readonly string[];
}

/**
 * deals.csv (Salesforce opportunities, plan Jan-Mar 2027). Not listed: Umbrella - pilot (Closed
 * Lost), Wayne - security (Negotiation, open), Tyrell - analytics (12/18/2026, before the plan),
 * Cyberdyne - AI (4/2/2027, after it), Soylent - supply (Dan Wu, not on the roster).
 */
const BOOKINGS: Case = {
  files: { roster: "team.csv", plan: "bookings-plan.yaml", crm: "deals.csv" },
  locale: "en-US",
  reps: ["Ann Lee", "Bo Chen", "Cai Na"],
  lists: [
    [
      [
        ["Acme - platform", "2027-01-13", 30_000, 1, 30_000],
        ["Globex - expansion", "2027-01-28", 35_000, 1, 35_000],
      ],
      [],
      [["Acme - add-on", "2027-03-31", 9_000, 1, 9_000]],
    ],
    [
      [["Initech - licences", "2027-01-20", 42_000, 1, 42_000]],
      [
        ["Initech - services", "2027-02-01", 7_000, 1, 7_000],
        ["Hooli - renewal", "2027-02-14", 58_000, 1, 58_000],
      ],
      [],
    ],
    [[], [], [["Stark - rollout", "2027-03-03", 51_000.5, 1, 51_000.5]]],
  ],
  unlisted: [
    "Umbrella - pilot",
    "Wayne - security",
    "Tyrell - analytics",
    "Cyberdyne - AI",
    "Soylent - supply",
  ],
};

/**
 * deals-splits.csv (one row per owner and deal with the owner's share). Acme - platform is split
 * 60/40 between Ann and Bo: 80,000 x 60% = 48,000 and x 40% = 32,000. Not listed: Hooli - renewal
 * (4/1/2027, after the plan), Wayne - security (lost), Tyrell - analytics (share 150%, not imported);
 * Dan Wu's 25% of Stark - rollout (off the roster) while Ann's 75% is listed.
 */
const SPLITS: Case = {
  files: {
    roster: "team.csv",
    plan: "bookings-plan.yaml",
    crm: "deals-splits.csv",
    mapping: "deals-splits.mapping.json",
  },
  locale: "en-US",
  reps: BOOKINGS.reps,
  lists: [
    [
      [["Acme - platform", "2027-01-15", 80_000, 0.6, 48_000]],
      [["Globex - expansion", "2027-02-10", 50_000, 0.5, 25_000]],
      [["Stark - rollout", "2027-03-20", 40_000, 0.75, 30_000]],
    ],
    [
      [["Acme - platform", "2027-01-15", 80_000, 0.4, 32_000]],
      [],
      [["Initech - licences", "2027-03-05", 30_000, 1, 30_000]],
    ],
    [[], [["Globex - expansion", "2027-02-10", 50_000, 0.5, 25_000]], []],
  ],
  unlisted: ["Hooli - renewal", "Wayne - security", "Tyrell - analytics"],
};

/**
 * 回款.csv (Fxiaoke payments, plan Apr-May 2027), listed by payment number and payment date. Not
 * listed: HK-2027-0003 (作废), HK-2027-0009 (审核中), HK-2027-0006 (2027-03-30, before the plan),
 * HK-2027-0008 (2027-06-02, after it), HK-2027-0007 (赵敏, not on the roster).
 */
const HUIKUAN: Case = {
  files: { roster: "团队.csv", plan: "回款方案.yaml", crm: "回款.csv" },
  locale: "zh-CN",
  reps: ["李伟", "王芳", "张强"],
  lists: [
    [
      [
        ["HK-2027-0001", "2027-04-08", 60_000, 1, 60_000],
        ["HK-2027-0002", "2027-04-28", 50_000, 1, 50_000],
      ],
      [],
    ],
    [[], [["HK-2027-0004", "2027-05-06", 30_000, 1, 30_000]]],
    [[], [["HK-2027-0005", "2027-05-31", 85_000, 1, 85_000]]],
  ],
  unlisted: ["HK-2027-0003", "HK-2027-0009", "HK-2027-0006", "HK-2027-0008", "HK-2027-0007"],
};

const serial = (iso: string) => serialFromYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
const sum = (list: readonly Deal[]) => list.reduce((s, d) => s + d[4], 0);

let dir: string;
beforeEach(() => {
  dir = makeTempDir("sales-kit-statement-deals-");
  for (const f of fs.readdirSync(EXAMPLES)) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
});
afterEach(() => removeTempDir(dir));

async function build(c: Case) {
  const built = await buildCrmIncentives(dir, c.files, c.locale);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.value;
}

interface ListedGroup {
  readonly title: string;
  /** Rows of the deals: [A..E] cells. */
  readonly deals: XmlCell[][];
  /** The total row's label (A) and sum (E) cells, and its row (1-based). */
  readonly label: XmlCell;
  readonly total: XmlCell;
  readonly row: number;
}

/** The groups of the deal list in the block from 1-based row `top`, `rows` long, read from a sheet. */
function groupsIn(
  sheet: ReadonlyMap<string, XmlCell>,
  top: number,
  rows: number,
  titles: string[],
): ListedGroup[] {
  const out: ListedGroup[] = [];
  const cell = (row: number, col: number) => sheet.get(at(row - 1, col)) ?? { formula: null, value: null };
  for (let y = top; y < top + rows; y++) {
    const a = cell(y, 0).value;
    if (typeof a !== "string" || !titles.includes(a)) continue;
    const deals: XmlCell[][] = [];
    let z = y + 1;
    // Deal rows until the total row, the first with no amount.
    while (cell(z, 2).value !== null && z < y + 100) {
      deals.push([0, 1, 2, 3, 4].map((c) => cell(z, c)));
      z++;
    }
    out.push({ title: a, deals, label: cell(z, 0), total: cell(z, 4), row: z });
    y = z;
  }
  return out;
}

function titlesOf(
  c: Case,
  model: { measures: readonly { name: string }[]; periods: readonly { label: string }[] },
) {
  const t = STATEMENT_DEAL_TEXTS[c.locale];
  return model.periods.map((p) => t.group(model.measures[0].name, p.label));
}

describe("the hand-worked deal lists (the test's arithmetic, stated)", () => {
  it("sum per period to the credited amounts worked out in crm-actuals.test.ts", () => {
    expect(BOOKINGS.lists.map((r) => r.map(sum))).toEqual([
      [65_000, 0, 9_000],
      [42_000, 65_000, 0],
      [0, 0, 51_000.5],
    ]);
    expect(SPLITS.lists.map((r) => r.map(sum))).toEqual([
      [48_000, 25_000, 30_000],
      [32_000, 0, 30_000],
      [0, 25_000, 0],
    ]);
    expect(HUIKUAN.lists.map((r) => r.map(sum))).toEqual([
      [110_000, 0],
      [0, 30_000],
      [0, 85_000],
    ]);
  });
});

describe.each([
  ["bookings", BOOKINGS],
  ["bookings with splits", SPLITS],
  ["回款", HUIKUAN],
] as const)("statements of %s", (_, c) => {
  it("list each rep's earning deals in the team workbook, by period, and nothing else", async () => {
    const v = await build(c);
    const book = readXmlWorkbook(await writeXlsx(v.spec));
    const titles = titlesOf(c, v.model);
    const rows = v.layout.statement.rows;
    c.reps.forEach((rep, r) => {
      const place = v.layout.statementAt(r);
      const sheet = book.sheets.get(place.sheet)!;
      const groups = groupsIn(sheet, place.row + 1, rows, titles);
      const periods = c.lists[r].flatMap((list, p) => (list.length ? [p] : []));
      expect(groups.map((g) => g.title)).toEqual(periods.map((p) => titles[p]));
      groups.forEach((g, k) => {
        const want = c.lists[r][periods[k]];
        expect(g.deals.map((d) => [d[0].value, d[1].value, d[2].value, d[3].value])).toEqual(
          want.map(([name, date, amount, share]) => [name, serial(date), amount, share]),
        );
        // Credited = amount x share, by formula on the row.
        g.deals.forEach((d, i) =>
          expect(d[4].formula).toBe(`C${g.row - g.deals.length + i}*D${g.row - g.deals.length + i}`),
        );
        expect(g.total.formula).toBe(`SUM(E${g.row - g.deals.length}:E${g.row - 1})`);
      });
      // The rep's block names its title (so the groups above are this rep's).
      expect(String(sheet.get(at(place.row, 0))?.value)).toContain(rep);
    });
    const texts = v.layout.sheets.statementSheets.flatMap((n) =>
      [...book.sheets.get(n)!.values()].map((x) => String(x.value ?? "")),
    );
    for (const name of c.unlisted)
      expect({ name, listed: texts.some((t) => t.includes(name)) }).toEqual({ name, listed: false });
  });

  it("give each rep's private file that rep's deals only, in every part of the package", async () => {
    const v = await build(c);
    const files = repStatementWorkbooks({
      model: v.model,
      locale: c.locale,
      deals: v.actuals.statementDeals,
    });
    const titles = titlesOf(c, v.model);
    for (const f of files) {
      const data = await writeXlsx(f.spec);
      const all = await parts(data);
      const own = new Set(c.lists[f.rep].flat().map((d) => d[0]));
      for (const name of own) expect(found(all, name).length).toBeGreaterThan(0);
      const others = c.lists.flatMap((byPeriod, o) => (o === f.rep ? [] : byPeriod.flat().map((d) => d[0])));
      for (const name of [
        ...others.filter((n) => !own.has(n)),
        ...c.unlisted,
        ...c.reps.filter((_, o) => o !== f.rep),
      ])
        expect({ file: f.fileName, name, parts: found(all, name) }).toEqual({
          file: f.fileName,
          name,
          parts: [],
        });
      const sheet = [...readXmlWorkbook(data).sheets.values()][0];
      const groups = groupsIn(sheet, 1, 200, titles);
      const periods = c.lists[f.rep].flatMap((list, p) => (list.length ? [p] : []));
      expect(groups.map((g) => g.title)).toEqual(periods.map((p) => titles[p]));
      groups.forEach((g, k) => {
        const want = c.lists[f.rep][periods[k]];
        expect(g.deals.map((d) => d.map((x) => x.value))).toEqual(
          want.map(([name, date, amount, share, credited]) => [name, serial(date), amount, share, credited]),
        );
        expect(g.total.value).toBeCloseTo(sum(want), 9);
      });
    }
  });
});

describeWithBothEngines("deal totals recalculated", libreOfficeAvailable(), () => {
  it.each([
    ["bookings", BOOKINGS],
    ["splits", SPLITS],
    ["回款", HUIKUAN],
  ] as const)(
    "%s: each total equals the hand-worked sum and the statement's credited line, in LibreOffice and Gnumeric",
    async (name, c) => {
      const v = await build(c);
      const data = await writeXlsx(v.spec);
      const files = [{ name: `${name}.xlsx`, data }];
      const [lo, gn] = await Promise.all([recalculatePackages(files), recalculateInGnumeric(files)]);
      const t = STATEMENT_DEAL_TEXTS[c.locale];
      const written = readXmlWorkbook(data).sheets;
      const titles = titlesOf(c, v.model);
      const rows = v.layout.statement.rows;
      // The credited line (1-based): under the title, info and header rows, the notes and quota lines.
      const creditedRow = (r: number) => v.layout.statementAt(r).row + 6;
      for (const [engine, out] of [
        ["LibreOffice", lo.get(files[0].name)!],
        ["Gnumeric", gn.get(files[0].name)!],
      ] as const) {
        const recalculated = readXmlWorkbook(out).sheets;
        c.reps.forEach((_, r) => {
          const place = v.layout.statementAt(r);
          const sheet = recalculated.get(place.sheet)!;
          const source = written.get(place.sheet)!;
          const label = String(sheet.get(at(creditedRow(r) - 1, 0))?.value);
          expect(label).toContain(v.model.measures[0].name);
          const groups = groupsIn(source, place.row + 1, rows, titles);
          const periods = c.lists[r].flatMap((list, p) => (list.length ? [p] : []));
          groups.forEach((g, k) => {
            const p = periods[k];
            const total = sheet.get(at(g.row - 1, 4))?.value as number;
            const credited = sheet.get(at(creditedRow(r) - 1, 1 + p))?.value as number;
            expect({ engine, r, p, total: Math.round(total * 100) / 100 }).toEqual({
              engine,
              r,
              p,
              total: sum(c.lists[r][p]),
            });
            expect(Math.abs(credited - total)).toBeLessThan(0.005);
            expect(String(sheet.get(at(g.row - 1, 0))?.value)).toBe(
              t.total(v.model.measures[0].name, v.model.periods[p].label) + t.ties,
            );
          });
        });
      }
    },
    300_000,
  );
});
