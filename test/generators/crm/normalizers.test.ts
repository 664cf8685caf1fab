/** The pure readers of CRM values: amounts, probabilities, dates, outcomes and owners. */
import fc from "fast-check";
import { parseAmount, parseProbability } from "../../../src/generators/crm/amounts";
import { DateEvidence, parseDate, tally } from "../../../src/generators/crm/dates";
import { OutcomeReader } from "../../../src/generators/crm/outcomes";
import { OwnerMatcher } from "../../../src/generators/crm/owners";
import { SHARED_WORDS } from "../../../src/generators/crm/profiles";
import { importedText, looksLikeFormula, matchKey } from "../../../src/generators/crm/text";
import type { Rep } from "../../../src/schemas/roster";

const plain = { unit: 1, decimalComma: false };

describe("amounts", () => {
  it.each([
    ["12000", 12000, null],
    ["$12,000.00", 12000, "USD"],
    ["USD 18,500.00", 18500, "USD"],
    ["US$ 1,234.5", 1234.5, "USD"],
    ["¥120,000", 120000, "CNY"],
    ["￥60,000", 60000, "CNY"], // full-width yen sign
    ["¥ 300,000.00", 300000, "CNY"],
    ["RMB 45000", 45000, "CNY"],
    ["CNY 45,000", 45000, "CNY"],
    ["8,800元", 8800, "CNY"],
    ["人民币 100", 100, "CNY"],
    ["1,234.50 €", 1234.5, "EUR"],
    ["£99", 99, "GBP"],
    ["(1,200.00)", -1200, null],
    ["$(1,200.00)", -1200, "USD"],
    ["-$1,200", -1200, "USD"],
    ["$-1,200", -1200, "USD"],
    ["−3,000", -3000, null], // Unicode minus
    ["3 000", 3000, null],
    ["1'234'567", 1234567, null],
    ["12.5万", 125000, null],
    ["12.5万元", 125000, "CNY"],
    ["6.5万", 65000, null],
    ["0.07万", 700, null], // exact: 0.07 x 10,000 is 700, not 700.0000000000001
    ["1.2亿", 120000000, null],
    ["１２，０００", 12000, null], // full-width digits and comma
    [".5", 0.5, null],
  ])("%s -> %d", (text, value, currency) => {
    expect(parseAmount(text, plain)).toEqual({ value, currency });
  });

  it.each(["TBD", "待定", "一万", "12,00", "1,2345", "1 2", "$€100", "((5))", "--5", "12.5.3", "abc123"])(
    "%s is not an amount",
    (text) => {
      expect(parseAmount(text, plain).value).toBeUndefined();
    },
  );

  it("reads blanks as null and xlsx numbers as they are, scaled by a 万 column", () => {
    expect(parseAmount("  ", plain).value).toBeNull();
    expect(parseAmount(null, plain).value).toBeNull();
    expect(parseAmount(45000, plain).value).toBe(45000);
    expect(parseAmount(12.5, { unit: 1e4, decimalComma: false }).value).toBe(125000);
    expect(parseAmount("1,200", { unit: 1e4, decimalComma: false }).value).toBe(12000000);
    expect(parseAmount(true, plain).value).toBeUndefined();
  });

  it("reads 1.234,50 when the mapping says the comma is the decimal mark", () => {
    const eu = { unit: 1, decimalComma: true };
    expect(parseAmount("1.234,50", eu).value).toBe(1234.5);
    expect(parseAmount("12.000,00", eu).value).toBe(12000);
    expect(parseAmount("800,00", eu).value).toBe(800);
    expect(parseAmount("1.234,50 €", eu)).toEqual({ value: 1234.5, currency: "EUR" });
    expect(parseAmount("1,234.50", eu).value).toBeUndefined();
  });

  it("probabilities: percent by default, a % sign always percent, out of range refused", () => {
    expect(parseProbability("60", "percent")).toBe(0.6);
    expect(parseProbability("60%", "percent")).toBe(0.6);
    expect(parseProbability("60%", "fraction")).toBe(0.6);
    expect(parseProbability("0.6", "fraction")).toBe(0.6);
    expect(parseProbability(75, "percent")).toBe(0.75);
    expect(parseProbability("100", "percent")).toBe(1);
    expect(parseProbability("", "percent")).toBeNull();
    expect(parseProbability("120", "percent")).toBeUndefined();
    expect(parseProbability("-5", "percent")).toBeUndefined();
    expect(parseProbability("high", "percent")).toBeUndefined();
  });
});

