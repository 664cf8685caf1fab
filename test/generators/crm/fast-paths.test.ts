/**
 * The shortcuts the import takes on 100,000-row exports (char-code readers for common amounts,
 * year-last dates and whole percentages; customers grouped by a hash of their key) against the
 * general readers and against values worked out here.
 */
import fc from "fast-check";
import { normalizeRecords, recognize } from "../../../src/generators/crm";
import type { CrmTable } from "../../../src/generators/crm";
import { AmountReader, parseAmount, parseProbability } from "../../../src/generators/crm/amounts";
import { matchKey, matchKeyHash, sameMatchKey } from "../../../src/generators/crm/text";
import type { Rep } from "../../../src/schemas/roster";

const plain = { unit: 1, decimalComma: false };
const serialOf = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const roster: Rep[] = [{ name: "Ann Lee", role: "AE", team: "East", manager: "Bo", hireDate: null }];

/** A generic export (English headers the generic profile knows), normalised with the given date order. */
function normalize(rows: string[][], dateOrder: "mdy" | "dmy" = "mdy") {
  const table: CrmTable = {
    header: ["Owner", "Account", "Stage", "Amount", "Close Date", "Probability"],
    rows: rows.map((cells, i) => ({ row: i + 2, cells })),
  };
  const columns = {
    owner: "Owner",
    account: "Account",
    stage: "Stage",
    amount: "Amount",
    closeDate: "Close Date",
    probability: "Probability",
  };
  const rec = recognize(table, { mapping: { columns, dateOrder } });
  if (!rec.ok) throw new Error(JSON.stringify(rec.issues));
  return normalizeRecords(table, rec.mapping, roster);
}

