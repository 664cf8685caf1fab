// npm stop: stops what npm start started (the dev server and, on Windows/macOS, the sideload).
import fs from "fs";
import path from "path";
import { spawnSync } from "child_process";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const pidFile = path.join(root, ".dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync("npx", ["--yes", "office-addin-debugging", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}
if (!fs.existsSync(pidFile)) {
  console.log("No dev server is running.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, "utf8"));
try {
  process.kill(-pid, "SIGTERM"); // the server runs in its own process group
  console.log(`Stopped the dev server (process group ${pid}).`);
} catch {
  console.log("The dev server had already stopped.");
}
fs.rmSync(pidFile, { force: true });
