// npm run validate: the project's offline manifest checks (always), then Microsoft's online
// validation service (needs the network; offline it is reported and skipped, not failed,
// unless --online is given).
import { createRequire } from "module";
import fs from "fs";
import path from "path";
import { spawnSync } from "child_process";

const require = createRequire(import.meta.url);
const { checkManifest, formatProblems } = require("./check.cjs");
const pkg = require("../../package.json");
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const dist = path.join(root, "dist");
const DEV_URL = "https://localhost:3000/";

let failed = false;
const targets = [["manifest.xml", DEV_URL]];
if (fs.existsSync(path.join(dist, "manifest.xml"))) {
  targets.push(["dist/manifest.xml", process.env.SALES_KIT_DEPLOY_URL || pkg.config.deploy_url]);
} else {
  console.log("dist/ not found: run npm run build first to check URLs against the built files.");
}
for (const [file, baseUrl] of targets) {
  const distDir = fs.existsSync(dist) ? dist : undefined;
  const problems = checkManifest(fs.readFileSync(path.join(root, file), "utf8"), { baseUrl, distDir });
  if (problems.length) {
    failed = true;
    console.error(formatProblems(file, problems));
  } else {
    console.log(`${file}: offline checks passed`);
  }
}

const online = spawnSync("npx", ["--no-install", "office-addin-manifest", "validate", "manifest.xml"], {
  cwd: root,
  encoding: "utf8",
});
const output = `${online.stdout}${online.stderr}`;
if (/Unable to contact the manifest validation service/.test(output)) {
  console.log("Online validation skipped: Microsoft's validation service cannot be reached from here.");
  if (process.argv.includes("--online")) failed = true;
} else {
  process.stdout.write(output);
  if (online.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