describe("the column reader of amounts", () => {
  const digits = fc.stringMatching(/^[0-9]{1,9}$/);
  const grouped = fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 4 }))
    .map(([head, groups]) => [String(head), ...groups.map((g) => String(g).padStart(3, "0"))].join(","));
  const amountText = fc
    .tuple(
      fc.constantFrom("", "$", "¥", "-", "US$", "RMB "),
      fc.oneof(digits, grouped, fc.constantFrom("1,23", "12,", ",5", "1,2345", "")),
      fc.constantFrom("", ".5", ".00", ".123", ".", "万", " ", "%"),
    )
    .map(([a, b, c]) => a + b + c);

  it("reads every text as parseAmount does, value and currency", () => {
    fc.assert(
      fc.property(fc.oneof(amountText, fc.string({ maxLength: 8 })), (text) => {
        const reader = new AmountReader(plain);
        const value = reader.read(text);
        const expected = parseAmount(text, plain);
        expect(value).toBe(expected.value);
        if (expected.value !== undefined) expect(reader.currency).toBe(expected.currency);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the exact decimal of the commonest spellings", () => {
    const reader = new AmountReader(plain);
    expect(reader.read("$12,000.00")).toBe(12000);
    expect(reader.currency).toBe("USD");
    expect(reader.read("¥120,000")).toBe(120000);
    expect(reader.currency).toBe("CNY");
    expect(reader.read("1234.56")).toBe(1234.56);
    expect(reader.currency).toBeNull();
    expect(reader.read("-0.07")).toBe(-0.07);
    expect(reader.read("12,5")).toBeUndefined();
    // 万 columns scale the value exactly: 0.07 x 10,000 is 700.
    expect(new AmountReader({ unit: 1e4, decimalComma: false }).read("0.07")).toBe(700);
  });
});

describe("names grouped by the hash of their key", () => {
  const piece = fc.constantFrom("a", "B", "c", " ", "  ", "\t", "李", "伟", "Ａ", "\u00a0", "\u3000", "1");
  const name = fc.array(piece, { maxLength: 6 }).map((p) => p.join(""));
  /** The same name written differently: case flipped, spaces doubled, padded. */
  const respell = (text: string) =>
    ` ${text.replace(/[a-z]/g, (c) => c.toUpperCase()).replace(/ /g, "  ")}\t`;

  it("treats two names as one exactly when matchKey does, and gives them one hash", () => {
    fc.assert(
      fc.property(name, name, fc.boolean(), (a, other, same) => {
        const b = same ? respell(a) : other;
        const equal = matchKey(a) === matchKey(b);
        expect(sameMatchKey(a, b)).toBe(equal);
        if (equal) expect(matchKeyHash(a)).toBe(matchKeyHash(b));
      }),
      { numRuns: 3000 },
    );
  });

  it("marks a customer's first won deal once, whatever the spelling", () => {
    const imported = normalize([
      ["Ann Lee", "Acme Ltd", "Closed Won", "100", "2027-02-10", ""],
      ["Ann Lee", "ACME  LTD ", "Closed Won", "200", "2027-01-05", ""], // earlier: the first deal
      ["Ann Lee", "acme ltd", "Closed Won", "300", "2027-03-01", ""],
      ["Ann Lee", "Acme Ltd.", "Closed Won", "400", "2027-03-02", ""], // another name (the dot)
      ["Ann Lee", "上海 云帆", "Closed Won", "500", "2027-03-03", ""],
      ["Ann Lee", "上海　云帆", "Closed Won", "600", "2027-03-01", ""], // ideographic space: same
    ]);
    expect(imported.records.map((r) => r.newCustomer)).toEqual([0, 1, 0, 1, 0, 1]);
  });
});

describe("year-last dates and whole percentages read while normalising", () => {
  it("reads d/m/y and m/d/y with any separator and two- or four-digit years, as Date.UTC counts", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1931, 0, 1)),
          max: new Date(Date.UTC(2029, 11, 31)),
          noInvalidDate: true,
        }),
        fc.constantFrom("/", "-", "."),
        fc.boolean(),
        fc.constantFrom<"mdy" | "dmy">("mdy", "dmy"),
        (date, sep, shortYear, order) => {
          const y = date.getUTCFullYear();
          const m = date.getUTCMonth() + 1;
          const d = date.getUTCDate();
          const year = shortYear ? String(y % 100).padStart(2, "0") : String(y);
          const text = order === "mdy" ? `${m}${sep}${d}${sep}${year}` : `${d}${sep}${m}${sep}${year}`;
          const imported = normalize([["Ann Lee", "Acme", "Closed Won", "1", text, ""]], order);
          expect(imported.records[0].closeDate).toBe(serialOf(y, m, d));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("rejects impossible year-last dates as parseDate does", () => {
    const imported = normalize([
      ["Ann Lee", "Acme", "Closed Won", "1", "2/30/2027", ""],
      ["Ann Lee", "Acme", "Closed Won", "1", "13/13/2027", ""],
      ["Ann Lee", "Acme", "Qualification", "1", "2/29/2028", ""],
    ]);
    expect(imported.issues.filter((i) => i.severity === "error").map((i) => i.row)).toEqual([2, 3]);
    expect(imported.records[0].closeDate).toBe(serialOf(2028, 2, 29));
  });

  it("reads 0 to 100 and 0% to 100% as parseProbability does, and leaves the rest to it", () => {
    const texts = [
      ...Array.from({ length: 101 }, (_, n) => String(n)),
      ...Array.from({ length: 101 }, (_, n) => `${n}%`),
      "101",
      "60.5",
      " 60",
      "%",
      "1000%",
      "",
    ];
    const imported = normalize(texts.map((p) => ["Ann Lee", "Acme", "Qualification", "1", "2027-03-01", p]));
    texts.forEach((text, i) => {
      const expected = parseProbability(text, "percent");
      expect(imported.records[i].probability).toBe(expected === undefined ? null : expected);
    });
    expect(imported.records[60].probability).toBe(0.6);
    expect(imported.records[101 + 7].probability).toBe(0.07);
  });
});
