/**
 * No English in what Sales Kit writes for a Chinese reader (issue 22): every generator family is run
 * through the command line in Chinese (goals; incentives with pay statements, the mechanics of
 * docs/incentive-mechanics.md and CRM actuals; whole-team reviews and their summary; the CRM import;
 * the weekly dashboard), and every text cell, sheet name and message must hold no Latin word except
 * codes (Excel functions, CRM, KPI, cell references), flags and file names, the values a plan or
 * mapping types (marginal, equal ...) and what the user typed (names and labels of the input files).
 * src/i18n's own texts are checked word by word in zh-latin.test.ts; this checks them as assembled.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import YAML from "yaml";
import { CHOICES } from "../../src/i18n/sheets/reviews";
import { INCENTIVE_TEXTS } from "../../src/i18n/sheets/incentives";
import { makeTempDir, removeTempDir, runMain, type CliResult } from "../support/cli";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const FIXTURES = path.resolve(__dirname, "../fixtures/crm");

/** The plan of examples/incentives/mechanics.yaml with Chinese names: every mechanic in one plan. */
const MECHANICS_ZH = `
name: 机制示例方案
currency: CNY
period: { start: 2027-01, months: 3 }
payFrequency: monthly
compensation: { targetIncentive: 60000 }
exchangeRates: [{ currency: USD, rate: 7.1 }]
measures:
  - id: xse
    name: 销售额
    quota: 100000
    payoutCapTI: 300%
    payout:
      type: tiers
      on: attainment
      method: marginal
      roles:
        - { role: 客户经理, tiers: [{ from: 0, rate: 4% }, { from: 1, rate: 8% }] }
        - { role: 销售助理, tiers: [{ from: 0, rate: 2% }, { from: 1, rate: 4% }] }
  - id: ljxse
    name: 累计销售额
    quota: 50000
    ytd: true
    payout: { type: tiers, on: attainment, method: retro, tiers: [{ from: 0, rate: 3% }, { from: 1, rate: 6% }] }
negativeTrueUp: claw
draw: { amount: 2000, recoverable: true }
actuals:
  - { rep: 张伟, measure: xse, values: [120000, 80000, 50000] }
  - { rep: 李娜, measure: xse, values: [10000, 40000, 12000], currency: USD }
  - { rep: 王芳, measure: xse, values: [40000, 160000, 100000] }
  - { rep: 张伟, measure: ljxse, values: [60000, 20000, 90000] }
  - { rep: 李娜, measure: ljxse, values: [30000, 70000, 40000] }
  - { rep: 王芳, measure: ljxse, values: [50000, 50000, 0] }
credits:
  - deal: 合同-1
    period: 2
    measure: xse
    amount: 30000
    shares: [{ rep: 张伟, share: 1 }, { rep: 王芳, share: 0, quotaShare: 1 }]
returns:
  - { rep: 张伟, measure: xse, period: 3, paidIn: 1, amount: 10000, document: 红字-101 }
`;

const MECHANICS_ROSTER =
  "姓名,职位,团队,经理,入职日期\n张伟,客户经理,华北,周敏,2024-03-01\n李娜,销售助理,华北,周敏,2027-02-10\n王芳,客户经理,华南,吴刚,2023-07-10\n";

/** Values a plan or mapping types, which the Plan sheet's formulas compare; each note names its Chinese term. */
const PLAN_VALUES = new Set([
  "marginal",
  "retro",
  "equal",
  "proRata",
  "share",
  "all",
  "first",
  "baseRate",
  "nothing",
]);
PLAN_VALUES.add("carry").add("claw");

/** Codes and commands that stay as they are in a Chinese text. */
const CODES = new Set([
  ...["sales-kit", "goals", "incentives", "reviews", "collect", "import", "dashboard", "demo", "history"],
  ...["en-US", "zh-CN", "owners", "crm", "amount", "collected", "goal", "zip", "xlsx"],
  ...["Excel", "Zoho", "Salesforce"], // product names
]);

/** Every Latin word the user typed in the input files: names, labels, ids, plan values. */
function typedWords(files: readonly string[]): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const [w] of text.matchAll(/[A-Za-z][A-Za-z0-9_.-]*/g)) words.add(w.replace(/\.$/, ""));
  };
  const values = (v: unknown): void => {
    if (typeof v === "string") add(v);
    else if (Array.isArray(v)) v.forEach(values);
    else if (v && typeof v === "object") Object.values(v).forEach(values);
  };
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    // Keys of a plan are English by design; only the values are the user's words.
    if (/\.ya?ml$/.test(file)) values(YAML.parse(text));
    else add(text);
  }
  return words;
}

