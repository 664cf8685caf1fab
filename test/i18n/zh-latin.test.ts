/**
 * No English in Chinese texts: every Chinese string in src (the zh-CN catalog, the zh sheet texts,
 * every `zh:` message, the Chinese half of bi(...), and any literal that is mostly Chinese) is read
 * from the source with the TypeScript parser, and each Latin word in it must be a code a user types or
 * sees in Excel (a function, a config key, a file name, a flag) or a term on the list below, each
 * with the reason it stays. A word not on the list fails the test with the file and line.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";
import { SRC, sourceFiles } from "../support/zh-texts";

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Shapes of codes that stay as they are in any language. */
const CODE_SHAPES: readonly (readonly [RegExp, string])[] = [
  [
    /^[A-Z][A-Z0-9_]*(?:[./-][A-Z0-9_]+)*$/,
    "abbreviations, Excel functions, errors and booleans (CRM, KPI, SUMIFS, TRUE, N/A)",
  ],
  [
    /^[a-z]+(?:[A-Z][a-z0-9]*)+$/,
    "camelCase keys of plan, mapping and function arguments (quotaFrom, allowRatesAbove100)",
  ],
  [/^--?[a-z]/, "command-line flags (--out, -r)"],
  [/\.(?:xlsx|xls|csv|json|yaml|yml|md)$/i, "file names"],
  [/^[A-Z][a-z]*\d+$|^\d*[A-Z]\d+$|^-?[QH]\d$/, "cell references and period codes (D5, 2027-Q1, H1)"],
  [/^e\d+$/, "exponent of a number (1.8e308)"],
];

/** Words that stay, each with its reason. */
const ALLOWED: Readonly<Record<string, string>> = {
  // Product and program names.
  Excel: "product name",
  ExcelJS: "library name, in a note on what the file cannot hold",
  LibreOffice: "product name",
  Salesforce: "CRM product name",
  Zoho: "CRM product name",
  "Node.js": "runtime name, in a memory message",
  "sales-kit": "the command's name",
  Sales: "the product name Sales Kit",
  Kit: "the product name Sales Kit",
  Word: "Microsoft Word, naming a file type",
  zip: "file type",
  xlsx: "file type",
  xls: "file type",
  csv: "file type",
  NaN: "a value zod reports",
  "true/false": "YAML booleans",
  true: "YAML boolean typed in a plan",
  // Commands and their arguments, shown as typed.
  collect: "sales-kit command",
  demo: "sales-kit command",
  goals: "sales-kit command / file name stem",
  "goals-": "default file name stem",
  incentives: "sales-kit command",
  "incentives-": "default file name stem",
  import: "sales-kit command",
  reviews: "sales-kit command",
  examples: "folder name",
  proc: "system folder /proc",
  sys: "system folder /sys",
  dev: "system folder /dev",
  "en-US": "locale code",
  "zh-CN": "locale code",
  "utf-8": "encoding name",
  "windows-1252": "encoding name",
  gb18030: "encoding name",
  "utf-16le": "encoding name",
  heap: "Node's own error text quoted (heap out of memory)",
  out: "Node's own error text quoted (heap out of memory)",
  of: "Node's own error text quoted (heap out of memory)",
  memory: "Node's own error text quoted (heap out of memory)",
  US$: "currency sign",
  HK$: "currency sign",
  // Values typed into plan, mapping and function arguments, and the sheet cells formulas compare.
  marginal: "tier method value compared by the Calculation formulas",
  retro: "tier method value compared by the Calculation formulas",
  equal: "pool split value of the plan",
  share: "award tie value of the plan",
  carry: "negativeTrueUp value typed in a plan",
  claw: "negativeTrueUp value typed in a plan",
  role: "plan key reps[].role",
  roles: "plan key payout.roles (a tier table per role)",
  "payout.roles": "plan key path",
  measures: "plan key path measures[n]",
  rate: "exchangeRates entry key typed in a plan",
  all: "award tie value of the plan",
  first: "award tie value of the plan",
  nothing: "zero-quota rule value of the plan",
  goal: "quotaFrom value",
  crm: "plan key measures[].crm (a measure paid from the CRM export)",
  collected: "measures[].crm value typed in a plan (回款 by payment date)",
  profile: "mapping key",
  "fxiaoke-payments": "CRM profile id typed in a mapping",
  plan: "quotaFrom value",
  quota: "plan key",
  reps: "plan key (reps[].quotas)",
  quotas: "plan key (reps[].quotas)",
  owners: "mapping key",
  won: "mapping key / function argument",
  lost: "mapping key / function argument",
  open: "mapping key",
  higher: "function argument value",
  lower: "function argument value",
  workdays: "function argument value",
  calendar: "function argument value",
  min: "Excel function in a formula description",
  from: "plan key (tiers[].from)",
  ote: "plan key",
  id: "plan key / CRM user id header",
  payout: "plan key",
  "needs-discovery": "an example of an id the user writes",
  "a-z": "the characters an id may hold",
  History: "the sheet name Excel reserves",
  as: 'chart spec key (as: "line"), a message for developers',
  line: 'chart spec value (as: "line"), a message for developers',
  max: "Excel function in a formula description",
};

