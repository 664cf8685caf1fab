/**
 * Ribbon commands. They run in the shared runtime (the pane's page), so they reach the same
 * state as the pane. The "Sales Kit" button itself is a ShowTaskpane action in the manifest.
 */

/** Opens the pane from code paths such as keyboard shortcuts or future menu items. */
export async function openSalesKit(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    Office.actions?.associate("openSalesKit", openSalesKit);
  });
}
