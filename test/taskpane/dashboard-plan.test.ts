/**
 * @jest-environment jsdom
 */
/**
 * The pane's Dashboard action in Excel: the demo workbook (its goal, CRM and two-week history
 * sheets, without its dashboard) written into the fake Excel, the action run from the pane, and the
 * sheet it adds compared cell by cell (every value, formula, number format, merge and chart) with
 * the dashboard the demo writes itself: the funnel's weakest stage per rep and the week-over-week
 * column are there because the pane reads the tables the CRM import recorded (sheet-scoped names).
 * A second run refreshes the page in place; a workbook without goal sheets is named in both
 * languages; a user's own sheet of the dashboard's name is kept.
 */
import path from "path";
import { screen, waitFor } from "@testing-library/react";
import { buildDemoSpec } from "../../src/cli/commands/demo";
import { CRM_TEXTS } from "../../src/i18n/sheets/crm";
import { DASHBOARD_TEXTS } from "../../src/i18n/sheets/dashboard";
import { HISTORY_TEXTS } from "../../src/i18n/sheets/history";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { FakeExcel } from "../support/fake-excel";
import type { SheetSnapshot } from "../support/fake-excel";
import { submit } from "./interact";
import { findView, renderPane } from "./support";
import { fakeExcelServices } from "./fake-excel-services";

const EXAMPLES = path.resolve(__dirname, "../../examples");

jest.setTimeout(120_000);

const excelServices = (fake: FakeExcel) => fakeExcelServices(fake);

async function write(fake: FakeExcel, spec: WorkbookSpec): Promise<void> {
  await excelServices(fake).writer.write(spec, { fileName: "demo.xlsx" });
}

function sheetOf(fake: FakeExcel, name: string): SheetSnapshot {
  const found = fake.snapshot().sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** What a reader sees of a sheet: cells (content and format), merges, formats, charts. */
function visible(s: SheetSnapshot) {
  const { name: _name, ...rest } = s;
  return rest;
}

const demos = new Map<string, WorkbookSpec>();
async function demo(locale: "en-US" | "zh-CN"): Promise<WorkbookSpec> {
  if (!demos.has(locale)) {
    const built = await buildDemoSpec(EXAMPLES, locale);
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    demos.set(locale, built.spec);
  }
  return demos.get(locale)!;
}

/** The demo's goal, CRM and history sheets (what the dashboard reads) with or without its dashboard. */
function crmPart(spec: WorkbookSpec, locale: "en-US" | "zh-CN", withDashboard: boolean): WorkbookSpec {
  const dashboard = DASHBOARD_TEXTS[locale].sheet;
  const keep = [
    ...[
      "Goals",
      "Scorecard",
      "Teams",
      "Goal settings",
      "Ramp",
      "目标",
      "计分卡",
      "团队汇总",
      "目标设置",
      "爬坡",
    ].map((w) => `${w} `),
    ...Object.values(CRM_TEXTS[locale].sheet),
    HISTORY_TEXTS[locale].sheet,
    ...(withDashboard ? [dashboard] : []),
  ];
  const sheets = spec.sheets.filter((s) =>
    keep.some((k) => s.name === k || (k.endsWith(" ") && s.name.startsWith(k))),
  );
  // The workbook-scoped names belong to the incentive sheets left out here.
  return { sheets };
}

async function runAction(fake: FakeExcel, locale: "en-US" | "zh-CN") {
  const view = renderPane({ view: "dashboard", services: excelServices(fake), locale });
  await findView(DASHBOARD_TEXTS[locale].sheet === "Weekly dashboard" ? "Weekly dashboard" : "周例会看板");
  await screen.findByTestId("dashboard-status", {}, { timeout: 30_000 });
  await submit();
  try {
    await screen.findByTestId("write-success", {}, { timeout: 60_000 });
  } catch {
    // What the pane said instead, as the failure's message.
    throw new Error(document.querySelector("main")?.textContent ?? document.body.textContent ?? "");
  }
  return view;
}

describe("the pane's dashboard equals the demo's own", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    it(`${locale}: every cell, formula, format, merge and chart of the sheet`, async () => {
      const spec = await demo(locale);
      const t = DASHBOARD_TEXTS[locale];
      const expected = new FakeExcel();
      await write(expected, crmPart(spec, locale, true));
      const fake = new FakeExcel();
      await write(fake, crmPart(spec, locale, false));
      const before = fake.snapshot();
      const view = await runAction(fake, locale);
      const mine = sheetOf(fake, t.sheet);
      const theirs = sheetOf(expected, t.sheet);
      expect(visible(mine)).toEqual(visible(theirs));
      // The parts the pane left out before: the coaching focus and the week-over-week column,
      // by formula over the funnel summary and the history table.
      const h = HISTORY_TEXTS[locale];
      expect(mine.cells.L9?.content).toEqual({ value: h.weekChange });
      expect(JSON.stringify(mine.cells.L10?.content)).toContain(h.sheet);
      expect(JSON.stringify(mine.cells.J10?.content)).toContain(`${CRM_TEXTS[locale].sheet.funnel}'!$B$`);
      // Every other sheet as it was.
      const after = fake.snapshot();
      expect(after.sheets.filter((s) => s.name !== t.sheet)).toEqual(before.sheets);
      view.unmount();
    });
  }

  it("a second run refreshes the page in place (one dashboard, same cells)", async () => {
    const spec = await demo("en-US");
    const fake = new FakeExcel();
    await write(fake, crmPart(spec, "en-US", false));
    (await runAction(fake, "en-US")).unmount();
    const first = sheetOf(fake, "Weekly dashboard");
    const view = renderPane({ view: "dashboard", services: excelServices(fake) });
    await findView("Weekly dashboard");
    expect((await screen.findByTestId("dashboard-status", {}, { timeout: 30_000 })).textContent).toContain(
      "replaces the sheet Weekly dashboard",
    );
    await submit();
    await screen.findByTestId("write-success", {}, { timeout: 60_000 });
    await waitFor(() =>
      expect(
        fake
          .snapshot()
          .sheets.filter((s) => /dashboard/i.test(s.name))
          .map((s) => s.name),
      ).toEqual(["Weekly dashboard"]),
    );
    expect(visible(sheetOf(fake, "Weekly dashboard")).cells).toEqual(visible(first).cells);
    view.unmount();
  });

  it("a user's own sheet named like the dashboard is kept; the dashboard takes a free name", async () => {
    const spec = await demo("en-US");
    const fake = new FakeExcel({ sheets: [{ name: "Weekly dashboard", cells: { A1: "my notes" } }] });
    await write(fake, crmPart(spec, "en-US", false));
    (await runAction(fake, "en-US")).unmount();
    expect(sheetOf(fake, "Weekly dashboard").cells.A1.content).toEqual({ value: "my notes" });
    expect(sheetOf(fake, "Weekly dashboard (2)").cells.A1.content).toBeDefined();
  });

  it("a workbook without goal sheets: the missing sheet named, in English and Chinese", async () => {
    for (const [locale, words] of [
      ["en-US", 'a sheet named "Goal settings <period>"'],
      ["zh-CN", "“目标设置 <期间>”"],
    ] as const) {
      const fake = new FakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "mine" } }] });
      const view = renderPane({ view: "dashboard", services: excelServices(fake), locale });
      await waitFor(() => expect(document.body.textContent).toContain(words), { timeout: 30_000 });
      expect(screen.queryByTestId("dashboard-status")).toBeNull();
      view.unmount();
    }
  });
});
