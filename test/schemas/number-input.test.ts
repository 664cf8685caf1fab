/**
 * The one number reader for typed money, counts and rates. Every expected value below is worked out
 * by hand from the text (100万 = 100 x 10,000; 1.5亿 = 1.5 x 100,000,000; 5% = 5 / 100), never taken
 * from the parser's own output.
 */
import { NumberKind, currencyCode, numberIssue, parseNumberInput } from "../../src/schemas/number-input";

type Row = readonly [text: string, value: number, currency?: string | null];

function expectValue(text: string | number, kind: NumberKind, value: number, currency: string | null = null) {
  const r = parseNumberInput(text, kind);
  if (!r.ok) throw new Error(`${String(text)} as ${kind}: ${r.code} ${r.en}`);
  expect(r.value).toBe(value);
  expect(r.currency).toBe(currency);
}

describe("parseNumberInput: money", () => {
  const rows: Row[] = [
    ["0", 0],
    ["1200000", 1_200_000],
    ["1234.5", 1234.5],
    [".5", 0.5],
    ["  300000  ", 300_000],
    // thousands separators
    ["1,200,000", 1_200_000],
    ["1,200", 1200],
    ["1,200,000.50", 1_200_000.5],
    ["1 200 000", 1_200_000],
    ["1\u00a0200\u00a0000", 1_200_000],
    ["1\u202f200\u202f000,5", 1_200_000.5],
    ["1'200'000", 1_200_000],
    ["1.200.000", 1_200_000],
    ["1.200.000,75", 1_200_000.75],
    ["1.200,5", 1200.5],
    ["0.200", 0.2],
    ["1234.567", 1234.567],
    // currency signs and codes
    ["$1,200,000", 1_200_000, "USD"],
    ["¥1,200,000", 1_200_000, "CNY"],
    ["￥1,200,000", 1_200_000, "CNY"],
    ["€1.200.000", 1_200_000, "EUR"],
    ["1.234,50 €", 1234.5, "EUR"],
    ["£99.99", 99.99, "GBP"],
    ["USD 1,200", 1200, "USD"],
    ["1,200 usd", 1200, "USD"],
    ["CNY 5000", 5000, "CNY"],
    ["RMB 12,000", 12_000, "CNY"],
    ["12000元", 12_000, "CNY"],
    ["人民币 3,000", 3000, "CNY"],
    ["US$ 50", 50, "USD"],
    ["HK$1,000", 1000, "HKD"],
    ["500美元", 500, "USD"],
    // 万 / 亿 and k / M / bn
    ["100万", 1_000_000],
    ["100 万", 1_000_000],
    ["1.5亿", 150_000_000],
    ["12.5万", 125_000],
    ["0.07万", 700],
    ["3千", 3000],
    ["2千万", 20_000_000],
    ["1.2百万", 1_200_000],
    ["100万元", 1_000_000, "CNY"],
    ["¥100万", 1_000_000, "CNY"],
    ["1.250万", 12_500],
    ["300k", 300_000],
    ["300K", 300_000],
    ["1.2M", 1_200_000],
    ["1.2m", 1_200_000],
    ["2bn", 2_000_000_000],
    ["2.5 BN", 2_500_000_000],
    ["$1.2M", 1_200_000, "USD"],
    ["1,500k", 1_500_000],
    ["3 million", 3_000_000],
    // full-width digits and punctuation
    ["１２３，４５６．７", 123_456.7],
    ["１００万", 1_000_000],
    ["￥１，２００", 1200, "CNY"],
    ["\u3000５００\u3000", 500],
    // negatives
    ["-5", -5],
    ["+5", 5],
    ["(5)", -5],
    ["−5", -5],
    ["－５", -5],
    ["（５）", -5],
    ["-$1,200", -1200, "USD"],
    ["$-1,200", -1200, "USD"],
    ["($1,200.00)", -1200, "USD"],
    ["$(1,200.00)", -1200, "USD"],
    ["-¥100万", -1_000_000, "CNY"],
    ["-0", 0],
    // exponent, as spreadsheets print large numbers
    ["1.2e6", 1_200_000],
  ];
  it.each(rows.map(([text, value, currency]) => ({ text, value, currency: currency ?? null })))(
    "$text -> $value",
    ({ text, value, currency }) => expectValue(text, "money", value, currency),
  );

  it("reads numbers as they are, and blank as null", () => {
    expectValue(1_200_000, "money", 1_200_000);
    for (const blank of ["", "   ", "\u3000", null, undefined] as const) {
      expect(parseNumberInput(blank, "money")).toEqual({ ok: true, value: null, currency: null, note: null });
    }
  });

  const errors: readonly (readonly [string, string, RegExp])[] = [
    // "1.200" is 1.2 in Shanghai and 1,200 in Berlin: ask.
    ["1.200", "ambiguous-separator", /could be 1\.2 or 1,200/],
    ["12.500", "ambiguous-separator", /could be 12\.5 or 12,500/],
    ["1,5", "ambiguous-separator", /did you mean 1\.5 or 15/],
    ["1,50", "ambiguous-separator", /1\.50 or 150/],
    ["1,2345", "ambiguous-separator", /1\.2345 or 12345/],
    ["1 200,500", "ambiguous-separator", /decimal mark or a thousands separator/],
    ["12,34,567", "irregular-grouping", /threes/],
    ["1,200.000.5", "irregular-grouping", /threes/],
    ["1.2.3", "irregular-grouping", /threes/],
    ["abc", "not-a-number", /is not a number/],
    ["三十万", "not-a-number", /is not a number/],
    ["$", "not-a-number", /is not a number/],
    ["万", "not-a-number", /is not a number/],
    ["1.2MM", "not-a-number", /is not a number/],
    ["5%", "percent-not-allowed", /percentage, but this field is an amount of money/],
    ["$100 元", "two-currencies", /two currencies/],
    ["--5", "two-signs", /two minus signs/],
    ["-(5)", "two-signs", /two minus signs/],
    ["1e400", "too-large", /too large/],
    ["9".repeat(400), "too-large", /too large/],
  ];
  it.each(errors)("%s is an error (%s), in both languages", (text, code, en) => {
    const r = parseNumberInput(text, "money");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.en).toMatch(en);
    expect(r.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(r.en).toContain(`"${text}"`);
  });

  it("asks about 1.200 in Chinese too, offering both readings", () => {
    const r = parseNumberInput("1.200", "money");
    expect(!r.ok && r.zh).toBe('"1.200" 可能是 1.2，也可能是 1,200（点作千位分隔符）：请写成 1.2 或 1200');
  });

  it("refuses an amount in a currency other than the field's, never converting", () => {
    expectValue("¥1,200", "money", 1200, "CNY");
    const ok = parseNumberInput("¥1,200", "money", { currency: "CNY" });
    expect(ok.ok && ok.value).toBe(1200);
    const same = parseNumberInput("RMB 1,200", "money", { currency: "¥" });
    expect(same.ok && same.value).toBe(1200);
    const bare = parseNumberInput("1,200", "money", { currency: "$" });
    expect(bare.ok && bare.value).toBe(1200);
    const r = parseNumberInput("¥1,200", "money", { currency: "$" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("currency-mismatch");
    expect(r.en).toContain("CNY");
    expect(r.en).toContain("USD");
    expect(r.zh).toContain("不会换算");
  });
});

describe("parseNumberInput: counts", () => {
  it.each([
    ["12", 12],
    ["1,200", 1200],
    ["3k", 3000],
    ["2万", 20_000],
    ["１２", 12],
  ] as const)("%s -> %d", (text, value) => expectValue(text, "count", value));

  it.each([
    ["$12", "currency-not-allowed", /carries a currency, but this field is a count/],
    ["12个元", "not-a-number", /not a number/],
    ["50%", "percent-not-allowed", /this field is a count/],
    ["1.200", "ambiguous-separator", /1\.2 or 1,200/],
  ] as const)("%s is an error (%s)", (text, code, en) => {
    const r = parseNumberInput(text, "count");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.en).toMatch(en);
  });
});

describe("parseNumberInput: rates", () => {
  it.each([
    ["5%", 0.05],
    ["5 %", 0.05],
    ["7.5%", 0.075],
    ["５％", 0.05],
    ["150%", 1.5],
    ["0.5%", 0.005],
    ["100%", 1],
    ["0%", 0],
    ["-2%", -0.02],
    ["3‰", 0.003],
    ["1.200%", 0.012],
    ["0", 0],
  ] as const)("%s -> %d with no note", (text, value) => {
    const r = parseNumberInput(text, "rate");
    expect(r).toEqual({ ok: true, value, currency: null, note: null });
  });

  it("reads a bare number above 1 as a percentage and says so", () => {
    const r = parseNumberInput("5", "rate");
    expect(r.ok && r.value).toBe(0.05);
    expect(r.ok && r.note).toEqual({ code: "percent-assumed", en: "5 read as 5%", zh: "5 按 5% 理解" });
    const big = parseNumberInput("12.5", "rate");
    expect(big.ok && big.value).toBe(0.125);
    expect(big.ok && big.note?.code).toBe("percent-assumed");
    // A rate typed as a number (a cell, a JSON value) follows the same rule.
    const cell = parseNumberInput(5, "rate");
    expect(cell.ok && cell.value).toBe(0.05);
  });

  it("reads a bare number below 1 as a fraction and says so", () => {
    const r = parseNumberInput("0.05", "rate");
    expect(r.ok && r.value).toBe(0.05);
    expect(r.ok && r.note?.code).toBe("fraction-assumed");
    expect(r.ok && r.note?.en).toBe("0.05 read as 5% (a fraction); write 0.05% for 0.05 percent");
    expect(r.ok && r.note?.zh).toContain("5%");
  });

  it("asks about a bare 1: 1% or 100%", () => {
    for (const text of ["1", "1.0"]) {
      const r = parseNumberInput(text, "rate");
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.code).toBe("ambiguous-rate");
      expect(r.en).toContain("100%");
      expect(r.zh).toContain("100%");
    }
  });

  it("reads every bare number as a percentage in a field that shows a % sign", () => {
    const half = parseNumberInput("0.5", "rate", { rateScale: "percent" });
    expect(half.ok && half.value).toBe(0.005);
    expect(half.ok && half.note?.code).toBe("percent-assumed");
    const one = parseNumberInput("1", "rate", { rateScale: "percent" });
    expect(one.ok && one.value).toBe(0.01);
    const typed = parseNumberInput("5%", "rate", { rateScale: "percent" });
    expect(typed).toEqual({ ok: true, value: 0.05, currency: null, note: null });
  });

  it.each([
    ["¥5", "currency-not-allowed"],
    ["5万", "multiplier-not-allowed"],
    ["5k", "multiplier-not-allowed"],
    ["5%%", "not-a-number"],
    ["five", "not-a-number"],
  ] as const)("%s is an error (%s)", (text, code) => {
    const r = parseNumberInput(text, "rate");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe(code);
  });
});

