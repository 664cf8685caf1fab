/**
 * Ribbon commands. They run in the shared runtime (the pane's page), so they reach the same state as
 * the pane. The ribbon has one button, "Sales Kit", a ShowTaskpane action in the manifest, so no
 * function is registered here: Office.actions.associate names only functions a manifest
 * ExecuteFunction action calls (test/manifest checks both lists agree).
 */
export {};
