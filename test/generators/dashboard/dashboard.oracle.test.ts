/**
 * The weekly dashboard of the demo workbook, recalculated by LibreOffice: its figures against the
 * ones this test works out itself from the source sheets' computed cells (sums, ratios, the best
 * rep and team, overdue follow-ups counted row by row); every chart kept; and the page printed on
 * one landscape sheet with no text under 8 pt, measured on LibreOffice's PDF.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { buildDemoSpec, demoSampleDir } from "../../../src/cli/commands/demo";
import { loadGoalPlan } from "../../../src/cli/commands/goals";
import { goalLayout } from "../../../src/generators/goals";
import { writeXlsxBytes } from "../../../src/hosts/xlsx/write";
import { CRM_TEXTS } from "../../../src/i18n/sheets/crm";
import { DASHBOARD_TEXTS } from "../../../src/i18n/sheets/dashboard";
import { HISTORY_TEXTS } from "../../../src/i18n/sheets/history";
import { columnLetter } from "../../../src/workbook/a1";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { onPath } from "../../support/installed";
import {
  OracleValue,
  RecalculatedWorkbook,
  describeWithLibreOffice,
  describeWithPrinting,
  printedPdfs,
  readWorkbook,
  recalculatePackages,
} from "../../oracle/libreoffice";
import { unzip } from "../../hosts/unzip";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples");

const num = (v: OracleValue): number => {
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};

/** Word boxes of one PDF page, from pdftotext -bbox: text and height in points. */
function words(pdf: Buffer, page: number): { text: string; height: number }[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dash-pdf-"));
  try {
    const file = path.join(dir, "p.pdf");
    fs.writeFileSync(file, pdf);
    const out = spawnSync(
      onPath("pdftotext")!,
      ["-bbox", "-f", String(page), "-l", String(page), file, "-"],
      {
        encoding: "utf8",
      },
    ).stdout;
    return [
      ...out.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((m) => ({ text: m[3], height: Number(m[2]) - Number(m[1]) }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's pages as text (pdftotext ends each page with a form feed). */
function pageTexts(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dash-pdf-"));
  try {
    const file = path.join(dir, "p.pdf");
    fs.writeFileSync(file, pdf);
    const out = spawnSync(onPath("pdftotext")!, ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).stdout;
    return out.split("\f").slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describeWithLibreOffice("the weekly dashboard of the demo workbook", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    describe(locale, () => {
      const t = DASHBOARD_TEXTS[locale];
      let spec: WorkbookSpec;
      let book: RecalculatedWorkbook;
      let data: Uint8Array;
      /** The workbook as LibreOffice saved it after recalculating (book's values come from it). */
      let saved: Buffer;
      beforeAll(async () => {
        const demo = await buildDemoSpec(EXAMPLES, locale);
        if (!demo.ok) throw new Error(JSON.stringify(demo.issues));
        spec = demo.spec;
        data = await writeXlsxBytes(spec);
        saved = (await recalculatePackages([{ name: "demo", data }])).get("demo")!;
        book = await readWorkbook(saved);
      }, 180_000);

      it("sums, ranks and names what the goal, scorecard and CRM sheets hold", async () => {
        const goals = await loadGoalPlan(
          path.join(demoSampleDir(EXAMPLES, locale), "goals"),
          "roster.csv",
          "goals.yaml",
          {
            locale,
          },
        );
        if (!goals.ok) throw new Error("plan");
        const plan = goals.plan;
        const layout = goalLayout(plan, plan.locale);
        const g = layout.goals;
        const col = columnLetter;
        const goalCell = (i: number, c: number) => book.get(layout.names.goals, `${col(c)}${g.row(i, 0)}`);
        // Revenue is the plan's first metric and summed.
        expect(plan.metrics[0].aggregation).toBe("sum");
        const D = t.sheet;
        const reps = plan.reps.map((rep, i) => ({
          name: rep.name,
          team: rep.team,
          target: num(goalCell(i, g.cols.target)),
          actual: num(goalCell(i, g.cols.actual)),
          score: num(
            book.get(
              layout.names.scorecard,
              `${col(layout.scorecard.scoreCol)}${layout.scorecard.firstRow + i}`,
            ),
          ),
        }));
        const target = reps.reduce((s, r) => s + r.target, 0);
        const actual = reps.reduce((s, r) => s + r.actual, 0);
        expect(num(book.get(D, "A6"))).toBeCloseTo(target, 6);
        expect(num(book.get(D, "B6"))).toBeCloseTo(actual, 6);
        expect(num(book.get(D, "C6"))).toBeCloseTo(actual / target, 9);
        // The demo is dated inside its quarter (11 days before it ends): something is expected to
        // date, so pace is a ratio, not blank (a date before the quarter left it blank).
        const asOf = num(book.get(D, "B3"));
        expect(asOf).toBeGreaterThan(plan.period.start);
        expect(asOf).toBeLessThanOrEqual(plan.period.end);
        const expected = num(book.get(D, "D6"));
        expect(expected).toBeGreaterThan(0);
        expect(num(book.get(D, "E6"))).toBeCloseTo(actual / expected, 9);
        reps.forEach((r, i) => {
          expect(book.get(D, `A${10 + i}`)).toBe(r.name);
          expect(num(book.get(D, `E${10 + i}`))).toBeCloseTo(r.actual / r.target, 9);
          expect(num(book.get(D, `H${10 + i}`))).toBeCloseTo(r.score, 9);
        });
        const best = [...reps].sort((a, b) => b.score - a.score)[0];
        expect(book.get(D, "G6")).toBe(best.name);
        const teams = new Map<string, { target: number; actual: number }>();
        for (const r of reps) {
          const s = teams.get(r.team) ?? { target: 0, actual: 0 };
          teams.set(r.team, { target: s.target + r.target, actual: s.actual + r.actual });
        }
        const bestTeam = [...teams].sort(
          (a, b) => b[1].actual / b[1].target - a[1].actual / a[1].target,
        )[0][0];
        expect(book.get(D, "J6")).toBe(bestTeam);

        // Overdue follow-ups: the follow-up list's rows of each rep, counted here.
        const F = CRM_TEXTS[locale].sheet.followUp;
        const counts = new Map<string, number>();
        for (let r = 6; ; r++) {
          const owner = book.get(F, `A${r}`);
          if (owner === null || owner === "") break;
          if (num(book.get(F, `K${r}`)) > 0) counts.set(String(owner), (counts.get(String(owner)) ?? 0) + 1);
        }
        expect([...counts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
        reps.forEach((r, i) => expect(book.get(D, `K${10 + i}`)).toBe(counts.get(r.name) ?? 0));

        // Coaching focus: the funnel summary's weakest stage of the same rep.
        const funnel = CRM_TEXTS[locale].sheet.funnel;
        const weakest = new Map<string, OracleValue>();
        for (let r = 6; r < 6 + reps.length; r++)
          weakest.set(String(book.get(funnel, `A${r}`)), book.get(funnel, `B${r}`));
        reps.forEach((r, i) => expect(book.get(D, `J${10 + i}`)).toBe(weakest.get(r.name) ?? ""));
      });

      it("keeps every chart of the workbook when LibreOffice saves it", async () => {
        const wanted = spec.sheets.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
        // Actual against target, the funnel and (with the demo's two-week history) the trend.
        expect(spec.sheets.find((s) => s.name === t.sheet)!.charts).toHaveLength(3);
        expect(wanted).toBeGreaterThanOrEqual(4);
        const out = unzip(saved);
        expect([...out.keys()].filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(wanted);
      }, 180_000);

      // pdftotext too: gated on poppler as well as LibreOffice.
      describeWithPrinting("printed", () => {
        it("prints on one landscape page with no text under 8 pt", async () => {
          // The page scale: a reference cell of 11 pt printed at 100%, printed in the same soffice run.
          const pdfs = await printedPdfs([
            { name: "demo", data },
            {
              name: "reference",
              data: await writeXlsxBytes({
                sheets: [{ name: "R", blocks: [{ start: "A1", rows: [["Reference"]] }] }],
              }),
            },
          ]);
          const pdf = pdfs.get("demo")!;
          const reference = pdfs.get("reference")!;
          const perPoint = words(reference, 1)[0].height / 11;
          const pages = pageTexts(pdf);
          const title = t.title("2027-Q1");
          const on = pages.flatMap((text, i) => (text.includes(title) ? [i + 1] : []));
          // The dashboard is the demo's last sheet: found on the last page only, so it is one page.
          expect(on).toEqual([pages.length]);
          const page = pages[pages.length - 1];
          // All of it on that page: the last team row and both charts' titles.
          const trend = HISTORY_TEXTS[locale].trend.chart("2027-Q1");
          for (const text of [t.teamsTitle, t.chart.attainment, t.chart.funnel, trend])
            expect(page.replace(/\s+/g, "")).toContain(text.replace(/\s+/g, ""));
          const smallest = Math.min(...words(pdf, pages.length).map((w) => w.height)) / perPoint;
          expect(smallest).toBeGreaterThanOrEqual(8);
        }, 180_000);
      });
    });
  }
});
