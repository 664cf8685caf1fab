/**
 * Workbooks on paper, sheet by sheet: each workbook printed through LibreOffice to PDF (all of them in
 * one soffice run), every page told apart by a footer naming its sheet (&A) that the test adds before
 * printing, and each page's words with their printed size in points (a reference cell of 11 pt
 * printed at 100% gives the scale) and its text in drawing order (pdftotext -raw: a cell's wrapped
 * lines stay together). Footers are not scaled with the page, so they are left out of the words.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { printedPdfs } from "../oracle/libreoffice";
import { onPath } from "./installed";
import { PrintedWord, REFERENCE, perPoint, printedWords, referencePrint } from "./printed-words";

/** Footers print in the page's bottom margin: below this share of the page height. */
const FOOTER_FROM = 0.94;

export interface PrintedSheetPage {
  readonly sheet: string;
  /** 1-based page of the sheet. */
  readonly page: number;
  /** The page's words in points (height), footer left out. */
  readonly words: readonly (PrintedWord & { readonly points: number })[];
  /** The page's text in drawing order, footer included. */
  readonly text: string;
}

/** The package with a footer naming the sheet (&A) on every worksheet. */
export async function withSheetFooters(data: Uint8Array): Promise<Buffer> {
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

/** The text of each page of a PDF, in drawing order. */
function rawPages(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "printed-sheets-"));
  try {
    const file = path.join(dir, "p.pdf");
    fs.writeFileSync(file, pdf);
    const out = spawnSync(onPath("pdftotext")!, ["-raw", "-enc", "UTF-8", file, "-"], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    }).stdout;
    // pdftotext ends every page with a form feed.
    return out.split("\f").slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The pages of one printed workbook, each named by the footer that spells one of `names`. */
function sheetPages(pdf: Buffer, names: readonly string[], scale: number): PrintedSheetPage[] {
  const texts = rawPages(pdf);
  const byPage = new Map<number, PrintedWord[]>();
  for (const w of printedWords(pdf)) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  const counts = new Map<string, number>();
  return texts.map((text, i) => {
    const list = byPage.get(i + 1) ?? [];
    // The footer: the line in the bottom margin that spells a sheet's name (white space aside: its
    // words are split at spaces).
    const lines = new Map<number, PrintedWord[]>();
    for (const w of list.filter((w) => w.yMin > w.pageHeight * FOOTER_FROM))
      lines.set(Math.round(w.yMin), [...(lines.get(Math.round(w.yMin)) ?? []), w]);
    let sheet: string | undefined;
    let foot: PrintedWord[] = [];
    for (const line of lines.values()) {
      const spelt = line.map((w) => w.text).join("");
      const named = names.find((n) => n.replace(/\s+/g, "") === spelt);
      if (named) [sheet, foot] = [named, line];
    }
    if (!sheet) throw new Error(`page ${i + 1}: no footer names a sheet`);
    const page = (counts.get(sheet) ?? 0) + 1;
    counts.set(sheet, page);
    const words = list.filter((w) => !foot.includes(w)).map((w) => ({ ...w, points: w.height / scale }));
    return { sheet, page, words, text };
  });
}

/** The names of a package's worksheets, in order. */
async function sheetNames(data: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(data)).file("xl/workbook.xml")!.async("string");
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => unescape(m[1]));
}

/** Every workbook printed (one soffice run), its pages keyed by the workbook's name. */
export async function printSheets(
  books: readonly { readonly name: string; readonly data: Uint8Array }[],
): Promise<Map<string, PrintedSheetPage[]>> {
  const files = [await referencePrint()];
  for (const b of books) files.push({ name: b.name, data: await withSheetFooters(b.data) });
  const pdfs = await printedPdfs(files);
  const scale = perPoint(pdfs.get(REFERENCE)!);
  const out = new Map<string, PrintedSheetPage[]>();
  for (const b of books) out.set(b.name, sheetPages(pdfs.get(b.name)!, await sheetNames(b.data), scale));
  return out;
}

/** Printed text with all white space gone: a wrapped line breaks anywhere, in either language. */
export const squeeze = (s: string): string => s.replace(/\s+/g, "");
