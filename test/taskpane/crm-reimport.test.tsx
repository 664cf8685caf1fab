/**
 * @jest-environment jsdom
 */
/**
 * A CRM re-import in the pane updates the workbook's CRM data in place, so pay and KPIs follow.
 * Over the fake Excel, through the pane: week 1's export imported, pay generated from the CRM data
 * sheet (incentive form), then week 2's export (more rows, changed amounts) and week 3's (fewer rows)
 * imported with the default choice "Update the CRM data in this workbook". After each import the fake
 * workbook - as the fake left it, formulas moved by its row inserts and deletes as Excel moves them -
 * is written out through the xlsx host and recalculated in LibreOffice; the pay and the KPI sheet's
 * won revenue equal the figures worked out by hand below for that week's export.
 *
 * Plan: the incentive form's default measure (marginal tiers 3% from 0, 5% from 300,000 ...), monthly
 * pay 2027-01..2027-03; every month's amount here is under 300,000, so pay = 3% of the won amount.
 *   Week 1: Li Wei Jan 10,000 -> 300; Wang Fang Jan 20,000 -> 600, Feb 5,000 -> 150.
 *           (Zhang Jie's D4 is lost, Huang Min's D5 open.)  KPI 2027-Q1 won: Li 10,000, Wang 25,000.
 *   Week 2: Li Wei D1 now 12,000 -> Jan 360; Wang Fang as before 600 / 150; Huang Min won D5 30,000
 *           in Mar -> 900; Zhao Qiang D7 4,000 in Feb -> 120 (D6 open); Ma Lin D8 6,000 in Jan -> 180.
 *           KPI won: Li 12,000, Wang 25,000, Huang 30,000, Zhao 4,000, Ma 6,000, Zhang 0.
 *   Week 3: three rows: Li Wei 12,000 Jan -> 360; Wang Fang D2 21,000 Jan -> 630 (D3 gone: Feb 0);
 *           Huang Min 30,000 Mar -> 900; the rest 0.  KPI won: Li 12,000, Wang 21,000, Huang 30,000.
 */
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { importCrm, kpiReference } from "../../src/generators/crm";
import { at } from "../../src/generators/incentives/grid";
import { calcLayout } from "../../src/generators/incentives/layout";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import type { Locale } from "../../src/i18n";
import { translate } from "../../src/i18n";
import { incentiveTexts } from "../../src/i18n/sheets/incentives";
import { parseRosterCsv } from "../../src/schemas/roster";
import {
  defaultIncentiveForm,
  validateIncentiveForm,
} from "../../src/taskpane/forms/incentives/incentive-form";
import { describeWithLibreOffice, recalculate } from "../oracle/libreoffice";
import { FakeExcel } from "../support/fake-excel";
import { specOfSnapshot } from "../support/fake-excel/to-spec";
import { choose, click, pasteRoster, previewShown, submit, type, upload } from "./interact";
import { ROSTER_CSV, TODAY, findView, renderPane } from "./support";
import { fakeExcelServices } from "./fake-excel-services";
import { ZOHO_HEADER, ZOHO_WEEK1_LINES, fillCrmWeek } from "./zoho-week";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const HEADER = ZOHO_HEADER;
const WEEK1 = ZOHO_WEEK1_LINES;
const WEEK2 = [
  HEADER,
  "Li Wei,D1,Acme,Closed Won,12000,2027-01-10,2026-12-01",
  "Wang Fang,D2,Beta,Closed Won,20000,2027-01-20,2026-12-05",
  "Wang Fang,D3,Gamma,Closed Won,5000,2027-02-14,2027-01-02",
  "Zhang Jie,D4,Delta,Closed Lost,7000,2027-03-03,2027-01-15",
  "Huang Min,D5,Epsilon,Closed Won,30000,2027-03-30,2027-02-01",
  "Zhao Qiang,D6,Zeta,Negotiation,8000,2027-03-15,2027-01-20",
  "Zhao Qiang,D7,Eta,Closed Won,4000,2027-02-02,2027-01-05",
  "Ma Lin,D8,Theta,Closed Won,6000,2027-01-25,2027-01-03",
];
const WEEK3 = [
  HEADER,
  "Li Wei,D1,Acme,Closed Won,12000,2027-01-10,2026-12-01",
  "Wang Fang,D2,Beta,Closed Won,21000,2027-01-20,2026-12-05",
  "Huang Min,D5,Epsilon,Closed Won,30000,2027-03-30,2027-02-01",
];

