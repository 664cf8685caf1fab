// Jest global setup: the tests check the shipped bundle, so (re)build dist/ when any input
// is newer than the last build. CI builds first and sets SALES_KIT_SKIP_BUILD=1.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.resolve(__dirname, "../..");
const STAMP = path.join(ROOT, "dist", ".build-stamp");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json", "scripts/functions"];

function newest(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}

module.exports = async function globalSetup() {
  if (process.env.SALES_KIT_SKIP_BUILD === "1") return;
  const inputs = Math.max(...INPUTS.map((p) => newest(path.join(ROOT, p))));
  if (fs.existsSync(STAMP) && fs.statSync(STAMP).mtimeMs >= inputs) return;
  process.stdout.write("\nBuilding dist/ for the bundle tests (npm run build)...\n");
  execFileSync("npx", ["webpack", "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  fs.writeFileSync(STAMP, new Date().toISOString());
};
