/**
 * @jest-environment jsdom
 */
/**
 * The CRM form in Excel appends each import to the workbook's KPI history sheet, as the CLI's
 * --history does with last week's file: import a week's export, import next week's, and the one
 * history sheet holds both snapshots, the other sheets as they were; in English and in Chinese.
 * A history sheet that cannot be parsed stops the import with nothing written.
 */
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { Locale } from "../../src/i18n";
import type { WorkbookAccess } from "../../src/taskpane/services";
import { parseCell } from "../../src/workbook/a1";
import { FakeExcel } from "../support/fake-excel";
import type { SheetSnapshot } from "../support/fake-excel";
import { cellAt } from "../support/fake-excel/model";
import { pasteRoster, previewShown, submit, type, upload } from "./interact";
import { ROSTER_CSV, TODAY, findView, renderPane } from "./support";
import { fakeExcelServices } from "./fake-excel-services";
import { ZOHO_HEADER, ZOHO_WEEK1_LINES } from "./zoho-week";

const HEADER = ZOHO_HEADER;

/** This week's Zoho export: deals of 2027-Q1. */
const WEEK1 = ZOHO_WEEK1_LINES.join("\n");

/** A week later: Huang Min won D5, Zhao Qiang has a new open deal. */
const WEEK2 = [
  HEADER,
  "Li Wei,D1,Acme,Closed Won,10000,2027-01-10,2026-12-01",
  "Wang Fang,D2,Beta,Closed Won,20000,2027-01-20,2026-12-05",
  "Wang Fang,D3,Gamma,Closed Won,5000,2027-02-14,2027-01-02",
  "Zhang Jie,D4,Delta,Closed Lost,7000,2027-03-03,2027-01-15",
  "Huang Min,D5,Epsilon,Closed Won,30000,2027-03-30,2027-02-01",
  "Zhao Qiang,D6,Zeta,Negotiation,8000,2027-03-15,2027-01-20",
].join("\n");

/** 2027-01-15 and 2027-01-22 as Excel serials (TODAY is 2027-01-15; a week is 7). */
const DAY1 = TODAY;
const DAY2 = TODAY + 7;

type Row = [number, string, string, string, number, number, number, number];

/**
 * Each roster rep in 2027-Q1 worked out from the exports by hand: won revenue, deals won, deals
 * lost, open pipeline of deals closing in the quarter (date, period, rep, team first).
 */
const SNAPSHOT1: Row[] = [
  [DAY1, "2027-Q1", "Li Wei", "East", 10000, 1, 0, 0],
  [DAY1, "2027-Q1", "Wang Fang", "East", 25000, 2, 0, 0],
  [DAY1, "2027-Q1", "Zhang Jie", "East", 0, 0, 1, 0],
  [DAY1, "2027-Q1", "Huang Min", "West", 0, 0, 0, 30000],
  [DAY1, "2027-Q1", "Zhao Qiang", "West", 0, 0, 0, 0],
  [DAY1, "2027-Q1", "Ma Lin", "West", 0, 0, 0, 0],
];
const SNAPSHOT2: Row[] = [
  [DAY2, "2027-Q1", "Li Wei", "East", 10000, 1, 0, 0],
  [DAY2, "2027-Q1", "Wang Fang", "East", 25000, 2, 0, 0],
  [DAY2, "2027-Q1", "Zhang Jie", "East", 0, 0, 1, 0],
  [DAY2, "2027-Q1", "Huang Min", "West", 30000, 1, 0, 0],
  [DAY2, "2027-Q1", "Zhao Qiang", "West", 0, 0, 0, 8000],
  [DAY2, "2027-Q1", "Ma Lin", "West", 0, 0, 0, 0],
];

const TEXTS = {
  "en-US": {
    view: "CRM import",
    file: "Load an export file",
    use: "Use the pasted rows",
    periods: "KPI periods",
    asOf: "As-of date for follow-ups",
    history: "KPI history",
    newImport: "Add as a new import",
  },
  "zh-CN": {
    view: "CRM 导入",
    file: "加载导出文件",
    use: "使用粘贴的行",
    periods: "KPI 期间",
    asOf: "待跟进清单的截至日期",
    history: "历史快照",
    newImport: "作为新的导入添加",
  },
} as const;

const excelServices = (fake: FakeExcel, today: number) => fakeExcelServices(fake, { today });

/** One import in a freshly opened pane (a week apart, the pane is opened again). */
async function importWeek(
  fake: FakeExcel,
  locale: Locale,
  csv: string,
  today: number,
  asOf: string,
  workbook: Partial<WorkbookAccess> = {},
): Promise<HTMLElement> {
  const t = TEXTS[locale];
  const services = excelServices(fake, today);
  renderPane({
    view: "crm",
    locale,
    services: { ...services, workbook: { ...services.workbook!, ...workbook } },
  });
  await findView(t.view);
  if (fake.snapshot().tables.some((x) => x.name === "CrmDeals")) {
    // These imports add their sheets beside the earlier ones (the update in place of the earlier
    // import's data, the default, is crm-reimport.test.tsx's); the history is appended either way.
    const radio = await screen.findByRole("radio", { name: t.newImport }, { timeout: 10000 });
    await act(async () => {
      fireEvent.click(radio);
    });
  }
  await pasteRoster(ROSTER_CSV, t.use);
  await upload(t.file, new File([csv], "deals.csv", { type: "text/csv" }));
  await screen.findByTestId("crm-status", {}, { timeout: 20000 });
  await type(t.periods, "2027-Q1");
  await type(t.asOf, asOf);
  await previewShown();
  if (fake.snapshot().sheets.some((s) => s.name === t.history)) {
    // The preview says what the write will do with the history.
    expect(document.body.textContent).toContain(
      locale === "en-US"
        ? `Appends this import to the KPI history on sheet "${t.history}"`
        : `本次导入将追加到工作表“${t.history}”的 KPI 历史中`,
    );
  }
  await submit();
  return screen.findByTestId("write-success", {}, { timeout: 20000 });
}

