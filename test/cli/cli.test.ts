/**
 * The sales-kit command line, run in-process through main() with its own folder and output streams:
 * help, the goals command end to end (file written with frozen headers, unlocked inputs, live TODAY()),
 * errors naming file, row and field with nothing written, encodings, --force, and the demo.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples", "goals");

let dir: string;
beforeEach(() => (dir = makeTempDir("sales-kit-cli-", EXAMPLES, ["roster.csv", "goals.yaml"])));
afterEach(() => removeTempDir(dir));

const run = (args: string[], env: Record<string, string> = {}) => runMain(args, { cwd: dir, env });

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(dir, file)) as unknown as ArrayBuffer);
  return wb;
}

describe("help", () => {
  it("lists the commands in English, or in Chinese with --lang or LANG", async () => {
    const en = await run(["--help"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^ {2}goals {2,}Generate goal sheets/m);
    expect(en.stdout).toMatch(/^ {2}demo {2,}Write sales-kit-demo.xlsx/m);
    expect((await run(["--help", "--lang", "zh-CN"])).stdout).toMatch(
      /命令：[\s\S]*goals +根据名单和配置生成目标表/,
    );
    expect((await run(["--help"], { LANG: "zh_CN.UTF-8" })).stdout).toContain("用法：");
  });

  it("shows each command's options, and exits 2 on a bad command line", async () => {
    const help = await run(["goals", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("-r, --roster <file>");
    expect(help.stdout).toContain("--as-of <date>");
    expect((await run([])).code).toBe(2);
    const unknown = await run(["goal"]);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('Unknown command "goal"')]);
    const badFlag = await run(["goals", "--rooster", "x"]);
    expect([badFlag.code, badFlag.stderr]).toEqual([2, expect.stringContaining("Bad command line")]);
    expect((await run(["goals", "--roster", "roster.csv"])).stderr).toContain(
      "Both --roster and --config are required",
    );
  });
});

describe("sales-kit goals", () => {
  it("writes the goal workbook with live TODAY(), frozen headers, unlocked inputs and print setup", async () => {
    const r = await run(["goals", "--roster", "roster.csv", "--config", "goals.yaml"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "Wrote goals-2027-Q1.xlsx: 12 reps x 3 metrics; sheets: Goals 2027-Q1, Scorecard 2027-Q1, Teams 2027-Q1, " +
        "Goal settings 2027-Q1, Ramp 2027-Q1\n",
    );
    const wb = await load("goals-2027-Q1.xlsx");
    const goals = wb.getWorksheet("Goals 2027-Q1")!;
    expect(goals.views[0]).toMatchObject({ state: "frozen", xSplit: 4, ySplit: 6 });
    expect(goals.getCell("A7").value).toBe("Li Wei");
    expect(goals.getCell("L7").protection.locked).toBe(false); // January actual: an input
    expect(goals.getCell("H7").protection?.locked).not.toBe(false); // the ramped target: a formula
    expect(goals.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
    const settings = wb.getWorksheet("Goal settings 2027-Q1")!;
    expect((settings.getCell("B7").value as ExcelJS.CellFormulaValue).formula).toBe(
      "MIN(MAX(TODAY(),$B$5),$B$6)",
    );
  });

  it("writes Chinese sheets with --locale and fixes the as-of date with --as-of", async () => {
    const r = await run([
      "goals",
      "-r",
      "roster.csv",
      "-c",
      "goals.yaml",
      "-o",
      "目标.xlsx",
      "--locale",
      "zh-CN",
      "--as-of",
      "2027-02-15",
    ]);
    expect(r.code).toBe(0);
    const wb = await load("目标.xlsx");
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "目标 2027-Q1",
      "计分卡 2027-Q1",
      "团队汇总 2027-Q1",
      "目标设置 2027-Q1",
      "爬坡 2027-Q1",
    ]);
    // Written as the serial 46433 with a date format, which ExcelJS reads back as a date.
    expect(wb.getWorksheet("目标设置 2027-Q1")!.getCell("B7").value).toEqual(new Date(Date.UTC(2027, 1, 15)));
  });

  it("names file, row and field of every problem and writes nothing", async () => {
    fs.writeFileSync(path.join(dir, "roster.csv"), "name,team,hire date\nAnn,East,2027-02-30\nBo,,\n");
    fs.writeFileSync(
      path.join(dir, "goals.yaml"),
      "period: 2027-Q1\nmetrics:\n  - id: revenue\n    weight: 2\n",
    );
    const r = await run(["goals", "--roster", "roster.csv", "--config", "goals.yaml", "--out", "out.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "2 problem(s) in the input; nothing was written:\n" +
        '  roster.csv, row 2, hire date: "2027-02-30" is not a date; write 2027-03-01, 2027/3/1 or 2027年3月1日\n' +
        "  roster.csv, row 3, team: team is empty\n",
    );
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);

    // The shape of the config is checked first; the checks against the roster follow once it is right.
    fs.writeFileSync(path.join(dir, "roster.csv"), "name,team\nAnn,East\n");
    const inChinese = ["goals", "-r", "roster.csv", "-c", "goals.yaml", "-o", "out.xlsx", "--lang", "zh-CN"];
    const zh = await run(inChinese);
    expect(zh.stderr).toBe(
      "输入有 1 处问题，未写入任何文件：\n  goals.yaml，metrics[0].weight：不能大于 1\n",
    );
    fs.writeFileSync(
      path.join(dir, "goals.yaml"),
      "period: 2027-Q1\nmetrics:\n  - id: revenue\n    weight: 1\n",
    );
    const next = await run(inChinese);
    expect(next.stderr).toContain(
      'goals.yaml，targets["Ann"].revenue：Ann 的销售额没有目标：请提供基线和增长率、指定目标，或在指标上设置默认目标',
    );
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("reports the line of a YAML or JSON syntax error and a missing file", async () => {
    fs.writeFileSync(path.join(dir, "bad.yaml"), "period: 2027-Q1\nmetrics: [\n  {id: revenue\n");
    const yaml = await run(["goals", "-r", "roster.csv", "-c", "bad.yaml"]);
    expect(yaml.stderr).toMatch(/bad\.yaml, row \d, YAML: syntax error/);
    fs.writeFileSync(path.join(dir, "bad.json"), '{\n  "period": "2027-Q1",\n  "metrics": [,]\n}\n');
    expect((await run(["goals", "-r", "roster.csv", "-c", "bad.json"])).stderr).toMatch(
      /bad\.json, row 3, JSON: syntax error/,
    );
    expect((await run(["goals", "-r", "nobody.csv", "-c", "goals.yaml"])).stderr).toContain(
      "nobody.csv: file not found",
    );
  });

  it("reads a GBK roster (Excel's CSV on Chinese Windows) and a JSON roster", async () => {
    // "姓名,团队\n李伟,华东\n" in GBK.
    const gbk = [
      0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xcd, 0xc5, 0xb6, 0xd3, 0x0a, 0xc0, 0xee, 0xce, 0xb0, 0x2c, 0xbb, 0xaa,
      0xb6, 0xab, 0x0a,
    ];
    fs.writeFileSync(path.join(dir, "gbk.csv"), Buffer.from(gbk));
    fs.writeFileSync(
      path.join(dir, "one.yaml"),
      "period: 2027-03\nmetrics:\n  - id: revenue\n    weight: 1\n    target: 100000\n",
    );
    const r = await run(["goals", "-r", "gbk.csv", "-c", "one.yaml", "-o", "gbk.xlsx"]);
    expect(r.code).toBe(0);
    expect((await load("gbk.xlsx")).getWorksheet("Goals 2027-03")!.getCell("B7").value).toBe("华东");
    fs.writeFileSync(path.join(dir, "team.json"), JSON.stringify([{ name: "Amy", team: "North" }]));
    expect((await run(["goals", "-r", "team.json", "-c", "one.yaml", "-o", "json.xlsx"])).code).toBe(0);
  });

  it("keeps an existing file unless --force", async () => {
    fs.writeFileSync(path.join(dir, "mine.xlsx"), "precious");
    const kept = await run(["goals", "-r", "roster.csv", "-c", "goals.yaml", "-o", "mine.xlsx"]);
    expect([kept.code, kept.stderr]).toEqual([1, expect.stringContaining("mine.xlsx: already exists")]);
    expect(fs.readFileSync(path.join(dir, "mine.xlsx"), "utf8")).toBe("precious");
    expect(
      (await run(["goals", "-r", "roster.csv", "-c", "goals.yaml", "-o", "mine.xlsx", "--force"])).code,
    ).toBe(0);
    expect(fs.readFileSync(path.join(dir, "mine.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("sales-kit demo", () => {
  it("writes sales-kit-demo.xlsx from the bundled sample data", async () => {
    const r = await run(["demo"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Wrote sales-kit-demo\.xlsx \(sample: 12 reps in two teams, one quarter, one new hire\)/,
    );
    const wb = await load("sales-kit-demo.xlsx");
    expect(wb.getWorksheet("Goals 2027-Q1")!.rowCount).toBeGreaterThanOrEqual(6 + 12 * 3);
  });

  it("runs as a program through bin/sales-kit.js", () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, "bin", "sales-kit.js"), "--help"], {
      env: { ...process.env, SALES_KIT_CLI_FROM_SOURCE: "1", LANG: "C" },
      encoding: "utf8",
    });
    expect(out).toContain("sales-kit <command> [options]");
  });
});
