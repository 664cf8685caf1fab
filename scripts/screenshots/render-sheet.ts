/**
 * A sheet of a generated .xlsx as a picture, rendered by LibreOffice (which also computes every
 * formula) to HTML and photographed by headless Chromium: values and cell styles at the sheet's own
 * column widths, cropped to a readable corner. (A printed page would not do: the sheets print one
 * page wide, which shrinks a wide sheet's text past reading in a README picture.)
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser } from "playwright-core";

/** LibreOffice keeps stale results unless told to recalculate every file on load. */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function commandPath(name: string): string | null {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** Converts `input` with soffice into `format` in `outDir`; returns the output file. */
function soffice(input: string, format: string, outDir: string, profile: string): string {
  const binary = commandPath("soffice") ?? commandPath("libreoffice");
  if (!binary)
    throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
  const r = spawnSync(
    binary,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      input,
    ],
    { encoding: "utf8", timeout: 180000 },
  );
  const out = path.join(outDir, `${path.basename(input, path.extname(input))}.${format.split(":")[0]}`);
  if (!fs.existsSync(out)) throw new Error(`soffice did not write ${out}:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/**
 * Renders `sheet` of the workbook into `png`: the sheet's table clipped to `maxWidth` x `maxHeight`
 * CSS pixels.
 */
export async function renderSheet(
  data: Buffer,
  sheet: string,
  png: string,
  browser: () => Promise<Browser>,
  size = { maxWidth: 1400, maxHeight: 620 },
): Promise<string> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sales-kit-render-"));
  try {
    const profile = path.join(work, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
    const input = path.join(work, "book.xlsx");
    fs.writeFileSync(input, data);
    const html = soffice(input, "html", work, profile);
    const page = await (
      await browser()
    ).newPage({ viewport: { width: size.maxWidth, height: size.maxHeight }, deviceScaleFactor: 1 });
    await page.goto(`file://${html}`);
    const index = await page.evaluate((name) => {
      const titles = [...document.querySelectorAll("h1 em")].map((e) => e.textContent);
      return titles.indexOf(name);
    }, sheet);
    if (index < 0) throw new Error(`sheet "${sheet}" is not in LibreOffice's HTML`);
    // Larger type than LibreOffice's x-small, on white, without the sheet list above the tables.
    // As in Excel: columns at the sheet's widths, one line per row, text running on into empty
    // neighbours (LibreOffice's HTML would otherwise widen columns or keep tall wrapped rows).
    await page.addStyleTag({
      content: [
        "body,table,td,th{font-size:13px !important}",
        "table{table-layout:fixed;width:1px}",
        "td{white-space:nowrap;overflow:visible;height:auto !important}",
        // Filled cells (headers, inputs) wrap inside their column, as their styles ask in Excel.
        "td[bgcolor]{white-space:normal;overflow:hidden}",
        "body{margin:8px;background:#fff} hr,center,h1{display:none}",
      ].join(" "),
    });
    const table = page.locator("table").nth(index);
    const box = (await table.boundingBox())!;
    await page.setViewportSize({
      width: size.maxWidth,
      height: Math.ceil(box.y + Math.min(box.height, size.maxHeight)),
    });
    await page.screenshot({
      path: png,
      clip: {
        x: box.x,
        y: box.y,
        width: Math.min(box.width, size.maxWidth - box.x),
        height: Math.min(box.height, size.maxHeight),
      },
    });
    await page.close();
    return png;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
