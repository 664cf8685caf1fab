// Generates, from src/functions/catalogue.ts: the adapters (src/functions/functions.ts, whose JSDoc
// custom-functions-metadata turns into functions.json), the Chinese metadata (functions.zh-cn.json,
// from the English metadata plus the catalogue's zh texts) and the reference (docs/functions.md).
// `node scripts/functions/generate.cjs` rewrites the files; `--check` fails when they are stale.
const fs = require("fs");
const path = require("path");
const { loadTs } = require("../lib/load-ts.cjs");

const ROOT = path.resolve(__dirname, "../..");
const CATALOGUE_FILE = path.join(ROOT, "src/functions/catalogue.ts");
const ADAPTERS_FILE = path.join(ROOT, "src/functions/functions.ts");
const DOCS_FILE = path.join(ROOT, "docs/functions.md");
const HELP_BASE = "https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md";

function loadCatalogue() {
  return loadTs(CATALOGUE_FILE);
}

function camel(name) {
  return name.toLowerCase();
}

/** custom-functions-metadata reads these TypeScript types; it knows `any` but not `unknown`. */
function tsType(type) {
  return type;
}

/** The help text Excel shows for a function: what it does, then its edge-case rules. */
function description(f, lang) {
  return f.rules ? `${f[lang]} ${f.rules[lang]}` : f[lang];
}