describe("dates", () => {
  // Anchor: 2000-01-01 is Excel serial 36526. 2000..2026 hold 27 years and 7 leap days (2000, 04, 08,
  // 12, 16, 20, 24): 2027-01-01 = 36526 + 27 x 365 + 7 = 46388; 2027-03-01 = 46388 + 31 + 28 = 46447.
  const JAN1 = 46388;
  const MAR1 = 46447;
  it.each([
    ["2027-03-01", MAR1],
    ["2027-03-01 14:30:00", MAR1],
    ["2027-03-01T14:30:00Z", MAR1],
    ["2027-03-01T14:30:00+08:00", MAR1],
    ["2027/3/1", MAR1],
    ["2027.03.01", MAR1],
    ["2027年3月1日", MAR1],
    ["2027年03月01日 10:00", MAR1],
    ["3/1/2027", MAR1],
    ["03/01/2027 10:00 AM", MAR1],
    ["3/1/27", MAR1],
    ["Mar 1, 2027", MAR1],
    ["March 1 2027", MAR1],
    ["1-Mar-2027", MAR1],
    ["01-Mar-27", MAR1],
    ["1 March 2027", MAR1],
    ["20270301", MAR1],
    ["46447", MAR1],
    ["2027-01-01", JAN1],
    ["2024-02-29", 45351], // 2024-01-01 = 36526 + 24 x 365 + 6 (2000..2020) = 45292; + 31 + 28
  ])("%s -> %d", (text, serial) => {
    expect(parseDate(text, "mdy")).toBe(serial);
  });

  it("reads day-first dates when the order says so, and numbers as serials", () => {
    expect(parseDate("1/3/2027", "dmy")).toBe(MAR1);
    expect(parseDate("31/01/2027", "dmy")).toBe(JAN1 + 30);
    expect(parseDate(46447.75, "mdy")).toBe(MAR1);
    expect(parseDate(null, "mdy")).toBeNull();
    expect(parseDate("", "mdy")).toBeNull();
  });

  // The styles real CRMs write (docs/crm-profiles.md names which writes which). 2021-01-01 is
  // 36526 + 21 x 365 + 6 leap days (2000..2020) = 44197; April 16 is day 31 + 28 + 31 + 16 = 106.
  const APR16_2021 = 44197 + 105;
  it.each([
    ["16 Apr, 2021 00:03:00", APR16_2021], // Zoho CRM
    ["16 Apr, 2021", APR16_2021],
    ["Apr 16, 2021", APR16_2021], // Zoho, Salesforce Lightning report
    ["Apr 16, 2021 12:03 AM", APR16_2021],
    ["2021-04-16T00:03:00Z", APR16_2021], // HubSpot, Pipedrive API
    ["2021-04-16T00:03:00.000+0000", APR16_2021], // Salesforce Data Loader
    ["2021-04-16 00:03", APR16_2021], // HubSpot export
    ["16.04.2021", APR16_2021], // Bitrix24 (ru/de)
    ["16.04.2021 00:03:00", APR16_2021],
    ["4/16/2021 12:03 AM", APR16_2021], // Dynamics 365 (en-US)
    ["16/04/21", APR16_2021], // two-digit year; 16 cannot be a month
    ["2021年4月16日", APR16_2021], // 销售易, Fxiaoke
    ["2021/4/16 0:03", APR16_2021],
    ["44302", APR16_2021], // an Excel serial as text
    ["44302.0021", APR16_2021],
  ])("%s -> %d", (text, serial) => {
    expect(parseDate(text, "mdy")).toBe(serial);
    expect(parseDate(text, "dmy")).toBe(serial);
  });

  it("reads a date that can only be one way that way, whatever the column's order", () => {
    // 31/01/2027 cannot be month-first: the column's order decides only dates both ways could be.
    expect(parseDate("31/01/2027", "mdy")).toBe(JAN1 + 30);
    expect(parseDate("1/31/2027 10:00", "dmy")).toBe(JAN1 + 30);
    expect(parseDate("31/02/2027", "dmy")).toBeUndefined();
  });

  it.each(["2027-13-01", "2027-02-29", "13/13/2027", "next week", "2027-03", "TRUE", "0"])(
    "%s is not a date (m/d/y)",
    (text) => {
      expect(parseDate(text, "mdy")).toBeUndefined();
    },
  );

  it("tells the day/month order only when a value shows it", () => {
    const told = (text: string) => {
      const e: DateEvidence = { dmy: 0, mdy: 0, ambiguous: false, yearLast: false };
      tally(e, text);
      return e;
    };
    expect(told("13/1/2027")).toEqual({ dmy: 1, mdy: 0, ambiguous: false, yearLast: true });
    expect(told("1/13/2027")).toEqual({ dmy: 0, mdy: 1, ambiguous: false, yearLast: true });
    expect(told(" 31.12.2027")).toEqual({ dmy: 1, mdy: 0, ambiguous: false, yearLast: true });
    expect(told("3/1/2027")).toEqual({ dmy: 0, mdy: 0, ambiguous: true, yearLast: true });
    expect(told("2027-01-13")).toEqual({ dmy: 0, mdy: 0, ambiguous: false, yearLast: false });
  });
});

