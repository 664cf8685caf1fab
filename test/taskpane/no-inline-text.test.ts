/**
 * Every text a user sees in the pane comes from the catalog: no JSX text with letters and no
 * string literal in label-like props in src/taskpane. Read with the TypeScript parser, not regexes.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../../src/taskpane");
const TEXT_PROPS = new Set([
  "label",
  "aria-label",
  "placeholder",
  "title",
  "hint",
  "validationMessage",
  "alt",
]);
const LETTERS = /[A-Za-z\u3400-\u9fff]/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith(".tsx") ? [p] : [];
  });
}

function inlineTexts(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)
          ? init.expression
          : null;
      if (literal && LETTERS.test(literal.text)) found.push(`${node.name.getText(source)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((t) => `${path.relative(ROOT, file)}: ${t}`);
}

it("has no user-facing text outside the catalog", () => {
  const all = files(ROOT).flatMap(inlineTexts);
  expect(all).toEqual([]);
});
