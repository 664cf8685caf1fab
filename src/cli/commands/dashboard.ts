/**
 * `sales-kit dashboard --in workbook.xlsx --out out.xlsx`: adds the weekly dashboard (周例会看板) to a
 * workbook that holds the goal sheets (written by `goals` or `import --goals`), or refreshes the one
 * it has. Only the dashboard sheet is written into the package; every other sheet, chart and part
 * stays as it was (a load and re-save through ExcelJS would drop the workbook's charts).
 */
import path from "path";
import type ExcelJS from "exceljs";
import { placeDashboard } from "../../generators/dashboard/place";
import { graftSpecSheet, sheetScopedNames } from "../../hosts/xlsx/graft-sheet";
import { loadWorkbook } from "../../hosts/xlsx/load-workbook";
import { loadedCells } from "../../hosts/xlsx/workbook-cells";
import type { InputIssue } from "../../schemas/errors";
import { CliContext, Command, EXIT_OK, OptionValues } from "../command";
import { displayPath, writeOutputFile } from "../files";
import { MAX_WORKBOOK_BYTES, readInputBytes } from "../input-file";
import { forceOption, outOption } from "../options";
import { reportIssues } from "../report";
import { unexpectedArgument, usageError } from "../usage";

async function run(
  values: OptionValues,
  positionals: readonly string[],
  context: CliContext,
): Promise<number> {
  const zh = context.locale === "zh-CN";
  if (positionals.length) return usageError(context, "dashboard", unexpectedArgument(positionals[0]));
  const input = values.in as string | undefined;
  if (!input) {
    return usageError(context, "dashboard", {
      en: "--in is required: the workbook with the goal sheets.",
      zh: "--in 为必填项：含目标表的工作簿。",
    });
  }
  const out =
    (values.out as string | undefined) ?? `${path.basename(input).replace(/\.[^.]+$/, "")}-dashboard.xlsx`;

  const bytes = readInputBytes(context.cwd, input, MAX_WORKBOOK_BYTES);
  if (!bytes.ok) return reportIssues(bytes.issues, context);
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(bytes.value);
  } catch {
    return reportIssues(
      [
        {
          file: input,
          field: "--in",
          en: "not an .xlsx workbook that can be read",
          zh: "不是可读取的 .xlsx 工作簿",
        },
      ],
      context,
    );
  }
  const cells = { ...loadedCells(wb), scopedNames: await sheetScopedNames(bytes.value) };
  const placed = placeDashboard(cells, values.period as string | undefined);
  if (!placed.ok) {
    return reportIssues(
      placed.issues.map((i): InputIssue => ({ file: input, ...i })),
      context,
    );
  }
  const { replace, input: read } = placed;
  const name = placed.sheet.name;
  const merged = await graftSpecSheet(bytes.value, placed.sheet, cells.sheetNames, replace);
  const saved = writeOutputFile(context.cwd, out, merged, values.force === true);
  if (!saved.ok) return reportIssues(saved.issues, context);

  const where = displayPath(context.cwd, saved.value);
  const parts: string[] = [];
  if (read.funnel) parts.push(zh ? "漏斗" : "funnel");
  if (read.followUpSheet) parts.push(zh ? "待跟进" : "follow-ups");
  if (read.history) parts.push(zh ? "历史" : "history");
  const over = parts.length ? (zh ? `，并读取${parts.join("、")}` : `, with the ${parts.join(", ")}`) : "";
  const reps = read.plan.reps.length;
  context.stdout(
    zh
      ? `已写入 ${where}：${replace ? "已刷新" : "已添加"}工作表“${name}”（${read.plan.period.label}，${reps} 名销售人员${over}）；其他工作表及图表保持不变\n`
      : `Wrote ${where}: sheet "${name}" ${replace ? "refreshed" : "added"} (${read.plan.period.label}, ${reps} rep(s)${over}); every other sheet and chart is as it was\n`,
  );
  return EXIT_OK;
}

export const dashboardCommand: Command = {
  name: "dashboard",
  summary: {
    en: "Add or refresh the weekly dashboard in a workbook that has the goal sheets",
    zh: "在含目标表的工作簿中添加或刷新周例会看板",
  },
  usage: ["dashboard --in <workbook.xlsx> [--out <out.xlsx>] [--period <2027-Q1>] [--force]"],
  options: {
    in: {
      type: "string",
      short: "i",
      valueName: "<workbook.xlsx>",
      description: {
        en: "workbook with the goal sheets (sales-kit goals or import --goals); the CRM funnel, follow-up and history sheets are read when present",
        zh: "含目标表的工作簿（由 sales-kit goals 或 import --goals 生成）；若有 CRM 漏斗、待跟进和历史工作表也一并读取",
      },
    },
    out: outOption({
      en: "workbook to write (default <workbook>-dashboard.xlsx; the same as --in with --force)",
      zh: "输出工作簿（默认 <工作簿名>-dashboard.xlsx；加 --force 可与 --in 相同）",
    }),
    period: {
      type: "string",
      short: "p",
      valueName: "<2027-Q1>",
      description: {
        en: "the goal period, when the workbook holds the goal sheets of several",
        zh: "工作簿含多个期间的目标表时，指定其中一个期间",
      },
    },
    force: forceOption(),
  },
  examples: [
    "sales-kit dashboard --in q1-goals.xlsx --out q1-goals-dashboard.xlsx",
    "sales-kit dashboard --in this-week.xlsx --out this-week.xlsx --force",
  ],
  run,
};
