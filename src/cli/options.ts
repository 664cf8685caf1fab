/**
 * Option definitions that several commands share (--roster, --config, --out, --locale, --force), so
 * a flag is spelled, shortened and described the same way wherever it appears.
 */
import { Bilingual, CliContext, CommandOption, OptionValues } from "./command";

/** The roster of the generators that take one: a CSV or .xlsx with the standard columns, or JSON. */
export const rosterOption: CommandOption = {
  type: "string",
  short: "r",
  valueName: "<file>",
  description: {
    en: "roster CSV or .xlsx (name, role, team, manager, hire date; English or Chinese headers) or JSON",
    zh: "名单 CSV 或 .xlsx（姓名、职位、团队、经理、入职日期，中英文表头均可）或 JSON",
  },
};

/**
 * A JSON or YAML settings file: `what` names it ("goal config" / "目标配置"), `example` is the
 * bundled example under examples/ that help points to.
 */
export function configOption(what: Bilingual, example: string): CommandOption {
  return {
    type: "string",
    short: "c",
    valueName: "<file>",
    description: {
      en: `${what.en}, JSON or YAML (see ${example})`,
      zh: `${what.zh}，JSON 或 YAML（见 ${example}）`,
    },
  };
}

/** Where the command writes; `valueName` is what help shows after the flag. */
export function outOption(description: Bilingual, valueName = "<file.xlsx>"): CommandOption {
  return { type: "string", short: "o", valueName, description };
}

/** --out of a command that writes one workbook, named `defaultName` when --out is not given. */
export function workbookOutOption(defaultName: Bilingual): CommandOption {
  return outOption({
    en: `workbook to write (default ${defaultName.en})`,
    zh: `输出工作簿（默认 ${defaultName.zh}）`,
  });
}

/** The language of the sheets written; `description` says where the default comes from. */
export function localeOption(description: Bilingual): CommandOption {
  return { type: "string", valueName: "<en-US|zh-CN>", description };
}

/** Sheet language defaulting to the command line's language (--lang, else LANG). */
export const LOCALE_FROM_LANG: Bilingual = {
  en: "sheet language (default: from --lang / LANG)",
  zh: "工作表语言（默认取 --lang / LANG）",
};

/** Replace what is already there; without it nothing existing is overwritten. */
export function forceOption(
  description: Bilingual = { en: "replace an existing output file", zh: "覆盖已存在的输出文件" },
): CommandOption {
  return { type: "boolean", description };
}

/**
 * --password of the commands whose input sheets are protected (goals, incentives): the protection's
 * password. Sheet protection keeps formulas from being typed over; it is not encryption.
 */
export const passwordOption: CommandOption = {
  type: "string",
  valueName: "<password>",
  description: {
    en: "password of the input sheets' protection (default: none); Excel's sheet protection is not encryption",
    zh: "输入工作表保护的密码（默认不设）；Excel 的工作表保护不是加密",
  },
};

/** The --password given, or undefined when none (or an empty one) was. */
export function passwordValue(values: OptionValues): string | undefined {
  const value = values.password;
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Said after writing a workbook whose protection has a password. */
export function passwordNote(zh: boolean): string {
  return zh
    ? "工作表保护已设密码：取消保护时需要输入该密码（工作表保护不是加密，不能防止他人查看数据）。\n"
    : "The sheet protection has a password: it is needed to unprotect a sheet (sheet protection is not encryption; it does not keep the figures from being read).\n";
}

/** A command run's --password: the password, the generator options carrying it, the note after writing. */
export interface PasswordSetup {
  /** The password given; undefined when none (or an empty one) was. */
  readonly password: string | undefined;
  /** `{ password }`, or {} without one: spread into a generator's options. */
  readonly options: { readonly password?: string };
  /** Prints passwordNote after the workbook is written, when a password was given. */
  readonly note: (context: CliContext) => void;
}

/** The --password set-up that the commands writing protected sheets (goals, incentives) share. */
export function passwordSetup(values: OptionValues): PasswordSetup {
  const password = passwordValue(values);
  return {
    password,
    options: password ? { password } : {},
    note: (context) => {
      if (password) context.stdout(passwordNote(context.locale === "zh-CN"));
    },
  };
}