/** Roster order of ROSTER_CSV. */
const REPS = ["Li Wei", "Wang Fang", "Zhang Jie", "Huang Min", "Zhao Qiang", "Ma Lin"];
/** [rep][Jan, Feb, Mar] pay, by hand above. */
const PAY = {
  1: [
    [300, 0, 0],
    [600, 150, 0],
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ],
  2: [
    [360, 0, 0],
    [600, 150, 0],
    [0, 0, 0],
    [0, 0, 900],
    [0, 120, 0],
    [180, 0, 0],
  ],
  3: [
    [360, 0, 0],
    [630, 0, 0],
    [0, 0, 0],
    [0, 0, 900],
    [0, 0, 0],
    [0, 0, 0],
  ],
} as const;
/** [rep] won revenue in 2027-Q1 on the KPI sheet, by hand above. */
const WON = {
  1: [10000, 25000, 0, 0, 0, 0],
  2: [12000, 25000, 0, 30000, 4000, 6000],
  3: [12000, 21000, 0, 30000, 0, 0],
} as const;

const TEXTS = {
  "en-US": {
    crm: "CRM import",
    file: "Load an export file",
    use: "Use the pasted rows",
    periods: "KPI periods",
    asOf: "As-of date for follow-ups",
    update: "Update the CRM data in this workbook (pay and KPI sheets follow)",
    newImport: "Add as a new import",
    updated: (rows: number, before: number) =>
      `Updated table CrmDeals on sheet "CRM data" in place: ${rows} row(s), was ${before}.`,
  },
  "zh-CN": {
    crm: "CRM 导入",
    file: "加载导出文件",
    use: "使用粘贴的行",
    periods: "KPI 期间",
    asOf: "待跟进清单的截至日期",
    update: "更新本工作簿中的 CRM 数据（提成与指标表随之更新）",
    newImport: "作为新的导入添加",
    updated: (rows: number, before: number) =>
      `已就地更新工作表“CRM数据”中的表格 CrmDeals：${rows} 行（原为 ${before} 行）。`,
  },
} as const;

async function importWeek(fake: FakeExcel, locale: Locale, lines: readonly string[], day: number) {
  await fillCrmWeek(fake, locale, lines, { today: day, asOf: "2027-01-15" });
  await previewShown();
  await submit();
  const done = await screen.findByTestId("write-success", {}, { timeout: 30000 });
  cleanup();
  return done.textContent ?? "";
}

async function payFromCrm(fake: FakeExcel, locale: Locale) {
  const tr = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  renderPane({ view: "incentives", locale, services: fakeExcelServices(fake) });
  await findView(tr("incentives.title"));
  await pasteRoster(ROSTER_CSV, TEXTS[locale].use);
  await type(tr("incentives.start"), "2027-01");
  await screen.findByText(/CrmDeals/, {}, { timeout: 10000 });
  await choose(tr("incentives.crm.actuals"), tr("incentives.crm.amount"));
  await previewShown();
  await click(tr("action.create"));
  await screen.findByTestId("write-success", {}, { timeout: 30000 });
  cleanup();
}

/** Where the pay and the KPI figures are: the layouts of what the pane wrote in week 1. */
function layouts(locale: Locale) {
  const reps = parseRosterCsv(ROSTER_CSV);
  if (!reps.ok) throw new Error("roster");
  const form = { ...defaultIncentiveForm(locale, TODAY), start: "2027-01" };
  const built = validateIncentiveForm(form, reps.value);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  const calc = calcLayout(built.model);
  const [head, ...rows] = WEEK1.map((l) => l.split(","));
  const crm = importCrm(
    { header: head, headerRow: 1, rows: rows.map((cells, i) => ({ row: i + 2, cells })) },
    reps.value,
    { locale, asOf: TODAY, periods: [], file: "deals.csv" },
  );
  if (!crm.ok) throw new Error("import");
  return { calc, kpi: crm.workbook.kpi };
}

