/**
 * Printed text measured: the words of a PDF (LibreOffice's print of a workbook) with their page,
 * position and height, read with poppler's pdftotext -bbox, and the scale that turns heights into
 * points, read from a reference cell of 11 pt printed at 100% the same way.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import { onPath } from "./installed";

export interface PrintedWord {
  /** 1-based page. */
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly height: number;
  readonly pageWidth: number;
  readonly pageHeight: number;
}

/** Every word of the PDF, page by page. */
export function printedWords(pdf: Buffer): PrintedWord[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "printed-words-"));
  try {
    const file = path.join(dir, "p.pdf");
    fs.writeFileSync(file, pdf);
    const out = spawnSync(onPath("pdftotext")!, ["-bbox", file, "-"], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    }).stdout;
    const found: PrintedWord[] = [];
    let page = 0;
    let pageWidth = 0;
    let pageHeight = 0;
    for (const m of out.matchAll(
      /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      if (m[1] !== undefined) {
        page++;
        pageWidth = Number(m[1]);
        pageHeight = Number(m[2]);
      } else {
        const yMin = Number(m[4]);
        found.push({
          page,
          text: m[7],
          xMin: Number(m[3]),
          xMax: Number(m[5]),
          yMin,
          height: Number(m[6]) - yMin,
          pageWidth,
          pageHeight,
        });
      }
    }
    return found;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The name under which referencePrint's workbook goes into printedPdfs. */
export const REFERENCE = "reference";

/** A workbook with one cell of 11 pt ("Reference"), to print beside the files measured. */
export async function referencePrint(): Promise<{ name: string; data: Uint8Array }> {
  return {
    name: REFERENCE,
    data: await writeXlsxBytes({ sheets: [{ name: "R", blocks: [{ start: "A1", rows: [["Reference"]] }] }] }),
  };
}

/** PDF height units per point, from the printed reference cell. */
export function perPoint(referencePdf: Buffer): number {
  return printedWords(referencePdf)[0].height / 11;
}
