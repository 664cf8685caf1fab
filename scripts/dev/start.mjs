// npm start: serve the add-in on https://localhost:3000 with the Office dev certificate, then
// sideload it into Excel desktop (Windows, macOS) or print the steps for Excel on the web.
// The certificate is generated offline and read from its files: installing the CA needs sudo
// (office-addin-dev-certs install), which we do not ask for. office-addin-debugging runs on
// demand through npx: as a dependency it breaks `npm ci` on Linux (keytar's native build).
import { spawn, spawnSync } from "child_process";
import fs from "fs";
import https from "https";
import os from "os";
import path from "path";
import { createRequire } from "module";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const pidFile = path.join(root, ".dev-server.pid");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");

async function ensureCertificates() {
  const key = path.join(certDir, "localhost.key");
  const cert = path.join(certDir, "localhost.crt");
  const fresh = fs.existsSync(cert) && Date.now() - fs.statSync(cert).mtimeMs < 25 * 24 * 3600 * 1000;
  if (fs.existsSync(key) && fresh) return;
  const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
  fs.mkdirSync(certDir, { recursive: true });
  await generateCertificates();
  console.log(`Generated a localhost certificate in ${certDir}.`);
}

function waitForServer(timeoutMs = 120000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(
        { host: "localhost", port, path: "/taskpane.html", rejectUnauthorized: false },
        (res) => {
          res.resume();
          if (res.statusCode === 200) resolve();
          else retry();
        },
      );
      req.on("error", retry);
    };
    const retry = () =>
      Date.now() - started > timeoutMs
        ? reject(new Error("dev server did not start"))
        : setTimeout(attempt, 500);
    attempt();
  });
}

function printWebSteps() {
  console.log(`
Sales Kit is served at https://localhost:${port}/taskpane.html

Sideloading into Excel desktop needs Windows or macOS. To use Excel on the web:
  1. Trust the development CA in your browser: ${path.join(certDir, "ca.crt")}
     (or open https://localhost:${port}/taskpane.html once and accept the certificate).
  2. Open a workbook at https://www.office.com (Excel on the web).
  3. Home > Add-ins > More Add-ins > Upload My Add-in, and choose manifest.xml from this folder.
  4. The "Sales Kit" button appears on the Home tab; type =SALES. in a cell for the functions.

Stop with Ctrl+C or npm stop.`);
}

await ensureCertificates();
const server = spawn("npx", ["webpack", "serve", "--mode", "development"], {
  cwd: root,
  stdio: "inherit",
  detached: true,
});
fs.writeFileSync(pidFile, String(server.pid));
const cleanup = () => fs.existsSync(pidFile) && fs.rmSync(pidFile);
server.on("exit", (code) => {
  cleanup();
  process.exit(code ?? 0);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  });
}

await waitForServer();
if (process.platform === "win32" || process.platform === "darwin") {
  const sideload = spawnSync(
    "npx",
    [
      "--yes",
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server-port",
      String(port),
    ],
    { cwd: root, stdio: "inherit", shell: process.platform === "win32" },
  );
  if (sideload.status !== 0) printWebSteps();
} else {
  printWebSteps();
}
