/**
 * `sales-kit reviews`: one review workbook per rep (self-review, development plan, feedback log),
 * named safely from the rep's name; the manager's copy of each (the manager review) in a folder of its
 * own, so a rep's file holds nothing of the manager's; and the manager's index workbook. All input is
 * checked before anything is written; existing files are never overwritten without --force.
 */
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { CliContext, Command, EXIT_OK, EXIT_USAGE, OptionValues } from "../command";
import { displayPath, readConfigFile, writeOutputFolder } from "../files";
import { MAX_WORKBOOK_BYTES, readInputBytes } from "../input-file";
import { forceOption, localeOption, outOption } from "../options";
import { reportIssues } from "../report";
import { readRosterFile } from "../roster-file";
import { SchemaResult, fail, ok } from "../../schemas/errors";
import { KpiLine, ReviewConfig, parseReviewConfig } from "../../schemas/review";
import { reviewTexts } from "../../i18n/sheets/reviews";
import { goalSheetTexts } from "../../i18n/sheets/goals";
import { labelForms } from "../../i18n/earlier-forms";
import { defaultCompetencies } from "../../generators/reviews/competencies";
import { assignFileNames } from "../../generators/reviews/file-names";
import { kpiLinesFromGoalNumbers } from "../../generators/reviews/goal-numbers";
import { buildReviewIndex } from "../../generators/reviews/index-workbook";
import { pairMentors } from "../../generators/reviews/mentors";
import { buildPrivateReviewFiles } from "../../generators/reviews/rep-workbook";
import { GoalHeaders, readGoalNumbers } from "../../hosts/xlsx/read-reviews";
import { writeXlsx } from "../../hosts/xlsx/write";

/**
 * The goal sheet's column headers in both languages (a goal workbook may be in either), then their
 * earlier wordings: a goal workbook made before a text was reworded keeps the old words.
 */
export function goalWorkbookHeaders(): GoalHeaders {
  const en = goalSheetTexts("en-US").col;
  const zh = goalSheetTexts("zh-CN").col;
  const forms = (key: "rep" | "metric" | "target" | "actual") => [
    en[key],
    zh[key],
    ...labelForms(en[key]).slice(1),
    ...labelForms(zh[key]).slice(1),
  ];
  return { rep: forms("rep"), metric: forms("metric"), target: forms("target"), actual: forms("actual") };
}

/** review.yaml / review.json, or the flags alone; the flags win over the file. */
export function loadReviewConfig(values: OptionValues, cwd: string): SchemaResult<ReviewConfig> {
  let data: Record<string, unknown> = {};
  const file = typeof values.config === "string" ? values.config : undefined;
  if (file) {
    const read = readConfigFile(cwd, file);
    if (!read.ok) return read;
    if (typeof read.value !== "object" || read.value === null || Array.isArray(read.value)) {
      return fail([{ file, field: "(file)", en: "must hold an object of settings", zh: "应为设置对象" }]);
    }
    data = { ...(read.value as Record<string, unknown>) };
  }
  const flags: [string, string][] = [
    ["period", "period"],
    ["due", "dueDate"],
    ["as-of", "asOf"],
    ["locale", "locale"],
  ];
  for (const [flag, key] of flags) if (typeof values[flag] === "string") data[key] = values[flag];
  if (data.period === undefined) {
    return fail([
      {
        field: "--period",
        en: "is required (e.g. 2025-H1), on the command line or in --config",
        zh: "必填（例如 2025-H1），可在命令行或 --config 中给出",
      },
    ]);
  }
  return parseReviewConfig(data, file ?? "--period/--due");
}

/** Each rep's KPI lines from a goal workbook (--goals). */
async function loadGoals(cwd: string, file: string): Promise<SchemaResult<Map<string, KpiLine[]>>> {
  const data = readInputBytes(cwd, file, MAX_WORKBOOK_BYTES);
  if (!data.ok) return data;
  const read = await readGoalNumbers(data.value, file, goalWorkbookHeaders());
  return read.ok
    ? ok(kpiLinesFromGoalNumbers(read.rows))
    : fail([{ file, field: "(file)", en: read.en, zh: read.zh }]);
}

