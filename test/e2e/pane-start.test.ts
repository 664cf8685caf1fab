/**
 * The built pane in headless Chromium over https: in a plain browser (office.js refused or
 * unreachable) it starts in download mode instead of hanging; with the fake Excel injected it
 * starts in Excel mode, in Office's language.
 */
import { CATALOGUE } from "../../src/functions/catalogue";
import "./support/fake-excel-page-types";
import { describeWithChromium, paneContext } from "./support/chromium";
import { openPane, pageErrors } from "./support/pane-page";
import { withPaneBrowser } from "./support/suite";

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
});
