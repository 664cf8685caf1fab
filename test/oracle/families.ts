/**
 * Every generator family's workbooks as a user gets them from the command line: goal sheets,
 * incentive tables with and without goal sheets, reviews and their index, the collected summary, CRM
 * imports with and without goal sheets, and the demo in both languages. A variant of the sample team
 * carries names and a team with Excel's wildcard characters (* ? ~), which SUMIFS/COUNTIFS criteria
 * must escape.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { sampleExportTable } from "../../src/generators/crm";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";

export interface GeneratedFile {
  readonly family: string;
  readonly name: string;
  readonly data: Buffer;
}

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples");
const CRM_FIXTURES = path.join(ROOT, "test/fixtures/crm");
const CRM_PAY = path.join(EXAMPLES, "incentives/crm");

/** Names of the sample team renamed to hold wildcard characters, in every input that names them. */
const WILDCARD_NAMES: [string, string][] = [
  ["Wang Fang", "Wang*Fang"],
  ["Zhang Jie", "Zhang?Jie"],
  ["Liu Yang", "Liu~Yang"],
  ["Huang Min", "Huang~*Min"],
];

function withWildcards(text: string): string {
  let out = text;
  for (const [from, to] of WILDCARD_NAMES) out = out.split(from).join(to);
  // A team name with a wildcard too: "West" -> "West*" (roster and goal config alike).
  return out.replace(/\bWest\b/g, "West*");
}

function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
}

/**
 * A sample CRM export of `owners` as a CSV file, closed deals before `asOf`; as taken on `takenOn`
 * (the same pipeline a week earlier) when given.
 */
function writeSampleExport(file: string, owners: readonly string[], asOf: number, takenOn?: number): void {
  const table = sampleExportTable(owners, {
    rows: 240,
    asOf,
    largestAmount: 150_000,
    ...(takenOn !== undefined ? { takenOn } : {}),
  });
  const lines = [table.header, ...table.rows.map((r) => r.cells.map(String))].map(csvLine);
  fs.writeFileSync(file, lines.join("\n") + "\n");
}

function rosterNames(file: string): string[] {
  const [, ...rows] = fs.readFileSync(file, "utf8").trim().split("\n");
  return rows.map((r) => r.split(",")[0]);
}

const LABELS = ["5 Exceptional 卓越", "4 Exceeds expectations 超出预期", "3 Meets expectations 符合预期"];

/** Types ratings into the first rows of a review's rating column, as a rep and a manager would. */
async function answerReview(file: string, seed: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let k = seed;
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      const cell = row.getCell(3);
      const validation = cell.dataValidation;
      if (validation?.type === "list" && cell.value === null) cell.value = LABELS[k++ % LABELS.length];
    });
  }
  await wb.xlsx.writeFile(file);
}

async function run(dir: string, args: string[]): Promise<void> {
  const r = await runMain(args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });
  if (r.code !== 0) throw new Error(`sales-kit ${args.join(" ")} failed (${r.code}):\n${r.stderr}`);
}

