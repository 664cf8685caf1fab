/**
 * The shape of one `sales-kit` subcommand. Each command lives in its own file under commands/ and is
 * listed once in commands/index.ts, so adding a command never touches main.ts.
 */
import type { ParseArgsConfig } from "util";

export type CliLocale = "en-US" | "zh-CN";

export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

type ParseArgsOption = NonNullable<ParseArgsConfig["options"]>[string];

export type CommandOption = ParseArgsOption & {
  readonly description: Bilingual;
  /** Shown in help after the flag, e.g. "<file.csv>". */
  readonly valueName?: string;
};

export interface CliContext {
  /** Paths on the command line are relative to this folder. */
  readonly cwd: string;
  readonly locale: CliLocale;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The environment (LANG ...); tests pass their own. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The heap the process may use, in bytes; default V8's limit (tests pass their own). */
  readonly heapLimit?: number;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Command {
  readonly name: string;
  readonly summary: Bilingual;
  /** One line per form, without the leading "sales-kit ". */
  readonly usage: readonly string[];
  readonly options: Readonly<Record<string, CommandOption>>;
  /** Worked examples shown in --help. */
  readonly examples?: readonly string[];
  readonly run: (
    values: OptionValues,
    positionals: readonly string[],
    context: CliContext,
  ) => Promise<number>;
}

/**
 * Exit codes (README, "Command line"): 0 written, 1 bad input (nothing written), 2 bad command line,
 * 70 an unexpected failure (nothing written; a bug to report).
 */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

export function pick(text: Bilingual, locale: CliLocale): string {
  return locale === "zh-CN" ? text.zh : text.en;
}
