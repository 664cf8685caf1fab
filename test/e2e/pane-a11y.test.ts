/**
 * Accessibility and pictures of every view, in English and Chinese: axe-core scans each view (with a
 * roster loaded and a preview shown, so tables and messages are scanned too) and a screenshot of it
 * is kept under test-results/screenshots/. The dark theme (Office's Black theme) is scanned as well.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { describeWithChromium, paneContext } from "./support/chromium";
import { ROSTER_TSV } from "./support/fixtures";
import { openPane, pageErrors } from "./support/pane-page";
import { withPaneBrowser } from "./support/suite";
import { chooseView, pasteRoster } from "./support/user";

const SCREENSHOTS = path.resolve(__dirname, "../../test-results/screenshots");
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * axe-core in the page (evaluated, so the page's CSP does not apply), WCAG 2.1 A and AA rules.
 * Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) are left out: Fluent
 * adds them to pass focus on at the edges of groups; they hold nothing and never keep focus.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { include: [document], exclude: [["[data-tabster-dummy]"]] } as unknown as Document,
      {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      },
    );
    return result.violations;
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 160)}`).join(", ")}`,
  );
}

const VIEWS = [
  { id: "home", tab: { "en-US": "Home", "zh-CN": "首页" }, preview: false },
  { id: "goals", tab: { "en-US": "Goal sheet", "zh-CN": "目标表" }, preview: true },
  { id: "incentives", tab: { "en-US": "Incentive table", "zh-CN": "激励表" }, preview: true },
  { id: "reviews", tab: { "en-US": "Self-review & plan", "zh-CN": "自评与发展计划" }, preview: false },
  { id: "feedback", tab: { "en-US": "Feedback log", "zh-CN": "沟通反馈记录" }, preview: false },
  { id: "crm", tab: { "en-US": "CRM import", "zh-CN": "CRM 导入" }, preview: false },
] as const;

const TEXT = {
  "en-US": {
    paste: "Use the pasted rows",
    advanced: "Advanced mechanics",
    byRole: "A tier table per role",
    adds: ["Add a role table", "Add a rate", "Add a split deal", "Add a return"],
  },
  "zh-CN": {
    paste: "使用粘贴的行",
    advanced: "高级计发规则",
    byRole: "按职位分设档位表",
    adds: ["添加职位档位表", "添加汇率", "添加分单", "添加退货"],
  },
} as const;

describeWithChromium("accessibility and screenshots of every view", () => {
  const pane = withPaneBrowser();
  beforeAll(() => fs.mkdirSync(SCREENSHOTS, { recursive: true }));

  for (const locale of ["en-US", "zh-CN"] as const) {
    it(`has no axe violations in ${locale}, view by view`, async () => {
      const context = await paneContext(pane.browser, { locale, reducedMotion: "reduce" });
      const page = await openPane(context, pane.server);
      const found: Record<string, string[]> = {};
      for (const view of VIEWS) {
        await chooseView(page, view.tab[locale]);
        await page.getByRole("heading", { level: 2 }).first().waitFor();
        if (view.id !== "home" && (await page.getByTestId("roster-status").count()) === 0) {
          await pasteRoster(page, ROSTER_TSV, TEXT[locale].paste);
        }
        if (view.preview) await page.getByTestId("preview").waitFor({ timeout: 20000 });
        // The incentive form is scanned with its advanced mechanics open and a row of each list.
        if (view.id === "incentives") {
          await page.getByRole("button", { name: TEXT[locale].advanced }).click();
          await page.getByRole("checkbox", { name: TEXT[locale].byRole }).first().click();
          for (const add of TEXT[locale].adds) await page.getByRole("button", { name: add }).first().click();
        }
        const violations = await axeViolations(page);
        // A task pane is narrow: the page itself must never need sideways scrolling.
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 420) violations.push(`page is ${width} px wide in a 420 px pane`);
        if (violations.length) found[view.id] = violations;
        await page.screenshot({ path: path.join(SCREENSHOTS, `${view.id}-${locale}.png`), fullPage: true });
      }
      expect(found).toEqual({});
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    }, 180000);
  }

  it("has no axe violations in Office's dark theme", async () => {
    const context = await paneContext(pane.browser, { reducedMotion: "reduce" });
    const page = await openPane(context, pane.server, { fakeExcel: { bodyBackgroundColor: "#262626" } });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "home-dark.png"), fullPage: true });
    await chooseView(page, "Goal sheet");
    await page.getByRole("heading", { level: 2, name: "Goal sheet" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "goals-dark.png"), fullPage: true });
    await context.close();
  }, 120000);

  it("is usable with the keyboard alone: Enter opens the menu, arrows move, Enter picks", async () => {
    const context = await paneContext(pane.browser);
    const page = await openPane(context, pane.server);
    await page.getByTestId("nav-menu").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menuitemradio", { name: "Home" }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Goal sheet" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("nav-menu");
    // Tab from the menu button reaches the form's first control.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(["BUTTON", "INPUT", "TEXTAREA"]).toContain(focused);
    await context.close();
  }, 60000);
});
