/**
 * The Chinese texts keep to docs/zh-CN-glossary.md: no rejected term (代表 for a rep, 费率, 容差 ...)
 * appears in any Chinese text of the product, and Chinese sentences use full-width punctuation.
 * The rejected terms are read from the glossary's table, so the page and the check cannot drift.
 */
import fs from "fs";
import path from "path";
import { chineseTexts, exampleComments, type ChineseText } from "../support/zh-texts";

const GLOSSARY = path.resolve(__dirname, "../../docs/zh-CN-glossary.md");

/** The first column of the "Rejected terms" table. */
function rejectedTerms(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith("Rejected terms"));
  if (!section) throw new Error("docs/zh-CN-glossary.md has no 'Rejected terms' section");
  return section
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*(Rejected|---)/.test(line))
    .flatMap((line) => line.split("|")[1].split(", "))
    .map((t) => t.trim())
    .filter(Boolean);
}

function termsIn(texts: readonly ChineseText[], terms: readonly string[]): string[] {
  return texts.flatMap((t) =>
    terms
      .filter((term) => t.text.includes(term))
      .map((term) => `${t.where}: ${term} in ${JSON.stringify(t.text)}`),
  );
}

const CJK = "[\\u3400-\\u9fff]";
/** A half-width , : ; ( ) ? ! touching a Chinese character. */
const HALF_WIDTH = new RegExp(`${CJK}[,:;()?!]|[,:;()?!]${CJK}`, "g");

function halfWidthIn(texts: readonly ChineseText[]): string[] {
  return texts.flatMap((t) =>
    [...t.text.matchAll(HALF_WIDTH)].map(
      (m) => `${t.where}: "${m[0]}" in ${JSON.stringify(t.text.slice(0, 80))}`,
    ),
  );
}

describe("the zh-CN glossary", () => {
  const terms = rejectedTerms(fs.readFileSync(GLOSSARY, "utf8"));
  const texts = chineseTexts();

  it("lists the rejected terms the issue named", () => {
    // Issue 22: 代表 (销售人员), 费率 (提成比例), 容差 (允许偏差), 收入每人目标, 每个发放期的指标值.
    expect(terms).toEqual(
      expect.arrayContaining(["代表", "费率", "容差", "收入每人目标", "每个发放期的指标值"]),
    );
  });

  it("reads the whole product's Chinese", () => {
    // The catalog, the sheet texts, the function help and the inline messages are all in the scan.
    const files = new Set(texts.map((t) => t.where.replace(/:\d+$/, "")));
    for (const f of [
      "i18n/zh-CN.ts",
      "i18n/sheets/incentives.ts",
      "functions/catalogue.ts",
      "schemas/errors.ts",
    ])
      expect(files).toContain(f);
    expect(texts.length).toBeGreaterThan(1500);
  });

  it("uses no rejected term in any Chinese text", () => {
    expect(termsIn(texts, terms)).toEqual([]);
  });

  it("writes Chinese sentences with full-width punctuation", () => {
    expect(halfWidthIn(texts)).toEqual([]);
  });

  it("writes the example files' Chinese comments the same way", () => {
    const comments = exampleComments();
    expect(comments.length).toBeGreaterThan(50);
    expect(termsIn(comments, terms)).toEqual([]);
    expect(halfWidthIn(comments)).toEqual([]);
  });

  it("finds a rejected term and a half-width comma where they are (the checks themselves work)", () => {
    const probe = [
      { text: "每位代表的费率为 5%,容差 10%", where: "probe" },
      { text: "提成比例 1,200,000 元（第 3 档）：TODAY()", where: "probe" },
    ];
    expect(termsIn(probe, terms).map((f) => f.replace(/ in .*/, ""))).toEqual([
      "probe: 代表",
      "probe: 费率",
      "probe: 容差",
    ]);
    // The comma before 容差 touches a Chinese character; the number's commas and TODAY() do not.
    expect(halfWidthIn(probe).map((f) => f.replace(/ in .*/, ""))).toEqual(['probe: ",容"']);
  });
});
