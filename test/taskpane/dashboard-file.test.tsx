/**
 * @jest-environment jsdom
 */
/**
 * The Dashboard action in a browser (download mode): the user picks the demo workbook file (its goal,
 * CRM and history sheets, without the dashboard); the pane adds the dashboard with the graft the CLI
 * uses and offers the file through a download link; every original sheet is in the file as it was
 * (cell for cell, as ExcelJS reads them) and the dashboard's cells are the demo's own. A file that
 * is not a Sales Kit workbook, or not a workbook at all, is refused with the missing sheet named,
 * in English and Chinese, and nothing offered.
 */
import path from "path";
import ExcelJS from "exceljs";
import { screen } from "@testing-library/react";
import { buildDemoSpec } from "../../src/cli/commands/demo";
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import { CRM_TEXTS } from "../../src/i18n/sheets/crm";
import { DASHBOARD_TEXTS } from "../../src/i18n/sheets/dashboard";
import { HISTORY_TEXTS } from "../../src/i18n/sheets/history";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { upload } from "./interact";
import { findView, renderPane } from "./support";
import { cellsOf } from "../support/xlsx-cells";

jest.setTimeout(120_000);

const EXAMPLES = path.resolve(__dirname, "../../examples");
type Locale = "en-US" | "zh-CN";

/** The demo's goal, CRM and history sheets, with or without its dashboard. */
function part(spec: WorkbookSpec, locale: Locale, withDashboard: boolean): WorkbookSpec {
  const goals = [
    "Goals ",
    "Scorecard ",
    "Teams ",
    "Goal settings ",
    "Ramp ",
    "目标 ",
    "计分卡 ",
    "团队汇总 ",
    "目标设置 ",
    "爬坡 ",
  ];
  const exact = [
    ...Object.values(CRM_TEXTS[locale].sheet),
    HISTORY_TEXTS[locale].sheet,
    ...(withDashboard ? [DASHBOARD_TEXTS[locale].sheet] : []),
  ];
  return {
    sheets: spec.sheets.filter((s) => exact.includes(s.name) || goals.some((g) => s.name.startsWith(g))),
  };
}

async function sheetNames(data: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

/** The blobs the pane hands to the download link, by URL; the links clicked. */
const offered = new Map<string, Blob>();
const clicked: { href: string; download: string }[] = [];

beforeAll(() => {
  let n = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++n}`;
    offered.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute("href") ?? "", download: this.download });
  });
});

beforeEach(() => {
  offered.clear();
  clicked.length = 0;
});

function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const LABEL = { "en-US": "Choose the workbook file", "zh-CN": "选择工作簿文件" } as const;

async function pick(locale: Locale, file: File): Promise<void> {
  renderPane({ view: "dashboard", locale });
  await findView(DASHBOARD_TEXTS[locale].sheet === "Weekly dashboard" ? "Weekly dashboard" : "周例会看板");
  await upload(LABEL[locale], file);
}

function xlsxFile(name: string, data: Uint8Array): File {
  return new File([data as BlobPart], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

describe("the dashboard added to a picked workbook (browser mode)", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    it(`${locale}: the demo workbook comes back with the dashboard, every original sheet as it was`, async () => {
      const built = await buildDemoSpec(EXAMPLES, locale);
      if (!built.ok) throw new Error(JSON.stringify(built.issues));
      const input = await writeXlsxBytes(part(built.spec, locale, false));
      const demo = await writeXlsxBytes(part(built.spec, locale, true));
      await pick(locale, xlsxFile("this-week.xlsx", input));
      const done = await screen.findByTestId("dashboard-file-done", {}, { timeout: 60_000 });
      const t = DASHBOARD_TEXTS[locale];
      expect(done.textContent).toContain(t.sheet);
      // Offered once, under the picked file's name; the link offers it again.
      expect(clicked).toEqual([{ href: expect.stringMatching(/^blob:test\//), download: "this-week.xlsx" }]);
      expect([...offered.keys()]).toEqual([clicked[0].href]);
      const out = await blobBytes(offered.get(clicked[0].href)!);
      expect(await sheetNames(out)).toEqual([...(await sheetNames(input)), t.sheet]);
      const before = await cellsOf(input);
      const after = await cellsOf(out);
      for (const [key, value] of before) expect([key, after.get(key)]).toEqual([key, value]);
      // The dashboard is the demo's own, cell for cell (values, formulas, number formats).
      expect(await cellsOf(out, t.sheet)).toEqual(await cellsOf(demo, t.sheet));
    });
  }

  it("a workbook without goal sheets: the missing sheet named in English, nothing offered", async () => {
    const other = await writeXlsxBytes({
      sheets: [{ name: "Sheet1", blocks: [{ start: "A1", rows: [["mine"]] }] }],
    });
    await pick("en-US", xlsxFile("budget.xlsx", other));
    const error = await screen.findByTestId("dashboard-file-error", {}, { timeout: 30_000 });
    expect(error.textContent).toContain("budget.xlsx");
    expect(error.textContent).toContain('a sheet named "Goal settings <period>"');
    expect(clicked).toEqual([]);
  });

  it("and in Chinese", async () => {
    const other = await writeXlsxBytes({
      sheets: [{ name: "Sheet1", blocks: [{ start: "A1", rows: [["mine"]] }] }],
    });
    await pick("zh-CN", xlsxFile("budget.xlsx", other));
    const error = await screen.findByTestId("dashboard-file-error", {}, { timeout: 30_000 });
    expect(error.textContent).toContain("工作簿中没有目标表");
    expect(error.textContent).toContain("“目标设置 <期间>”");
    expect(clicked).toEqual([]);
  });

  it("a file that is not a workbook: said so in the user's language, nothing offered", async () => {
    await pick("zh-CN", new File(["name,team\nLi Wei,East\n"], "roster.xlsx"));
    const error = await screen.findByTestId("dashboard-file-error", {}, { timeout: 30_000 });
    expect(error.textContent).toContain("不是可读取的 .xlsx 工作簿");
    expect(clicked).toEqual([]);
  });
});
