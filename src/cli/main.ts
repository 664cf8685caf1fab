/**
 * The `sales-kit` command line: finds the command, parses its options with Node's util.parseArgs and
 * runs it. Help and messages follow --lang, else the LANG environment (zh* -> Chinese).
 */
import { parseArgs } from "util";
import * as table from "./commands";
import { CliContext, CliLocale, Command, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, pick } from "./command";
import { shown, terminalSafe } from "./terminal";

const PROGRAM = "sales-kit";

export const COMMANDS: readonly Command[] = Object.values(table as Record<string, Command>)
  .filter((c) => typeof c === "object" && c !== null && typeof c.run === "function")
  .sort((a, b) => a.name.localeCompare(b.name));

export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): CliLocale {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(lang) ? "zh-CN" : "en-US";
}

function padRight(text: string, width: number): string {
  return text + " ".repeat(Math.max(1, width - text.length));
}

/** Placeholders of the usage lines that are words, not file names, as a Chinese reader reads them. */
const PLACEHOLDERS_ZH: Readonly<Record<string, string>> = {
  "<command>": "<命令>",
  "[options]": "[选项]",
  "<file>": "<文件>",
  "<folder>": "<文件夹>",
  "<date>": "<日期>",
  "<name>": "<名称>",
  "<password>": "<密码>",
  "<value>": "<值>",
};

function placeholders(text: string, locale: CliLocale): string {
  if (locale !== "zh-CN") return text;
  return text.replace(/<[a-z]+>|\[options\]/g, (p) => PLACEHOLDERS_ZH[p] ?? p);
}

export function globalHelp(locale: CliLocale): string {
  const zh = locale === "zh-CN";
  const width = Math.max(8, ...COMMANDS.map((c) => c.name.length)) + 4;
  const lines = [
    zh
      ? "销售工具包命令行：从名单和配置文件生成 Excel 工作簿（目标表、激励表……）。"
      : "Sales Kit command line: generate Excel workbooks (goal sheets, incentive tables ...) from a roster and a config.",
    "",
    zh ? "用法：" : "Usage:",
    placeholders(`  ${PROGRAM} <command> [options]`, locale),
    placeholders(`  ${PROGRAM} <command> --help`, locale),
    "",
    zh ? "命令：" : "Commands:",
    ...COMMANDS.map((c) => `  ${padRight(c.name, width)}${pick(c.summary, locale)}`),
    "",
    zh ? "通用选项：" : "Global options:",
    `  ${padRight("--lang <en-US|zh-CN>", 24)}${zh ? "帮助和消息的语言（默认取 LANG 环境变量）" : "language of help and messages (default: from LANG)"}`,
    `  ${padRight("-h, --help", 24)}${zh ? "显示帮助" : "show help"}`,
  ];
  return lines.join("\n") + "\n";
}

export function commandHelp(command: Command, locale: CliLocale): string {
  const zh = locale === "zh-CN";
  const flags = Object.entries(command.options).map(([name, o]) => {
    const short = o.short ? `-${o.short}, ` : "";
    const value = o.type === "string" ? ` ${o.valueName ?? "<value>"}` : "";
    return [placeholders(`${short}--${name}${value}`, locale), pick(o.description, locale)] as const;
  });
  flags.push(["-h, --help", zh ? "显示帮助" : "show help"]);
  const width = Math.max(...flags.map(([f]) => f.length)) + 3;
  const lines = [
    `${PROGRAM} ${command.name}${zh ? "：" : ": "}${pick(command.summary, locale)}`,
    "",
    zh ? "用法：" : "Usage:",
    ...command.usage.map((u) => placeholders(`  ${PROGRAM} ${u}`, locale)),
    "",
    zh ? "选项：" : "Options:",
    ...flags.map(([f, d]) => `  ${padRight(f, width)}${d}`),
  ];
  if (command.examples?.length) {
    lines.push("", zh ? "示例：" : "Examples:", ...command.examples.map((e) => `  ${e}`));
  }
  return lines.join("\n") + "\n";
}

/** Pulls the global --lang out of argv; unknown values are reported by the caller. */
function takeLang(argv: readonly string[]): { rest: string[]; lang?: string } {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--lang") lang = argv[++i] ?? "";
    else if (a.startsWith("--lang=")) lang = a.slice("--lang=".length);
    else rest.push(a);
  }
  return { rest, lang };
}

export interface MainOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdout?: (text: string) => void;
  readonly stderr?: (text: string) => void;
  /** The heap the commands may count on, in bytes (default V8's limit). */
  readonly heapLimit?: number;
}

/** Runs one command line (without "node" and the script); resolves to the exit code. */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const rawOut = options.stdout ?? ((t: string) => void process.stdout.write(t));
  const rawErr = options.stderr ?? ((t: string) => void process.stderr.write(t));
  // Everything printed passes here: input text never reaches the terminal raw.
  const stdout = (t: string) => rawOut(terminalSafe(t));
  const stderr = (t: string) => rawErr(terminalSafe(t));
  const { rest, lang } = takeLang(argv);
  let locale = localeFromEnv(env);
  if (lang !== undefined) {
    if (lang !== "en-US" && lang !== "zh-CN") {
      stderr(`--lang must be en-US or zh-CN / --lang 只能是 en-US 或 zh-CN (got "${lang}")\n`);
      return EXIT_USAGE;
    }
    locale = lang;
  }
  const zh = locale === "zh-CN";
  const [name, ...args] = rest;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    const target = name === "help" ? COMMANDS.find((c) => c.name === args[0]) : undefined;
    stdout(target ? commandHelp(target, locale) : globalHelp(locale));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    stderr((zh ? `未知命令 "${name}"。` : `Unknown command "${name}".`) + "\n\n" + globalHelp(locale));
    return EXIT_USAGE;
  }
  if (args.includes("-h") || args.includes("--help")) {
    stdout(commandHelp(command, locale));
    return EXIT_OK;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const parseOptions = Object.fromEntries(
      Object.entries(command.options).map(([k, o]) => {
        const { description: _d, valueName: _v, ...rest } = o;
        return [k, rest];
      }),
    );
    parsed = parseArgs({ args, options: parseOptions, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    stderr(
      (zh ? `命令行有误：${message}` : `Bad command line: ${message}`) +
        `\n${zh ? "查看帮助：" : "See: "}${PROGRAM} ${command.name} --help\n`,
    );
    return EXIT_USAGE;
  }
  const context: CliContext = {
    cwd: options.cwd ?? process.cwd(),
    locale,
    stdout,
    stderr,
    env,
    ...(options.heapLimit !== undefined ? { heapLimit: options.heapLimit } : {}),
  };
  try {
    return await command.run(
      parsed.values as Record<string, string | boolean | undefined>,
      parsed.positionals,
      context,
    );
  } catch (error) {
    // A failure no check foresaw: said in one line, without a stack (SALES_KIT_DEBUG=1 shows it).
    const message = error instanceof Error ? error.message : String(error);
    const detail = env.SALES_KIT_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : "";
    stderr(
      (zh
        ? `sales-kit ${command.name} 未能完成：${shown(message, 300)}。输出位置未作任何更改。`
        : `sales-kit ${command.name} could not finish: ${shown(message, 300)}. Nothing was changed at the output.`) +
        `${detail}\n`,
    );
    return EXIT_INTERNAL;
  }
}
