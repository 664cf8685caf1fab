/**
 * What both paths of `sales-kit incentives` (with and without --crm) write: the team workbook under
 * its default name, and the private pay statements of --statements.
 */
import { repStatementWorkbooks } from "../../generators/incentives";
import type { StatementDeals } from "../../generators/incentives/statement-deals";
import { writeXlsx } from "../../hosts/xlsx/write";
import type { Locale } from "../../i18n";
import type { PlanModel } from "../../kpi/plan/model";
import type { SchemaResult } from "../../schemas/errors";
import { ok } from "../../schemas/errors";
import type { WorkbookSpec } from "../../workbook/spec";
import { CliContext, EXIT_OK, OptionValues } from "../command";
import { displayPath, writeOutputFolder } from "../files";
import { reportIssues } from "../report";
import { writeWorkbookFile } from "../workbook-file";

/** Writes the team workbook to --out (default: named after the plan); the path to show on success. */
export async function writeTeamWorkbook(
  values: OptionValues,
  context: CliContext,
  planName: string,
  spec: WorkbookSpec,
): Promise<SchemaResult<string>> {
  const out = (values.out as string | undefined) ?? `incentives-${planName.replace(/[^\w.-]+/g, "_")}.xlsx`;
  const written = await writeWorkbookFile(context.cwd, out, spec, values.force === true);
  return written.ok ? ok(displayPath(context.cwd, written.value)) : written;
}

/** `--statements <folder>`: one private workbook per rep, values only, no other rep's name or figures. */
export async function writeStatements(
  values: OptionValues,
  context: CliContext,
  model: PlanModel,
  locale: Locale,
  deals?: StatementDeals,
): Promise<number> {
  const folder = values.statements as string | undefined;
  if (folder === undefined) return EXIT_OK;
  const files = repStatementWorkbooks({ model, locale, ...(deals ? { deals } : {}) });
  const done = await writeOutputFolder(
    context.cwd,
    folder,
    files.map((f) => ({ name: f.fileName, make: () => writeXlsx(f.spec) })),
    values.force === true,
  );
  if (!done.ok) return reportIssues(done.issues, context);
  const where = displayPath(context.cwd, folder);
  context.stdout(
    context.locale === "zh-CN"
      ? `已在 ${where} 中写入 ${files.length} 份个人结算单（每位销售一份，仅含本人数据）\n`
      : `Wrote ${files.length} pay statement(s) to ${where}, one per rep, each holding that rep's figures only\n`,
  );
  return EXIT_OK;
}
