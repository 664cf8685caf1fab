/**
 * Regenerates the README pictures in docs/images/: every view of the task pane in English and
 * Chinese (pane-<view>-<locale>.png; the built dist/ served over https, in headless Chromium) and a generated goal sheet and commission table
 * (rendered from the generated .xlsx through LibreOffice). Run: npx tsx scripts/screenshots/generate.ts
 * (after npm run build).
 */
import fs from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { sampleExportCsv } from "../../src/generators/crm";
import { LOCALES, Locale, MessageKey, translate } from "../../src/i18n";
import { parseRosterCsv } from "../../src/schemas/roster";
import { launchChromium, paneContext } from "../../test/e2e/support/chromium";
import "../../test/e2e/support/fake-excel-page-types";
import { ROSTER_TSV } from "../../test/e2e/support/fixtures";
import { openPane } from "../../test/e2e/support/pane-page";
import { PaneServer, servePane } from "../../test/e2e/support/server";
import { openTab, pasteRoster, typeInto } from "../../test/e2e/support/user";
import { commissionExample, goalExample } from "./example-workbooks";
import { renderSheet } from "./render-sheet";

const IMAGES = path.resolve(__dirname, "../../docs/images");
const FIXTURES = path.resolve(__dirname, "../../test/fixtures/crm");

/** Excel's default task pane is about 350 px wide; a screen's worth of height. */
const PANE = { width: 350, height: 720 };

/** Deals in the CRM export of the progress picture: enough for the bar to be caught half way. */
const DEALS = 20_000;

/**
 * Every view of the pane in one language, in Excel mode (the fake Excel of the e2e tests, its syncs
 * slowed as Excel on the web's are, so the CRM import's progress bar can be photographed): Home, the
 * goal sheet with its preview, the incentive form's advanced mechanics, whole-team reviews, the
 * feedback log, the CRM import with its progress bar (cancelled, then run in full) and the weekly
 * dashboard reading the sheets just created. Labels come from the catalog, so a reworded text needs no edit.
 */
