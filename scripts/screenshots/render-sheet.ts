/**
 * A sheet of a generated .xlsx as a picture, rendered by LibreOffice (which also computes every
 * formula): to PDF and then PNG with pdftoppm when poppler-utils is installed; otherwise to HTML,
 * photographed by headless Chromium (the same rendering of values and cell styles, one table per sheet).
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

export interface SheetPicture {
  readonly png: string;
  /** How it was drawn, for the script's report. */
  readonly via: "pdftoppm" | "chromium";
}

/**
 * Renders `sheet` of the workbook into `png`. The PDF route prints the sheet as LibreOffice pages it
 * (first page); the HTML route shows the sheet's table clipped to `maxWidth` x `maxHeight` CSS pixels.
 */
export async function renderSheet(
  data: Buffer,
  sheet: string,
  png: string,
  browser: () => Promise<Browser>,
  size = { maxWidth: 1400, maxHeight: 620 },
): Promise<SheetPicture> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sales-kit-render-"));
  try {
    const profile = path.join(work, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
    const input = path.join(work, "book.xlsx");
    fs.writeFileSync(input, data);
    const pdftoppm = commandPath("pdftoppm");
    if (pdftoppm) {
      // Only the wanted sheet: LibreOffice prints every sheet, so the workbook is cut down first.
      const single = await keepOnlySheet(data, sheet);
      fs.writeFileSync(input, single);
      const pdf = soffice(input, "pdf", work, profile);
      execFileSync(pdftoppm, [
        "-png",
        "-r",
        "110",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        pdf,
        png.replace(/\.png$/, ""),
      ]);
      return { png, via: "pdftoppm" };
    }
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
    return { png, via: "chromium" };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The workbook with every other sheet hidden out of the print (their formulas still compute). */
async function keepOnlySheet(data: Buffer, sheet: string): Promise<Buffer> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  wb.eachSheet((ws) => {
    if (ws.name !== sheet) ws.state = "hidden";
  });
  const index = wb.worksheets.findIndex((ws) => ws.name === sheet);
  wb.views = [
    { x: 0, y: 0, width: 28800, height: 17600, firstSheet: index, activeTab: index, visibility: "visible" },
  ];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