/** The Latin words of one text that are neither codes nor the user's own. */
function englishIn(text: string, typed: ReadonlySet<string>): string[] {
  const bilingual = new Set<string>(
    Object.values(CHOICES).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v as object))),
  );
  // Dropdown labels carry both languages (a returned form is read in either); a form's hidden marker is data.
  if (bilingual.has(text) || text.startsWith("sales-kit-form ")) return [];
  const stripped = text
    .replace(/[\w.+-]+@[\w.-]+/g, "") // emails
    .replace(/(?<![\w-])--?[a-z][\w-]*/g, " ") // flags
    .replace(/\b(?:utf|gb|windows|big5|shift_jis|iso)[\w-]*/gi, " ") // text encodings
    .replace(/\S*[/\\]\S*/g, " ") // paths
    .replace(/\S*\.(?:csv|xlsx|xls|json|ya?ml|zip|md|png)\b/gi, " "); // file names
  return [...stripped.matchAll(/[A-Za-z][A-Za-z0-9_.-]*/g)]
    .map((m) => m[0].replace(/\.$/, ""))
    .filter(
      (w) =>
        !typed.has(w) &&
        !PLAN_VALUES.has(w) &&
        !CODES.has(w) &&
        !/^[A-Z][A-Z0-9_]*(?:[./-][A-Z0-9_]+)*$/.test(w) && // CRM, KPI, SUMIFS, TODAY, CNY, N/A
        !/^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$|^\d*[QH]\d$/.test(w) && // cell references, period codes
        !/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(w), // plan keys named in a note (quotaFrom)
    );
}

function cellText(v: ExcelJS.CellValue): string | null {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return null;
}

async function englishInWorkbook(file: string, typed: ReadonlySet<string>): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const found: string[] = [];
  const name = path.basename(file);
  for (const ws of book.worksheets) {
    for (const w of englishIn(ws.name, typed)) found.push(`${name} sheet "${ws.name}": ${w}`);
    // The Plan sheet explains pay in both languages by design (src/generators/incentives/plan-sheet.ts):
    // the English explanation, from its title to the blank row after it, is left out here.
    let english = false;
    ws.eachRow({ includeEmpty: true }, (row) => {
      const first = row.getCell(1).value;
      if (first === INCENTIVE_TEXTS["en-US"].explain.title) english = true;
      else if (english && (first === null || first === "")) english = false;
      if (english) return;
      row.eachCell((cell) => {
        const text = cellText(cell.value);
        if (text)
          for (const w of englishIn(text, typed))
            found.push(`${name} ${ws.name}!${cell.address}: ${w} in "${text.slice(0, 70)}"`);
      });
    });
  }
  return found;
}

function workbooksUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? workbooksUnder(path.join(dir, e.name))
        : e.name.endsWith(".xlsx")
          ? [path.join(dir, e.name)]
          : [],
    );
}

