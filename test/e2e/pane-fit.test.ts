/**
 * The pane at the widths Excel gives a task pane (320 and 350 px), in English and Chinese: the page
 * never scrolls sideways, in any view, with a roster and a CRM export loaded and with errors shown;
 * the navigation takes one line, so the first screen shows the view's own controls.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { describeWithChromium, paneContext } from "./support/chromium";
import { ROSTER_TSV } from "./support/fixtures";
import { openPane, pageErrors } from "./support/pane-page";
import { withPaneBrowser } from "./support/suite";
import { chooseView, pasteRoster } from "./support/user";

const FIXTURES = path.resolve(__dirname, "../fixtures/crm");

const TEXT = {
  "en-US": {
    views: ["Home", "Goal sheet", "Incentive table", "Self-review & plan", "Feedback log", "CRM import"],
    dashboard: "Weekly dashboard",
    paste: "Use the pasted rows",
    rosterFile: "Load a CSV or .xlsx file",
    crmFile: "Load an export file",
    action: "Download .xlsx",
    advanced: "Advanced mechanics",
    byRole: "A tier table per role",
    adds: ["Add a role table", "Add a rate", "Add a split deal", "Add a return"],
  },
  "zh-CN": {
    views: ["首页", "目标表", "激励表", "自评与发展计划", "沟通反馈记录", "CRM 导入"],
    dashboard: "周例会看板",
    paste: "使用粘贴的行",
    rosterFile: "加载 CSV 或 .xlsx 文件",
    crmFile: "加载导出文件",
    action: "下载 .xlsx",
    advanced: "高级计发规则",
    byRole: "按职位分设档位表",
    adds: ["添加职位档位表", "添加汇率", "添加分单", "添加退货"],
  },
} as const;

/**
 * How far the page is wider than the pane, and the elements whose right edge passes it (named by
 * tag, test id or class and their text), so a failure says what to fix.
 */
async function overflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      // Report the innermost overflowing elements that are not inside a scrolling box.
      let clipped = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") clipped = true;
      }
      if (clipped) continue;
      const inner = Array.from(el.children).some((c) => c.getBoundingClientRect().right > width + 0.5);
      if (inner) continue;
      const name = el.dataset.testid ?? el.getAttribute("role") ?? el.className.toString().slice(0, 40);
      culprits.push(
        `${el.tagName.toLowerCase()}[${name}] right=${Math.round(box.right)} "${(el.textContent ?? "").slice(0, 40)}"`,
      );
    }
    return { excess: root.scrollWidth - width, culprits };
  });
}

