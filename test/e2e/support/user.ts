/**
 * What a user does in the pane, with the keyboard and the mouse: click a tab, type into a field
 * (select what is there, type over it), paste rows, pick from a dropdown by keyboard, press buttons,
 * and receive the downloaded file.
 */
import fs from "fs";
import type { Page } from "playwright-core";

/** Opens the navigation menu and picks a view. */
export async function chooseView(page: Page, name: string): Promise<void> {
  await page.getByTestId("nav-menu").click();
  await page.getByRole("menuitemradio", { name }).click();
}

/** Opens a view from the navigation menu and waits for its heading (lazy views load on first open). */
export async function openTab(page: Page, name: string, heading = name): Promise<void> {
  await chooseView(page, name);
  await page.getByRole("heading", { level: 2, name: heading }).first().waitFor({ timeout: 20000 });
}

/** Clicks into a text field, selects its content and types the new value; Tab leaves the field. */
export async function typeInto(page: Page, name: string | RegExp, value: string): Promise<void> {
  await page.getByRole("textbox", { name, exact: typeof name === "string" }).click();
  await page.keyboard.press("ControlOrMeta+A");
  if (value === "") await page.keyboard.press("Delete");
  else await page.keyboard.type(value);
  await page.keyboard.press("Tab");
}

/** Pastes rows copied from a sheet (one input event, as a paste is) and uses them. */
export async function pasteRoster(page: Page, rows: string, button = "Use the pasted rows"): Promise<void> {
  await page.getByRole("textbox", { name: /paste the roster|粘贴名单/ }).click();
  await page.keyboard.insertText(rows);
  await page.getByRole("button", { name: button }).click();
  await page.getByTestId("roster-status").waitFor();
}

/** Opens a dropdown with the keyboard and picks the option with that text. */
export async function chooseByKeyboard(
  page: Page,
  label: string | RegExp,
  option: string | RegExp,
): Promise<void> {
  const box = page.getByRole("combobox", { name: label });
  await box.focus();
  await page.keyboard.press("Enter");
  const wanted = page.getByRole("option", { name: option });
  await wanted.waitFor();
  // Arrow down until the wanted option is the active one, then Enter.
  for (let i = 0; i < 40; i++) {
    const active = await box.getAttribute("aria-activedescendant");
    if (active && active === (await wanted.getAttribute("id"))) break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  await page.getByRole("listbox").waitFor({ state: "hidden" });
}

/** Focuses a button and presses Enter. */
export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole("button", { name }).focus();
  await page.keyboard.press("Enter");
}

/** Waits for the preview (it follows the form), then downloads; returns the file's name and bytes. */
export async function previewAndDownload(page: Page, buttons = { download: "Download .xlsx" }) {
  await page.getByTestId("preview").waitFor({ timeout: 20000 });
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60000 }),
    page.getByRole("button", { name: buttons.download }).click(),
  ]);
  const file = await download.path();
  await page.getByTestId("write-success").waitFor();
  return { name: download.suggestedFilename(), data: fs.readFileSync(file) };
}

/** Reads until the value satisfies `ok` (the page updates asynchronously), or fails with the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 10000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > until) throw new Error(`still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}
