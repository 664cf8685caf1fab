/**
 * Functions added to Excel after 2007 are stored in files with a "_xlfn." prefix (a few with
 * "_xlfn._xlws."); Excel and LibreOffice show #NAME? for them otherwise. Office.js and the formula
 * bar use the bare names, so the spec holds bare names and the xlsx host adds the prefix.
 */
import { tokenizeFormula } from "../../workbook/formula-tokens";

const XLFN = `ACOT ACOTH AGGREGATE ARABIC ARRAYTOTEXT BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE
BINOM.INV BITAND BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE CHISQ.DIST
CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA CONCAT CONFIDENCE.NORM
CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL DROP ECMA.CEILING ENCODEURL
ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FILTERXML
FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT
FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS HSTACK HYPGEOM.DIST IFNA
IFS IMAGE IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA ISOMITTED ISO.CEILING ISOWEEKNUM
LAMBDA LET LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT
NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION
PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST
QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ REDUCE RRI SCAN SEC SECH SEQUENCE SHEET SHEETS
SKEW.P SORTBY STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE TEXTAFTER
TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL TOROW UNICHAR UNICODE UNIQUE VALUETOTEXT VAR.P VAR.S VSTACK
WEBSERVICE WEIBULL.DIST WORKDAY.INTL WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST`;

/** Dynamic-array functions that also carry the worksheet namespace. */
const XLWS = ["FILTER", "SORT"];

const PREFIX = new Map<string, string>();
for (const name of XLFN.split(/\s+/)) if (name) PREFIX.set(name, "_xlfn.");
for (const name of XLWS) PREFIX.set(name, "_xlfn._xlws.");

/** Characters of a function's name as the pre-check reads them (formula-tokens.ts allows more). */
function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46; // _ .
}

/** A name's hash, upper-cased, its characters taken from the last: as the pre-check reads it. */
function step(hash: number, c: number): number {
  return (Math.imul(hash, 31) + (c >= 97 && c <= 122 ? c - 32 : c)) | 0;
}
const HASHES = new Set<number>();
for (const name of PREFIX.keys()) {
  let h = 0;
  for (let i = name.length - 1; i >= 0; i--) h = step(h, name.charCodeAt(i));
  HASHES.add(h);
}

function isSpace(formula: string, i: number): boolean {
  const c = formula.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(formula[i]));
}

/**
 * Cheap pre-check: whether a name that needs a prefix stands before some "(" (spaces between
 * allowed). Most formulas call none, and are left as they are without being tokenized. The name
 * before each "(" is hashed as it is read, and only a hash of the list's is looked at further: the
 * formulas of a 1,000-rep statements sheet went through one large regex, a tenth of its writing.
 */
function mayCallFuture(formula: string): boolean {
  for (let open = formula.indexOf("("); open >= 0; open = formula.indexOf("(", open + 1)) {
    let end = open;
    while (end > 0 && isSpace(formula, end - 1)) end--;
    let start = end;
    let hash = 0;
    for (let c: number; start > 0 && isNameChar((c = formula.charCodeAt(start - 1))); start--)
      hash = step(hash, c);
    if (HASHES.has(hash) && PREFIX.has(formula.slice(start, end).toUpperCase())) return true;
  }
  return false;
}

/** The formula with file-format prefixes on post-2007 functions; text in strings is left alone. */
export function addFuturePrefixes(formula: string): string {
  if (!mayCallFuture(formula)) return formula;
  const tokens = tokenizeFormula(formula);
  return tokens
    .map((t, i) => {
      if (t.kind !== "word" || tokens[i + 1]?.text !== "(") return t.text;
      const prefix = PREFIX.get(t.text.toUpperCase());
      return prefix ? prefix + t.text : t.text;
    })
    .join("");
}

/** The formula as Office.js and the formula bar show it: prefixes removed outside strings. */
export function removeFuturePrefixes(formula: string): string {
  if (!/_xl/i.test(formula)) return formula;
  return tokenizeFormula(formula)
    .map((t) => (t.kind === "word" ? t.text.replace(/^(_xlfn\.)(_xlws\.)?/i, "") : t.text))
    .join("");
}
