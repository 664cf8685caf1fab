/**
 * The pane's download of a 100,000-deal CRM import, built in the browser's Web Worker (issue 23), in
 * Debian's Chromium through the e2e harness (the built pane from dist/ over https, the CRM tab used
 * as a user does). Prints, for a script:
 *   worker-crm-100k peak-mb: N
 * N is the peak resident memory of the renderer process that runs the page and its worker (a
 * dedicated worker is a thread of its page's renderer): the kernel's high-water mark (VmHWM in
 * /proc/<pid>/status) of each renderer the browser started, the largest. Also printed: the sum of the
 * renderers' current RSS sampled every 100 ms, and the build's path and time from the pane's own
 * performance measure. Needs `npm run build` (dist/) and Chromium; says so and exits otherwise.
 */
import fs from "fs";
import path from "path";
import { loadavg } from "os";
import { sampleExportCsv } from "../src/generators/crm/sample-export";
import { parseRosterCsv } from "../src/schemas/roster";
import { chromiumPath, launchChromium, paneContext } from "../test/e2e/support/chromium";
import { openPane } from "../test/e2e/support/pane-page";
import { DIST, servePane } from "../test/e2e/support/server";
import { openTab, typeInto } from "../test/e2e/support/user";

const ROWS = Number(process.env.WORKER_BENCH_ROWS ?? 100_000);
const FIXTURES = path.resolve(process.cwd(), "test/fixtures/crm");

/** pid -> [parent pid, command line] for every process we may read. */
function processes(): Map<number, { ppid: number; cmd: string }> {
  const out = new Map<number, { ppid: number; cmd: string }>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, "utf8").replace(/\0/g, " ");
      out.set(Number(name), { ppid, cmd });
    } catch {
      // Ended while listed.
    }
  }
  return out;
}

/** Renderer processes descending from this process (our Chromium only, not other engineers'). */
function renderers(): number[] {
  const all = processes();
  const ours = (pid: number): boolean => {
    for (let p = all.get(pid)?.ppid; p !== undefined && p > 1; p = all.get(p)?.ppid)
      if (p === process.pid) return true;
    return false;
  };
  return [...all].filter(([pid, p]) => p.cmd.includes("--type=renderer") && ours(pid)).map(([pid]) => pid);
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  if (!chromiumPath() || !fs.existsSync(path.join(DIST, "xlsx-worker.js"))) {
    console.log("worker-crm: skipped (needs Chromium and a built pane: npm run build)");
    return;
  }
  const roster = parseRosterCsv(fs.readFileSync(path.join(FIXTURES, "roster.csv"), "utf8"));
  if (!roster.ok) throw new Error("roster fixture");
  const csv = sampleExportCsv(
    roster.value.map((r) => r.name),
    { rows: ROWS, asOf: 46477 },
  );
  const server = await servePane();
  const browser = await launchChromium();
  const hwm = new Map<number, number>();
  let peakSum = 0;
  const sample = () => {
    let sum = 0;
    for (const pid of renderers()) {
      sum += statusKb(pid, "VmRSS");
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, statusKb(pid, "VmHWM")));
    }
    peakSum = Math.max(peakSum, sum);
  };
  try {
    const context = await paneContext(browser);
    const page = await openPane(context, server);
    await openTab(page, "CRM import");
    await page
      .getByLabel("Load an export file")
      .setInputFiles({ name: "deals.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByTestId("crm-status").waitFor({ timeout: 300_000 });
    await page.getByLabel("Load a CSV or .xlsx file").setInputFiles(path.join(FIXTURES, "roster.csv"));
    await page.getByTestId("roster-status").waitFor();
    await typeInto(page, "KPI periods", "2027-Q1");
    await typeInto(page, "As-of date for follow-ups", "2027-03-31");
    await page.getByTestId("preview").waitFor({ timeout: 300_000 });
    sample();
    const before = Math.max(...hwm.values());
    const timer = setInterval(sample, 100);
    const load = loadavg()[0];
    const t0 = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 600_000 }),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    const file = await download.path();
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(timer);
    sample();
    const builds = await page.evaluate(() =>
      performance
        .getEntriesByType("measure")
        .filter((m) => m.name.startsWith("sales-kit xlsx build: "))
        .map((m) => `${m.name.slice("sales-kit xlsx build: ".length)} ${(m.duration / 1000).toFixed(1)} s`),
    );
    const peak = Math.max(...hwm.values()) / 1024;
    console.log(
      `worker-crm: ${ROWS.toLocaleString("en-US")} deals, download in ${seconds.toFixed(1)} s (build: ${builds.join(", ") || "no measure"}), ` +
        `file ${(fs.statSync(file).size / 1048576).toFixed(1)} MB; renderer peak RSS (VmHWM) ${peak.toFixed(0)} MB ` +
        `(${(before / 1024).toFixed(0)} MB before the download, with the import and its preview), ` +
        `renderers' summed RSS peak ${(peakSum / 1024).toFixed(0)} MB sampled every 100 ms; load average ${load.toFixed(1)}`,
    );
    console.log(`worker-crm-${ROWS === 100_000 ? "100k" : ROWS} peak-mb: ${peak.toFixed(0)}`);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