describe("what Sales Kit writes in Chinese", () => {
  let dir: string;
  let typed: Set<string>;
  const runs: { args: string[]; result: CliResult }[] = [];
  const run = async (...args: string[]) => {
    const result = await runMain([...args, "--lang", "zh-CN"], { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
    runs.push({ args, result });
    return result;
  };

  beforeAll(async () => {
    dir = makeTempDir("sales-kit-zh-");
    const copy = (from: string, to: string) => fs.copyFileSync(from, path.join(dir, to));
    copy(path.join(EXAMPLES, "goals/roster.zh-CN.csv"), "名单.csv");
    copy(path.join(EXAMPLES, "goals/goals.zh-CN.yaml"), "目标.yaml");
    copy(path.join(EXAMPLES, "incentives/huikuan.zh-CN.yaml"), "回款提成.yaml");
    copy(path.join(EXAMPLES, "incentives/huikuan.roster.zh-CN.csv"), "回款名单.csv");
    copy(path.join(EXAMPLES, "incentives/crm/回款方案.yaml"), "回款方案.yaml");
    copy(path.join(EXAMPLES, "incentives/crm/回款.csv"), "回款.csv");
    copy(path.join(EXAMPLES, "incentives/crm/团队.csv"), "团队.csv");
    copy(path.join(FIXTURES, "fxiaoke-opportunities.csv"), "商机.csv");
    fs.writeFileSync(path.join(dir, "机制.yaml"), MECHANICS_ZH);
    fs.writeFileSync(path.join(dir, "机制名单.csv"), MECHANICS_ROSTER);
    typed = typedWords(fs.readdirSync(dir).map((f) => path.join(dir, f)));

    const ok = (r: CliResult) => {
      if (r.code !== 0) throw new Error(r.stderr);
    };
    ok(await run("goals", "-r", "名单.csv", "-c", "目标.yaml", "-o", "目标表.xlsx", "--locale", "zh-CN"));
    ok(
      await run(
        "incentives",
        "-r",
        "回款名单.csv",
        "-c",
        "回款提成.yaml",
        "-o",
        "回款激励.xlsx",
        "--statements",
        "回款结算单",
        "--locale",
        "zh-CN",
      ),
    );
    ok(
      await run(
        "incentives",
        "-r",
        "机制名单.csv",
        "-c",
        "机制.yaml",
        "-o",
        "机制激励.xlsx",
        "--statements",
        "机制结算单",
        "--locale",
        "zh-CN",
      ),
    );
    ok(
      await run(
        "incentives",
        "-r",
        "团队.csv",
        "-c",
        "回款方案.yaml",
        "--crm",
        "回款.csv",
        "-o",
        "回款CRM.xlsx",
        "--locale",
        "zh-CN",
      ),
    );
    ok(
      await run(
        "import",
        "商机.csv",
        "-r",
        "名单.csv",
        "--goals",
        "目标.yaml",
        "--as-of",
        "2027-05-20",
        "-o",
        "周报.xlsx",
        "--locale",
        "zh-CN",
      ),
    );
    ok(await run("dashboard", "--in", "周报.xlsx", "-o", "看板.xlsx"));
    ok(
      await run(
        "reviews",
        "--roster",
        "名单.csv",
        "--period",
        "2027-H1",
        "--out",
        "评审",
        "--locale",
        "zh-CN",
      ),
    );
    ok(await run("collect", "评审", "--out", "评审汇总.xlsx", "--locale", "zh-CN"));
    // Messages of refused input and of help, in Chinese.
    for (const command of ["goals", "incentives", "reviews", "collect", "import", "dashboard", "demo"])
      await run(command, "--help");
    await run("--help");
    await run("goals", "-r", "没有这个文件.csv", "-c", "目标.yaml");
    await run("incentives", "-r", "机制名单.csv", "-c", "名单.csv");
    // A picture given as the CRM export.
    fs.writeFileSync(
      path.join(dir, "商机.png"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    );
    await run("import", "商机.png", "-r", "名单.csv");
    await run("dashboard", "--in", "名单.csv");
    await run("collect", "没有这个文件夹");
  }, 600_000);

  afterAll(() => removeTempDir(dir));

  it("writes a workbook of every family", () => {
    const names = workbooksUnder(dir).map((f) => path.relative(dir, f));
    for (const f of [
      "目标表.xlsx",
      "回款激励.xlsx",
      "机制激励.xlsx",
      "回款CRM.xlsx",
      "周报.xlsx",
      "看板.xlsx",
      "评审汇总.xlsx",
    ])
      expect(names).toContain(f);
    expect(names.filter((n) => n.startsWith("机制结算单")).length).toBe(3);
    expect(names.filter((n) => n.startsWith("评审")).length).toBeGreaterThan(6);
  });

  it("holds no English word in any sheet name or text cell", async () => {
    const found: string[] = [];
    for (const file of workbooksUnder(dir)) found.push(...(await englishInWorkbook(file, typed)));
    expect(found).toEqual([]);
  });

  it("prints no English word in help, progress or error messages", () => {
    const found = runs.flatMap(({ args, result }) =>
      `${result.stdout}\n${result.stderr}`
        .split("\n")
        // Usage lines and examples are command lines: codes, flags and file names.
        .filter(
          (line) =>
            !/^\s*(?:sales-kit|npm) /.test(line) ||
            /[\u4e00-\u9fff]/.test(line.replace(/\S*\.(?:csv|xlsx|yaml)\b/g, "")),
        )
        .flatMap((line) =>
          englishIn(line, typed).map(
            (w) => `sales-kit ${args.join(" ")}: ${w} in "${line.trim().slice(0, 90)}"`,
          ),
        ),
    );
    expect(found).toEqual([]);
  });

  it("refused what it should, in Chinese", () => {
    const refused = runs.filter((r) => r.result.code !== 0);
    expect(refused.length).toBe(5);
    for (const r of refused) expect(r.result.stderr).toMatch(/[\u4e00-\u9fff]/);
  });

  it("finds English where it is (the check itself works)", () => {
    expect(englishIn("本期最佳销售：Best rep of the period", new Set())).toEqual([
      "Best",
      "rep",
      "of",
      "the",
      "period",
    ]);
    expect(
      englishIn("指标 1：回款额（huikuan），填 marginal；见 '提成计算'!K9 与 SUMIFS", new Set(["huikuan"])),
    ).toEqual([]);
  });
});
