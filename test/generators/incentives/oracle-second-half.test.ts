/**
 * The second half of the 300 seeded random plans of oracle.test.ts (same generator, host, LibreOffice
 * run and cell-by-cell comparison within 1e-9), in a file of its own so that jest's two workers share
 * the sweep.
 */
import { describeWithLibreOffice } from "../../oracle/libreoffice";
import { randomOracleCases, runOracle } from "./run-oracle";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const cases = randomOracleCases(2, 2);

describeWithLibreOffice("incentive workbooks recalculated in LibreOffice agree with the engine (2)", () => {
  it(`random plans and teams ${cases[0].name} to ${cases.at(-1)!.name}: no mismatch beyond 1e-9 relative`, async () => {
    const { mismatches, cells } = await runOracle(cases);
    if (mismatches.length) console.log(mismatches.slice(0, 40).join("\n"));
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(cases.length * 40);
  }, 1_800_000);
});