function jsdocText(text) {
  return text.replace(/\*\//g, "* /").replace(/\s+/g, " ").trim();
}

function renderAdapters({ CATALOGUE }) {
  const out = [
    "// Generated from catalogue.ts by scripts/functions/generate.cjs: edit the catalogue, then run",
    "// `node scripts/functions/generate.cjs`. One line per function: the math lives in src/kpi.",
    "// Result types are spelled out because the metadata generator does not resolve aliases;",
    "// `any[][]` is the only spelling it turns into a spilling (matrix) result.",
  ];
  const wrappers = [...new Set(CATALOGUE.map((f) => (f.result === "matrix" ? "matrix" : "scalar")))].sort();
  if (wrappers.includes("matrix")) out.push("/* eslint-disable @typescript-eslint/no-explicit-any */");
  out.push(
    'import "./outside-excel";',
    'import * as core from "../kpi";',
    `import { ${wrappers.join(", ")} } from "./excel-result";`,
    "",
  );
  for (const f of CATALOGUE) {
    out.push("/**", ` * ${jsdocText(description(f, "en"))}`, ` * @customfunction ${f.name}`);
    out.push(` * @helpurl ${HELP_BASE}#${f.name.toLowerCase()}`);
    for (const p of f.params) {
      out.push(` * @param ${p.optional ? `[${p.name}]` : p.name} ${jsdocText(p.en)}`);
    }
    out.push(` * @returns ${jsdocText(f.example.en)}`, " */");
    const params = f.params.map((p) => `${p.name}${p.optional ? "?" : ""}: ${tsType(p.type)}`).join(", ");
    const args = f.params.map((p) => (p.optional ? `${p.name} ?? null` : p.name)).join(", ");
    const wrap = f.result === "matrix" ? "matrix" : "scalar";
    const ret = f.result === "matrix" ? "any[][]" : "number | string | boolean | CustomFunctions.Error";
    out.push(`export function ${camel(f.name)}(${params}): ${ret} {`);
    out.push(`  return ${wrap}(() => core.${f.core}(${args}));`, "}", "");
  }
  return out.join("\n");
}

/** The zh-CN metadata is the English one with every description replaced; ids and types stay. */
function renderZhMetadata(enJson, { CATALOGUE }) {
  const en = JSON.parse(enJson);
  const byName = new Map(CATALOGUE.map((f) => [f.name, f]));
  const problems = [];
  const functions = en.functions.map((fn) => {
    const entry = byName.get(fn.id);
    if (!entry) {
      problems.push(`${fn.id}: in functions.json but not in the catalogue`);
      return fn;
    }
    const parameters = fn.parameters.map((p) => {
      const cp = entry.params.find((x) => x.name === p.name);
      if (!cp) problems.push(`${fn.id}: parameter ${p.name} not in the catalogue`);
      return { ...p, description: cp ? cp.zh : p.description };
    });
    return { ...fn, description: description(entry, "zh"), parameters };
  });
  for (const f of CATALOGUE) {
    if (!en.functions.some((fn) => fn.id === f.name)) problems.push(`${f.name}: missing from functions.json`);
  }
  if (problems.length) throw new Error(`functions.zh-cn.json: ${problems.join("; ")}`);
  return JSON.stringify({ ...en, functions }, null, 2) + "\n";
}

const COMMON_RULES = [
  [
    "Errors are Excel errors, never exceptions: text where a number belongs, ranges of the wrong shape or size, unsorted tables and unknown options give #VALUE! with a message naming the argument; a zero denominator gives #DIV/0!; a number outside its domain (a negative count, a date outside 0-2958465, a fraction outside 0-1) gives #NUM!.",
    "错误以 Excel 错误值返回,不会抛出异常:需要数字处填了文本、区域形状或大小不对、表格未排序、选项无效时返回 #VALUE!,提示中会指明参数;分母为 0 返回 #DIV/0!;数值超出有效范围(数量为负、日期不在 0 到 2958465 之间、比例不在 0 到 1 之间)返回 #NUM!。",
  ],
  [
    "Blank cells count as 0 in numeric ranges; in tier, curve and schedule tables fully blank rows are skipped, so a larger selection than the table is fine. An omitted optional argument takes its default.",
    "数值区域中的空单元格计为 0;提成档位、激励曲线和追回比例等表格中整行为空的行会跳过,因此选择比表格更大的区域也没有问题。省略的可选参数取默认值。",
  ],
  [
    "Dates are Excel serial numbers (1900 date system); the time of day is ignored. Percentages are fractions (0.2 = 20%).",
    "日期为 Excel 日期序列号(1900 日期系统),忽略时间部分。百分比以小数表示(0.2 = 20%)。",
  ],
  [
    "Results keep Excel's 15 significant digits, so 300,000 x 3% + 200,000 x 5% compares equal to 19,000.",
    "结果保留 Excel 的 15 位有效数字,因此 300,000 × 3% + 200,000 × 5% 与 19,000 比较时相等。",
  ],
];

function renderDocs({ CATALOGUE, NAMESPACE }) {
  const groups = [
    ["goals", "Goals and pace", "目标与进度"],
    ["kpis", "KPIs", "关键指标"],
    ["incentives", "Incentives", "激励"],
  ];
  const out = [
    "# SALES functions / SALES 函数参考",
    "",
    "Generated from `src/functions/catalogue.ts` by `node scripts/functions/generate.cjs`; do not edit by hand.",
    "",
    "本文件由 `src/functions/catalogue.ts` 生成,请勿手工修改。",
    "",
    "## Rules for every function / 所有函数的通用规则",
    "",
    ...COMMON_RULES.flatMap(([en, zh]) => [`- ${en}`, `  ${zh}`]),
    "",
  ];
  for (const [group, en, zh] of groups) {
    const fns = CATALOGUE.filter((f) => f.group === group);
    if (!fns.length) continue;
    out.push(`## ${en} / ${zh}`, "");
    for (const f of fns) {
      const sig = f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      out.push(`### ${f.name.toLowerCase()}`, "", `\`${NAMESPACE}.${f.name}(${sig})\``, "");
      out.push(f.en, "", f.zh, "", "| parameter / 参数 | description | 说明 |", "|---|---|---|");
      for (const p of f.params) {
        out.push(
          `| ${p.optional ? `[${p.name}]` : p.name} | ${p.en.replace(/\|/g, "\\|")} | ${p.zh.replace(/\|/g, "\\|")} |`,
        );
      }
      if (f.rules) out.push("", `Rules: ${f.rules.en}`, "", `规则:${f.rules.zh}`);
      out.push("", `Example / 示例: \`${f.example.formula}\` → \`${f.example.result}\``, "");
      out.push(`- ${f.example.en}`, `- ${f.example.zh}`, "");
    }
  }
  return out.join("\n");
}

function main() {
  const catalogue = loadCatalogue();
  const targets = [
    [ADAPTERS_FILE, renderAdapters(catalogue)],
    [DOCS_FILE, renderDocs(catalogue)],
  ];
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [file, text] of targets) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (current === text) continue;
    if (check) {
      console.error(`${path.relative(ROOT, file)} is stale: run node scripts/functions/generate.cjs`);
      stale++;
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
  }
  if (stale) process.exit(1);
}

if (require.main === module) main();

module.exports = { loadCatalogue, renderAdapters, renderZhMetadata, renderDocs, ADAPTERS_FILE, DOCS_FILE };
