/**
 * Every generated sheet on paper: the demo workbook (goal sheets, reviews with the development plan,
 * incentives with the calculation sheet and statements, the CRM import with KPIs, funnel and history,
 * the dashboard) printed through LibreOffice to PDF, and the smallest text of each sheet's pages
 * measured with pdftotext -bbox: no word under 8 pt. The page scale comes from a reference cell of
 * 11 pt printed at 100% the same way. To tell the pages apart, the test gives every sheet a footer
 * with its name (&A) before printing; footers are not scaled, so they are left out of the measure.
 * The CRM data sheet is left out of printing by default: its print area is its header.
 */
import path from "path";
import JSZip from "jszip";
import { buildDemoSpec } from "../../src/cli/commands/demo";
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import { CRM_TEXTS } from "../../src/i18n/sheets/crm";
import {
  PrintedWord,
  REFERENCE,
  perPoint as pointScale,
  printedWords as words,
  referencePrint,
} from "../support/printed-words";
import { describeWithPrinting, printedPdfs } from "../oracle/libreoffice";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../examples");
const SMALLEST_PT = 8;
/** Footers print in the page's bottom margin: below this share of the page height. */
const FOOTER_FROM = 0.94;

type Word = PrintedWord;

/** The package with a footer naming the sheet (&A) on every worksheet. */
async function withSheetFooters(data: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const footer = "<headerFooter><oddFooter>&amp;C&amp;A</oddFooter></headerFooter>";
  for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    let xml = await zip.file(name)!.async("string");
    // CT_Worksheet order: pageMargins, pageSetup, headerFooter, rowBreaks, ...
    xml = /<pageSetup[^>]*\/>/.test(xml)
      ? xml.replace(/(<pageSetup[^>]*\/>)/, `$1${footer}`)
      : xml.replace(/(<pageMargins[^>]*\/>)/, `$1${footer}`);
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

interface SheetPrint {
  readonly pages: number;
  readonly smallest: number;
}

async function printSizes(locale: "en-US" | "zh-CN"): Promise<Map<string, SheetPrint>> {
  const demo = await buildDemoSpec(EXAMPLES, locale);
  if (!demo.ok) throw new Error(JSON.stringify(demo.issues));
  const names = demo.spec.sheets.map((s) => s.name);
  const pdfs = await printedPdfs([
    await referencePrint(),
    { name: "demo", data: await withSheetFooters(await writeXlsxBytes(demo.spec)) },
  ]);
  const perPoint = pointScale(pdfs.get(REFERENCE)!);
  const all = words(pdfs.get("demo")!);
  const byPage = new Map<number, Word[]>();
  for (const w of all) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  const sizes = new Map<string, { pages: number; smallest: number }>();
  for (const [page, list] of byPage) {
    // The footer: the line in the bottom margin that spells a sheet's name (white space aside: its
    // words are split at spaces).
    const lines = new Map<number, Word[]>();
    for (const w of list.filter((w) => w.yMin > w.pageHeight * FOOTER_FROM))
      lines.set(Math.round(w.yMin), [...(lines.get(Math.round(w.yMin)) ?? []), w]);
    let sheet: string | undefined;
    let foot: Word[] = [];
    for (const line of lines.values()) {
      const text = line.map((w) => w.text).join("");
      const named = names.find((n) => n.replace(/\s+/g, "") === text);
      if (named) [sheet, foot] = [named, line];
    }
    if (!sheet) throw new Error(`page ${page}: no footer names a sheet`);
    const body = list.filter((w) => !foot.includes(w));
    const s = sizes.get(sheet) ?? { pages: 0, smallest: Infinity };
    const smallest = Math.min(s.smallest, ...body.map((w) => w.height / perPoint));
    sizes.set(sheet, { pages: s.pages + 1, smallest: Math.round(smallest * 10) / 10 });
  }
  console.log(
    `Smallest printed text per sheet (${locale}):\n` +
      [...sizes].map(([n, s]) => `  ${n}: ${s.smallest} pt on ${s.pages} page(s)`).join("\n"),
  );
  return sizes;
}

describeWithPrinting("every generated sheet printed", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    describe(locale, () => {
      let sizes = new Map<string, SheetPrint>();
      beforeAll(async () => {
        sizes = await printSizes(locale);
      }, 600_000);

      it(`prints no text under ${SMALLEST_PT} pt on any sheet`, () => {
        expect(sizes.size).toBe(25);
        const small = [...sizes]
          .filter(([, s]) => s.smallest < SMALLEST_PT)
          .map(([n, s]) => `${n}: ${s.smallest} pt`);
        expect(small).toEqual([]);
      });

      it("prints the CRM data sheet's header only, not its rows", () => {
        // Its header row is as wide as its columns: a few pages across, not the rows (dozens of pages).
        expect(sizes.get(CRM_TEXTS[locale].sheet.data)?.pages).toBeLessThanOrEqual(3);
      });
    });
  }
});
