/**
 * Pictures of the demo workbook's printed pages for the README, in English and Chinese: the weekly
 * dashboard (three charts) and the CRM funnel's charts, as LibreOffice prints the demo (soffice ->
 * PDF -> pdftoppm PNG), each page found by a title it shows. The Chinese pages need a CJK font
 * (Debian: fonts-noto-cjk). Run: npx tsx scripts/screenshots/demo-pages.ts
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { buildDemoSpec } from "../../src/cli/commands/demo";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { CHART_TEXTS } from "../../src/i18n/sheets/charts";
import { DASHBOARD_TEXTS } from "../../src/i18n/sheets/dashboard";

const IMAGES = path.resolve(__dirname, "../../docs/images");
const EXAMPLES = path.resolve(__dirname, "../../examples");

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: "utf8", timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return r.stdout;
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sales-kit-pages-"));
  try {
    const profile = path.join(work, "profile");
    for (const locale of ["en-US", "zh-CN"] as const) {
      const demo = await buildDemoSpec(EXAMPLES, locale);
      if (!demo.ok) throw new Error(JSON.stringify(demo.issues));
      const input = path.join(work, `demo-${locale}.xlsx`);
      fs.writeFileSync(input, await writeXlsx(demo.spec));
      run("soffice", [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        input,
      ]);
      const pdf = path.join(work, `demo-${locale}.pdf`);
      // pdftotext ends every page with a form feed.
      const pages = run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).split("\f");
      const shots = [
        { title: DASHBOARD_TEXTS[locale].title("2027-Q1"), png: `dashboard-${locale}` },
        { title: CHART_TEXTS[locale].funnel.countsTitle, png: `funnel-charts-${locale}` },
      ];
      for (const { title, png } of shots) {
        const page = pages.findIndex((p) => squeeze(p).includes(squeeze(title))) + 1;
        if (page < 1) throw new Error(`no printed page shows "${title}"`);
        const n = String(page);
        run("pdftoppm", ["-f", n, "-l", n, "-r", "90", "-png", "-singlefile", pdf, path.join(IMAGES, png)]);
        console.log(`Wrote docs/images/${png}.png (page ${page})`);
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