async function paneViews(browser: Browser, server: PaneServer, locale: Locale): Promise<string[]> {
  const t = (key: MessageKey) => translate(locale, key);
  const written: string[] = [];
  const context = await paneContext(browser, { locale, width: PANE.width, reducedMotion: "reduce" });
  try {
    const page = await openPane(context, server, {
      fakeExcel: { displayLanguage: locale, syncLatencyMs: 400 },
    });
    await page.setViewportSize(PANE);
    const shoot = async (name: string) => {
      const file = path.join(IMAGES, `pane-${name}-${locale}.png`);
      await page.screenshot({ path: file });
      written.push(file);
    };
    const open = async (nav: MessageKey, title: MessageKey) => {
      await openTab(page, t(nav), t(title));
      await page.evaluate(() => window.scrollTo(0, 0));
    };
    await shoot("home");

    await open("nav.goals", "goals.title");
    await pasteRoster(page, ROSTER_TSV, t("roster.usePasted"));
    await typeInto(page, t("goals.period"), "2027-Q1");
    await page.getByTestId("preview").waitFor({ timeout: 30000 });
    await page.getByTestId("preview").scrollIntoViewIfNeeded();
    await shoot("goals");
    // Written, so the dashboard has a goal sheet to read.
    await page.getByRole("button", { name: t("action.create") }).click();
    await page.getByTestId("write-success").waitFor({ timeout: 60000 });

    await open("nav.incentives", "incentives.title");
    const advanced = page.getByRole("button", { name: t("incentives.advanced") });
    await advanced.click();
    await page.waitForTimeout(500); // the chevron's turn (not covered by reduced motion)
    await advanced.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shoot("incentives");

    await open("nav.reviews", "reviews.title");
    await page.getByRole("combobox", { name: t("reviews.rep") }).click();
    await page.getByRole("option", { name: t("reviews.wholeTeam") }).click();
    await page.getByTestId("preview").waitFor({ timeout: 30000 });
    // From the section's heading: who the reviews are for, then what they hold.
    await page.locator("#reviews-who").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shoot("reviews");

    await open("nav.feedback", "feedback.title");
    await shoot("feedback");

    await open("nav.crm", "crm.title");
    const roster = parseRosterCsv(fs.readFileSync(path.join(FIXTURES, "roster.csv"), "utf8"));
    if (!roster.ok) throw new Error("test/fixtures/crm/roster.csv does not read as a roster");
    const csv = sampleExportCsv(
      roster.value.map((r) => r.name),
      { rows: DEALS, asOf: 46477 },
    );
    await page
      .getByLabel(t("crm.file"))
      .setInputFiles({ name: "deals.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByTestId("crm-status").waitFor({ timeout: 60000 });
    await page.getByLabel(t("roster.file")).setInputFiles(path.join(FIXTURES, "roster.csv"));
    await page.getByTestId("roster-status").waitFor();
    await typeInto(page, t("crm.periodsLabel"), "2027-Q1");
    await typeInto(page, t("crm.asOf"), "2027-03-31");
    await page.getByTestId("preview").waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: t("action.create") }).click();
    const progress = page.getByTestId("write-progress");
    await progress.waitFor({ timeout: 60000 });
    // Half way is a better picture than 0%: wait for the bar to move on.
    const percent = new RegExp(t("write.percent").replace("{percent}", "([1-9]\\d*)"));
    const shown = () => progress.textContent({ timeout: 1000 }).catch(() => "");
    for (let i = 0; i < 200 && !percent.test((await shown()) ?? ""); i++) await page.waitForTimeout(100);
    await progress.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shoot("crm");
    // Cancelled (the workbook as it was), then imported in full: the dashboard reads the goal sheet
    // and the CRM KPI sheet. A write that ends before the click needs no second run.
    await page
      .getByRole("button", { name: t("action.cancel") })
      .click({ timeout: 2000 })
      .catch(() => undefined);
    const outcome = page.locator("[data-testid=write-cancelled], [data-testid=write-success]").first();
    await outcome.waitFor({ timeout: 300000 });
    if ((await outcome.getAttribute("data-testid")) === "write-cancelled") {
      await page.getByRole("button", { name: t("action.create") }).click();
      await page.getByTestId("write-success").waitFor({ timeout: 300000 });
    }

    await open("nav.dashboard", "dashboard.title");
    // Its status once the workbook is read (or what is missing, said at the action).
    await page
      .locator("[data-testid=dashboard-status], [data-testid=form-problems]")
      .first()
      .waitFor({ timeout: 30000 })
      .catch(() => undefined);
    await page
      .getByTestId("preview")
      .waitFor({ timeout: 30000 })
      .catch(() => undefined);
    await page.locator("#dashboard-source").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shoot("dashboard");
  } finally {
    await context.close();
  }
  return written;
}

async function panePictures(browser: Browser): Promise<string[]> {
  const server = await servePane();
  try {
    const written: string[] = [];
    for (const locale of LOCALES) written.push(...(await paneViews(browser, server, locale)));
    return written;
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(IMAGES, { recursive: true });
  let browser: Browser | null = null;
  const getBrowser = async () => (browser ??= await launchChromium());
  try {
    const written = await panePictures(await getBrowser());
    const examples = [
      { example: await goalExample(), size: { maxWidth: 1600, maxHeight: 560 } },
      // The payout columns sit far to the right of the commission calculation.
      { example: await commissionExample(), size: { maxWidth: 2400, maxHeight: 420 } },
    ];
    for (const { example, size } of examples) {
      const png = path.join(IMAGES, example.file.replace(/\.xlsx$/, ".png"));
      written.push(await renderSheet(example.data, example.sheet, png, getBrowser, size));
    }
    console.log(`Wrote:\n  ${written.map((w) => path.relative(process.cwd(), w)).join("\n  ")}`);
  } finally {
    await (browser as Browser | null)?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
