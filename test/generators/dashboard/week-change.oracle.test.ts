/**
 * The dashboard's week-over-week column ("Won this week") on the demo workbook, which holds two
 * weekly CRM imports (a two-week history), recalculated by LibreOffice: each rep's figure against
 * the one this test works out itself from the history table's rows (the rep's won revenue in the
 * trend period at the latest snapshot, less the same at the one before). The pane's dashboard is
 * this sheet cell for cell (test/taskpane/dashboard-plan.test.ts), so this checks it too.
 */
import path from "path";
import { buildDemoSpec } from "../../../src/cli/commands/demo";
import { writeXlsxBytes } from "../../../src/hosts/xlsx/write";
import { DASHBOARD_TEXTS } from "../../../src/i18n/sheets/dashboard";
import { HISTORY_TEXTS } from "../../../src/i18n/sheets/history";
import { describeWithLibreOffice, recalculate } from "../../oracle/libreoffice";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples");

describeWithLibreOffice("the dashboard's week-over-week column (demo, two-week history)", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    it(`${locale}: each rep's won revenue of the week, worked out from the history rows`, async () => {
      const demo = await buildDemoSpec(EXAMPLES, locale);
      if (!demo.ok) throw new Error(JSON.stringify(demo.issues));
      const book = (await recalculate([{ name: "demo", data: await writeXlsxBytes(demo.spec) }])).get(
        "demo",
      )!;
      const H = HISTORY_TEXTS[locale].sheet;
      const D = DASHBOARD_TEXTS[locale].sheet;
      const latest = book.get(H, "B3");
      const previous = book.get(H, "D3");
      const period = book.get(H, "F3");
      expect(typeof latest).toBe("number");
      expect(typeof previous).toBe("number");
      expect(latest).not.toBe(previous);
      // The history table: date in A, period in B, rep in C, won revenue in E, from row 6.
      const won = new Map<string, number>();
      for (let r = 6; book.get(H, `A${r}`) !== null && book.get(H, `A${r}`) !== ""; r++) {
        if (book.get(H, `B${r}`) !== period) continue;
        const date = book.get(H, `A${r}`);
        const sign = date === latest ? 1 : date === previous ? -1 : 0;
        const rep = String(book.get(H, `C${r}`));
        won.set(rep, (won.get(rep) ?? 0) + sign * Number(book.get(H, `E${r}`) ?? 0));
      }
      expect(book.get(D, "L9")).toBe(HISTORY_TEXTS[locale].weekChange);
      let reps = 0;
      let moved = 0;
      for (let r = 10; book.get(D, `A${r}`) !== null && book.get(D, `A${r}`) !== ""; r++) {
        const rep = String(book.get(D, `A${r}`));
        const expected = won.get(rep) ?? 0;
        expect([rep, book.get(D, `L${r}`)]).toEqual([rep, expected]);
        reps++;
        if (expected !== 0) moved++;
      }
      expect(reps).toBeGreaterThan(0);
      // Something was won between the two imports: the column is not all zeros.
      expect(moved).toBeGreaterThan(0);
    }, 300_000);
  }
});
