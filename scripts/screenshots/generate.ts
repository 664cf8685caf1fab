/**
 * Regenerates the README pictures in docs/images/: the task pane in English and Chinese (the built
 * dist/ served over https, in headless Chromium) and a generated goal sheet and commission table
 * (rendered from the generated .xlsx through LibreOffice). Run: npx tsx scripts/screenshots/generate.ts
 * (after npm run build).
 */
import fs from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { launchChromium, paneContext } from "../../test/e2e/support/chromium";
import { ROSTER_TSV } from "../../test/e2e/support/fixtures";
import { openPane } from "../../test/e2e/support/pane-page";
import { servePane } from "../../test/e2e/support/server";
import { chooseView, pasteRoster } from "../../test/e2e/support/user";
import { commissionExample, goalExample } from "./example-workbooks";
import { renderSheet } from "./render-sheet";

const IMAGES = path.resolve(__dirname, "../../docs/images");

const PANE_TEXT = {
  "en-US": { tab: "Goal sheet", paste: "Use the pasted rows" },
  "zh-CN": { tab: "目标表", paste: "使用粘贴的行" },
} as const;

async function panePictures(browser: Browser): Promise<string[]> {
  const server = await servePane();
  const written: string[] = [];
  try {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const context = await paneContext(browser, { locale, width: 380, reducedMotion: "reduce" });
      const page = await openPane(context, server);
      await page.setViewportSize({ width: 380, height: 760 });
      const home = path.join(IMAGES, `pane-home-${locale}.png`);
      await page.screenshot({ path: home });
      const t = PANE_TEXT[locale];
      await chooseView(page, t.tab);
      await page.getByRole("heading", { level: 2, name: t.tab }).waitFor();
      await pasteRoster(page, ROSTER_TSV, t.paste);
      await page.getByTestId("preview").waitFor({ timeout: 20000 });
      // The end of the form: the buttons and the preview of what will be created.
      await page.getByTestId("preview").scrollIntoViewIfNeeded();
      const goals = path.join(IMAGES, `pane-goals-${locale}.png`);
      await page.screenshot({ path: goals });
      written.push(home, goals);
      await context.close();
    }
  } finally {
    await server.close();
  }
  return written;
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
