/**
 * Every kind of generated sheet at a realistic size, for the print tests: the demo workbook (12 reps,
 * one quarter, a 720-deal export, the reviews and the dashboard) and, written by the command line as
 * a manager would, a 40-rep team over a year of 12 monthly pay periods with a 60-deal CRM export:
 * goal sheets, commission sheets read from the export with its reconciliation sheet and the CRM
 * import's sheets, the dashboard over them; the import over the year with last week's history; the
 * review index, one rep's review and the team summary; and the mechanics plan, whose returns sheet
 * no other example makes.
 */
import fs from "fs";
import path from "path";
import { buildDemoSpec } from "../../src/cli/commands/demo";
import { sampleExportTable } from "../../src/generators/crm";
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";

const EXAMPLES = path.resolve(__dirname, "../../examples");

export type PrintLocale = "en-US" | "zh-CN";

export interface PrintBook {
  readonly name: string;
  readonly data: Uint8Array;
}

export const TEAM_SIZE = 40;
export const DEALS = 60;

/** 2027-12-20 and a week before, as Excel serials: the export's day and last week's. */
const AS_OF = (Date.UTC(2027, 11, 20) - Date.UTC(1899, 11, 30)) / 86_400_000;
const LAST_WEEK = AS_OF - 7;
const iso = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱"];
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "强",
  "磊",
  "洋",
  "艳",
  "勇",
  "军",
  "杰",
  "涛",
  "明",
  "超",
  "霞",
];

/** The sample roster of `locale` and more reps in four teams, up to TEAM_SIZE. */
function roster(locale: PrintLocale): string[] {
  const dir = locale === "zh-CN" ? path.join(EXAMPLES, "demo-zh-CN") : EXAMPLES;
  const lines = fs
    .readFileSync(path.join(dir, "goals", "roster.csv"), "utf8")
    .trim()
    .split("\n");
  const teams = locale === "zh-CN" ? ["华东", "华南", "华北", "西部"] : ["East", "West", "North", "South"];
  for (let i = lines.length - 1; i < TEAM_SIZE; i++) {
    const team = teams[i % teams.length];
    const name =
      locale === "zh-CN"
        ? `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 3) % GIVEN.length]}`
        : `Rep ${String(i + 1).padStart(2, "0")} ${["Adams", "Baker", "Clark", "Davis"][i % 4]}`;
    const manager = locale === "zh-CN" ? `${team}经理` : `Manager ${team}`;
    lines.push(
      `${name},${locale === "zh-CN" ? "客户经理" : "Account Executive"},${team},${manager},2022-01-10,`,
    );
  }
  return lines;
}

/** A year of monthly pay periods, bookings read from the export. */
function yearPlan(locale: PrintLocale): string {
  const zh = locale === "zh-CN";
  return [
    `name: ${zh ? "2027 年签约提成" : "2027 bookings commission"}`,
    `currency: ${zh ? "CNY" : "USD"}`,
    "period: { start: 2027-01, months: 12 }",
    "payFrequency: monthly",
    "basis: bookings",
    "measures:",
    "  - id: revenue",
    `    name: ${zh ? "销售额" : "Revenue"}`,
    "    quota: 100000",
    "    crm: amount",
    "    payout:",
    "      type: tiers",
    "      on: attainment",
    "      method: marginal",
    "      tiers: [{ from: 0, rate: 0.04 }, { from: 1.0, rate: 0.06 }, { from: 1.3, rate: 0.08 }]",
    "awards:",
    `  bestRep: { measure: revenue, by: attainment, minAttainment: 1, title: ${zh ? "月度之星" : "Star of the month"}, bonus: 2000 }`,
    "",
  ].join("\n");
}

function csv(rows: readonly (readonly unknown[])[]): string {
  return (
    rows
      .map((cells) =>
        cells
          .map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c)))
          .join(","),
      )
      .join("\n") + "\n"
  );
}

/** The 60-deal export of the team as taken on `takenOn`. */
function exportCsv(owners: readonly string[], locale: PrintLocale, takenOn: number): string {
  const table = sampleExportTable(owners, {
    rows: DEALS,
    asOf: AS_OF,
    takenOn,
    flavour: locale === "zh-CN" ? "fxiaoke" : "zoho",
    largestAmount: 150_000,
  });
  return csv([table.header, ...table.rows.map((r) => r.cells)]);
}

