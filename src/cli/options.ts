/**
 * Option definitions that several commands share (--roster, --config, --out, --locale, --force), so
 * a flag is spelled, shortened and described the same way wherever it appears.
 */
import { Bilingual, CommandOption } from "./command";

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
