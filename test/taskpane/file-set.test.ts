/**
 * Several workbooks from the pane at once: built by the real xlsx host, then one .zip download (read
 * back with JSZip and ExcelJS) or, in an Excel with ExcelApi 1.8, each opened through
 * Excel.createWorkbook of the fake Excel, which refuses what Excel refuses. The whole team's
 * reviews are the files of `sales-kit reviews`: one per rep and the index.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeXlsxWithReport } from "../../src/hosts/xlsx/write";
import { BuildXlsx } from "../../src/taskpane/download/download-writer";
import { WorkerBuildError } from "../../src/taskpane/download/worker-build";
import { bytesToBase64 } from "../../src/taskpane/files/base64";
import { NO_CREATE_WORKBOOK_NOTE, fileSetWriter } from "../../src/taskpane/files/file-set";
import { excelCreateWorkbook } from "../../src/taskpane/office/create-workbook";
import { teamReviewFiles } from "../../src/taskpane/forms/reviews/team-files";
import { OutputFile, WriteFailure, WritePhase } from "../../src/taskpane/services";
import { parseReviewConfig } from "../../src/schemas/review";
import type { Rep } from "../../src/schemas/roster";
import { FakeExcel, FakeOfficeError } from "../support/fake-excel";

const build: BuildXlsx = async (spec) => {
  const { data, report } = await writeXlsxWithReport(spec);
  return { data, sheets: report.sheets, notes: report.skipped };
};

const FILES: OutputFile[] = ["Li Wei", "Emily Chen"].map((name, i) => ({
  fileName: `${name}.xlsx`,
  spec: { sheets: [{ name: "Review", blocks: [{ start: "A1", rows: [[name, (i + 1) * 100]] }] }] },
}));

async function firstCells(data: Uint8Array): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.slice().buffer as ArrayBuffer);
  const ws = wb.worksheets[0];
  return [ws.getCell("A1").value, ws.getCell("B1").value];
}

describe("a file set as one .zip", () => {
  it("zips every workbook under its name and offers the .zip once", async () => {
    const offered: { name: string; data: Uint8Array }[] = [];
    const phases: (WritePhase | undefined)[] = [];
    const writer = fileSetWriter({
      build,
      offerZip: (data, name) => {
        offered.push({ name, data });
        return "blob:zip";
      },
    });
    const result = await writer.writeFiles(FILES, {
      zipName: "reviews.zip",
      onProgress: (_f, p) => phases.push(p),
    });
    expect(result.delivered).toBe("zip");
    expect(result.files).toEqual(["Li Wei.xlsx", "Emily Chen.xlsx"]);
    expect(offered.map((o) => o.name)).toEqual(["reviews.zip"]);
    expect(result.zip).toEqual({ name: "reviews.zip", url: "blob:zip", bytes: offered[0].data.byteLength });
    expect(phases).toEqual(["building", "building", "packing", "offering"]);
    const zip = await JSZip.loadAsync(offered[0].data);
    expect(Object.keys(zip.files).sort()).toEqual(["Emily Chen.xlsx", "Li Wei.xlsx"]);
    expect(await firstCells(await zip.file("Li Wei.xlsx")!.async("uint8array"))).toEqual(["Li Wei", 100]);
    expect(await firstCells(await zip.file("Emily Chen.xlsx")!.async("uint8array"))).toEqual([
      "Emily Chen",
      200,
    ]);
  });

  it("cancelled between files: nothing offered, the failure says so", async () => {
    const controller = new AbortController();
    const offered: string[] = [];
    let builds = 0;
    const writer = fileSetWriter({
      build: async (spec, signal) => {
        builds++;
        controller.abort();
        return build(spec, signal);
      },
      offerZip: (_d, name) => {
        offered.push(name);
        return "blob:zip";
      },
    });
    const error = (await writer
      .writeFiles(FILES, { zipName: "reviews.zip", signal: controller.signal })
      .catch((e: unknown) => e)) as WriteFailure;
    expect(error).toBeInstanceOf(WriteFailure);
    expect(error.cancelled).toBe(true);
    expect(error.restored).toBe(true);
    expect(builds).toBe(1);
    expect(offered).toEqual([]);
  });
});

describe("a file set as new workbooks in Excel (Excel.createWorkbook, ExcelApi 1.8)", () => {
  it("opens each workbook from its Base64 .xlsx and leaves the open workbook alone", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "mine" } }] });
    const before = fake.snapshot();
    const globals: Record<string, unknown> = {};
    fake.installGlobals(globals);
    const saved = (globalThis as Record<string, unknown>).Excel;
    (globalThis as Record<string, unknown>).Excel = globals.Excel;
    try {
      const create = excelCreateWorkbook(fake.isSetSupported);
      expect(create).not.toBeNull();
      const writer = fileSetWriter({ build, createWorkbook: create, zipNote: NO_CREATE_WORKBOOK_NOTE });
      const result = await writer.writeFiles(FILES, { zipName: "reviews.zip" });
      expect(result).toEqual({
        delivered: "workbooks",
        files: ["Li Wei.xlsx", "Emily Chen.xlsx"],
        notes: [],
      });
      expect(fake.created).toHaveLength(2);
      const opened = await Promise.all(
        fake.created.map((c) => firstCells(new Uint8Array(Buffer.from(c.base64!, "base64")))),
      );
      expect(opened).toEqual([
        ["Li Wei", 100],
        ["Emily Chen", 200],
      ]);
      expect(fake.snapshot()).toEqual(before);
    } finally {
      (globalThis as Record<string, unknown>).Excel = saved;
    }
  });

  it("an Excel without ExcelApi 1.8: no createWorkbook, the files come zipped with a note", async () => {
    const fake = new FakeExcel({ apiVersion: "1.7" });
    expect(excelCreateWorkbook(fake.isSetSupported)).toBeNull();
    const writer = fileSetWriter({
      build,
      createWorkbook: excelCreateWorkbook(fake.isSetSupported),
      zipNote: NO_CREATE_WORKBOOK_NOTE,
      offerZip: () => "blob:zip",
    });
    const result = await writer.writeFiles(FILES, { zipName: "reviews.zip" });
    expect(result.delivered).toBe("zip");
    expect(result.notes[0].en).toContain("needs ExcelApi 1.8");
    expect(result.notes[0].zh).toContain("不支持新建工作簿");
  });

  it("the fake refuses what Excel refuses and answers no workbook object", async () => {
    const fake = new FakeExcel();
    const xlsx = bytesToBase64((await build(FILES[0].spec)).data);
    await expect(fake.createWorkbook(xlsx)).resolves.toBeUndefined();
    await expect(fake.createWorkbook()).resolves.toBeUndefined();
    await expect(fake.createWorkbook("not base64!")).rejects.toMatchObject({ code: "InvalidArgument" });
    // Base64 of a CSV: not an .xlsx package.
    await expect(fake.createWorkbook(Buffer.from("a,b\n1,2\n").toString("base64"))).rejects.toBeInstanceOf(
      FakeOfficeError,
    );
    const old = new FakeExcel({ apiVersion: "1.7" });
    await expect(old.createWorkbook(xlsx)).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.created.map((c) => c.base64 === null)).toEqual([false, true]);
  });

  it("Base64 of a large file matches Node's encoder", () => {
    const data = new Uint8Array(100_003).map((_v, i) => (i * 31) % 256);
    expect(bytesToBase64(data)).toBe(Buffer.from(data).toString("base64"));
  });
});

describe("why a file set failed, in the pane's language", () => {
  async function failure(
    options: Parameters<typeof fileSetWriter>[0],
    locale?: "en-US" | "zh-CN",
  ): Promise<WriteFailure> {
    const error = await fileSetWriter(options)
      .writeFiles(FILES, { zipName: "reviews.zip", ...(locale ? { locale } : {}) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailure);
    return error as WriteFailure;
  }

  // The second file's build fails with the worker's bilingual error.
  const failingBuild: BuildXlsx = async (spec, signal) => {
    if (spec === FILES[1].spec) throw new WorkerBuildError("the sheet is too large", "工作表过大");
    return build(spec, signal);
  };

  it("a build that fails names the file, in English and in Chinese; nothing was offered", async () => {
    const offered: string[] = [];
    const offerZip = (_d: Uint8Array, name: string) => {
      offered.push(name);
      return "blob:zip";
    };
    const en = await failure({ build: failingBuild, offerZip }, "en-US");
    expect(en.reason).toBe("Could not build Emily Chen.xlsx: the sheet is too large");
    expect(en.restored).toBe(true);
    const zh = await failure({ build: failingBuild, offerZip }, "zh-CN");
    expect(zh.reason).toBe("无法生成 Emily Chen.xlsx：工作表过大");
    expect(zh.restored).toBe(true);
    expect(offered).toEqual([]);
    // No language given: English, as the single-file writers do.
    expect((await failure({ build: failingBuild, offerZip })).reason).toBe(en.reason);
  });

  it("Excel refusing the second new workbook: named in either language, the first left open", async () => {
    let calls = 0;
    const createWorkbook = async () => {
      if (++calls === 2) throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
    };
    const en = await failure({ build, createWorkbook }, "en-US");
    expect(en.reason).toBe(
      "Could not open Emily Chen.xlsx as a new workbook: An internal error has occurred.",
    );
    expect(en.restored).toBe(false);
    expect(en.leftBehind).toEqual(["Li Wei.xlsx"]);
    calls = 0;
    const zh = await failure({ build, createWorkbook }, "zh-CN");
    expect(zh.reason).toBe("无法将 Emily Chen.xlsx 作为新工作簿打开：An internal error has occurred.");
    expect(zh.leftBehind).toEqual(["Li Wei.xlsx"]);
  });

  it("the browser refusing the .zip: the .zip named in either language", async () => {
    const offerZip = () => {
      throw new Error("blocked");
    };
    expect((await failure({ build, offerZip }, "en-US")).reason).toBe(
      "Could not hand reviews.zip to the browser: blocked",
    );
    expect((await failure({ build, offerZip }, "zh-CN")).reason).toBe(
      "无法将 reviews.zip 交给浏览器下载：blocked",
    );
  });
});

describe("the whole team's reviews", () => {
  const reps: Rep[] = [
    { name: "Li Wei", role: "AE", team: "East", manager: "Zhou Min", hireDate: null },
    { name: "Emily/Chen", role: "AE", team: "East", manager: "Zhou Min", hireDate: null },
    { name: "Li Wei ", role: "AE", team: "West", manager: "Zhou Min", hireDate: null },
  ] as Rep[];

  it("one private workbook per rep, safely named, the manager's copies apart, and the index of identifiers", () => {
    const config = parseReviewConfig({ period: "2027-H1", locale: "en-US" });
    if (!config.ok) throw new Error(JSON.stringify(config.issues));
    let n = 0;
    const files = teamReviewFiles("en-US", reps.slice(0, 2), config.value, () => `id-${++n}`);
    const second = files[1].fileName;
    expect(second).not.toContain("/");
    expect(files.map((f) => f.fileName)).toEqual([
      "Li Wei.xlsx",
      second,
      "Manager copies/Li Wei.xlsx",
      `Manager copies/${second}`,
      "Review index.xlsx",
    ]);
    const indexCells = JSON.stringify(files[4].spec.sheets);
    expect(indexCells).toContain("id-1");
    expect(indexCells).toContain("id-2");
    expect(JSON.stringify(files[0].spec.sheets)).toContain("id-1");
    // The rep's own file holds no manager review sheet; the manager's copy holds only that.
    const sheetsOf = (i: number) => files[i].spec.sheets.map((s) => s.name);
    expect(sheetsOf(0)).not.toContain("Manager review");
    expect(sheetsOf(2)).toEqual(["Manager review"]);
  });
});
