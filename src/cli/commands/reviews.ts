/**
 * `sales-kit reviews`: one review workbook per rep (self-review, manager review, development plan,
 * feedback log), named safely from the rep's name, plus the manager's index workbook. All input is
 * checked before anything is written; existing files are never overwritten without --force.
 */
import fs from "fs";
import path from "path";
import YAML from "yaml";
import { Command, CliContext, EXIT_INPUT, EXIT_OK, EXIT_USAGE, OptionValues } from "../command";
import { InputIssue, SchemaResult, formatIssue } from "../../schemas/errors";
import { Rep, parseRoster, parseRosterCsv } from "../../schemas/roster";
import { KpiLine, ReviewConfig, parseReviewConfig } from "../../schemas/review";
import { reviewTexts } from "../../i18n/sheets/reviews";
import { defaultCompetencies } from "../../generators/reviews/competencies";
import { assignFileNames } from "../../generators/reviews/file-names";
import { buildReviewIndex } from "../../generators/reviews/index-workbook";
import { pairMentors } from "../../generators/reviews/mentors";
import { buildRepReviewWorkbook } from "../../generators/reviews/rep-workbook";
import { writeXlsx } from "../../hosts/xlsx/write";
import { GoalHeaders, readGoalNumbers } from "../../hosts/xlsx/read-reviews";
import { goalSheetTexts } from "../../i18n/sheets/goals";
import { kpiLinesFromGoalNumbers } from "../../generators/reviews/goal-numbers";

/** The goal sheet's column headers in both languages (a goal workbook may be in either). */
function goalHeaders(): GoalHeaders {
  const en = goalSheetTexts("en-US").col;
  const zh = goalSheetTexts("zh-CN").col;
  return {
    rep: [en.rep, zh.rep],
    metric: [en.metric, zh.metric],
    target: [en.target, zh.target],
    actual: [en.actual, zh.actual],
  };
}

function readText(file: string): string {
  return fs.readFileSync(file, "utf8");
}

function inputError(file: string, en: string, zh: string): SchemaResult<never> {
  return { ok: false, issues: [{ file, field: "(file)", en, zh }] };
}

export function loadRoster(file: string, display: string): SchemaResult<Rep[]> {
  let text: string;
  try {
    text = readText(file);
  } catch {
    return inputError(display, "cannot be read", "无法读取");
  }
  if (/\.json$/i.test(file)) {
    try {
      return parseRoster(JSON.parse(text), display);
    } catch (error) {
      return inputError(
        display,
        `is not valid JSON (${(error as Error).message})`,
        `不是有效的 JSON(${(error as Error).message})`,
      );
    }
  }
  return parseRosterCsv(text, display);
}

/** review.yaml / review.json, or the flags alone; the flags win over the file. */
export function loadReviewConfig(values: OptionValues, cwd: string): SchemaResult<ReviewConfig> {
  let data: Record<string, unknown> = {};
  const file = typeof values.config === "string" ? values.config : undefined;
  if (file) {
    let text: string;
    try {
      text = readText(path.resolve(cwd, file));
    } catch {
      return inputError(file, "cannot be read", "无法读取");
    }
    let parsed: unknown;
    try {
      parsed = /\.json$/i.test(file) ? JSON.parse(text) : YAML.parse(text);
    } catch (error) {
      return inputError(
        file,
        `cannot be parsed (${(error as Error).message})`,
        `无法解析(${(error as Error).message})`,
      );
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      return inputError(file, "must hold an object of settings", "应为设置对象");
    }
    data = parsed as Record<string, unknown>;
  }
  const flags: [string, string][] = [
    ["period", "period"],
    ["due", "dueDate"],
    ["as-of", "asOf"],
    ["locale", "locale"],
  ];
  for (const [flag, key] of flags) if (typeof values[flag] === "string") data[key] = values[flag];
  if (data.period === undefined) {
    return {
      ok: false,
      issues: [
        {
          field: "--period",
          en: "is required (e.g. 2025-H1), on the command line or in --config",
          zh: "必填(例如 2025-H1),可在命令行或 --config 中给出",
        },
      ],
    };
  }
  return parseReviewConfig(data, file ?? "--period/--due");
}

