// npm run bench: runs every bench/*.bench.ts in turn (through tsx) and prints what each measures.
// Benchmarks report figures and ratios measured in one run; they never fail the build on speed.
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";

const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}`);
  const r = spawnSync("npx", ["tsx", path.join(dir, file)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
