/**
 * The goal form by keyboard at 320 px, in English and Chinese: Tab walks the fields top to bottom
 * and reaches Download right after the last field (no Preview step, saved settings after it), in
 * as many presses as the form has controls; Enter on Download with a bad field puts focus on it.
 */
import type { Page } from "playwright-core";
import { describeWithChromium, paneContext } from "./support/chromium";
import { ROSTER_TSV } from "./support/fixtures";
import { openPane, pageErrors } from "./support/pane-page";
import { withPaneBrowser } from "./support/suite";
import { chooseView, pasteRoster } from "./support/user";

const TEXT = {
  "en-US": {
    view: "Goal sheet",
    paste: "Use the pasted rows",
    file: "Load a CSV or .xlsx file",
    action: "Download .xlsx",
    period: "Period",
  },
  "zh-CN": {
    view: "目标表",
    paste: "使用粘贴的行",
    file: "加载 CSV 或 .xlsx 文件",
    action: "下载 .xlsx",
    period: "考核期",
  },
} as const;

/** What has focus: its accessible text and where it is on the page. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    return {
      text: (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? "",
      top: box.top + window.scrollY,
      inMain: !!el.closest("main"),
    };
  });
}

describeWithChromium("the goal form by keyboard", () => {
  const pane = withPaneBrowser();

  for (const locale of ["en-US", "zh-CN"] as const) {
    it(`reaches Download from the first field in 29 Tab presses, top to bottom, in ${locale}`, async () => {
      const text = TEXT[locale];
      const context = await paneContext(pane.browser, { locale, width: 320, reducedMotion: "reduce" });
      const page = await openPane(context, pane.server);
      await chooseView(page, text.view);
      await page.getByRole("heading", { level: 2, name: text.view }).waitFor({ timeout: 20000 });
      await pasteRoster(page, ROSTER_TSV, text.paste);
      await page.getByTestId("preview").waitFor({ timeout: 20000 });

      await page.getByLabel(text.file).focus();
      let last = await focused(page);
      let presses = 0;
      while (last.text !== text.action && presses < 60) {
        await page.keyboard.press("Tab");
        presses++;
        const now = await focused(page);
        // Every stop is a control of the form, each on the same line as the one before or below it.
        expect(now.inMain).toBe(true);
        expect(now.top).toBeGreaterThanOrEqual(last.top - 1);
        last = now;
      }
      // By hand: from the file input, the paste box and its button (2); period, title, sheet
      // language, currency, as-of date (5); Revenue, New customers and Conversion rate each with
      // its checkbox, weight, target, cap and gate (15); Average order value's checkbox (1); split,
      // ramp, tolerance, holidays (4); the protection password (1); then Download (1):
      // 2 + 5 + 15 + 1 + 4 + 1 + 1 = 29.
      expect(presses).toBe(29);

      // A bad period, then Enter on Download: focus goes back to the period.
      await page.getByRole("textbox", { name: text.period, exact: true }).fill("2027-Q5");
      await page.getByRole("button", { name: text.action }).focus();
      await page.keyboard.press("Enter");
      await page.getByTestId("form-problems").waitFor();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("2027-Q5");
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    }, 120000);
  }
});
