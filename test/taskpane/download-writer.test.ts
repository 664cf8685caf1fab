/**
 * Browser mode: the xlsx host builds the file and the pane offers it as a download. Here the real
 * xlsx host writes the bytes (ExcelJS) and a stand-in records what the browser was asked to save.
 */
import ExcelJS from "exceljs";
import { downloadWriter } from "../../src/taskpane/download/download-writer";
import { WriteFailure } from "../../src/taskpane/services";
import { SMALL_SPEC } from "./small-spec";

const SPEC = SMALL_SPEC;

describe("download writer", () => {
  it("offers the .xlsx the xlsx host wrote, with progress to the end", async () => {
    const offered: { url: string; fileName: string }[] = [];
    const progress: number[] = [];
    const writer = downloadWriter(undefined, (url, fileName) => offered.push({ url, fileName }));
    const result = await writer.write(SPEC, { fileName: "goals.xlsx", onProgress: (f) => progress.push(f) });
    expect(offered).toEqual([{ url: result.file!.url, fileName: "goals.xlsx" }]);
    expect(result.sheets).toEqual(["Notes", "Goals"]);
    expect(result.activate).toBe("Goals");
    expect(progress[progress.length - 1]).toBe(1);
    const blob = await fetch(result.file!.url).then((r) => r.arrayBuffer());
    expect(blob.byteLength).toBe(result.file!.bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(blob);
    expect(wb.getWorksheet("Goals")!.getCell("B2").formula).toBe("B1*2");
    URL.revokeObjectURL(result.file!.url);
  });

  it("reports a build failure as nothing downloaded", async () => {
    const offered: string[] = [];
    const writer = downloadWriter(
      async () => {
        throw new Error("sheet name too long");
      },
      (url) => offered.push(url),
    );
    const error = await writer.write(SPEC, { fileName: "x.xlsx" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailure);
    expect((error as WriteFailure).restored).toBe(true);
    expect(offered).toEqual([]);
  });
});
