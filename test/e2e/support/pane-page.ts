/** Opening the pane in a page: office.js from the CDN blocked (as offline), ready when first rendered. */
import type { BrowserContext, Page } from "playwright-core";
import { fakeExcelScript } from "./fake-excel-bundle";
import type { PageOptions } from "./fake-excel-page-types";
import type { PaneServer } from "./server";

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";

export interface OpenOptions {
  /** Install the fake Excel so the pane runs in Excel mode. */
  readonly fakeExcel?: PageOptions;
  /** Let the page try the real CDN (offline it fails) instead of refusing it at once. */
  readonly realCdn?: boolean;
}

export async function openPane(
  context: BrowserContext,
  server: PaneServer,
  options: OpenOptions = {},
): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  ERRORS.set(page, errors);
  if (!options.realCdn) await page.route(OFFICE_CDN, (route) => route.abort());
  if (options.fakeExcel) {
    await page.addInitScript(`window.__fakeExcelOptions = ${JSON.stringify(options.fakeExcel)};`);
    await page.addInitScript(await fakeExcelScript());
  }
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  return page;
}

const ERRORS = new WeakMap<Page, string[]>();

/** Uncaught errors of the page: none are expected, in a plain browser either. */
export function pageErrors(page: Page): string[] {
  return ERRORS.get(page) ?? [];
}
