/**
 * `sales-kit collect <folder>`: reads the returned review workbooks (and the index written with them,
 * and the manager's copies in the folder's "Manager copies" / "经理副本" folder) and writes the team
 * summary. A damaged or rearranged file is reported by name and skipped; the
 * other files are still summarised, and no returned file is ever changed.
 */
import fs from "fs";
import path from "path";
import { Command, CliContext, EXIT_OK, EXIT_USAGE, OptionValues, pick } from "../command";
import { displayPath } from "../files";
import { writeWorkbookFile } from "../workbook-file";
import { MAX_WORKBOOK_BYTES, readInputBytes } from "../input-file";
import { outputProblem } from "../output-path";
import { forceOption, localeOption, outOption } from "../options";
import { reportIssues } from "../report";
import { BAD_LOCALE } from "../usage";
import { readFormWorkbook } from "../../hosts/xlsx/read-reviews";
import { FORM_MARKER } from "../../generators/reviews/manifest";
import {
  ReturnedForm,
  SkippedFile,
  TeamReviewSummary,
  summarizeReviews,
} from "../../generators/reviews/summary";
import { buildReviewSummaryWorkbook } from "../../generators/reviews/summary-workbook";
import type { Locale } from "../../i18n";
import { reviewTexts } from "../../i18n/sheets/reviews";

/** Excel's lock files ("~$name.xlsx") and hidden files are not reviews. */
function isCandidate(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

/** The folder `sales-kit reviews` puts the manager's copies in, in either language. */
const MANAGER_FOLDERS = [reviewTexts("en-US").file.managerFolder, reviewTexts("zh-CN").file.managerFolder];

/**
 * Reads every .xlsx in `dir` (not below it, but for the manager's copies folder), in file-name order,
 * except `exclude`.
 */
export async function collectFolder(
  dir: string,
  exclude: readonly string[] = [],
): Promise<TeamReviewSummary> {
  const skip = new Set(exclude.map((e) => path.resolve(e)));
  const list = (sub: string) =>
    fs
      .readdirSync(path.join(dir, sub))
      .filter(isCandidate)
      .map((n) => (sub ? `${sub}/${n}` : n))
      .filter((n) => !skip.has(path.resolve(dir, n)))
      .sort();
  const subfolders = MANAGER_FOLDERS.filter((sub) => {
    const p = path.join(dir, sub);
    // A link could lead anywhere: only a real folder of that name is read.
    return fs.existsSync(p) && fs.lstatSync(p).isDirectory();
  });
  const names = [...list(""), ...subfolders.flatMap(list)];
  const forms: ReturnedForm[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of names) {
    // Only regular files, capped: a FIFO named x.xlsx would block, a link to /dev/zero never ends.
    const data = readInputBytes(dir, name, MAX_WORKBOOK_BYTES);
    if (!data.ok) {
      const why = data.issues[0];
      skipped.push({ file: name, en: why?.en ?? "cannot be read", zh: why?.zh ?? "无法读取" });
      continue;
    }
    const read = await readFormWorkbook(data.value, name, FORM_MARKER);
    if (read.ok) forms.push(read.form);
    else skipped.push({ file: read.problem.file, en: read.problem.en, zh: read.problem.zh });
  }
  return summarizeReviews(forms, skipped);
}

/** Lines printed before "... and N more": the Issues sheet has them all. */
const MAX_PRINTED = 30;

function report(summary: TeamReviewSummary, context: CliContext): void {
  const zh = context.locale === "zh-CN";
  const count = (status: string) => summary.reps.filter((r) => r.status === status).length;
  context.stdout(
    zh
      ? `${summary.reps.length} 名销售人员：已完成 ${count("complete")}，未完成 ${count("incomplete")}，缺失 ${count("missing")}，跳过 ${count("skipped")}\n`
      : `${summary.reps.length} rep(s): ${count("complete")} complete, ${count("incomplete")} incomplete, ${count("missing")} missing, ${count("skipped")} skipped\n`,
  );
  // One line per rep with notes, then the problems that belong to no rep.
  const lines = [
    ...summary.reps
      .filter((r) => r.notes.length)
      .map(
        (r) =>
          `${r.rep}${r.file ? ` (${r.file})` : ""}: ${r.notes.map((n) => (zh ? n.zh : n.en)).join(zh ? ";" : "; ")}`,
      ),
    ...summary.issues.map((i) => `${[i.file, i.rep].filter(Boolean).join(", ")}: ${zh ? i.zh : i.en}`),
  ];
  for (const line of lines.slice(0, MAX_PRINTED)) context.stdout(`  ${line}\n`);
  if (lines.length > MAX_PRINTED) {
    const more = lines.length - MAX_PRINTED;
    context.stdout(
      zh ? `  ……另有 ${more} 条，见“问题”工作表\n` : `  ... and ${more} more on the Issues sheet\n`,
    );
  }
}

async function run(
  values: OptionValues,
  positionals: readonly string[],
  context: CliContext,
): Promise<number> {
  const zh = context.locale === "zh-CN";
  const out = values.out;
  if (positionals.length !== 1 || typeof out !== "string") {
    context.stderr(
      zh
        ? "用法：sales-kit collect <文件夹> --out <summary.xlsx>。参见 sales-kit collect --help\n"
        : "Usage: sales-kit collect <folder> --out <summary.xlsx>. See sales-kit collect --help\n",
    );
    return EXIT_USAGE;
  }
  if (values.locale !== undefined && values.locale !== "en-US" && values.locale !== "zh-CN") {
    context.stderr(`${pick(BAD_LOCALE, context.locale)}\n`);
    return EXIT_USAGE;
  }
  const locale: Locale =
    values.locale === "zh-CN" || values.locale === "en-US" ? values.locale : context.locale;
  const dir = path.resolve(context.cwd, positionals[0]);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return reportIssues(
      [{ file: positionals[0], field: "(folder)", en: "is not a folder", zh: "不是文件夹" }],
      context,
    );
  }
  const outFile = path.resolve(context.cwd, out);
  const problem = outputProblem(outFile, out, "file", values.force === true);
  if (problem) return reportIssues([problem], context);
  const summary = await collectFolder(dir, [outFile]);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const written = await writeWorkbookFile(
    context.cwd,
    out,
    buildReviewSummaryWorkbook(summary, locale),
    values.force === true,
  );
  if (!written.ok) return reportIssues(written.issues, context);
  report(summary, context);
  context.stdout(
    zh
      ? `已写入 ${displayPath(context.cwd, written.value)}\n`
      : `Wrote ${displayPath(context.cwd, written.value)}\n`,
  );
  return EXIT_OK;
}

export const collectCommand: Command = {
  name: "collect",
  summary: {
    en: "Build a team summary of the returned review workbooks in a folder",
    zh: "汇总文件夹中收回的评审工作簿",
  },
  usage: ["collect <folder> --out <summary.xlsx>"],
  options: {
    out: outOption({ en: "the summary workbook to write", zh: "要写入的汇总工作簿" }, "<summary.xlsx>"),
    locale: localeOption({
      en: "language of the summary sheets (default: --lang)",
      zh: "汇总表语言（默认同 --lang）",
    }),
    force: forceOption({ en: "overwrite the summary workbook if it exists", zh: "覆盖已存在的汇总工作簿" }),
  },
  examples: ["sales-kit collect reviews/ --out summary.xlsx"],
  run,
};
