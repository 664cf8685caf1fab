/**
 * Exports with a currency column holding several currencies: the amounts are converted by formula
 * through a rates table beside the data (the currency most rows are in is the base, rate 1), and a
 * rate left blank gives #N/A: amounts of different currencies are never added up as they are.
 */
import { CrmTable, importCrm } from "../../../src/generators/crm";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import type { Rep } from "../../../src/schemas/roster";
import type { CellInput, SheetSpec } from "../../../src/workbook/spec";
import { describeWithLibreOffice, recalculate } from "../../oracle/libreoffice";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const roster: Rep[] = [
  { name: "Li Wei", role: "AE", team: "East", manager: "Chen", hireDate: null },
  { name: "Wang Fang", role: "AE", team: "East", manager: "Chen", hireDate: null },
];

// Three USD rows, two EUR rows, one row with a blank amount.
const table: CrmTable = {
  header: ["Owner", "Stage", "Amount", "Currency", "Close Date"],
  headerRow: 1,
  rows: [
    ["Li Wei", "Closed Won", "1000", "USD", "2027-03-01"],
    ["Li Wei", "Closed Won", "200", "EUR", "2027-03-02"],
    ["Wang Fang", "Closed Won", "500", "USD", "2027-03-03"],
    ["Wang Fang", "Closed Lost", "300", "EUR", "2027-03-04"],
    ["Wang Fang", "Proposal", "50", "usd", "2027-03-05"],
    ["Li Wei", "Proposal", "", "EUR", "2027-03-06"],
  ].map((cells, i) => ({ row: i + 2, cells })),
};

function dataSheet(spec: { sheets: readonly SheetSpec[] }): SheetSpec {
  return spec.sheets.find((s) => s.name === "CRM data")!;
}

function imported() {
  const r = importCrm(table, roster, { locale: "en-US", asOf: 46466 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe("a multi-currency export", () => {
  it("gets a rates table (base: the currency most rows are in) and amounts as formulas over it", () => {
    const r = imported();
    expect(r.imported.recordColumns.currencies).toEqual(["USD", "EUR"]);
    const sheet = dataSheet(r.workbook.spec);
    const header = sheet.blocks![0].rows[0];
    const col = (name: string) => header.indexOf(name);
    expect(col("Currency")).toBeGreaterThan(0);
    expect(col("Amount as exported")).toBeGreaterThan(0);
    const rates = sheet.blocks![1];
    expect(rates.rows).toEqual([
      ["Currency", "Rate: 1 unit in USD"],
      ["USD", 1],
      ["EUR", null],
    ]);
    const amounts = sheet.columnBlocks![0].columns[col("Amount")] as readonly CellInput[];
    expect(amounts.filter((a) => typeof a === "object" && a !== null && "formula" in a)).toHaveLength(5);
    expect(Number.isNaN(amounts[5] as number)).toBe(true); // blank stays blank
    const warning = r.imported.issues.find((i) => i.field === "currency")!;
    expect(warning.en).toMatch(/converts them to USD through the rates table .* fill in the rate of EUR/);
  });
});

describeWithLibreOffice("multi-currency amounts recalculated", () => {
  it("converts with the rate filled in, and gives #N/A while it is blank", async () => {
    const blank = imported().workbook.spec;
    const filled = imported().workbook.spec;
    // The user types 1.1 as the EUR rate.
    const rates = dataSheet(filled).blocks![1].rows as CellInput[][];
    rates[2][1] = 1.1;
    const books = await recalculate([
      { name: "filled.xlsx", data: await writeXlsx(filled) },
      { name: "blank.xlsx", data: await writeXlsx(blank) },
    ]);
    const header = dataSheet(filled).blocks![0].rows[0];
    const letter = String.fromCharCode(65 + header.indexOf("Amount"));
    const amountsOf = (name: string) =>
      [2, 3, 4, 5, 6].map((row) => books.get(name)!.get("CRM data", `${letter}${row}`));
    // 1000 USD, 200 EUR x 1.1, 500 USD, 300 EUR x 1.1, 50 USD.
    const got = amountsOf("filled.xlsx") as number[];
    [1000, 220, 500, 330, 50].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 9));
    expect(amountsOf("blank.xlsx")).toEqual([1000, { error: "#N/A" }, 500, { error: "#N/A" }, 50]);
  }, 240_000);
});