/** Argument names of the custom functions, which the Chinese help names as Excel shows them. */
function functionArguments(): Set<string> {
  const text = fs.readFileSync(path.join(SRC, "functions/catalogue.ts"), "utf8");
  return new Set([...text.matchAll(/name: "([a-z][A-Za-z0-9]*)"/g)].map((m) => m[1]));
}

/** Literals that are not Chinese texts of the product: bilingual by design, or data. */
function exempt(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    // JSON-schema descriptions ("English / 中文") for config authors: the argument of .describe(), not
    // the schema it is called on, whose bi(...) messages are Chinese texts like any other.
    if (
      n.parent &&
      ts.isCallExpression(n.parent) &&
      ts.isPropertyAccessExpression(n.parent.expression) &&
      n.parent.expression.name.text === "describe" &&
      n.parent.arguments.some((a) => a === n)
    )
      return true;
    // Dropdown labels that carry both languages in both locales: returned files are read in either.
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === "CHOICES") return true;
    // The review demo's bilingual sample names and the function examples' data, matched by their formulas.
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === "DEMO_REPS") return true;
    if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === "example") return true;
    // Patterns, not texts.
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "RegExp") return true;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && /TOKENS|PATTERN/.test(n.name.text))
      return true;
  }
  return false;
}

function isChinese(node: ts.Node, text: string, file: string): boolean {
  if (file.endsWith(`i18n${path.sep}zh-CN.ts`)) return true;
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "zh" && p.initializer === n)
      return true;
    if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) && /^zh(CN)?$/.test(p.name.text)) return true;
    if (
      ts.isCallExpression(p) &&
      ts.isIdentifier(p.expression) &&
      p.expression.text === "bi" &&
      p.arguments[1] === n
    )
      return true;
  }
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk > 0 && cjk >= (text.match(/[A-Za-z]/g)?.length ?? 0);
}

interface Found {
  word: string;
  where: string;
  text: string;
}

function latinInChinese(): Found[] {
  const args = functionArguments();
  const found: Found[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const literal =
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node);
      if (literal) {
        const text = (node as ts.LiteralLikeNode).text;
        if (/[\u3400-\u9fff]/.test(text) && isChinese(node, text, file) && !exempt(node)) {
          // {name} placeholders are filled with data.
          const words = text
            .replace(/\{\w+\}/g, "")
            .matchAll(/(?:--?)?[A-Za-z][A-Za-z0-9_$-]*(?:[./][A-Za-z0-9_-]+)*/g);
          for (const [word] of words) {
            const ok =
              ALLOWED[word] !== undefined || args.has(word) || CODE_SHAPES.some(([re]) => re.test(word));
            if (!ok) {
              const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
              found.push({ word, where: `${path.relative(SRC, file)}:${line}`, text });
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("Chinese texts hold no English", () => {
  it("has no Latin word outside codes and the allow-list in any zh-CN string", () => {
    const found = latinInChinese();
    expect(found.map((f) => `${f.where}: "${f.word}" in ${JSON.stringify(f.text.slice(0, 80))}`)).toEqual([]);
  });

  it("finds English where it is (the check itself works)", () => {
    // The scanner must see a word in a zh message; run it over a text that has one.
    const probe = ts.createSourceFile(
      "probe.ts",
      'const m = { zh: "按 marginal 与 every 计算" };',
      ts.ScriptTarget.Latest,
      true,
    );
    const words: string[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isStringLiteral(n) && isChinese(n, n.text, "probe.ts"))
        for (const [w] of n.text.matchAll(/[A-Za-z]+/g)) if (ALLOWED[w] === undefined) words.push(w);
      ts.forEachChild(n, visit);
    };
    visit(probe);
    expect(words).toEqual(["every"]);
  });
});
