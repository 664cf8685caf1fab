/**
 * `sales-kit import`: a CRM export (CSV or .xlsx from Zoho CRM, Salesforce, Fxiaoke or any CRM) and
 * a roster in, a workbook with KPIs per rep and period, the funnel, follow-ups, the data and the
 * import report out. An export no profile recognises needs --mapping; nothing is written on error.
 * With --goals, the goal sheets of that config join the workbook, linked both ways: their monthly
 * actuals read the KPI sheet, and the KPI sheet's targets (pipeline coverage) read the goal sheet.
 */
import path from "path";
import type { ImportCrmResult, MappingStep } from "../../generators/crm";
import {
  KpiLayout,
  crmGoalActuals,
  goalKpiPeriods,
  goalTargetLinks,
  importCrm,
  importSummary,
  linkedGoalMetrics,
  looksLikeHeader,
  parsePeriods,
  revenueMetric,
} from "../../generators/crm";
import { dashboardOverCrm } from "../../generators/dashboard";
import { generateGoalWorkbook, goalLayout } from "../../generators/goals";
import { RawTable, readTable } from "../../hosts/xlsx/read-table";
import { encodingName } from "../../hosts/xlsx/text-encoding";
import { CrmPeriod, CrmTarget, parseTargetsCsv } from "../../schemas/crm-import";
import type { GoalPlan } from "../../schemas/goals";
import type { WorkbookSpec } from "../../workbook/spec";
import { CrmMapping, parseCrmMapping } from "../../schemas/crm-mapping";
import { parseDateText, isoFromSerial, serialFromYmd } from "../../schemas/dates";
import { InputIssue, formatIssue } from "../../schemas/errors";
import { CliContext, Command, EXIT_OK, OptionValues } from "../command";
import { displayPath, readConfigFile, readTextFile } from "../files";
import { writeWorkbookFile } from "../workbook-file";
import { MAX_EXPORT_BYTES, checkText, readInputBytes } from "../input-file";
import { forceOption, localeOption, rosterOption, workbookOutOption } from "../options";
import { reportIssues } from "../report";
import { readRosterFile } from "../roster-file";
import { BAD_LOCALE, usageError } from "../usage";
import { heapLimit, heapNote } from "../memory";
import { loadGoalPlan } from "./goals";
import { readHistoryFile } from "../history-file";
import type { HistoryRow } from "../../generators/crm";
import { snapshotDates } from "../../generators/crm";