describe("outcomes", () => {
  const reader = new OutcomeReader(SHARED_WORDS.outcomes);
  it("reads won, lost and open from stages and statuses in English and Chinese", () => {
    expect(reader.read("deals", "Closed Won", "")).toEqual({ outcome: "won", known: true });
    expect(reader.read("deals", "closed  lost", "")).toEqual({ outcome: "lost", known: true });
    expect(reader.read("deals", "Closed Lost to Competition", "")?.outcome).toBe("lost");
    expect(reader.read("deals", "Closed Won - Signed", "")?.outcome).toBe("won");
    expect(reader.read("deals", "Negotiation/Review", "")).toEqual({ outcome: "open", known: true });
    expect(reader.read("deals", "方案/报价", "赢单")?.outcome).toBe("won");
    expect(reader.read("deals", "方案/报价", "输单")?.outcome).toBe("lost");
    expect(reader.read("deals", "方案/报价", "进行中")?.outcome).toBe("open");
    expect(reader.read("deals", "", "")).toBeNull();
  });

  it("an unknown status is open (deals) or won (orders) and flagged as not listed", () => {
    expect(reader.read("deals", "", "暂停")).toEqual({ outcome: "open", known: false });
    expect(reader.read("orders", "", "已发运")).toEqual({ outcome: "won", known: false });
    expect(reader.read("orders", "", "")).toEqual({ outcome: "won", known: true });
    // An unknown status with a closed stage: the stage decides.
    expect(reader.read("deals", "Closed Won", "Archived")).toEqual({ outcome: "won", known: true });
  });
});

describe("owners", () => {
  const roster: Rep[] = [
    { name: "李伟", role: "", team: "华东", manager: "", hireDate: null, email: "liwei@acme.cn" },
    { name: "Emily Chen", role: "", team: "华南", manager: "", hireDate: null },
  ];
  it("matches up to case, width and spacing, by email, and through the mapping's owners", () => {
    const m = new OwnerMatcher(roster, { "Li Wei": "李伟" });
    expect(m.match("李 伟")?.name).toBe("李伟");
    expect(m.match("emily  chen")?.name).toBe("Emily Chen");
    expect(m.match("ＥＭＩＬＹ　ＣＨＥＮ")?.name).toBe("Emily Chen");
    expect(m.match("LiWei@Acme.cn")?.name).toBe("李伟");
    expect(m.match("Li Wei")?.name).toBe("李伟");
    expect(m.match("Emily Chan")).toBeNull(); // no fuzzy matching
    expect(m.problems).toEqual([]);
  });

  it("reports a mapping entry that points at someone not on the roster", () => {
    const m = new OwnerMatcher(roster, { "Zhang Qiang": "张强" });
    expect(m.problems).toHaveLength(1);
    expect(m.problems[0].en).toMatch(/"张强", who is not on the roster/);
    expect(m.problems[0].zh).toMatch(/不在名单中/);
  });
});

describe("imported text", () => {
  it("flags = + - @ tab and carriage return as formula-like, and makes those text cells", () => {
    for (const t of ["=1+1", "+86 21", "-2+3", "@SUM(A1)", "\t=x", "\r=x"]) {
      expect(looksLikeFormula(t)).toBe(true);
      expect(importedText(t)).toEqual({ text: t });
    }
    expect(importedText("Acme")).toBe("Acme");
    expect(importedText("00123")).toBe("00123");
    expect(importedText("")).toBeNull();
    expect(matchKey("  Closed   WON ")).toBe("closed won");
  });
});

describe("dates against JavaScript's own calendar", () => {
  it("every ISO date from 1900-03-01 to 9999-12-31 gives Date.UTC's day count from 1899-12-30", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1900, 2, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const y = date.getUTCFullYear();
          const m = date.getUTCMonth() + 1;
          const d = date.getUTCDate();
          const expected = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
          const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(parseDate(iso, "mdy")).toBe(expected);
          expect(parseDate(`${y}年${m}月${d}日`, "mdy")).toBe(expected);
          expect(parseDate(`${d}/${m}/${y}`, "dmy")).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
