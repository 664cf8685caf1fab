/**
 * The built pane (dist/) served over https on a free localhost port, as Office would load it. The
 * certificate is the developer one office-addin-dev-certs made (~/.office-addin-dev-certs) when
 * present, else a new one generated offline into a temporary folder.
 */
import fs from "fs";
import https from "https";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";
import { generateCertificates } from "office-addin-dev-certs";

export const DIST = path.resolve(__dirname, "../../../dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

async function certificate(): Promise<{ key: Buffer; cert: Buffer; cleanup: () => void }> {
  const home = path.join(os.homedir(), ".office-addin-dev-certs");
  const key = path.join(home, "localhost.key");
  const cert = path.join(home, "localhost.crt");
  if (fs.existsSync(key) && fs.existsSync(cert)) {
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), cleanup: () => undefined };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sales-kit-certs-"));
  await generateCertificates(
    path.join(dir, "ca.crt"),
    path.join(dir, "localhost.crt"),
    path.join(dir, "localhost.key"),
    2,
    ["localhost", "127.0.0.1"],
  );
  return {
    key: fs.readFileSync(path.join(dir, "localhost.key")),
    cert: fs.readFileSync(path.join(dir, "localhost.crt")),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export interface PaneServer {
  /** e.g. https://localhost:43121/ */
  readonly origin: string;
  readonly url: string;
  close(): Promise<void>;
}

export async function servePane(): Promise<PaneServer> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run npm run build (jest's global setup builds it)");
  }
  const { key, cert, cleanup } = await certificate();
  const server = https.createServer({ key, cert }, (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname);
    const file = path.normalize(path.join(DIST, pathname === "/" ? "taskpane.html" : pathname));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `https://localhost:${port}`;
  return {
    origin,
    url: `${origin}/taskpane.html`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          cleanup();
          resolve();
        });
      }),
  };
}
