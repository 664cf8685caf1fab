/**
 * Command-line mistakes (exit code 2): the message in the chosen language and where to find help,
 * plus the messages several commands give alike.
 */
import { Bilingual, CliContext, EXIT_USAGE, pick } from "./command";

/** Prints `text` and "See: sales-kit <command> --help"; returns the usage exit code. */
export function usageError(context: CliContext, command: string, text: Bilingual): number {
  const see = context.locale === "zh-CN" ? "查看帮助：" : "See: ";
  context.stderr(`${pick(text, context.locale)}\n${see}sales-kit ${command} --help\n`);
  return EXIT_USAGE;
}

export function unexpectedArgument(argument: string): Bilingual {
  return { en: `Unexpected argument "${argument}".`, zh: `多余的参数 "${argument}"。` };
}

export const BAD_LOCALE: Bilingual = {
  en: "--locale must be en-US or zh-CN.",
  zh: "--locale 只能是 en-US 或 zh-CN。",
};

export const ROSTER_AND_CONFIG_REQUIRED: Bilingual = {
  en: "Both --roster and --config are required.",
  zh: "--roster 和 --config 都是必填项。",
};
