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
      // A second, independent inflater (JSZip's pako, as ExcelJS reads) agrees, and so does its
      // CRC-32 with the checksum written (Node's native one, computed piece by piece).
      const read = await JSZip.loadAsync(data, { checkCRC32: true });
      expect(await read.file("xl/big.xml")!.async("string")).toBe(pieces.join(""));
      // And zlib itself, on the part's bytes after the 30-byte header and its name.
      const start = 30 + "xl/big.xml".length;
      expect(zlib.inflateRawSync(data.subarray(start)).toString()).toBe(pieces.join(""));
    });

    it("writes each part's CRC-32 as a table-driven CRC of its bytes works it out", async () => {
      const zip = new ZipStream();
      const parts: [string, string[]][] = [
        ["empty.xml", []],
        ["one.xml", ["<a/>"]],
        ["pieces.xml", ["销售 ", "Sales ".repeat(5000), "", "&lt;é😀"]],
      ];
      for (const [name, pieces] of parts) {
        const part = zip.part(name);
        for (const p of pieces) await part.write(text(p));
        await part.close();
      }
      const data = zip.finish();
      // The CRC-32 of ISO 3309 / ITU-T V.42 (polynomial 0xEDB88320, reflected), bit by bit.
      const crcOf = (bytes: Uint8Array) => {
        let c = ~0;
        for (const b of bytes) {
          c ^= b;
          for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
        }
        return ~c >>> 0;
      };
      // Each part's central directory entry: its CRC at offset 16, its name at 46.
      const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
      const crcs = new Map<string, number>();
      for (let at = 0; at + 46 <= data.length; at++) {
        if (view.getUint32(at, true) !== 0x02014b50) continue;
        const nameLength = view.getUint16(at + 28, true);
        const name = new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLength));
        crcs.set(name, view.getUint32(at + 16, true));
      }
      for (const [name, pieces] of parts)
        expect([name, crcs.get(name)]).toEqual([name, crcOf(text(pieces.join("")))]);
      expect(crcOf(text("123456789"))).toBe(0xcbf43926); // the standard check value
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
