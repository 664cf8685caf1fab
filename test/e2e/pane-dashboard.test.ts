/**
 * End to end in a plain browser (download mode): the built pane in headless Chromium, the weekly
 * dashboard view, the demo workbook (without its dashboard) picked as a file; the file that comes
 * back as a download holds the dashboard sheet (the demo's own, cell for cell) and every original
 * sheet unchanged: each of its package parts byte for byte but the few a new sheet must touch.
 */
import fs from "fs";
import type { BrowserContext, Page } from "playwright-core";
import path from "path";
import { buildDemoSpec } from "../../src/cli/commands/demo";
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import { DASHBOARD_TEXTS } from "../../src/i18n/sheets/dashboard";
import { unzip } from "../hosts/unzip";
import { describeWithChromium, paneContext } from "./support/chromium";
import { openPane, pageErrors } from "./support/pane-page";
import { withPaneBrowser } from "./support/suite";
import { openTab } from "./support/user";
import { cellsOf } from "../support/xlsx-cells";

const EXAMPLES = path.resolve(__dirname, "../../examples");
/** Parts adding a sheet may change; every other part of the package stays byte for byte. */
const CHANGED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/calcChain.xml",
]);

function sheetOrder(xml: string): string[] {
  return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
}

describeWithChromium("pane in a browser: the weekly dashboard added to a picked workbook", () => {
  const pane = withPaneBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await paneContext(pane.browser);
    page = await openPane(context, pane.server);
  }, 60000);

  afterEach(async () => {
    expect(pageErrors(page)).toEqual([]);
    await context?.close();
  });

  it("the demo workbook downloaded back with the dashboard, every original sheet unchanged", async () => {
    const built = await buildDemoSpec(EXAMPLES, "en-US");
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const t = DASHBOARD_TEXTS["en-US"];
    const demo = await writeXlsxBytes(built.spec);
    const input = await writeXlsxBytes({
      ...built.spec,
      sheets: built.spec.sheets.filter((s) => s.name !== t.sheet),
    });

    await openTab(page, "Weekly dashboard");
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 90000 }),
      page.getByLabel("Choose the workbook file").setInputFiles({
        name: "this-week.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(input),
      }),
    ]);
    expect(download.suggestedFilename()).toBe("this-week.xlsx");
    await page.getByTestId("dashboard-file-done").waitFor();
    const out = new Uint8Array(fs.readFileSync(await download.path()));

    // Every part of the picked file is in the download as it was, but the few a new sheet touches.
    const before = unzip(input);
    const after = unzip(out);
    for (const [part, bytes] of before) {
      if (CHANGED.has(part)) continue;
      expect([part, after.get(part) === bytes]).toEqual([part, true]);
    }
    const names = (b: Map<string, string>) => sheetOrder(b.get("xl/workbook.xml")!);
    expect(names(after)).toEqual([...names(before), t.sheet]);
    // Every original cell (value, formula, format) as ExcelJS reads it.
    const was = await cellsOf(input);
    const now = await cellsOf(out);
    for (const [key, value] of was) expect([key, now.get(key)]).toEqual([key, value]);
    // The dashboard: the demo's own, cell for cell.
    expect(await cellsOf(out, t.sheet)).toEqual(await cellsOf(demo, t.sheet));
  }, 180000);
});
