// Loads a self-contained TypeScript module (no imports) in plain Node, so build scripts and the
// webpack config can read the function catalogue without a second copy of it.
const fs = require("fs");
const ts = require("typescript");
const Module = require("module");

function loadTs(file) {
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: file,
  });
  const m = new Module(file);
  m.filename = file;
  m._compile(outputText, file);
  return m.exports;
}

module.exports = { loadTs };