async function run(
  values: OptionValues,
  positionals: readonly string[],
  context: CliContext,
): Promise<number> {
  const zh = context.locale === "zh-CN";
  const rosterFile = values.roster;
  const outDir = values.out;
  if (positionals.length || typeof rosterFile !== "string" || typeof outDir !== "string") {
    context.stderr(
      zh
        ? "需要 --roster 和 --out，且不接受其他参数。参见 sales-kit reviews --help\n"
        : "--roster and --out are required, and nothing else. See sales-kit reviews --help\n",
    );
    return EXIT_USAGE;
  }
  const roster = await readRosterFile(context.cwd, rosterFile);
  const config = loadReviewConfig(values, context.cwd);
  const goals = typeof values.goals === "string" ? await loadGoals(context.cwd, values.goals) : ok(null);
  if (!roster.ok || !config.ok || !goals.ok) {
    return reportIssues(
      [roster, config, goals].flatMap((r) => (r.ok ? [] : r.issues)),
      context,
    );
  }
  const reps = roster.value;
  const cfg = config.value;
  const locale = cfg.locale ?? context.locale;
  const competencies = cfg.competencies ?? defaultCompetencies();
  const mentors = pairMentors(reps, cfg.period.end, cfg.mentoring);
  const password =
    typeof values.password === "string" && values.password !== "" ? values.password : undefined;
  const indexFile = `${reviewTexts(locale).file.index}.xlsx`;
  const managerFolder = reviewTexts(locale).file.managerFolder;
  const repFiles = assignFileNames(
    reps.map((r) => r.name),
    [indexFile, managerFolder],
  );
  const managerFiles = repFiles.map((f) => `${managerFolder}/${f}`);
  const files = [...repFiles, ...managerFiles, indexFile];
  const dir = path.resolve(context.cwd, outDir);
  // Returned reviews may already sit in the folder: check every name before writing any.
  const existing =
    fs.existsSync(dir) && fs.lstatSync(dir).isDirectory()
      ? files.filter((f) => fs.existsSync(path.join(dir, f)))
      : [];
  if (existing.length && values.force !== true) {
    return reportIssues(
      existing.map((f) => ({
        file: displayPath(context.cwd, path.join(dir, f)),
        field: "(file)",
        en: "already exists (a returned review?); choose another --out or add --force to replace it",
        zh: "文件已存在（可能是已收回的评审）；请换一个 --out，或加 --force 覆盖",
      })),
      context,
    );
  }
  // Every workbook is made before any reaches the folder: all of them are written, or none.
  // An identifier per review, unguessable, in the review and in the index: collect tells a copy made
  // for another rep from the real one.
  const ids = reps.map(() => crypto.randomUUID());
  const entries = reps.map((rep, i) => ({ rep, file: repFiles[i], id: ids[i] }));
  const review = (i: number) =>
    buildPrivateReviewFiles({
      locale,
      rep: reps[i],
      config: cfg,
      competencies,
      kpis: goals.value?.get(reps[i].name) ?? [],
      mentors,
      id: ids[i],
      ...(password ? { password } : {}),
    });
  const index = buildReviewIndex({
    locale,
    config: cfg,
    entries,
    mentors,
    ...(password ? { password } : {}),
  });
  const written = await writeOutputFolder(
    context.cwd,
    outDir,
    [
      ...reps.map((_, i) => ({ name: repFiles[i], make: () => writeXlsx(review(i).rep) })),
      ...reps.map((_, i) => ({ name: managerFiles[i], make: () => writeXlsx(review(i).manager) })),
      { name: indexFile, make: () => writeXlsx(index) },
    ],
    values.force === true,
  );
  if (!written.ok) return reportIssues(written.issues, context);

  const shown = displayPath(context.cwd, dir);
  context.stdout(
    zh
      ? `已在 ${shown} 中写入 ${reps.length} 份评审工作簿和 ${indexFile}；经理评价在 ${managerFolder}/ 中，请勿发给销售人员\n`
      : `Wrote ${reps.length} review workbook(s) and ${indexFile} to ${shown}; the manager reviews are in ${managerFolder}/, not for the reps\n`,
  );
  if (password) {
    context.stdout(
      zh
        ? "工作表保护已设密码：取消保护时需要输入该密码。\n"
        : "The sheet protection has a password: it is needed to unprotect a sheet.\n",
    );
  }
  for (const p of mentors.pairings) {
    context.stdout(
      p.mentor
        ? zh
          ? `  新员工 ${p.mentee} 的导师：${p.mentor}\n`
          : `  New hire ${p.mentee}: mentor ${p.mentor}\n`
        : zh
          ? `  新员工 ${p.mentee}：团队 ${p.team} 中没有尚有名额的资深销售人员\n`
          : `  New hire ${p.mentee}: no experienced rep with a free place in team ${p.team}\n`,
    );
  }
  const unknown = goals.value
    ? [...goals.value.keys()].filter((name) => !reps.some((r) => r.name === name))
    : [];
  if (unknown.length) {
    context.stdout(
      zh
        ? `注意：目标文件中的以下人员不在名单中，已忽略：${unknown.join("、")}\n`
        : `Note: goals of people not in the roster were ignored: ${unknown.join(", ")}\n`,
    );
  }
  return EXIT_OK;
}

