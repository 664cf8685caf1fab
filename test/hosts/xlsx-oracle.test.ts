/**
 * Files from the xlsx host compute the hand-worked values in LibreOffice: table totals, workbook and
 * sheet-scoped names, post-2007 functions, cross-sheet references, also after clash renames.
 */
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import { describeWithLibreOffice, expectClose, recalculate } from "../oracle/libreoffice";
import { GOALS, SAMPLE_EXPECTED, sampleSpec } from "./sample-spec";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

describeWithLibreOffice("xlsx host files recalculated by LibreOffice", () => {
  it("compute the expected values, as written and after renames", async () => {
    const plain = await writeXlsxBytes(sampleSpec());
    const renamed = await writeXlsxBytes(sampleSpec(), {
      existing: { sheets: [GOALS, "rates"], tables: ["GoalTable"], names: ["Tiers", "Bonus"] },
    });
    const results = await recalculate([
      { name: "plain", data: plain },
      { name: "renamed", data: renamed },
    ]);
    const cases: [string, string][] = [
      ["plain", GOALS],
      ["renamed", `${GOALS} (2)`],
    ];
    for (const [file, sheet] of cases) {
      const wb = results.get(file)!;
      for (const [address, expected] of Object.entries(SAMPLE_EXPECTED)) {
        const got = wb.get(sheet, address);
        try {
          if (typeof expected === "number") expectClose(got, expected);
          else expect(got).toBe(expected);
        } catch (e) {
          throw new Error(`${file} ${sheet}!${address}: ${(e as Error).message}`);
        }
      }
    }
    // The summary on the rates sheet reads the goal sheet across sheets: East 250000, West 90000.
    expectClose(results.get("plain")!.get("Rates", "G2"), 250000);
    expectClose(results.get("renamed")!.get("Rates (2)", "G3"), 90000);
  });
});
