/** How the CLI prints input problems: one line per issue in the chosen language, then a summary. */
import { InputIssue, formatIssue } from "../schemas/errors";
import { CliContext, EXIT_INPUT } from "./command";

export function reportIssues(issues: readonly InputIssue[], context: CliContext): number {
  const zh = context.locale === "zh-CN";
  const lines = issues.map((i) => `  ${formatIssue(i, context.locale)}`);
  context.stderr(
    `${zh ? `输入有 ${issues.length} 处问题，未写入任何文件：` : `${issues.length} problem(s) in the input; nothing was written:`}\n${lines.join("\n")}\n`,
  );
  return EXIT_INPUT;
}