describe("never throws", () => {
  it("returns a result for odd input of every kind", () => {
    const odd = [
      "(",
      ")",
      "()",
      "-",
      "+",
      "%",
      "‰",
      "e",
      "1e",
      ",",
      ".",
      "$$",
      "¥-",
      "((5))",
      "5-",
      "\u0000",
      "💰5",
    ];
    for (const kind of ["money", "count", "rate"] as const) {
      for (const text of odd) {
        const r = parseNumberInput(text, kind);
        expect(r.ok).toBe(false);
      }
    }
    expect(parseNumberInput(Number.NaN, "money").ok).toBe(false);
    expect(parseNumberInput(Number.POSITIVE_INFINITY, "count").ok).toBe(false);
  });
});

describe("helpers", () => {
  it("names currencies by ISO code", () => {
    expect(["¥", "￥", "RMB", "rmb", "元", "人民币", "CNY"].map(currencyCode)).toEqual(Array(7).fill("CNY"));
    expect(["$", "US$", "usd", "美元"].map(currencyCode)).toEqual(Array(4).fill("USD"));
    expect(currencyCode("CHF")).toBe("CHF");
  });

  it("turns a failed read into an input issue at its place", () => {
    const r = parseNumberInput("abc", "money");
    expect(numberIssue(r, { file: "team.csv", row: 3, field: "quota" })).toMatchObject({
      file: "team.csv",
      row: 3,
      field: "quota",
      en: expect.stringContaining('"abc" is not a number'),
    });
    expect(numberIssue(parseNumberInput("5", "money"), { field: "quota" })).toBeNull();
  });
});
