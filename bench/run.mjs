// npm run bench [-- name ...]: runs every bench/*.bench.ts (or those whose names contain a given
// word) in turn and prints what each measures. The benches are bundled first with the shipped CLI's
// own webpack settings (same loader, target, externals and production optimisation), so they time
// the code as it runs in dist/cli, not tsx's per-module transpilation (whose module getters cost up
// to a tenth of the CRM import's time). Benchmarks report figures and ratios measured in one run;
// they never fail the build on speed.
import { spawnSync } from "child_process";
import fs from "fs";
import { createRequire } from "module";
import path from "path";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const configs = require("../webpack.config.js");

const dir = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(dir, "..");
const out = path.join(root, "node_modules", ".cache", "sales-kit-bench");
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

function bundle(names) {
  const cli = configs(undefined, { mode: "production" }).find((c) => c.name === "cli");
  const entry = Object.fromEntries(names.map((f) => [f.replace(/\.ts$/, ""), path.join(dir, f)]));
  const config = {
    ...cli,
    context: root,
    entry,
    devtool: false,
    output: { path: out, filename: "[name].cjs", clean: true },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    }),
  );
}

await bundle(files);
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}`);
  const r = spawnSync(process.execPath, [path.join(out, file.replace(/\.ts$/, ".cjs"))], {
    stdio: "inherit",
    cwd: root,
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