async function expectFigures(fake: FakeExcel, locale: Locale, week: 1 | 2 | 3) {
  const { calc, kpi } = layouts(locale);
  const data = await writeXlsx(specOfSnapshot(fake.snapshot()));
  const wb = (await recalculate([{ name: `week${week}`, data }])).get(`week${week}`)!;
  const calcName = incentiveTexts(locale).sheet.calculation;
  REPS.forEach((rep, r) => {
    [0, 1, 2].forEach((p) => {
      expect([rep, p, wb.get(calcName, at(calc.row(r, p), calc.col.payable))]).toEqual([
        rep,
        p,
        expect.closeTo(PAY[week][r][p], 2),
      ]);
    });
    const ref = kpiReference(kpi, "2027-Q1", rep, "wonRevenue")!;
    const bang = ref.lastIndexOf("!");
    expect([rep, wb.get(kpi.sheet, ref.slice(bang + 1).replace(/\$/g, ""))]).toEqual([rep, WON[week][r]]);
  });
}

describeWithLibreOffice("CRM re-import updates the workbook's CRM data in place", () => {
  describe.each(["en-US", "zh-CN"] as const)("%s", (locale) => {
    const t = TEXTS[locale];
    it("pay and KPI sheets show each week's figures after import, longer import and shorter import", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "mine" } }] });
      await importWeek(fake, locale, WEEK1, TODAY);
      await payFromCrm(fake, locale);
      await expectFigures(fake, locale, 1);
      const sheetsAfterWeek1 = fake.snapshot().sheets.map((s) => s.name);

      // Week 2: the choice is offered, update by default; 8 rows replace 5.
      const week2 = await importWeek(fake, locale, WEEK2, TODAY + 7);
      expect(week2).toContain(t.updated(8, 5));
      // The staging sheet is gone: the message does not name it.
      expect(week2).not.toMatch(/CRM update|CRM 更新/);
      const snap2 = fake.snapshot();
      // The same sheets (no second data table, no staging sheet left), one CRM table, grown.
      // (The history sheet is replaced by a fresh one, which stays where it was added: last.)
      expect(snap2.sheets.map((s) => s.name).sort()).toEqual([...sheetsAfterWeek1].sort());
      expect(snap2.tables.filter((x) => /^CrmDeals/.test(x.name)).map((x) => x.range)).toEqual([
        expect.stringMatching(/^A1:[A-Z]+9$/),
      ]);
      await expectFigures(fake, locale, 2);

      // Week 3: 3 rows replace 8 (rows deleted from inside the table).
      const week3 = await importWeek(fake, locale, WEEK3, TODAY + 14);
      expect(week3).toContain(t.updated(3, 8));
      expect(fake.snapshot().tables.find((x) => x.name === "CrmDeals")!.range).toMatch(/^A1:[A-Z]+4$/);
      await expectFigures(fake, locale, 3);
      expect(fake.snapshot().sheets.find((s) => s.name === "Sheet1")!.cells.A1.content).toEqual({
        value: "mine",
      });
    }, 300_000);
  });
});

describe("the choice in the pane", () => {
  it.each(["en-US", "zh-CN"] as const)(
    "%s: offered with an earlier import; a new import adds a table",
    async (locale) => {
      const t = TEXTS[locale];
      const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
      await importWeek(fake, locale, WEEK1, TODAY);
      renderPane({ view: "crm", locale, services: fakeExcelServices(fake, { today: TODAY + 7 }) });
      await findView(t.crm);
      const update = await screen.findByRole("radio", { name: t.update }, { timeout: 10000 });
      expect((update as HTMLInputElement).checked).toBe(true);
      await pasteRoster(ROSTER_CSV, t.use);
      await upload(t.file, new File([WEEK2.join("\n")], "deals.csv", { type: "text/csv" }));
      await screen.findByTestId("crm-status", {}, { timeout: 20000 });
      await type(t.periods, "2027-Q1");
      await type(t.asOf, "2027-01-15");
      await act(async () => {
        fireEvent.click(screen.getByRole("radio", { name: t.newImport }));
      });
      await previewShown();
      await submit();
      await screen.findByTestId("write-success", {}, { timeout: 30000 });
      expect(fake.snapshot().tables.map((x) => x.name)).toEqual(["CrmDeals", "CrmDeals_2"]);
    },
    60_000,
  );
});