function value(s: SheetSnapshot, address: string): unknown {
  const content = s.cells[address]?.content;
  return content && "value" in content ? content.value : undefined;
}

/** The history table's rows under its header (row 5), columns A:H, down to the first empty row. */
function historyRows(s: SheetSnapshot): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 6; value(s, `A${r}`) !== undefined; r++) {
    rows.push(["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => value(s, `${c}${r}`)));
  }
  return rows;
}

function historySheets(fake: FakeExcel): SheetSnapshot[] {
  return fake.snapshot().sheets.filter((s) => /KPI history|历史快照/.test(s.name));
}

describe.each(["en-US", "zh-CN"] as const)("CRM import appends to the workbook's history (%s)", (locale) => {
  const t = TEXTS[locale];

  it("a second import a week later adds its snapshot to the one history sheet", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "mine" } }] });
    const first = await importWeek(fake, locale, WEEK1, DAY1, "2027-01-15");
    // No history yet: nothing is said about appending.
    expect(first.textContent).not.toMatch(/history \(|历史中/);
    expect(historySheets(fake).map((s) => s.name)).toEqual([t.history]);
    expect(historyRows(historySheets(fake)[0])).toEqual(SNAPSHOT1);
    const before = fake.snapshot();
    cleanup();

    const second = await importWeek(fake, locale, WEEK2, DAY2, "2027-01-22");
    expect(second.textContent).toContain(
      locale === "en-US"
        ? `Appended this import to the history (1 earlier snapshot(s)) on sheet "${t.history}".`
        : `已将本次导入追加到工作表“${t.history}”的历史中（此前 1 个快照）。`,
    );
    const after = fake.snapshot();
    const histories = historySheets(fake);
    // One history sheet, under its name, in the old one's place among the tabs, both weeks' rows.
    expect(histories.map((s) => s.name)).toEqual([t.history]);
    expect(historyRows(histories[0])).toEqual([...SNAPSHOT1, ...SNAPSHOT2]);
    expect(after.sheets.filter((s) => s.name === t.history)).toHaveLength(1);
    // Every other sheet the first import (and the user) left is as it was.
    for (const s of before.sheets.filter((s) => s.name !== t.history)) {
      expect(after.sheets.find((a) => a.name === s.name)).toEqual(s);
    }
    expect(
      value(
        after.sheets.find((s) => s.name === "Sheet1")!,
        "A1",
      ),
    ).toBe("mine");
    // The fresh history sheet took the old one's name: as in Excel, its own names and formulas
    // followed the rename, so none names the staging sheet any more (the fake kept them dangling
    // before it rewrote references on rename).
    expect(JSON.stringify(after)).not.toContain(`${t.history} (2)`);
    expect(JSON.stringify(histories[0])).toContain(t.history);
    // The second import's other sheets came beside the first's: one more of each, no fewer.
    expect(after.sheets.length).toBe(before.sheets.length * 2 - 2);

    // A third import the same week's day again replaces its own snapshot, not appending twice.
    cleanup();
    await importWeek(fake, locale, WEEK2, DAY2, "2027-01-22");
    expect(historySheets(fake).map((s) => s.name)).toEqual([t.history]);
    expect(historyRows(historySheets(fake)[0])).toEqual([...SNAPSHOT1, ...SNAPSHOT2]);
  });

  it("a replacement that fails leaves both history sheets, the old one as it was", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    await importWeek(fake, locale, WEEK1, DAY1, "2027-01-15");
    cleanup();
    const old = fake.snapshot().sheets.find((s) => s.name === t.history);
    const done = await importWeek(fake, locale, WEEK2, DAY2, "2027-01-22", {
      replaceSheet: async () => {
        throw new Error("the workbook is shared");
      },
    });
    expect(done.textContent).toContain("the workbook is shared");
    const sheets = fake.snapshot().sheets;
    expect(sheets.find((s) => s.name === t.history)).toEqual(old);
    expect(historyRows(sheets.find((s) => s.name === `${t.history} (2)`)!)).toEqual([
      ...SNAPSHOT1,
      ...SNAPSHOT2,
    ]);
  });

  it("a history sheet that cannot be read stops the import, naming the sheet and cell", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    await importWeek(fake, locale, WEEK1, DAY1, "2027-01-15");
    cleanup();
    // Wang Fang's deals won (F7) typed over with text.
    const { row, col } = parseCell("F7");
    cellAt(fake.state.sheetByName(t.history)!, row, col).content = { value: "two" };
    const before = fake.snapshot();

    renderPane({ view: "crm", locale, services: excelServices(fake, DAY2) });
    await findView(t.view);
    await pasteRoster(ROSTER_CSV, t.use);
    await upload(t.file, new File([WEEK2], "deals.csv", { type: "text/csv" }));
    await screen.findByTestId("crm-status", {}, { timeout: 20000 });
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        locale === "en-US"
          ? `The workbook's history sheet "${t.history}" cannot be read, so this import stops`
          : `无法读取工作簿中的历史工作表“${t.history}”，本次导入已停止`,
      ),
    );
    expect(document.body.textContent).toContain(`${t.history}!F7`);
    expect(document.body.textContent).toContain(
      locale === "en-US" ? `Deals won: not a number (found "two")` : `不是数字（实际为“two”）`,
    );
    expect(screen.queryByTestId("preview")).toBeNull();
    await submit();
    expect(screen.queryByTestId("write-success")).toBeNull();
    expect(fake.snapshot()).toEqual(before);
  });
});
