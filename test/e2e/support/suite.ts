/** One https server for dist/ and one Chromium per test file, started before its tests and closed after. */
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { PaneServer, servePane } from "./server";

export interface PaneBrowser {
  readonly server: PaneServer;
  readonly browser: Browser;
}

export function withPaneBrowser(): PaneBrowser {
  let server: PaneServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await servePane();
    browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("the pane server is not running (beforeAll failed?)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("Chromium is not running (beforeAll failed?)");
      return browser;
    },
  };
}
