/**
 * @jest-environment jsdom
 */
/**
 * The incentive form in browser mode paying from a CRM export file: the roster, the plan the form
 * builds and the export given to `sales-kit incentives --crm` on the command line, and the same given
 * to the pane; the pane's download equals the command's workbook cell by cell (every value, formula
 * and number format of every sheet), in English and in Chinese. The pane's own figures are checked
 * by hand as well (the actual cells are formulas over the data sheet; the engine's payouts):
 *
 * Plan: the form's default measure (quota 300,000, marginal tiers on the amount: 3% from 0, 5% from
 * 300,000, 8% from 450,000), monthly pay 2027-01..2027-03.
 *   Li Wei    Jan: D1 350,000 won            -> 300,000 x 3% + 50,000 x 5% = 9,000 + 2,500 = 11,500.00
 *   Li Wei    Feb: D2 100,000 x 60% = 60,000 -> 60,000 x 3% = 1,800.00
 *   Wang Fang Feb: D2 100,000 x 40% = 40,000 -> 40,000 x 3% = 1,200.00
 *   Wang Fang D3 20,000 closed 2026-12-20: before the first pay period, not paid
 *   Zhang Jie Mar: D6 12,345.67              -> 12,345.67 x 3% = 370.3701 -> 370.37
 *   Zhang Jie D5 70,000 lost: not paid; Peter Pan D4 50,000 (export row 6): not on the roster
 *
 * A bad export (no owner column, no amount column) is refused in the user's language naming the
 * column; the owner off the roster is named with the row it first appears on.
 */
import fs from "fs";
import path from "path";
import { screen, waitFor } from "@testing-library/react";
import { computePlan } from "../../src/kpi/plan/engine";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import type { Locale } from "../../src/i18n";
import { parseRosterCsv } from "../../src/schemas/roster";
import { serialFromYmd } from "../../src/schemas/dates";
import {
  defaultIncentiveForm,
  incentivePlanFromForm,
  validateIncentiveForm,
} from "../../src/taskpane/forms/incentives/incentive-form";
import { payFromExport } from "../../src/taskpane/forms/incentives/crm-export";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";
import { cellsOf } from "../support/xlsx-cells";
import { choose, click, previewShown, submit, type, upload, pasteRoster } from "./interact";
import { ROSTER_CSV, fakeFiles, fakeServices, fakeWriter, findView, renderPane } from "./support";

jest.setTimeout(120_000);

const DOWNLOAD_ZIP = "Download .zip";

const EXPORT = [
  "Owner,Deal,Account,Stage,Amount,Split %,Close Date",
  "Li Wei,D1,Acme,Closed Won,350000,,2027-01-10",
  "Li Wei,D2,Beta,Closed Won,100000,60%,2027-02-14",
  "Wang Fang,D2,Beta,Closed Won,100000,40%,2027-02-14",
  "Wang Fang,D3,Gamma,Closed Won,20000,,2026-12-20",
  "Peter Pan,D4,Delta,Closed Won,50000,,2027-03-01",
  "Zhang Jie,D5,Epsilon,Closed Lost,70000,,2027-03-03",
  "Zhang Jie,D6,Zeta,Closed Won,12345.67,,2027-03-31",
].join("\n");

const PAYOUT = [
  [11500, 1800, 0],
  [0, 1200, 0],
  [0, 0, 370.37],
  [0, 0, 0],
  [0, 0, 0],
  [0, 0, 0],
];

