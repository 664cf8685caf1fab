/**
 * Pane entry: find out where we run (Excel, or a plain browser when office.js is absent or silent),
 * pick the matching services, render. When the first render is on screen the page is marked ready
 * (a performance mark and data-ready on <body>), which the browser tests and the benchmark wait for.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { localeFromLanguage } from "../i18n";
import { App } from "./App";
import { browserServices } from "./download/services";
import { HostInfo, detectHost } from "./office/host";
import type { PaneServices } from "./services";

export const READY_MARK = "sales-kit-rendered";

function MarkReady({ children }: { children: React.ReactNode }) {
  React.useEffect(() => {
    performance.mark(READY_MARK);
    document.body.dataset.ready = "true";
  }, []);
  return <>{children}</>;
}

/**
 * The Excel services (the Excel host, workbook reads, the CRM link's cell checks) are a chunk of their
 * own: a browser never needs them, and in Excel they are fetched while Office initializes.
 */
let excelChunk: Promise<typeof import("./office/services")> | null = null;
function loadExcelServices(): Promise<typeof import("./office/services")> {
  excelChunk ??= import(/* webpackChunkName: "excel" */ "./office/services");
  return excelChunk;
}

/** The services for where the pane runs; when the Excel chunk cannot be fetched, browser mode. */
async function servicesFor(host: HostInfo): Promise<{ mode: HostInfo["mode"]; services: PaneServices }> {
  if (host.mode === "excel") {
    try {
      return { mode: "excel", services: (await loadExcelServices()).excelServices() };
    } catch {
      excelChunk = null; // a later attempt (a late Excel) fetches again
    }
  }
  return { mode: "download", services: browserServices() };
}

async function main(): Promise<void> {
  let root: ReturnType<typeof createRoot> | null = null;
  // office.js defines Office outside Excel too: the fetch starts early and costs a browser nothing
  // it waits for.
  if ((globalThis as { Office?: unknown }).Office) void loadExcelServices().catch(() => undefined);
  const render = async (host: HostInfo) => {
    const container = document.getElementById("root");
    if (!container) return;
    const { mode, services } = await servicesFor(host);
    root ??= createRoot(container);
    document.body.dataset.mode = mode;
    root.render(
      <MarkReady>
        <App
          key={mode}
          services={services}
          initialLocale={localeFromLanguage(host.displayLanguage)}
          theme={host.theme}
        />
      </MarkReady>,
    );
  };
  // A slow Excel that answers after the wait: switch the pane to Excel mode then.
  await render(await detectHost(undefined, (late) => void render(late)));
}

void main();
