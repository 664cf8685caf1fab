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
import { excelServices } from "./office/services";

export const READY_MARK = "sales-kit-rendered";

function MarkReady({ children }: { children: React.ReactNode }) {
  React.useEffect(() => {
    performance.mark(READY_MARK);
    document.body.dataset.ready = "true";
  }, []);
  return <>{children}</>;
}

async function main(): Promise<void> {
  let root: ReturnType<typeof createRoot> | null = null;
  const render = (host: HostInfo) => {
    const container = document.getElementById("root");
    if (!container) return;
    root ??= createRoot(container);
    const services = host.mode === "excel" ? excelServices() : browserServices();
    document.body.dataset.mode = host.mode;
    root.render(
      <MarkReady>
        <App
          key={host.mode}
          services={services}
          initialLocale={localeFromLanguage(host.displayLanguage)}
          theme={host.theme}
        />
      </MarkReady>,
    );
  };
  // A slow Excel that answers after the wait: switch the pane to Excel mode then.
  render(await detectHost(undefined, render));
}

void main();
