/**
 * The pane's start on the production build in dist/ (issue #22: initial load at most 250 KB gzip,
 * first render under 1 s):
 * - `pane initial-load-gzip-bytes`: the scripts the page fetched before its first render, gzip -9
 *   (the CDN's office.js not counted: it is refused here, as offline);
 * - `pane first-render-ms`: navigation start to the pane's first render (the performance mark the
 *   pane sets when it is on screen), headless Chromium, a fresh context each load; the median of
 *   several loads, with the range. The figure is the machine's as much as the pane's: on a busy
 *   shared machine it doubles, so the load average is printed beside it.
 * Run: npm run bench -- pane-load (after npm run build).
 */
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import type { Browser } from "playwright-core";
import { launchChromium, paneContext } from "../test/e2e/support/chromium";
import { openPane } from "../test/e2e/support/pane-page";
import { DIST, PaneServer, servePane } from "../test/e2e/support/server";

const LOADS = 9;
const READY_MARK = "sales-kit-rendered";

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** One load in a fresh context: the ms to the first render and the scripts fetched before it. */
async function load(browser: Browser, server: PaneServer): Promise<{ ms: number; scripts: string[] }> {
  const context = await paneContext(browser);
  const scripts: string[] = [];
  context.on("request", (r) => {
    const url = new URL(r.url());
    if (url.origin === server.origin && url.pathname.endsWith(".js")) scripts.push(url.pathname.slice(1));
  });
  try {
    const page = await openPane(context, server);
    const ms = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, READY_MARK);
    return { ms, scripts: [...scripts] };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    console.error("dist/ is missing: run npm run build first");
    process.exit(1);
  }
  const server = await servePane();
  const browser = await launchChromium();
  try {
    await load(browser, server); // warm-up: the server's first certificate and file reads
    const runs: number[] = [];
    let scripts: string[] = [];
    for (let i = 0; i < LOADS; i++) {
      const r = await load(browser, server);
      runs.push(r.ms);
      scripts = r.scripts;
    }
    const gzip = scripts.map((s) => zlib.gzipSync(fs.readFileSync(path.join(DIST, s)), { level: 9 }).length);
    const total = gzip.reduce((a, b) => a + b, 0);
    console.log(
      `pane initial-load-gzip-bytes: ${total} (${scripts.map((s, i) => `${s} ${gzip[i]}`).join(", ")})`,
    );
    console.log(
      `pane first-render-ms: ${median(runs).toFixed(0)} (median of ${LOADS} fresh loads, range ${Math.min(...runs).toFixed(0)}-${Math.max(...runs).toFixed(0)} ms; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