function printIssues(issues: readonly InputIssue[], context: CliContext): void {
  const zh = context.locale === "zh-CN";
  context.stderr(`${zh ? "输入有误,未写入任何文件:" : "Bad input; nothing was written:"}\n`);
  for (const issue of issues) context.stderr(`  ${formatIssue(issue, context.locale)}\n`);
}

async function run(
  values: OptionValues,
  _positionals: readonly string[],
  context: CliContext,
): Promise<number> {
  const zh = context.locale === "zh-CN";
  const rosterFile = values.roster;
  const outDir = values.out;
  if (typeof rosterFile !== "string" || typeof outDir !== "string") {
    context.stderr(
      zh
        ? "需要 --roster 和 --out。参见 sales-kit reviews --help\n"
        : "--roster and --out are required. See sales-kit reviews --help\n",
    );
    return EXIT_USAGE;
  }
  const roster = loadRoster(path.resolve(context.cwd, rosterFile), rosterFile);
  const config = loadReviewConfig(values, context.cwd);
  const issues = [...(roster.ok ? [] : roster.issues), ...(config.ok ? [] : config.issues)];
  let goals: ReadonlyMap<string, KpiLine[]> | null = null;
  if (typeof values.goals === "string") {
    const goalsFile = values.goals;
    let data: Buffer | null = null;
    try {
      data = fs.readFileSync(path.resolve(context.cwd, goalsFile));
    } catch {
      issues.push({ file: goalsFile, field: "(file)", en: "cannot be read", zh: "无法读取" });
    }
    if (data) {
      const read = await readGoalNumbers(data, goalsFile, goalHeaders());
      if (read.ok) goals = kpiLinesFromGoalNumbers(read.rows);
      else issues.push({ file: goalsFile, field: "(file)", en: read.en, zh: read.zh });
    }
  }
  if (issues.length || !roster.ok || !config.ok) {
    printIssues(issues, context);
    return EXIT_INPUT;
  }
  const reps = roster.value;
  const cfg = config.value;
  const locale = cfg.locale ?? context.locale;
  const competencies = cfg.competencies ?? defaultCompetencies();
  const mentors = pairMentors(reps, cfg.period.end, cfg.mentoring);
  const indexFile = `${reviewTexts(locale).file.index}.xlsx`;
  const files = assignFileNames(
    reps.map((r) => r.name),
    [indexFile],
  );
  const dir = path.resolve(context.cwd, outDir);
  const targets = [...files, indexFile].map((f) => path.join(dir, f));
  const existing = targets.filter((t) => fs.existsSync(t));
  if (existing.length && values.force !== true) {
    context.stderr(
      (zh
        ? `以下文件已存在,未写入任何文件(可能是已收回的评审;确认覆盖请加 --force):`
        : `These files exist already; nothing was written (they may be returned reviews; add --force to overwrite):`) +
        `\n${existing.map((e) => `  ${path.relative(context.cwd, e) || e}`).join("\n")}\n`,
    );
    return EXIT_INPUT;
  }
  const unknownGoals = goals ? [...goals.keys()].filter((name) => !reps.some((r) => r.name === name)) : [];

  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < reps.length; i++) {
    const rep = reps[i];
    const spec = buildRepReviewWorkbook({
      locale,
      rep,
      config: cfg,
      competencies,
      kpis: goals?.get(rep.name) ?? [],
      mentors,
    });
    fs.writeFileSync(targets[i], await writeXlsx(spec));
  }
  const index = buildReviewIndex({
    locale,
    config: cfg,
    entries: reps.map((rep, i) => ({ rep, file: files[i] })),
    mentors,
  });
  fs.writeFileSync(targets[targets.length - 1], await writeXlsx(index));

  const shown = path.relative(context.cwd, dir) || ".";
  context.stdout(
    zh
      ? `已为 ${reps.length} 名销售代表生成评审工作簿,并生成 ${indexFile},位于 ${shown}\n`
      : `Wrote ${reps.length} review workbook(s) and ${indexFile} to ${shown}\n`,
  );
  for (const p of mentors.pairings) {
    context.stdout(
      p.mentor
        ? zh
          ? `  新员工 ${p.mentee} 的导师:${p.mentor}\n`
          : `  New hire ${p.mentee}: mentor ${p.mentor}\n`
        : zh
          ? `  新员工 ${p.mentee}:同团队没有可用的导师\n`
          : `  New hire ${p.mentee}: no experienced rep with a free place in team ${p.team}\n`,
    );
  }
  if (unknownGoals.length) {
    context.stderr(
      zh
        ? `注意:目标文件中的以下人员不在名单中,已忽略:${unknownGoals.join("、")}\n`
        : `Note: goals for people not in the roster were ignored: ${unknownGoals.join(", ")}\n`,
    );
  }
  return EXIT_OK;
}

