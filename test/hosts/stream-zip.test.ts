/**
 * The streaming zip writer: packages (deflated, and stored) that a zlib-based reader and ExcelJS open
 * with the same parts, whatever the pieces the parts were written in.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import zlib from "zlib";
import { ZipStream, useRawDeflate } from "../../src/hosts/xlsx/stream-zip";
import { writeXlsxBytes, writeXlsxInMemory } from "../../src/hosts/xlsx/write";
import { sampleSpec } from "./sample-spec";
import { unzip } from "./unzip";

const text = (s: string) => new TextEncoder().encode(s);

describe("stream zip", () => {
  for (const deflate of [true, false]) {
    it(`writes a package whose parts read back (${deflate ? "deflated" : "stored"})`, async () => {
      const zip = new ZipStream({ deflate });
      expect(zip.deflates).toBe(deflate);
      const part = zip.part("xl/big.xml");
      const pieces = Array.from(
        { length: 200 },
        (_, i) => `<row r="${i + 1}"><c><v>${i * 3.5}</v></c></row>`,
      );
      for (const p of pieces) await part.write(text(p));
      await part.close();
      await zip.add("中文/名字.txt", text("销售 Sales"));
      const files = unzip(zip.finish());
      expect(files.get("xl/big.xml")).toBe(pieces.join(""));
      expect(files.get("中文/名字.txt")).toBe("销售 Sales");
    });
  }

  it("a stored package of a whole workbook opens in ExcelJS", async () => {
    const parts = unzip((await writeXlsxInMemory(sampleSpec())).data);
    const zip = new ZipStream({ deflate: false });
    for (const [name, xml] of parts) if (!name.endsWith("/")) await zip.add(name, text(xml));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(zip.finish()) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getCell("C4").value).toBe(100000);
  });

  describe("with Node's zlib registered (the CLI's deflate, stream-deflate-node.ts)", () => {
    beforeAll(async () => {
      await import("../../src/hosts/xlsx/stream-deflate-node");
    });
    afterAll(() => useRawDeflate(null));

    it("deflates each piece into one stream that fflate and zlib both inflate", async () => {
      const zip = new ZipStream();
      const part = zip.part("xl/big.xml");
      // Pieces of 300 KB with repeats inside and across them, and an empty piece.
      const pieces = Array.from(
        { length: 5 },
        (_, i) => `<row r="${i}">${"<c><v>1.5</v></c>".repeat(20000)}</row>`,
      );
      for (const p of pieces) await part.write(text(p));
      await part.write(new Uint8Array(0));
      await part.close();
      const data = zip.finish();
      expect(unzip(data).get("xl/big.xml")).toBe(pieces.join(""));
      // The local header says deflated (method 8) and the size is a small share of the text.
      expect(data[8]).toBe(8);
      expect(data.length).toBeLessThan(pieces.join("").length / 50);
      // A second, independent inflater (JSZip's pako, as ExcelJS reads) agrees.
      const read = await JSZip.loadAsync(data);
      expect(await read.file("xl/big.xml")!.async("string")).toBe(pieces.join(""));
      // And zlib itself, on the part's bytes after the 30-byte header and its name.
      const start = 30 + "xl/big.xml".length;
      expect(zlib.inflateRawSync(data.subarray(start)).toString()).toBe(pieces.join(""));
    });

    it("a whole workbook written with it opens in ExcelJS with its cells", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await writeXlsxBytes(sampleSpec())) as unknown as ArrayBuffer);
      expect(wb.worksheets[0].getCell("C4").value).toBe(100000);
    });
  });

  it("refuses a second part while one is open", () => {
    const zip = new ZipStream({ deflate: false });
    zip.part("a");
    expect(() => zip.part("b")).toThrow(/still open/);
    expect(() => zip.finish()).toThrow(/still open/);
  });
});
