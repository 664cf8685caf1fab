#!/usr/bin/env node
// The `sales-kit` command. Runs the built CLI (dist/cli/sales-kit.js, made by `npm run build`);
// in a checkout whose sources are newer than that build (or that was never built) it runs the
// TypeScript sources through tsx instead, so a stale build never answers.
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const built = path.join(root, "dist", "cli", "sales-kit.js");
const sources = path.join(root, "src");

function newest(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}

function builtIsCurrent() {
  if (process.env.SALES_KIT_CLI_FROM_SOURCE === "1" || !fs.existsSync(built)) return false;
  return !fs.existsSync(sources) || fs.statSync(built).mtimeMs >= newest(sources);
}

if (builtIsCurrent()) {
  require(built);
} else {
  require("tsx/cjs/api").register();
  require(path.join(sources, "cli", "sales-kit.ts"));
}
