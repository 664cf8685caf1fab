/** Pane entry: find out where we run, then render. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./office-context";
import { localeFromLanguage } from "../i18n";

async function main(): Promise<void> {
  const host = await detectHost();
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <App mode={host.mode} initialLocale={localeFromLanguage(host.displayLanguage)} />,
  );
}

void main();