/** The command takes its as-of date from the clock: the pane is given the same day. */
function today(): number {
  const d = new Date();
  return serialFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

const TEXTS = {
  "en-US": {
    heading: "Incentive table",
    month: "First month",
    actuals: "Actuals",
    fromExport: "From the CRM export: won amount by close date (bookings)",
    file: "CRM export (.csv or .xlsx)",
  },
  "zh-CN": {
    heading: "激励表",
    month: "首月",
    actuals: "业绩来源",
    fromExport: "取自 CRM 导出：按结单日期计的赢单金额（签约额）",
    file: "CRM 导出文件（.csv 或 .xlsx）",
  },
} as const;

/** The form as the test fills it in, and the plan it stands for (what plan.yaml holds). */
function formOf(locale: Locale) {
  const form = { ...defaultIncentiveForm(locale, today()), start: "2027-01" };
  return { ...form, measures: form.measures.map((m) => ({ ...m, crm: "amount" as const })) };
}

async function paneDownload(locale: Locale, csv: string): Promise<WorkbookSpec> {
  const writer = fakeWriter(undefined, true);
  renderPane({ view: "incentives", locale, services: fakeServices({ writer, today }) });
  const x = TEXTS[locale];
  await findView(x.heading);
  await pasteRoster(ROSTER_CSV, locale === "zh-CN" ? "使用粘贴的行" : "Use the pasted rows");
  await type(x.month, "2027-01");
  await choose(x.actuals, x.fromExport);
  await upload(x.file, new File([csv], "deals.csv", { type: "text/csv" }));
  await waitFor(() => expect(screen.getByTestId("incentives-crm").textContent).toContain("deals.csv"));
  await previewShown();
  await submit();
  await screen.findByTestId("write-success", {}, { timeout: 30_000 });
  return writer.writes[0].spec;
}

let dir = "";
beforeAll(() => {
  dir = makeTempDir("pane-crm-export-");
  fs.writeFileSync(path.join(dir, "team.csv"), ROSTER_CSV);
  fs.writeFileSync(path.join(dir, "deals.csv"), EXPORT);
});
afterAll(() => removeTempDir(dir));

describe("incentive form in the browser paying from a CRM export", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    it(`${locale}: the download equals sales-kit incentives --crm, cell by cell`, async () => {
      const plan = incentivePlanFromForm(formOf(locale));
      expect(plan.issues).toEqual([]);
      fs.writeFileSync(path.join(dir, `plan-${locale}.yaml`), JSON.stringify(plan.data));
      const out = `pay-${locale}.xlsx`;
      const cli = await runMain(
        [
          "incentives",
          "-r",
          "team.csv",
          "-c",
          `plan-${locale}.yaml`,
          "--crm",
          "deals.csv",
          "-o",
          out,
          "--locale",
          locale,
        ],
        { cwd: dir },
      );
      expect(cli.stderr).toBe("");
      expect(cli.code).toBe(0);
      const theirs = await cellsOf(new Uint8Array(fs.readFileSync(path.join(dir, out))));

      const spec = await paneDownload(locale, EXPORT);
      const mine = await cellsOf(await writeXlsx(spec));
      expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
      for (const [cell, value] of theirs) expect([cell, mine.get(cell)]).toEqual([cell, value]);
      // Not an empty agreement: the workbook holds the data sheet and the reconciliation.
      expect(mine.size).toBeGreaterThan(500);

      // The owner off the roster, named with the row of the export it first appears on.
      expect(document.body.textContent).toContain(
        locale === "zh-CN" ? "Peter Pan（首见于第 6 行，共 1 行）" : "Peter Pan (first at row 6, 1 row(s))",
      );
    });
  }

  it("pays what the raw rows give by hand (the model the sheets compute)", () => {
    const reps = parseRosterCsv(ROSTER_CSV);
    if (!reps.ok) throw new Error("roster");
    const v = validateIncentiveForm(formOf("en-US"), reps.value);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    const [head, ...rows] = EXPORT.split("\n").map((l) => l.split(","));
    const table = { header: head, headerRow: 1, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
    const paid = payFromExport(
      { fileName: "deals.csv", table },
      null,
      v.plan,
      v.model,
      reps.value,
      "en-US",
      today(),
    );
    if (!paid.ok) throw new Error(JSON.stringify(paid.issues));
    const lines = computePlan(paid.built.actuals.model).lines;
    PAYOUT.forEach((byMonth, r) =>
      byMonth.forEach((pay, p) => expect(lines[r][p].payable).toBeCloseTo(pay, 2)),
    );
    // The actual cells read the data sheet by formula, never a typed number.
    const calc = paid.built.spec.sheets.find((s) => s.name === paid.built.layout.sheets.calculation)!;
    const formulas = JSON.stringify(calc.blocks);
    expect(formulas).toMatch(/'CRM data'!\$/);
  });
});

