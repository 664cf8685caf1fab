/**
 * The functions of every generated formula (cells, conditional formats, validations, defined names)
 * over all generator families: each must be in Excel 2010's set without the "_xlfn." prefix, which
 * marks functions added after Excel 2007 (Excel 2010's own new ones included) that older Excel,
 * WPS and other engines may not know. A new function outside the list fails here until someone
 * checks that it computes in every engine and adds it.
 */
import { tokenizeFormula } from "../../src/workbook/formula-tokens";
import { unzip } from "../hosts/unzip";
import { generateFamilies } from "./families";

/**
 * Worksheet functions of Excel 2007/2010 that files store without a prefix (from Microsoft's
 * function reference, "Excel functions (by category)"), the ones a sales workbook may use.
 */
const EXCEL_2010 = new Set(
  `ABS AND AVERAGE AVERAGEA AVERAGEIF AVERAGEIFS CEILING CHOOSE COLUMN COLUMNS CONCATENATE COUNT COUNTA
  COUNTBLANK COUNTIF COUNTIFS DATE DATEDIF DATEVALUE DAY DAYS360 EDATE EOMONTH EXACT FALSE FIND FLOOR
  HLOOKUP HYPERLINK IF IFERROR INDEX INDIRECT INT ISBLANK ISERROR ISNA ISNUMBER ISTEXT LARGE LEFT LEN
  LOOKUP LOWER MATCH MAX MEDIAN MID MIN MOD MONTH N NA NETWORKDAYS NOT NOW OFFSET OR PERCENTILE PRODUCT
  PROPER QUARTILE RANK REPT RIGHT ROUND ROUNDDOWN ROUNDUP ROW ROWS SEARCH SIGN SMALL STDEV SUBSTITUTE
  SUBTOTAL SUM SUMIF SUMIFS SUMPRODUCT TEXT TODAY TRIM TRUE TRUNC UPPER VALUE VLOOKUP WEEKDAY WEEKNUM
  WORKDAY YEAR YEARFRAC`.split(/\s+/),
);

/** Formula texts of a package: cells, conditional formats, validations and defined names. */
function formulasOf(data: Uint8Array): string[] {
  const out: string[] = [];
  for (const [part, xml] of unzip(data)) {
    if (!/^xl\/(worksheets\/[^/]+|workbook)\.xml$/.test(part)) continue;
    for (const m of xml.matchAll(/<(f|formula|formula1|formula2|definedName)\b[^>]*>([\s\S]*?)<\/\1>/g))
      out.push(
        m[2]
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">"),
      );
  }
  return out;
}

it("generated formulas use Excel 2010's functions only, none with the _xlfn. prefix", async () => {
  const used = new Map<string, string>();
  for (const file of await generateFamilies()) {
    for (const formula of formulasOf(file.data)) {
      const tokens = tokenizeFormula(formula);
      tokens.forEach((token, i) => {
        if (token.kind === "word" && tokens[i + 1]?.text === "(" && !used.has(token.text.toUpperCase()))
          used.set(token.text.toUpperCase(), `${file.name}: ${formula.slice(0, 120)}`);
      });
    }
  }
  const names = [...used.keys()].sort();
  console.log(`Functions in generated formulas (${names.length}): ${names.join(" ")}`);
  expect(names.length).toBeGreaterThan(10);
  const outside = names.filter((n) => n.startsWith("_XL") || !EXCEL_2010.has(n));
  expect(outside.map((n) => `${n} in ${used.get(n)}`)).toEqual([]);
}, 300_000);