export const reviewsCommand: Command = {
  name: "reviews",
  summary: {
    en: "Generate self-review, development plan and feedback log workbooks, one per rep, plus an index",
    zh: "为每位销售人员生成自评表、发展计划和沟通记录工作簿，并生成索引",
  },
  usage: [
    "reviews --roster <team.csv> --period <2025-H1> --out <folder> [--goals <goals.xlsx>] [--config <review.yaml>] [--password <password>]",
  ],
  options: {
    roster: {
      type: "string",
      valueName: "<team.csv>",
      description: { en: "the team roster (CSV or JSON)", zh: "团队名单（CSV 或 JSON）" },
    },
    out: outOption(
      { en: "folder for the workbooks (created if missing)", zh: "输出文件夹（不存在时自动创建）" },
      "<folder>",
    ),
    goals: {
      type: "string",
      valueName: "<goals.xlsx>",
      description: {
        en: "goal workbook: each rep's KPI goals and actuals go into their review",
        zh: "目标工作簿：把每位销售人员的 KPI 目标和实际值填入其自评表",
      },
    },
    config: {
      type: "string",
      valueName: "<review.yaml>",
      description: {
        en: "review settings: period, dueDate, competencies and weights, mentoring, tracks, locale",
        zh: "评审设置：周期、截止日期、能力项与权重、导师规则、发展路径、语言",
      },
    },
    period: {
      type: "string",
      valueName: "<2025-H1>",
      description: {
        en: "review period: 2025, 2025-H1, 2025-Q3 or 2025-07",
        zh: "评审周期：2025、2025-H1、2025-Q3 或 2025-07",
      },
    },
    due: {
      type: "string",
      valueName: "<date>",
      description: {
        en: "due date of the reviews (default: two weeks after the period)",
        zh: "评审截止日期（默认周期结束后两周）",
      },
    },
    "as-of": {
      type: "string",
      valueName: "<date>",
      description: {
        en: "date overdue flags compare with (default: TODAY() in the sheet)",
        zh: "逾期判断的基准日期（默认表内 TODAY()）",
      },
    },
    password: {
      type: "string",
      valueName: "<password>",
      description: {
        en: "password of the sheet protection (default: protected without one)",
        zh: "工作表保护的密码（默认不设密码）",
      },
    },
    locale: localeOption({
      en: "language of the sheets (default: --lang)",
      zh: "工作表语言（默认同 --lang）",
    }),
    force: forceOption({ en: "overwrite files that exist in the folder", zh: "覆盖文件夹中已有的文件" }),
  },
  examples: [
    "sales-kit reviews --roster team.csv --period 2025-H1 --out reviews/",
    "sales-kit reviews --roster team.csv --goals goals.xlsx --config review.yaml --out reviews/",
  ],
  run,
};