describeWithChromium("the pane fits a 320 and 350 px task pane", () => {
  const pane = withPaneBrowser();

  for (const locale of ["en-US", "zh-CN"] as const) {
    for (const width of [320, 350]) {
      it(`never scrolls sideways at ${width} px in ${locale}`, async () => {
        const text = TEXT[locale];
        const context = await paneContext(pane.browser, { locale, width, reducedMotion: "reduce" });
        const page = await openPane(context, pane.server);
        await page.setViewportSize({ width, height: 600 });
        const found: Record<string, string[]> = {};
        const check = async (state: string) => {
          const { excess, culprits } = await overflow(page);
          if (excess > 0) found[state] = [`${excess} px too wide`, ...culprits];
        };

        // The navigation is one line: the first view's heading is on the first screen.
        const nav = await page.getByTestId("nav-menu").boundingBox();
        expect(nav!.height).toBeLessThan(48);

        for (const view of text.views) {
          await chooseView(page, view);
          await page.getByRole("heading", { level: 2 }).first().waitFor({ timeout: 20000 });
          await check(`${view}`);
          if (view === text.views[0]) {
            // Home is one screen: every task, down to the formulas, above the fold of a 600 px pane.
            const last = await page.getByTestId("open-reference").boundingBox();
            expect(last!.y + last!.height).toBeLessThanOrEqual(600);
            await page.getByTestId("open-reference").click();
            await page.getByRole("searchbox").fill("commission");
            await check("function reference, searched");
            await page.getByRole("searchbox").fill("");
            await check("function reference");
            continue;
          }
          // The first screen (600 px) shows the view's own first control.
          const first = await page
            .locator("main")
            .locator("input, textarea, button, [role=combobox]")
            .first()
            .boundingBox();
          expect([view, first!.y < 600]).toEqual([view, true]);
          // Errors: generating with what is there (no roster yet, or defaults) shows the form's issues.
          // (The feedback log needs no roster: its defaults make a log, which the test leaves alone.)
          if (view !== text.views[4]) {
            await page.getByRole("button", { name: text.action }).click();
            await page.getByTestId("form-problems").waitFor();
          }
          await check(`${view}: errors shown`);
        }

        // The weekly dashboard (in a browser: a workbook file to pick).
        await chooseView(page, text.dashboard);
        await page.getByRole("heading", { level: 2 }).first().waitFor({ timeout: 20000 });
        await check("dashboard");

        // A roster from a CSV file, then pasted rows, in the goal sheet.
        await chooseView(page, text.views[1]);
        await page.getByLabel(text.rosterFile).setInputFiles(path.join(FIXTURES, "roster.csv"));
        await page.getByTestId("roster-status").waitFor();
        await check("goal sheet: roster file loaded");
        await pasteRoster(page, ROSTER_TSV, text.paste);
        await check("goal sheet: roster pasted");
        await page.getByTestId("preview").waitFor({ timeout: 20000 });
        await check("goal sheet: preview");

        // A CRM export, a mapping that needs the user's help, and an image loaded as an export.
        await chooseView(page, text.views[5]);
        for (const file of ["zoho-deals.csv", "custom-export.csv"]) {
          await page.getByLabel(text.crmFile).setInputFiles(path.join(FIXTURES, file));
          await page.getByTestId("crm-status").waitFor({ timeout: 20000 });
          await check(`crm: ${file} loaded`);
        }
        // A long file name without spaces: the status line naming it still wraps inside the pane.
        await page.getByLabel(text.crmFile).setInputFiles({
          name: "Q1-2027-opportunities-export-from-the-regional-sales-crm-all-owners-all-stages.csv",
          mimeType: "text/csv",
          buffer: fs.readFileSync(path.join(FIXTURES, "zoho-deals.csv")),
        });
        await page.getByTestId("crm-status").waitFor({ timeout: 20000 });
        await check("crm: a long file name loaded");
        const status = await page.getByTestId("crm-status").boundingBox();
        expect(status!.x + status!.width).toBeLessThanOrEqual(width);
        await page.getByLabel(text.crmFile).setInputFiles({
          name: "photo.png",
          mimeType: "image/png",
          buffer: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
        });
        await page.waitForTimeout(500);
        await check("crm: an image loaded");
        await page.getByRole("button", { name: text.action }).click();
        await page.getByTestId("form-problems").waitFor();
        await check("crm: errors shown");

        for (const view of text.views.slice(2, 5)) {
          await chooseView(page, view);
          await page.getByRole("heading", { level: 2 }).first().waitFor();
          await check(`${view}: roster loaded`);
        }

        // The incentive form's advanced mechanics, opened, with a row of every list and its errors.
        await chooseView(page, text.views[2]);
        await page.getByRole("button", { name: text.advanced }).click();
        await page.getByRole("checkbox", { name: text.byRole }).first().click();
        for (const add of text.adds) await page.getByRole("button", { name: add }).first().click();
        await check("incentives: advanced mechanics open");
        await page.getByRole("button", { name: text.action }).click();
        await page.getByTestId("form-problems").waitFor();
        await check("incentives: advanced mechanics, errors shown");

        expect(found).toEqual({});
        expect(pageErrors(page)).toEqual([]);
        await context.close();
      }, 240000);
    }
  }
});
