/**
 * The demo workbook on paper, as LibreOffice prints it to PDF, in both languages: each pay statement
 * on a page of its own and whole; the funnel one page wide; the incentive and CRM sheets' notes
 * printed whole, not clipped to their first column; header labels whole, not cut after a line.
 */
import fs from "fs";
import path from "path";
import Papa from "papaparse";
import { buildDemoSpec, demoSampleDir } from "../../src/cli/commands/demo";
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import { CRM_TEXTS } from "../../src/i18n/sheets/crm";
import { GOAL_SHEET_TEXTS } from "../../src/i18n/sheets/goals";
import { INCENTIVE_TEXTS } from "../../src/i18n/sheets/incentives";
import { describeWithPrinting, printedPages } from "../oracle/libreoffice";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../examples");

/** The demo team in `locale`, from the sample roster itself. */
const repsOf = (locale: "en-US" | "zh-CN") =>
  Papa.parse<Record<string, string>>(
    fs.readFileSync(path.join(demoSampleDir(EXAMPLES, locale), "goals", "roster.csv"), "utf8"),
    { header: true, skipEmptyLines: true },
  ).data.map((r) => r.name ?? r["姓名"]);

/** Printed text with all white space gone: a wrapped line breaks anywhere, in either language. */
const squeeze = (s: string) => s.replace(/\s+/g, "");

/** The texts that `printed` does not hold whole (white space aside): a short list when it fails. */
const notPrinted = (printed: string, texts: readonly string[]) => {
  const all = squeeze(printed);
  return texts.filter((t) => !all.includes(squeeze(t)));
};

describeWithPrinting("the demo workbook printed", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    describe(locale, () => {
      let pages: string[] = [];
      beforeAll(async () => {
        const demo = await buildDemoSpec(EXAMPLES, locale);
        if (!demo.ok) throw new Error(JSON.stringify(demo.issues));
        pages = await printedPages(await writeXlsxBytes(demo.spec));
      }, 180_000);

      it("prints each rep's pay statement whole, on a page of its own", () => {
        const t = INCENTIVE_TEXTS[locale];
        const REPS = repsOf(locale);
        const titled = (page: string) => REPS.filter((rep) => page.includes(t.statement.title(rep)));
        expect(REPS).toHaveLength(12);
        for (const rep of REPS) {
          const on = pages.filter((p) => titled(p).includes(rep));
          expect(on).toHaveLength(1);
          expect(titled(on[0])).toEqual([rep]);
          // The statement's last line and its footer are on the same page as its title.
          expect(notPrinted(on[0], [t.calc.ytd, t.statement.footer])).toEqual([]);
        }
      });

      it("prints the incentive sheets' notes whole", () => {
        const t = INCENTIVE_TEXTS[locale];
        const notes = [t.plan.note, t.calc.note, t.awards.note, t.teams.note, t.credits.note];
        expect(notPrinted(pages.join(""), notes)).toEqual([]);
      });

      // A line cut at a cell's bottom edge may still be in the PDF's text: this catches labels whose
      // later lines are not drawn at all (a one-line header row under a two-line label).
      it("prints header labels whole, on as many lines as they take", () => {
        const metrics = locale === "en-US" ? ["New customers", "Conversion rate"] : ["新客户数", "转化率"];
        const labels = [
          ...metrics.map((m) => GOAL_SHEET_TEXTS[locale].attainmentOf(m)),
          // The demo's incentive plan names its measure in the demo's language.
          INCENTIVE_TEXTS[locale].teams.attainment(locale === "en-US" ? "Revenue" : "销售额"),
        ];
        expect(notPrinted(pages.join(""), labels)).toEqual([]);
      });

      it("prints the funnel one page wide: every page with its tables has their last column", () => {
        const h = CRM_TEXTS[locale].funnel.headers;
        const withTables = pages.filter((p) => p.includes(h[1]));
        expect(withTables.length).toBeGreaterThan(0);
        for (const page of withTables) expect(page).toContain(h[h.length - 1]);
      });

      it("prints the CRM sheets' notes whole", () => {
        const t = CRM_TEXTS[locale];
        const notes = [
          // The KPI note names the export and its profile, which the import words itself.
          ...t.kpi.note("\u0000", t.sheet.data).split("\u0000"),
          // The last definition is the one about targets, which the demo takes from its goal sheet.
          ...t.kpi.definitions.slice(0, -1),
          t.followUp.note,
          // The funnel's note ends with the import's stage order.
          t.funnel.note("\u0000").split("\u0000")[0],
        ];
        expect(notPrinted(pages.join(""), notes)).toEqual([]);
      });
    });
  }
});
