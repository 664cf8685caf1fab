/**
 * `sales-kit import` run in-process through main(): the workbook written for each kind of export,
 * the mapping step for an unknown one, and input errors that write nothing.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../../src/cli/main";

const FIXTURES = path.join(__dirname, "../../fixtures/crm");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sales-kit-import-"));
  for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}, heapLimit?: number) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd: dir,
    env,
    ...(heapLimit !== undefined ? { heapLimit } : {}),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(dir, file)) as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

describe("sales-kit import", () => {
  it("writes the KPI workbook for a Zoho export and says what it read", async () => {
    const r = await run([
      "import",
      "zoho-deals.csv",
      "--roster",
      "roster.csv",
      "--mapping",
      "owners.mapping.json",
      "--as-of",
      "2027-03-20",
      "--out",
      "kpis.xlsx",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Wrote kpis\.xlsx: Zoho CRM Deals; 11 rows read, 8 imported, 3 not imported, 0 warning\(s\); periods 2027-Q1, 2027-01, 2027-02, 2027-03; as of 2027-03-20$/m,
    );
    expect(r.stdout).toContain("zoho-deals.csv, row 9, Amount: the amount is not a number");
    expect(r.stdout).toContain("Owners not on the roster (rows kept): Mark Davis");
    expect(await sheetNames("kpis.xlsx")).toEqual([
      "CRM KPIs",
      "CRM funnel",
      "Follow-ups",
      "CRM data",
      "Import report",
      "KPI history",
    ]);
  });

  it("reads a GBK orders export and writes Chinese sheets, with the periods asked for", async () => {
    const r = await run(
      [
        "import",
        "fxiaoke-orders.gbk.csv",
        "-r",
        "roster.csv",
        "-p",
        "2027-Q1",
        "-p",
        "2027-03",
        "--as-of",
        "2027/3/20",
        "--locale",
        "zh-CN",
      ],
      { LANG: "zh_CN.UTF-8" },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^已写入 fxiaoke-orders\.gbk-kpis\.xlsx：纷享销客 销售订单，读取 11 行，导入 9 行，未导入 2 行/m,
    );
    expect(r.stdout).toContain("期间 2027-Q1、2027-03");
    expect(await sheetNames("fxiaoke-orders.gbk-kpis.xlsx")).toEqual([
      "CRM指标",
      "待跟进",
      "CRM数据",
      "导入报告",
      "历史快照",
    ]);
  });

  it("shows the columns and a mapping to fill in when no profile knows the export, and writes nothing", async () => {
    const r = await run(["import", "custom-export.csv", "--roster", "roster.csv", "--out", "x.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("3 problem(s) in the input; nothing was written:");
    expect(r.stderr).toContain("custom-export.csv, Owner: no Owner column: name it in the mapping");
    expect(r.stderr).toContain("Handled by  (Emily Chen | Emily Chen | Emily Chen)");
    expect(r.stderr).toContain('"amount": "Value (EUR)"');
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
    const mapped = await run([
      "import",
      "custom-export.csv",
      "-r",
      "roster.csv",
      "-m",
      "custom-export.mapping.json",
      "-o",
      "x.xlsx",
    ]);
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toMatch(/^Wrote x\.xlsx: Custom mapping; 4 rows read, 4 imported/m);
  });

  it("reports every bad input at once: period, date, mapping file, targets; nothing written", async () => {
    fs.writeFileSync(path.join(dir, "bad-map.json"), JSON.stringify({ columns: { colour: "Stage" } }));
    fs.writeFileSync(path.join(dir, "targets.csv"), "姓名,目标\n李伟,一百万\n");
    const r = await run([
      "import",
      "zoho-deals.csv",
      "-r",
      "roster.csv",
      "-m",
      "bad-map.json",
      "-t",
      "targets.csv",
      "-p",
      "2027-Q5",
      "--as-of",
      "soon",
      "-o",
      "out.xlsx",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad-map.json, columns: unknown field(s)");
    expect(r.stderr).toContain('targets.csv, row 2, 目标: "一百万" is not a target amount');
    expect(r.stderr).toContain('period: "2027-Q5" is not a period');
    expect(r.stderr).toContain('--as-of: "soon" is not a date');
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("with --goals writes the goal sheets too, linked both ways, for the goal period and its months", async () => {
    fs.writeFileSync(
      path.join(dir, "goals.yaml"),
      "period: 2027-Q1\nmetrics:\n  - id: revenue\n    weight: 1\n    target: 60000\n",
    );
    const r = await run([
      "import",
      "zoho-deals.csv",
      "-r",
      "roster.csv",
      "-m",
      "owners.mapping.json",
      "--goals",
      "goals.yaml",
      "--as-of",
      "2027-03-20",
      "-o",
      "q1.xlsx",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("periods 2027-Q1, 2027-01, 2027-02, 2027-03");
    expect(r.stdout).toContain(
      'Goal sheet "Goals 2027-Q1": the monthly actuals of Revenue read the KPI sheet; pipeline coverage is measured against its revenue targets and gaps',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(dir, "q1.xlsx")) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 1)).toEqual(["Goals 2027-Q1"]);
    expect(names).toContain("CRM KPIs");
    const formulas = (sheet: string) => {
      const found: string[] = [];
      wb.getWorksheet(sheet)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) found.push(cell.formula);
        }),
      );
      return found;
    };
    // The KPI sheet's targets and gaps read the goal sheet; the goal sheet's actuals read the KPI sheet.
    expect(formulas("CRM KPIs").filter((f) => f.includes("'Goals 2027-Q1'!")).length).toBeGreaterThanOrEqual(
      4 * 5,
    );
    expect(formulas("Goals 2027-Q1").filter((f) => /^'CRM KPIs'!\$[A-Z]+\$\d+$/.test(f)).length).toBe(4 * 3);
  });

  it("with --goals but no revenue metric, links the actuals it can and keeps the coverage targets inputs (Chinese)", async () => {
    fs.writeFileSync(
      path.join(dir, "goals.yaml"),
      "period: 2027-Q1\nmetrics:\n  - id: newCustomers\n    weight: 1\n    target: 6\n",
    );
    const r = await run(
      [
        "import",
        "zoho-deals.csv",
        "-r",
        "roster.csv",
        "-m",
        "owners.mapping.json",
        "-g",
        "goals.yaml",
        "-o",
        "q1.xlsx",
      ],
      { LANG: "zh_CN.UTF-8" },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /目标表“.+”中 新客户数? 的月度实际值取自指标表；目标表没有收入类指标，覆盖率的目标仍为输入项/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(dir, "q1.xlsx")) as unknown as ArrayBuffer);
    const kpi = wb.worksheets.find((w) => w.name === "CRM指标")!;
    let linkedTargets = 0;
    kpi.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula && cell.formula.includes("目标")) linkedTargets++;
      }),
    );
    expect(linkedTargets).toBe(0);
  });

  it("reports a broken goal config with the other inputs, and writes nothing", async () => {
    fs.writeFileSync(path.join(dir, "goals.yaml"), "period: 2027-Q9\nmetrics: []\n");
    const r = await run([
      "import",
      "zoho-deals.csv",
      "-r",
      "roster.csv",
      "-g",
      "goals.yaml",
      "-o",
      "q1.xlsx",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("goals.yaml");
    expect(r.stderr).toContain("period");
    expect(fs.existsSync(path.join(dir, "q1.xlsx"))).toBe(false);
  });

  it("says before writing when the heap may not hold the workbook, and how to give it more", async () => {
    // 64 MB of heap for 8 records: 100 MB + 8 x 12 KB = 104,955,904 bytes, 0.1 GB; a quarter more is
    // 0.12 GB, rounded up to 1,024 MB.
    const args = [
      "import",
      "zoho-deals.csv",
      "-r",
      "roster.csv",
      "-m",
      "owners.mapping.json",
      "--as-of",
      "2027-03-20",
      "-o",
      "kpis.xlsx",
    ];
    const r = await run(args, {}, 64 * 1024 * 1024);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'Note: writing 8 rows needs about 0.1 GB of memory and this Node.js may use 0.1 GB; if it stops with "heap out of memory", run it again with NODE_OPTIONS=--max-old-space-size=1024.\n',
    );
    expect(fs.existsSync(path.join(dir, "kpis.xlsx"))).toBe(true);
    const zh = await run([...args, "--force"], { LANG: "zh_CN.UTF-8" }, 64 * 1024 * 1024);
    expect(zh.stderr).toContain("注意：写入 8 行约需 0.1 GB 内存，而此 Node.js 最多可用 0.1 GB");
    expect(zh.stderr).toContain("NODE_OPTIONS=--max-old-space-size=1024");
  });

  it("keeps an existing output file unless --force, and needs a roster and one export", async () => {
    fs.writeFileSync(path.join(dir, "kpis.xlsx"), "keep me");
    const args = ["import", "zoho-deals.csv", "-r", "roster.csv", "-o", "kpis.xlsx"];
    const kept = await run(args);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain("already exists");
    expect(fs.readFileSync(path.join(dir, "kpis.xlsx"), "utf8")).toBe("keep me");
    expect((await run([...args, "--force"])).code).toBe(0);
    expect((await run(["import", "zoho-deals.csv"])).code).toBe(2);
    expect((await run(["import", "-r", "roster.csv"])).code).toBe(2);
    const missing = await run(["import", "nope.csv", "-r", "roster.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.csv: file not found");
  });

  it("is listed in the help", async () => {
    const help = await run(["import", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("-m, --mapping <map.json>");
    expect((await run(["--help"])).stdout).toMatch(/^ {2}import {2,}Import a CRM export/m);
  });
});
