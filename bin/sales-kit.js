#!/usr/bin/env node
// The `sales-kit` command. Runs the built CLI (dist/cli/sales-kit.js, made by `npm run build`);
// in a checkout that was never built it runs the TypeScript sources through tsx instead.
const fs = require("fs");
const path = require("path");

const built = path.join(__dirname, "..", "dist", "cli", "sales-kit.js");
if (fs.existsSync(built) && process.env.SALES_KIT_CLI_FROM_SOURCE !== "1") {
  require(built);
} else {
  require("tsx/cjs/api").register();
  require(path.join(__dirname, "..", "src", "cli", "sales-kit.ts"));
}