describe("statements per rep from the export", () => {
  it("are the files sales-kit incentives --crm --statements writes, each listing the rep's deals", async () => {
    const plan = incentivePlanFromForm(formOf("en-US"));
    fs.writeFileSync(path.join(dir, "plan-rep.yaml"), JSON.stringify(plan.data));
    const cli = await runMain(
      [
        "incentives",
        "-r",
        "team.csv",
        "-c",
        "plan-rep.yaml",
        "--crm",
        "deals.csv",
        "-o",
        "team.xlsx",
        "--statements",
        "out",
      ],
      { cwd: dir },
    );
    expect(cli.code).toBe(0);
    const files = fakeFiles();
    renderPane({ view: "incentives", services: fakeServices({ files, today }) });
    const x = TEXTS["en-US"];
    await findView(x.heading);
    await pasteRoster(ROSTER_CSV);
    await type(x.month, "2027-01");
    await choose(x.actuals, x.fromExport);
    await upload(x.file, new File([EXPORT], "deals.csv", { type: "text/csv" }));
    await waitFor(() => expect(screen.getByTestId("incentives-crm").textContent).toContain("deals.csv"));
    await choose("What to make", "Pay statements per rep (one private file each)");
    await previewShown();
    // The action follows the output choice once the pane has prepared the per-rep files.
    await screen.findByRole("button", { name: DOWNLOAD_ZIP }, { timeout: 30_000 });
    await click(DOWNLOAD_ZIP);
    await screen.findByTestId("write-success", {}, { timeout: 30_000 });
    const mine = files.calls[0].files;
    const theirs = fs.readdirSync(path.join(dir, "out")).sort();
    expect(mine.map((f) => f.fileName).sort()).toEqual(theirs);
    for (const f of mine) {
      const a = await cellsOf(await writeXlsx(f.spec));
      const b = await cellsOf(new Uint8Array(fs.readFileSync(path.join(dir, "out", f.fileName))));
      expect([...a.entries()]).toEqual([...b.entries()]);
    }
    // Li Wei's statement lists D1 and his share of D2; never Peter Pan's D4.
    const li = mine.find((f) => f.fileName.includes("Li"))!;
    const text = [...(await cellsOf(await writeXlsx(li.spec))).values()].join(" ");
    expect(text).toContain('"D1"');
    expect(text).toContain('"D2"');
    expect(text).not.toContain('"D4"');
  });
});

describe("a bad CRM export is refused naming the column", () => {
  const cases = [
    {
      what: "no owner column",
      csv: EXPORT.replace("Owner,", "Person,"),
      en: "no Owner column: name it in the mapping",
      zh: "没有负责人列：请在映射中指定",
    },
    {
      what: "no amount column",
      csv: EXPORT.replace(",Amount,", ",Sum,"),
      en: "no Amount column: name it in the mapping",
      zh: "没有金额列：请在映射中指定",
    },
  ];
  for (const c of cases)
    for (const locale of ["en-US", "zh-CN"] as const)
      it(`${c.what} (${locale})`, async () => {
        const writer = fakeWriter(undefined, true);
        renderPane({ view: "incentives", locale, services: fakeServices({ writer, today }) });
        const x = TEXTS[locale];
        await findView(x.heading);
        await pasteRoster(ROSTER_CSV, locale === "zh-CN" ? "使用粘贴的行" : "Use the pasted rows");
        await type(x.month, "2027-01");
        await choose(x.actuals, x.fromExport);
        await upload(x.file, new File([c.csv], "deals.csv", { type: "text/csv" }));
        await waitFor(() => expect(document.body.textContent).toContain(locale === "zh-CN" ? c.zh : c.en), {
          timeout: 10_000,
        });
        const text = document.body.textContent ?? "";
        expect(text).toContain("deals.csv");
        await submit();
        expect(writer.writes).toHaveLength(0);
      });

  it("pays once a column mapping (as --mapping gives it) names the owner column", async () => {
    const writer = fakeWriter(undefined, true);
    renderPane({ view: "incentives", services: fakeServices({ writer, today }) });
    const x = TEXTS["en-US"];
    await findView(x.heading);
    await pasteRoster(ROSTER_CSV);
    await type(x.month, "2027-01");
    await choose(x.actuals, x.fromExport);
    await upload(x.file, new File([cases[0].csv], "deals.csv", { type: "text/csv" }));
    await screen.findByText(/no Owner column: name it in the mapping/, {}, { timeout: 10_000 });
    const mapping = {
      columns: {
        owner: "Person",
        amount: "Amount",
        closeDate: "Close Date",
        stage: "Stage",
        deal: "Deal",
        share: "Split %",
      },
    };
    await upload(
      "Column mapping (.json, optional, as --mapping)",
      new File([JSON.stringify(mapping)], "map.json"),
    );
    await waitFor(() => expect(document.body.textContent).not.toContain("no Owner column"), {
      timeout: 10_000,
    });
    await previewShown();
    await submit();
    await screen.findByTestId("write-success", {}, { timeout: 30_000 });
    const spec = writer.writes[0].spec;
    // The export's rows, owners read from the Person column, are in the workbook's data sheet.
    const data = await cellsOf(await writeXlsx(spec), "CRM data");
    const values = [...data.values()].join("");
    for (const name of ["Li Wei", "Wang Fang", "Zhang Jie", "Peter Pan"]) expect(values).toContain(name);
  });
});
