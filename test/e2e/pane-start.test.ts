/**
 * The built pane in headless Chromium over https: in a plain browser (office.js refused or
 * unreachable) it starts in download mode instead of hanging; with the fake Excel injected it
 * starts in Excel mode, in Office's language. Before its first render it fetches nothing but the
 * scripts taskpane.html names (what pane-initial-load.test.ts weighs); the views, and in Excel the
 * Excel services, come as chunks from the folder the pane is served from, wherever that is.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import type { BrowserContext } from "playwright-core";
import { CATALOGUE } from "../../src/functions/catalogue";
import { translate } from "../../src/i18n";
import "./support/fake-excel-page-types";
import { describeWithChromium, paneContext } from "./support/chromium";
import { fakeExcelScript } from "./support/fake-excel-bundle";
import { OFFICE_CDN, openPane, pageErrors } from "./support/pane-page";
import { DIST } from "./support/server";
import { withPaneBrowser } from "./support/suite";
import { ROSTER_TSV } from "./support/fixtures";
import { openTab, pasteRoster, previewAndDownload } from "./support/user";

/** Our scripts in dist/taskpane.html, in order (the CDN's office.js aside). */
function htmlScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

/** The paths of the scripts a context fetches from `origin`, in order. */
function scriptsFetched(context: BrowserContext, origin: string): string[] {
  const fetched: string[] = [];
  context.on("request", (r) => {
    const url = new URL(r.url());
    if (url.origin === origin && url.pathname.endsWith(".js")) fetched.push(url.pathname);
  });
  return fetched;
}

describeWithChromium("pane start-up in Chromium", () => {
  const pane = withPaneBrowser();

  it("falls back to download mode when office.js cannot load", async () => {
    const context = await paneContext(pane.browser);
    const page = await openPane(context, pane.server, { realCdn: true });
    expect(await page.getAttribute("body", "data-mode")).toBe("download");
    expect(await page.getByText(/Browser mode/).isVisible()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  }, 60000);

  it("starts in the browser's language", async () => {
    const context = await paneContext(pane.browser, { locale: "zh-CN" });
    const page = await openPane(context, pane.server);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("销售工具包");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await context.close();
  }, 60000);

  it("starts in Excel mode with the fake Excel, in Office's display language", async () => {
    const context = await paneContext(pane.browser);
    const page = await openPane(context, pane.server, { fakeExcel: { displayLanguage: "zh-CN" } });
    expect(await page.getAttribute("body", "data-mode")).toBe("excel");
    expect(await page.getByText(/已连接 Excel/).isVisible()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    // The shared runtime: functions.js, loaded by the same page, registered every SALES.* function.
    const associated = await page.evaluate(() => window.__fakeExcel!.associated);
    expect(associated).toEqual(CATALOGUE.map((f) => f.name));
    await context.close();
  }, 60000);

  // In Excel the first render also waits for the Excel services' chunk: what Excel's users fetch
  // before they see the pane stays within the same 250 KB (pane-initial-load.test.ts).
  it("fetches at most 250 KB gzip before its first render in Excel, too", async () => {
    const context = await paneContext(pane.browser);
    const fetched = scriptsFetched(context, pane.server.origin);
    const page = await openPane(context, pane.server, { fakeExcel: { displayLanguage: "en-US" } });
    const before = [...fetched];
    expect(await page.getAttribute("body", "data-mode")).toBe("excel");
    expect(before).toEqual(expect.arrayContaining(htmlScripts().map((s) => `/${s}`)));
    expect(before.length).toBeGreaterThan(htmlScripts().length); // the Excel chunk and what it shares
    const gzip = before.map((p) => zlib.gzipSync(fs.readFileSync(path.join(DIST, p)), { level: 9 }).length);
    process.stdout.write(
      `pane initial load in Excel: ${before.map((p, i) => `${p} ${gzip[i]}`).join(" + ")}\n`,
    );
    expect(gzip.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(250_000);
    await context.close();
  }, 60000);

  it("fetches only the scripts taskpane.html names before its first render; a view's chunk on opening it", async () => {
    const context = await paneContext(pane.browser);
    const fetched = scriptsFetched(context, pane.server.origin);
    const page = await openPane(context, pane.server);
    expect(fetched).toEqual(htmlScripts().map((s) => `/${s}`));
    await openTab(page, "Goal sheet");
    const later = fetched.slice(htmlScripts().length);
    expect(later.length).toBeGreaterThan(0);
    expect(later).not.toContain("/taskpane.js");
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  }, 60000);

  // The deploy URL is any https folder (package.json's deploy_url, SALES_KIT_DEPLOY_URL): the lazy
  // chunks must come from beside taskpane.js, not from the site's root.
  it("loads its chunks from the folder it is served from (a deploy under /addin/v2/), the download worker too", async () => {
    for (const excel of [false, true]) {
      const context = await paneContext(pane.browser, { locale: "zh-CN" });
      const base = `${pane.server.origin}/addin/v2/`;
      await context.route(`${base}**`, async (route) => {
        const url = route.request().url().replace(base, `${pane.server.origin}/`);
        await route.fulfill({ response: await route.fetch({ url }) });
      });
      const fetched = scriptsFetched(context, pane.server.origin);
      const page = await context.newPage();
      await page.route(OFFICE_CDN, (route) => route.abort());
      if (excel) {
        await page.addInitScript(
          `window.__fakeExcelOptions = ${JSON.stringify({ displayLanguage: "zh-CN" })};`,
        );
        await page.addInitScript(await fakeExcelScript());
      }
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${base}taskpane.html`);
      await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
      expect(await page.getAttribute("body", "data-mode")).toBe(excel ? "excel" : "download");
      await openTab(page, translate("zh-CN", "nav.goals"), translate("zh-CN", "goals.title"));
      if (!excel) {
        // A download: the worker, and ExcelJS in it, come from the same folder.
        await pasteRoster(page, ROSTER_TSV, translate("zh-CN", "roster.usePasted"));
        const file = await previewAndDownload(page, { download: translate("zh-CN", "action.download") });
        expect(file.data.subarray(0, 2).toString()).toBe("PK");
        expect(fetched).toContain("/addin/v2/xlsx-worker.js");
      }
      expect(fetched.length).toBeGreaterThan(htmlScripts().length);
      expect(fetched.filter((p) => !p.startsWith("/addin/v2/"))).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 120000);
});