export const reviewsCommand: Command = {
  name: "reviews",
  summary: {
    en: "self-review, development plan and feedback log workbooks, one per rep, plus an index",
    zh: "为每位销售代表生成自评表、发展计划和沟通记录工作簿,并生成索引",
  },
  usage: [
    "reviews --roster <team.csv> --period <2025-H1> --out <folder> [--goals <goals.xlsx>] [--config <review.yaml>]",
  ],
  options: {
    roster: {
      type: "string",
      valueName: "<team.csv>",
      description: { en: "the team roster (CSV or JSON)", zh: "团队名单(CSV 或 JSON)" },
    },
    out: {
      type: "string",
      short: "o",
      valueName: "<folder>",
      description: {
        en: "folder for the workbooks (created if missing)",
        zh: "输出文件夹(不存在时自动创建)",
      },
    },
    goals: {
      type: "string",
      valueName: "<goals.xlsx>",
      description: {
        en: "goal workbook: each rep's KPI goals and actuals go into their review",
        zh: "目标工作簿:把每位代表的 KPI 目标和实际值填入其自评表",
      },
    },
    config: {
      type: "string",
      valueName: "<review.yaml>",
      description: {
        en: "review settings: period, dueDate, competencies and weights, mentoring, tracks, locale",
        zh: "评审设置:周期、截止日期、能力项与权重、导师规则、发展路径、语言",
      },
    },
    period: {
      type: "string",
      valueName: "<2025-H1>",
      description: {
        en: "review period: 2025, 2025-H1, 2025-Q3 or 2025-07",
        zh: "评审周期:2025、2025-H1、2025-Q3 或 2025-07",
      },
    },
    due: {
      type: "string",
      valueName: "<date>",
      description: {
        en: "due date of the reviews (default: two weeks after the period)",
        zh: "评审截止日期(默认周期结束后两周)",
      },
    },
    "as-of": {
      type: "string",
      valueName: "<date>",
      description: {
        en: "date overdue flags compare with (default: TODAY() in the sheet)",
        zh: "逾期判断的基准日期(默认表内 TODAY())",
      },
    },
    locale: {
      type: "string",
      valueName: "<en-US|zh-CN>",
      description: { en: "language of the sheets (default: --lang)", zh: "工作表语言(默认同 --lang)" },
    },
    force: {
      type: "boolean",
      description: { en: "overwrite files that exist in the folder", zh: "覆盖文件夹中已有的文件" },
    },
  },
  examples: [
    "sales-kit reviews --roster team.csv --period 2025-H1 --out reviews/",
    "sales-kit reviews --roster team.csv --goals goals.xlsx --config review.yaml --out reviews/",
  ],
  run,
};
