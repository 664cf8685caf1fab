/**
 * The task pane's weight and speed, measured on the production build in dist/:
 * - bundle: the scripts the browser fetches before the pane shows, gzip, against the 250 KB goal (issue 22);
 *   then what each view and the first download fetch on demand (forms, generators, ExcelJS);
 * - first render in headless Chromium (fresh context, office.js refused as offline), median of runs;
 * - first opening of the goal form (its lazy chunk loaded and rendered).
 * Run: npx tsx bench/pane.bench.ts (after npm run build).
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { launchChromium, paneContext } from "../test/e2e/support/chromium";
import { openPane } from "../test/e2e/support/pane-page";
import { ROSTER_TSV } from "../test/e2e/support/fixtures";
import { DIST, servePane } from "../test/e2e/support/server";
import { chooseView, pasteRoster, previewAndDownload } from "../test/e2e/support/user";

const GOAL_GZIP_KB = 250;
const RUNS = 7;

function sizes(file: string): { raw: number; gzip: number } {
  const data = fs.readFileSync(path.join(DIST, file));
  return { raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(8);

/** What a chunk holds, from its source map: ExcelJS, or the project folders and packages in it. */
function contents(file: string): string {
  const map = path.join(DIST, `${file}.map`);
  if (!fs.existsSync(map)) return "";
  const sources = (JSON.parse(fs.readFileSync(map, "utf8")) as { sources: string[] }).sources;
  if (sources.some((s) => s.includes("node_modules/exceljs"))) return "ExcelJS";
  const parts = new Set(
    sources.map((s) =>
      s.includes("node_modules/")
        ? s.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, "$1")
        : s.replace(/.*\/src\/([^/]+).*/, "src/$1"),
    ),
  );
  return [...parts].slice(0, 6).join(", ") + (parts.size > 6 ? ", …" : "");
}

/** Prints the scripts of one step of use, with their sizes; returns their gzip total. */
function report(title: string, files: readonly string[]): number {
  console.log(title);
  let gzip = 0;
  for (const file of files) {
    const s = sizes(file);
    gzip += s.gzip;
    console.log(`  ${file.padEnd(16)} ${kb(s.raw)} KB minified ${kb(s.gzip)} KB gzip  ${contents(file)}`);
  }
  if (!files.length) console.log("  (nothing new)");
  return gzip;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    console.error("dist/ is missing: run npm run build first");
    process.exit(1);
  }
  const server = await servePane();
  const browser = await launchChromium();
  try {
    // The scripts a user's browser fetches, step by step (what the build wrote is what is used).
    const context = await paneContext(browser);
    const fetched: string[] = [];
    context.on("request", (r) => {
      const url = new URL(r.url());
      if (url.origin === server.origin && url.pathname.endsWith(".js")) fetched.push(url.pathname.slice(1));
    });
    const take = () => fetched.splice(0);
    const page = await openPane(context, server);
    const initial = take();
    const initialGzip = report("Before the first render (taskpane.html's scripts):", initial);
    const pane = sizes("taskpane.js").gzip;
    console.log(
      `  taskpane.js ${kb(pane).trim()} KB gzip = ${((pane / 1024 / GOAL_GZIP_KB) * 100).toFixed(0)}% of the ${GOAL_GZIP_KB} KB goal` +
        ` (all first scripts ${kb(initialGzip).trim()} KB, functions.js being the custom functions' own bundle)`,
    );
    let forms = 0;
    for (const tab of ["Goal sheet", "Incentive table", "Self-review & plan", "Feedback log", "CRM import"]) {
      await chooseView(page, tab);
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      forms += report(`Opening ${tab}:`, take());
    }
    await chooseView(page, "Goal sheet");
    await pasteRoster(page, ROSTER_TSV);
    await previewAndDownload(page);
    const download = report("First .xlsx download (browser mode):", take());
    await context.close();
    console.log(
      `Total pane JavaScript: ${kb(initialGzip + forms).trim()} KB gzip for every view, +${kb(download).trim()} KB for downloads`,
    );

    const render: number[] = [];
    const dcl: number[] = [];
    const form: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const ctx = await paneContext(browser);
      const p = await openPane(ctx, server);
      const t = await p.evaluate((mark) => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return { render: performance.getEntriesByName(mark)[0].startTime, dcl: nav.domContentLoadedEventEnd };
      }, "sales-kit-rendered");
      render.push(t.render);
      dcl.push(t.dcl);
      const started = await p.evaluate(() => performance.now());
      await chooseView(p, "Goal sheet");
      await p.getByRole("heading", { level: 2, name: "Goal sheet" }).waitFor();
      form.push((await p.evaluate(() => performance.now())) - started);
      await ctx.close();
    }
    const r = median(render);
    const d = median(dcl);
    console.log(
      `First render in headless Chromium (median of ${RUNS} fresh contexts, https on localhost, office.js refused):`,
    );
    console.log(
      `  pane rendered ${r.toFixed(0)} ms after navigation start (range ${Math.min(...render).toFixed(0)}-${Math.max(...render).toFixed(0)} ms); DOMContentLoaded ${d.toFixed(0)} ms; ratio ${(r / d).toFixed(2)}`,
    );
    console.log(`First opening of the goal form (lazy chunk + render): median ${median(form).toFixed(0)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
