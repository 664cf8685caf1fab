/**
 * The Chinese texts of the product as written in src: the zh-CN catalog, the zh-CN objects of the
 * sheet texts, every `zh:` message and the Chinese half of bi(...), read with the TypeScript parser so
 * that a test can check words and punctuation with the file and line of each text.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

export const SRC = path.resolve(__dirname, "../../src");

export interface ChineseText {
  /** The literal's text; `${...}` substitutions of a template are replaced by "{}". */
  readonly text: string;
  /** "i18n/zh-CN.ts:12" */
  readonly where: string;
}

export function sourceFiles(dir: string = SRC): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? sourceFiles(path.join(dir, d.name))
        : /\.tsx?$/.test(d.name)
          ? [path.join(dir, d.name)]
          : [],
    );
}

/** A literal in a position that holds Chinese for the reader (not data, not a header alias). */
function inChinesePosition(node: ts.Node, file: string): boolean {
  if (file.endsWith(`i18n${path.sep}zh-CN.ts`)) return true;
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "zh" && p.initializer === n)
      return true;
    if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) && /^(zh|zhCN|ZH)$/.test(p.name.text))
      return true;
    if (
      ts.isCallExpression(p) &&
      ts.isIdentifier(p.expression) &&
      p.expression.text === "bi" &&
      p.arguments[1] === n
    )
      return true;
    // zh ? "中文" : "English", the form the CLI's inline messages take.
    if (ts.isConditionalExpression(p) && p.whenTrue === n && isChineseFlag(p.condition)) return true;
  }
  return false;
}

function isChineseFlag(condition: ts.Expression): boolean {
  const name = ts.isIdentifier(condition)
    ? condition.text
    : ts.isPropertyAccessExpression(condition)
      ? condition.name.text
      : "";
  return /^(zh|isZh|chinese|isChinese)$/.test(name);
}

/** The Chinese half of a JSON-schema description "English / 中文" (an editor shows it on hover). */
function describedInChinese(node: ts.Node, text: string): string | null {
  const p = node.parent;
  const isDescribe =
    ts.isCallExpression(p) &&
    ts.isPropertyAccessExpression(p.expression) &&
    p.expression.name.text === "describe" &&
    p.arguments.includes(node as ts.Expression);
  const cut = text.lastIndexOf(" / ");
  return isDescribe && cut >= 0 && /[\u3400-\u9fff]/.test(text.slice(cut)) ? text.slice(cut + 3) : null;
}

/** Texts made for another purpose: JSON-schema descriptions ("English / 中文") and bilingual labels. */
function bilingualByDesign(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n?.parent; n = n.parent) {
    const p = n.parent;
    if (
      ts.isCallExpression(p) &&
      ts.isPropertyAccessExpression(p.expression) &&
      p.expression.name.text === "describe" &&
      p.arguments.includes(n as ts.Expression)
    )
      return true;
    if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) && p.name.text === "CHOICES") return true;
  }
  return false;
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => `{}${s.literal.text}`).join("");
  return null;
}

/** Every Chinese text in `files` (default: all of src). */
export function chineseTexts(files: readonly string[] = sourceFiles()): ChineseText[] {
  const found: ChineseText[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const text = literalText(node);
      const where = () =>
        `${path.relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (
        text !== null &&
        /[\u3400-\u9fff]/.test(text) &&
        inChinesePosition(node, file) &&
        !bilingualByDesign(node)
      ) {
        found.push({ text, where: where() });
      } else if (text !== null) {
        const described = describedInChinese(node, text);
        if (described) found.push({ text: described, where: where() });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

export const EXAMPLES = path.resolve(__dirname, "../../examples");

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? yamlFiles(path.join(dir, d.name))
        : /\.ya?ml$/.test(d.name)
          ? [path.join(dir, d.name)]
          : [],
    );
}

/**
 * The Chinese sentences of the example files' comments, which users copy and read as the product's
 * documentation: each comment cut at " / " (English / Chinese pairs), the parts written mostly in
 * Chinese (an English sentence naming a Chinese term in brackets keeps its ASCII brackets).
 */
export function exampleComments(dir: string = EXAMPLES): ChineseText[] {
  return yamlFiles(dir).flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => {
        const hash = /(^|\s)#/.exec(line);
        if (!hash) return [];
        const comment = line.slice(hash.index + hash[0].length);
        return comment
          .split(/ \/ |(?<=。)/)
          .filter((part) => {
            const chinese = part.match(/[\u3400-\u9fff]/g)?.length ?? 0;
            const latin = part.match(/[A-Za-z]/g)?.length ?? 0;
            return chinese > 0 && chinese >= latin;
          })
          .map((text) => ({ text, where: `examples/${path.relative(dir, file)}:${i + 1}` }));
      }),
  );
}
