/**
 * The review forms on paper: each rep's self-review, manager review and development plan printed
 * through LibreOffice to PDF, and the row-2 note (how to fill the form in) read back from the first
 * page with pdftotext: its whole text is there, in English and Chinese, not cut at the page's right
 * edge. The note's words come from the sheet-text catalogue; each form is printed from a workbook
 * of its own (its formulas' other sheets left out: only its text is read). The forms print at full
 * size over pages across (one page wide shrank them to 6 pt); the note is merged over the columns of
 * the first page, so it wraps there.
 */
import { buildDemoSpec } from "../../../src/cli/commands/demo";
import { writeXlsxBytes } from "../../../src/hosts/xlsx/write";
import { REVIEW_TEXTS } from "../../../src/i18n/sheets/reviews";
import type { SheetSpec } from "../../../src/workbook/spec";
import { describeWithPrinting, printedPages } from "../../oracle/libreoffice";
import path from "path";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples");

/** Letters and digits only: a wrapped line may break at any space or CJK character. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

describeWithPrinting("the review forms' note printed whole", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    describe(locale, () => {
      const t = REVIEW_TEXTS[locale];
      const forms: { title: string; notes: string[] }[] = [
        { title: t.selfReview.title, notes: [t.selfReview.note, t.selfReview.ownNote] },
        { title: t.managerReview.title, notes: [t.managerReview.note, t.managerReview.copyNote] },
        { title: t.plan.title, notes: [t.plan.note] },
      ];
      let sheets: readonly SheetSpec[] = [];
      beforeAll(async () => {
        const demo = await buildDemoSpec(EXAMPLES, locale);
        if (!demo.ok) throw new Error(JSON.stringify(demo.issues));
        sheets = demo.spec.sheets;
      });

      for (const form of forms) {
        it(`${form.title}: the note's whole text on the first page, none of it on the pages across`, async () => {
          // The first rep's form: the sheet whose A1 is the form's title.
          const sheet = sheets.find((s) =>
            s.blocks.some((b) => b.start === "A1" && b.rows[0]?.[0] === form.title),
          );
          if (!sheet) throw new Error(`no ${form.title} sheet in the demo`);
          const pages = await printedPages(await writeXlsxBytes({ sheets: [sheet] }));
          const first = squeeze(pages[0]);
          expect(first).toContain(squeeze(form.title));
          expect(form.notes.some((note) => first.includes(squeeze(note)))).toBe(true);
          // No line of the note runs on to the page to its right (or any other page).
          for (const page of pages.slice(1))
            expect(form.notes.some((note) => squeeze(page).includes(squeeze(note).slice(-12)))).toBe(false);
        }, 180_000);
      }
    });
  }
});