/** The workbooks of the 40-rep team, as the command line writes them. */
async function teamBooks(locale: PrintLocale): Promise<PrintBook[]> {
  const dir = makeTempDir("sales-kit-print-");
  try {
    const zh = locale === "zh-CN";
    const lines = roster(locale);
    const owners = lines.slice(1).map((l) => l.split(",")[0]);
    fs.writeFileSync(path.join(dir, "roster.csv"), lines.join("\n") + "\n");
    const goals = fs
      .readFileSync(
        path.join(zh ? path.join(EXAMPLES, "demo-zh-CN") : EXAMPLES, "goals", "goals.yaml"),
        "utf8",
      )
      .replace(/^period: .*$/m, "period: 2027")
      .replace(/^split: .*$/m, "split: even");
    fs.writeFileSync(path.join(dir, "goals.yaml"), goals);
    fs.writeFileSync(path.join(dir, "plan.yaml"), yearPlan(locale));
    fs.writeFileSync(path.join(dir, "last-week.csv"), exportCsv(owners, locale, LAST_WEEK));
    fs.writeFileSync(path.join(dir, "export.csv"), exportCsv(owners, locale, AS_OF));
    for (const f of ["mechanics.yaml", "mechanics-roster.csv"])
      fs.copyFileSync(path.join(EXAMPLES, "incentives", f), path.join(dir, f));
    const run = async (...args: string[]) => {
      // The dashboard takes its language from the workbook it reads.
      const lang = args[0] === "dashboard" ? ["--lang", locale] : ["--locale", locale];
      const r = await runMain([...args, ...lang], { cwd: dir, env: { LANG: "en_US.UTF-8" } });
      if (r.code !== 0) throw new Error(`sales-kit ${args.join(" ")} failed (${r.code}):\n${r.stderr}`);
    };
    const goalsArgs = ["--roster", "roster.csv", "--goals", "goals.yaml"];
    await run(
      "incentives",
      ...goalsArgs,
      "--config",
      "plan.yaml",
      "--crm",
      "export.csv",
      "--out",
      "pay.xlsx",
    );
    await run("dashboard", "--in", "pay.xlsx", "--out", "pay-dashboard.xlsx");
    // The history over the year alone: the KPI sheet of the year and its months is in pay.xlsx.
    const year = ["--roster", "roster.csv", "--period", "2027"];
    await run("import", "last-week.csv", ...year, "--as-of", iso(LAST_WEEK), "--out", "last-week.xlsx");
    const week = ["--history", "last-week.xlsx", "--as-of", iso(AS_OF), "--out", "crm.xlsx"];
    await run("import", "export.csv", ...year, ...week);
    await run(
      "incentives",
      "--roster",
      "mechanics-roster.csv",
      "--config",
      "mechanics.yaml",
      "--out",
      "returns.xlsx",
    );
    await run("reviews", "--roster", "roster.csv", "--period", "2027", "--out", "reviews");
    const reviews = fs.readdirSync(path.join(dir, "reviews")).sort();
    await run("collect", "reviews", "--out", "summary.xlsx");
    const read = (name: string, file: string) => ({ name, data: fs.readFileSync(path.join(dir, file)) });
    const repFile = reviews.find((f) => f.startsWith(zh ? lines[1].split(",")[0] : "Li Wei"));
    const index = reviews.find((f) => f !== repFile && /index|索引|总表|名单/i.test(f)) ?? reviews[0];
    return [
      read("pay", "pay-dashboard.xlsx"),
      read("crm", "crm.xlsx"),
      read("returns", "returns.xlsx"),
      read("review-index", path.join("reviews", index)),
      read("review", path.join("reviews", repFile ?? reviews[1])),
      read("summary", "summary.xlsx"),
    ];
  } finally {
    removeTempDir(dir);
  }
}

/** Every workbook to print in `locale`: the demo, then the 40-rep team's. */
export async function printBooks(locale: PrintLocale): Promise<PrintBook[]> {
  const demo = await buildDemoSpec(EXAMPLES, locale);
  if (!demo.ok) throw new Error(JSON.stringify(demo.issues));
  return [{ name: "demo", data: await writeXlsxBytes(demo.spec) }, ...(await teamBooks(locale))];
}