/** Writes every family into a temporary folder and returns the workbooks. */
export async function generateFamilies(): Promise<GeneratedFile[]> {
  const dir = makeTempDir("sales-kit-families-");
  const files: GeneratedFile[] = [];
  const take = (family: string, file: string) =>
    files.push({
      family,
      name: `${family}/${path.basename(file)}`,
      data: fs.readFileSync(path.join(dir, file)),
    });
  try {
    for (const f of ["roster.csv", "roster.zh-CN.csv", "goals.yaml", "goals.zh-CN.yaml"])
      fs.copyFileSync(path.join(EXAMPLES, "goals", f), path.join(dir, f));
    for (const f of ["plan.yaml", "plan.zh-CN.yaml", "demo-plan.yaml"])
      fs.copyFileSync(path.join(EXAMPLES, "incentives", f), path.join(dir, f));
    fs.mkdirSync(path.join(dir, "crm"));
    for (const f of fs.readdirSync(CRM_FIXTURES))
      fs.copyFileSync(path.join(CRM_FIXTURES, f), path.join(dir, "crm", f));
    for (const f of ["roster.csv", "goals.yaml", "demo-plan.yaml"]) {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      fs.writeFileSync(path.join(dir, `wild-${f}`), withWildcards(text));
    }

    // Goal sheets: live (TODAY()) and with a fixed as-of date, both languages, wildcard names.
    await run(dir, ["goals", "-r", "roster.csv", "-c", "goals.yaml", "-o", "goals.xlsx"]);
    await run(dir, [
      "goals",
      "-r",
      "roster.csv",
      "-c",
      "goals.yaml",
      "--as-of",
      "2027-02-15",
      "-o",
      "goals-asof.xlsx",
    ]);
    await run(dir, ["goals", "-r", "roster.zh-CN.csv", "-c", "goals.zh-CN.yaml", "-o", "goals-zh.xlsx"]);
    await run(dir, [
      "goals",
      "-r",
      "wild-roster.csv",
      "-c",
      "wild-goals.yaml",
      "--as-of",
      "2027-03-20",
      "-o",
      "goals-wild.xlsx",
    ]);
    for (const f of ["goals.xlsx", "goals-asof.xlsx", "goals-zh.xlsx", "goals-wild.xlsx"]) take("goals", f);

    // Incentive tables on their own and with the goal sheets.
    await run(dir, ["incentives", "-r", "roster.csv", "-c", "plan.yaml", "-o", "inc.xlsx"]);
    await run(dir, ["incentives", "-r", "roster.zh-CN.csv", "-c", "plan.zh-CN.yaml", "-o", "inc-zh.xlsx"]);
    for (const f of ["inc.xlsx", "inc-zh.xlsx"]) take("incentives", f);
    // The six written plans: hire and leave dates, ramp draws, TI caps, role tiers, returns,
    // quota credit, year-to-date true-up and currencies (mechanics.yaml), as compensation teams write them.
    const written: readonly [string, string][] = [
      ["saas-ae.yaml", "saas-ae-roster.csv"],
      ["channel-retro.yaml", "channel-roster.csv"],
      ["threshold-marginal.yaml", "threshold-roster.csv"],
      ["two-measures-gate.yaml", "gate-roster.csv"],
      ["new-hire-ramp.yaml", "new-hire-ramp.roster.csv"],
      ["huikuan.zh-CN.yaml", "huikuan.roster.zh-CN.csv"],
      ["mechanics.yaml", "mechanics-roster.csv"],
      ["statements.yaml", "statements-roster.csv"],
    ];
    for (const [plan, roster] of written) {
      for (const f of [plan, roster])
        fs.copyFileSync(path.join(EXAMPLES, "incentives", f), path.join(dir, f));
      const out = plan.replace(/\.yaml$/, ".xlsx");
      await run(dir, ["incentives", "-r", roster, "-c", plan, "-o", out]);
      take("incentive plans", out);
    }
    await run(dir, [
      "incentives",
      "-r",
      "roster.csv",
      "-c",
      "demo-plan.yaml",
      "--goals",
      "goals.yaml",
      "-o",
      "inc-goals.xlsx",
    ]);
    await run(dir, [
      "incentives",
      "-r",
      "wild-roster.csv",
      "-c",
      "wild-demo-plan.yaml",
      "--goals",
      "wild-goals.yaml",
      "-o",
      "inc-goals-wild.xlsx",
    ]);
    for (const f of ["inc-goals.xlsx", "inc-goals-wild.xlsx"]) take("incentives --goals", f);

    // Commission straight from CRM exports (bookings on a Salesforce report, 回款 on a Fxiaoke payments
    // export), and the bookings example with wildcard characters in the reps' names.
    const crmPay = path.join(dir, "crm-pay");
    fs.mkdirSync(crmPay);
    for (const f of fs.readdirSync(CRM_PAY)) fs.copyFileSync(path.join(CRM_PAY, f), path.join(crmPay, f));
    const wildNames: [string, string][] = [
      ["Ann Lee", "Ann*Lee"],
      ["Bo Chen", "Bo?Chen"],
      ["Cai Na", "Cai~Na"],
    ];
    for (const f of ["team.csv", "deals.csv"]) {
      let text = fs.readFileSync(path.join(crmPay, f), "utf8");
      for (const [from, to] of wildNames) text = text.split(from).join(to);
      fs.writeFileSync(path.join(crmPay, `wild-${f}`), text);
    }
    const crmRuns: string[][] = [
      ["-r", "team.csv", "-c", "bookings-plan.yaml", "--crm", "deals.csv", "-o", "bookings.xlsx"],
      [
        "-r",
        "wild-team.csv",
        "-c",
        "bookings-plan.yaml",
        "--crm",
        "wild-deals.csv",
        "-o",
        "bookings-wild.xlsx",
      ],
      [
        "-r",
        "团队.csv",
        "-c",
        "回款方案.yaml",
        "--crm",
        "回款.csv",
        "--locale",
        "zh-CN",
        "-o",
        "huikuan.xlsx",
      ],
    ];
    crmRuns.push([
      ...["-r", "team.csv", "-c", "bookings-plan.yaml", "--crm", "deals-splits.csv"],
      ...["--mapping", "deals-splits.mapping.json", "-o", "splits.xlsx"],
    ]);
    for (const args of crmRuns) {
      await run(crmPay, ["incentives", ...args]);
      take("incentives --crm", path.join("crm-pay", args[args.length - 1]));
    }

    // Reviews (one workbook per rep and the index), then the summary of returned reviews.
    await run(dir, [
      "reviews",
      "--roster",
      "roster.csv",
      "--period",
      "2027-H1",
      "--as-of",
      "2027-07-20",
      "--out",
      "reviews",
    ]);
    const reviews = fs
      .readdirSync(path.join(dir, "reviews"))
      .filter((f) => f.endsWith(".xlsx"))
      .sort();
    for (const f of reviews) take("reviews", path.join("reviews", f));
    const answered = reviews.filter((f) => !/index|索引/i.test(f)).slice(0, 5);
    for (const [i, f] of answered.entries()) await answerReview(path.join(dir, "reviews", f), i);
    await run(dir, ["collect", "reviews", "--out", "summary.xlsx"]);
    await run(dir, ["collect", "reviews", "--out", "summary-zh.xlsx", "--locale", "zh-CN"]);
    for (const f of ["summary.xlsx", "summary-zh.xlsx"]) take("collect", f);

    // CRM imports: every bundled profile's fixture, the generic TSV, a mapped custom export.
    const asOf = ["--as-of", "2027-03-20"];
    const imports: [string, string[]][] = [
      ["zoho-deals.csv", []],
      ["salesforce-opportunities.csv", []],
      ["fxiaoke-opportunities.csv", ["--locale", "zh-CN"]],
      ["fxiaoke-orders.utf8.csv", ["--locale", "zh-CN"]],
      ["generic-deals.tsv", ["--locale", "zh-CN"]],
      ["custom-export.csv", ["--mapping", "custom-export.mapping.json"]],
    ];
    for (const [i, [file, extra]] of imports.entries()) {
      const mapping = extra.map((a) => (a.endsWith(".json") ? `crm/${a}` : a));
      await run(dir, [
        "import",
        `crm/${file}`,
        "-r",
        "crm/roster.csv",
        ...asOf,
        ...mapping,
        "-o",
        `import-${i}.xlsx`,
      ]);
      take("import", `import-${i}.xlsx`);
    }
    // With the goal sheets: the sample team's export, plain and with wildcard names.
    writeSampleExport(path.join(dir, "team-export.csv"), rosterNames(path.join(dir, "roster.csv")), 46456);
    writeSampleExport(
      path.join(dir, "wild-export.csv"),
      rosterNames(path.join(dir, "wild-roster.csv")),
      46456,
    );
    await run(dir, [
      "import",
      "team-export.csv",
      "-r",
      "roster.csv",
      "--goals",
      "goals.yaml",
      ...asOf,
      "-o",
      "import-goals.xlsx",
    ]);
    await run(dir, [
      "import",
      "wild-export.csv",
      "-r",
      "wild-roster.csv",
      "--goals",
      "wild-goals.yaml",
      ...asOf,
      "-o",
      "import-goals-wild.xlsx",
    ]);
    for (const f of ["import-goals.xlsx", "import-goals-wild.xlsx"]) take("import --goals", f);

    // Two weeks of one pipeline: last week's workbook's history carried into this week's, plain and
    // with wildcard names (the week-over-week criteria name the rep).
    for (const wild of ["", "wild-"]) {
      const owners = rosterNames(path.join(dir, `${wild}roster.csv`));
      writeSampleExport(path.join(dir, `${wild}week-1.csv`), owners, 46456, 46449);
      const common = ["-r", `${wild}roster.csv`, "--goals", `${wild}goals.yaml`];
      await run(dir, [
        "import",
        `${wild}week-1.csv`,
        ...common,
        "--as-of",
        "2027-03-13",
        "-o",
        `${wild}w1.xlsx`,
      ]);
      await run(dir, [
        "import",
        wild ? "wild-export.csv" : "team-export.csv",
        ...common,
        "--history",
        `${wild}w1.xlsx`,
        ...asOf,
        "-o",
        `${wild}w2.xlsx`,
      ]);
      take("import --history", `${wild}w2.xlsx`);
    }

    // The demo in both languages.
    await run(dir, ["demo"]);
    fs.renameSync(path.join(dir, "sales-kit-demo.xlsx"), path.join(dir, "demo-en.xlsx"));
    await run(dir, ["demo", "--locale", "zh-CN"]);
    fs.renameSync(path.join(dir, "sales-kit-demo.xlsx"), path.join(dir, "demo-zh.xlsx"));
    take("demo en-US", "demo-en.xlsx");
    take("demo zh-CN", "demo-zh.xlsx");
    return files;
  } finally {
    removeTempDir(dir);
  }
}