function today(): number {
  const d = new Date();
  return serialFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** The mapping step as the CLI shows it: the file's columns and a mapping file to fill in. */
function mappingHelp(step: MappingStep, exportFile: string, context: CliContext): string {
  const zh = context.locale === "zh-CN";
  const columns: Record<string, string> = {};
  for (const f of step.fields) {
    if (f.suggested) columns[f.field] = f.suggested;
    else if (f.required) columns[f.field] = zh ? "<列名>" : "<column header>";
  }
  const samples = step.headers.map(
    (h, i) => `    ${h}${step.samples[i]?.length ? `  (${step.samples[i].join(" | ")})` : ""}`,
  );
  const closest = step.closest
    ? zh
      ? `最接近的配置：${step.closest.profile}（缺少表头：${step.closest.missing.join("、")}）\n`
      : `Closest profile: ${step.closest.profile} (missing headers: ${step.closest.missing.join(", ")})\n`
    : "";
  return [
    zh
      ? `无法确定 ${exportFile} 中各列的含义。文件中的列（示例值）：`
      : `Which column of ${exportFile} means what is not certain. Its columns (sample values):`,
    ...samples,
    closest +
      (zh
        ? "请把下面的内容保存为 mapping.json，填好列名后用 --mapping mapping.json 再次运行（字段说明见 docs/crm-profiles.md）："
        : "Save this as mapping.json, fill in the column headers and run again with --mapping mapping.json (fields: docs/crm-profiles.md):"),
    JSON.stringify({ columns }, null, 2),
    "",
  ].join("\n");
}

/** The files and options besides the export, read and checked; every problem goes into `issues`. */
interface ImportInputs {
  readonly roster: Awaited<ReturnType<typeof readRosterFile>>;
  readonly mapping: CrmMapping | undefined;
  readonly mappingFile: string | undefined;
  readonly targets: CrmTarget[];
  readonly goalPlan: GoalPlan | null;
  readonly history: HistoryRow[];
  readonly kpiPeriods: CrmPeriod[];
  readonly asOf: number;
  readonly encoding: string | undefined;
}

async function readImportInputs(
  values: OptionValues,
  context: CliContext,
  rosterFile: string,
  locale: "en-US" | "zh-CN",
  issues: InputIssue[],
): Promise<ImportInputs> {
  const roster = await readRosterFile(context.cwd, rosterFile);
  if (!roster.ok) issues.push(...roster.issues);

  let mapping: CrmMapping | undefined;
  const mappingFile = values.mapping as string | undefined;
  if (mappingFile) {
    const data = readConfigFile(context.cwd, mappingFile);
    const parsed = data.ok ? parseCrmMapping(data.value, mappingFile) : data;
    if (parsed.ok) mapping = parsed.value;
    else issues.push(...parsed.issues);
  }

  let targets: CrmTarget[] = [];
  const targetsFile = values.targets as string | undefined;
  if (targetsFile) {
    const text = readTextFile(context.cwd, targetsFile);
    const parsed = text.ok ? parseTargetsCsv(text.value, targetsFile) : text;
    if (parsed.ok) targets = parsed.value;
    else issues.push(...parsed.issues);
  }

  let goalPlan: GoalPlan | null = null;
  const goalsFile = values.goals as string | undefined;
  if (goalsFile) {
    // The same roster for both: the goal sheet's reps are the KPI sheet's reps.
    const loaded = await loadGoalPlan(context.cwd, rosterFile, goalsFile, { locale });
    if (loaded.ok) goalPlan = loaded.plan;
    else issues.push(...loaded.issues.filter((i) => roster.ok || i.file !== rosterFile));
  }

  let history: HistoryRow[] = [];
  const historyFile = values.history as string | undefined;
  if (historyFile) {
    const read = await readHistoryFile(context.cwd, historyFile);
    if (read.ok) history = read.value;
    else issues.push(...read.issues);
  }

  const periods = parsePeriods((values.period as string[] | undefined) ?? []);
  issues.push(...periods.issues);
  // With a goal config and no --period: the goal period and its months.
  const kpiPeriods: CrmPeriod[] =
    periods.periods.length || !goalPlan ? periods.periods : goalKpiPeriods(goalPlan);

  let asOf = today();
  const asOfText = values["as-of"] as string | undefined;
  if (asOfText !== undefined) {
    const d = parseDateText(asOfText);
    if (typeof d === "number") asOf = d;
    else
      issues.push({
        field: "--as-of",
        en: `"${asOfText}" is not a date (2027-03-20)`,
        zh: `“${asOfText}”不是日期（2027-03-20）`,
      });
  }

  const encoding = values.encoding as string | undefined;
  if (encoding !== undefined && !encodingName(encoding)) {
    issues.push({
      field: "--encoding",
      en: `"${encoding}" is not an encoding this program can read (try utf-8, windows-1252, gb18030, utf-16le)`,
      zh: `无法识别编码“${encoding}”（可用 utf-8、windows-1252、gb18030、utf-16le 等）`,
    });
  }
  return { roster, mapping, mappingFile, targets, goalPlan, history, kpiPeriods, asOf, encoding };
}

/** The export's table, or null with the reason in `issues` (not read at all after a bad --encoding). */
async function readExportTable(
  values: OptionValues,
  context: CliContext,
  exportFile: string,
  encoding: string | undefined,
  issues: InputIssue[],
): Promise<RawTable | null> {
  const bytes = readInputBytes(context.cwd, exportFile, MAX_EXPORT_BYTES);
  // A zip is an .xlsx export; anything else must be text (a picture named .csv is named as such).
  const head = bytes.ok ? Buffer.from(bytes.value.subarray(0, 4)).toString("hex") : "";
  const zipOrXls = head === "504b0304" || head === "d0cf11e0";
  const notText = bytes.ok && !zipOrXls ? checkText(bytes.value, exportFile) : null;
  if (!bytes.ok) issues.push(...bytes.issues);
  else if (notText) issues.push(notText);
  else if (!issues.some((i) => i.field === "--encoding")) {
    const read = await readTable(bytes.value, {
      fileName: exportFile,
      sheet: values.sheet as string | undefined,
      ...(encoding !== undefined ? { encoding } : {}),
      isHeader: (cells) => looksLikeHeader(cells),
    });
    if (read.ok) return read.table;
    issues.push({ file: exportFile, field: "(file)", en: read.error.en, zh: read.error.zh });
  }
  return null;
}

/** The import's workbook; with a goal config, its goal sheets first and the dashboard after. */
function importedSpec(
  result: Extract<ImportCrmResult, { ok: true }>,
  goalPlan: GoalPlan | null,
  locale: "en-US" | "zh-CN",
): WorkbookSpec {
  const crmSpec = result.workbook.spec;
  if (!goalPlan) return crmSpec;
  return {
    sheets: [
      ...generateGoalWorkbook(goalPlan, { actualsFrom: crmGoalActuals(result.workbook.kpi) }).sheets,
      ...crmSpec.sheets,
      ...dashboardOverCrm(goalPlan, result.workbook, locale),
    ],
    activate: crmSpec.activate,
  };
}

/** What was written and what the import left out, for the terminal. */
function reportImport(
  context: CliContext,
  written: string,
  result: Extract<ImportCrmResult, { ok: true }>,
  table: RawTable,
  inputs: ImportInputs,
): void {
  const zh = context.locale === "zh-CN";
  const s = importSummary(result.imported);
  const profile = zh ? result.imported.profile.name.zh : result.imported.profile.name.en;
  const periodsText = result.workbook.periods.map((p) => p.label).join(zh ? "、" : ", ");
  const asOf = inputs.asOf;
  context.stdout(
    zh
      ? `已写入 ${displayPath(context.cwd, written)}：${profile}，读取 ${s.rowsRead} 行，导入 ${s.rowsImported} 行，未导入 ${s.rowsRejected} 行，警告 ${s.warnings} 条；期间 ${periodsText}；截至 ${isoFromSerial(asOf)}\n`
      : `Wrote ${displayPath(context.cwd, written)}: ${profile}; ${s.rowsRead} rows read, ${s.rowsImported} imported, ${s.rowsRejected} not imported, ${s.warnings} warning(s); periods ${periodsText}; as of ${isoFromSerial(asOf)}\n`,
  );
  if (table.encoding) {
    const how =
      table.encodingHow === "given" ? (zh ? "由 --encoding 指定" : "given") : zh ? "自动判断" : "detected";
    context.stdout(
      zh ? `文本编码：${table.encoding}（${how}）\n` : `Text encoding: ${table.encoding} (${how})\n`,
    );
  }
  const shown = result.imported.issues.filter((i) => i.severity === "error").slice(0, 10);
  for (const i of shown) context.stdout(`  ${formatIssue(i, context.locale)}\n`);
  if (s.rowsRejected > shown.length) {
    context.stdout(zh ? `  ……其余见“导入报告”工作表\n` : `  ... the rest are on the "Import report" sheet\n`);
  }
  if (result.imported.unknownOwners.length) {
    const names = result.imported.unknownOwners.map((o) => o.owner).join(zh ? "、" : ", ");
    context.stdout(
      zh
        ? `不在名单中的负责人（记录已保留）：${names}\n`
        : `Owners not on the roster (rows kept): ${names}\n`,
    );
  }
  if (inputs.goalPlan) context.stdout(goalLinksText(inputs.goalPlan, result.workbook.kpi, zh));
  const dates = snapshotDates(result.workbook.historyRows);
  context.stdout(
    zh
      ? `历史快照 ${dates.length} 份：${dates.join("、")}\n`
      : `History: ${dates.length} snapshot(s): ${dates.join(", ")}\n`,
  );
}

async function run(
  values: OptionValues,
  positionals: readonly string[],
  context: CliContext,
): Promise<number> {
  const zh = context.locale === "zh-CN";
  if (positionals.length !== 1) {
    return usageError(
      context,
      "import",
      positionals.length
        ? {
            en: `Give one export file (got ${positionals.length}).`,
            zh: `只能指定一个导出文件（收到 ${positionals.length} 个）。`,
          }
        : { en: "Name the CRM export to import.", zh: "请指定要导入的 CRM 导出文件。" },
    );
  }
  const exportFile = positionals[0];
  const rosterFile = values.roster as string | undefined;
  if (!rosterFile) {
    return usageError(context, "import", { en: "--roster is required.", zh: "--roster 为必填项。" });
  }
  const locale = (values.locale as string | undefined) ?? context.locale;
  if (locale !== "en-US" && locale !== "zh-CN") return usageError(context, "import", BAD_LOCALE);

  // Every input problem is collected and reported at once; nothing is written while any remains.
  const issues: InputIssue[] = [];
  const inputs = await readImportInputs(values, context, rosterFile, locale, issues);
  const table = await readExportTable(values, context, exportFile, inputs.encoding, issues);
  const roster = inputs.roster;
  if (issues.length || !table || !roster.ok) return reportIssues(issues, context);

  const { goalPlan, mappingFile } = inputs;
  const result: ImportCrmResult = importCrm(table, roster.value, {
    locale,
    asOf: inputs.asOf,
    periods: inputs.kpiPeriods,
    targets: inputs.targets,
    ...(goalPlan ? { goalLinks: goalTargetLinks(goalPlan, goalLayout(goalPlan, goalPlan.locale)) } : {}),
    mapping: inputs.mapping,
    ...(mappingFile ? { mappingFile } : {}),
    file: path.basename(exportFile),
    history: inputs.history,
  });
  if (!result.ok) {
    const code = reportIssues(result.issues, context);
    if (result.step) context.stderr(mappingHelp(result.step, exportFile, context));
    return code;
  }

  const out =
    (values.out as string | undefined) ?? `${path.basename(exportFile).replace(/\.[^.]+$/, "")}-kpis.xlsx`;
  const spec = importedSpec(result, goalPlan, locale);
  const note = heapNote(result.imported.recordColumns.length, heapLimit(context), zh);
  if (note) context.stderr(note);
  const written = await writeWorkbookFile(context.cwd, out, spec, values.force === true);
  if (!written.ok) return reportIssues(written.issues, context);
  reportImport(context, written.value, result, table, inputs);
  return EXIT_OK;
}

/** What --goals linked, in a line or two: which actuals read the KPI sheet, what coverage reads. */
function goalLinksText(plan: GoalPlan, kpi: KpiLayout, zh: boolean): string {
  const sheet = goalLayout(plan, plan.locale).names.goals;
  const names = linkedGoalMetrics(plan, kpi).map((m) => (zh ? m.name.zh : m.name.en));
  const revenue = revenueMetric(plan);
  const list = names.join(zh ? "、" : ", ");
  const actuals = names.length
    ? zh
      ? `目标表“${sheet}”中 ${list} 的月度实际值取自指标表`
      : `Goal sheet "${sheet}": the monthly actuals of ${list} read the KPI sheet`
    : zh
      ? `目标表“${sheet}”：没有可取自指标表的指标，实际值仍为输入项`
      : `Goal sheet "${sheet}": no metric the KPI sheet measures; its actuals stay inputs`;
  const coverage = revenue
    ? zh
      ? `；商机覆盖率按其收入目标与差距计算\n`
      : `; pipeline coverage is measured against its revenue targets and gaps\n`
    : zh
      ? `；目标表没有收入类指标，覆盖率的目标仍为输入项\n`
      : `; it has no revenue metric, so the coverage targets stay inputs\n`;
  return actuals + coverage;
}

export const importCommand: Command = {
  name: "import",
  summary: {
    en: "Import a CRM export (Zoho, Salesforce, Fxiaoke, any CSV) and compute KPIs per rep",
    zh: "导入 CRM 导出文件（Zoho、Salesforce、纷享销客或任意 CSV）并按销售人员计算指标",
  },
  usage: [
    "import <export.csv|export.xlsx> --roster <team.csv> [--mapping <map.json>] [--period 2027-Q1 ...] [--targets <targets.csv>] [--goals <goals.yaml>] [--history <last-week.xlsx>] [--as-of <date>] [--encoding <name>] [--out <kpis.xlsx>] [--locale zh-CN] [--force]",
  ],
  options: {
    roster: {
      ...rosterOption,
      description: {
        en: "roster CSV or JSON (owners are matched to its names)",
        zh: "名单 CSV 或 JSON（负责人按姓名对应）",
      },
    },
    mapping: {
      type: "string",
      short: "m",
      valueName: "<map.json>",
      description: {
        en: "which column means which field, for exports no profile recognises (docs/crm-profiles.md)",
        zh: "列与字段的对应关系，用于无法自动识别的导出文件（见 docs/crm-profiles.md）",
      },
    },
    period: {
      type: "string",
      multiple: true,
      short: "p",
      valueName: "<2027-Q1>",
      description: {
        en: "KPI period, repeatable: 2027-Q1, 2027-H1, 2027-03, 2027, 2027-01-15..2027-02-14 (default: the latest quarter with closed deals and its months)",
        zh: "考核期，可重复：2027-Q1、2027-H1、2027-03、2027、2027-01-15..2027-02-14（默认：有结单的最近一个季度及其各月）",
      },
    },
    targets: {
      type: "string",
      short: "t",
      valueName: "<targets.csv>",
      description: {
        en: "targets per rep (rep, target[, period]) for pipeline coverage",
        zh: "每位销售人员的目标（姓名、目标[、期间]），用于计算覆盖率",
      },
    },
    goals: {
      type: "string",
      short: "g",
      valueName: "<goals.yaml>",
      description: {
        en: "goal config (as for sales-kit goals): its goal sheets join the workbook, their actuals read the KPI sheet, and pipeline coverage is measured against their targets (default periods: the goal period and its months)",
        zh: "目标配置（同 sales-kit goals）：目标表一并写入工作簿，其实际值取自指标表，商机覆盖率按目标表的目标计算（默认期间：目标期间及其各月）",
      },
    },
    history: {
      type: "string",
      valueName: "<last-week.xlsx>",
      description: {
        en: "an earlier workbook of this import: its history sheet is carried over and this import's snapshot (dated --as-of) appended, for week-over-week change and the trend",
        zh: "此前导入生成的工作簿：沿用其历史工作表并追加本次快照（日期为 --as-of），用于周环比与趋势",
      },
    },
    "as-of": {
      type: "string",
      valueName: "<date>",
      description: {
        en: "date the follow-up list counts overdue from (default today)",
        zh: "待跟进清单的截至日期（默认今天）",
      },
    },
    encoding: {
      type: "string",
      valueName: "<name>",
      description: {
        en: "CSV exports: the text encoding (utf-8, windows-1252, gb18030, utf-16le ...), instead of deciding it from the bytes",
        zh: "CSV 导出文件：文本编码（utf-8、windows-1252、gb18030、utf-16le 等），不再根据字节自动判断",
      },
    },
    sheet: {
      type: "string",
      valueName: "<name>",
      description: {
        en: ".xlsx exports: the worksheet to read (default the first)",
        zh: ".xlsx 导出文件：要读取的工作表（默认第一个）",
      },
    },
    out: workbookOutOption({ en: "<export>-kpis.xlsx", zh: "<导出文件名>-kpis.xlsx" }),
    locale: localeOption({
      en: "sheet language (default: from --lang / LANG)",
      zh: "工作表语言（默认取 --lang 或 LANG）",
    }),
    force: forceOption(),
  },
  examples: [
    "sales-kit import deals.csv --roster team.csv --out kpis.xlsx",
    "sales-kit import 商机.xlsx -r 名单.csv -p 2027-Q1 -p 2027-03 --locale zh-CN",
    "sales-kit import export.csv -r team.csv --mapping map.json --targets targets.csv",
    "sales-kit import deals.csv -r team.csv --goals goals.yaml --out q1.xlsx",
    "sales-kit import export.csv -r team.csv --goals goals.yaml --history last-week.xlsx --out this-week.xlsx",
  ],
  run,
};
