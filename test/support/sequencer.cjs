/**
 * Runs the long suites first. On a clean checkout jest has no timings and orders suites by file
 * size, so the 500-plan LibreOffice oracle (about 6 minutes, a small file) started last and ran
 * alone while the other worker sat idle. Started first, it runs beside everything else.
 */
const Sequencer = require("@jest/test-sequencer").default;

const LONG_FIRST = [
  // The random plans of the incentive oracle, split by seed range over two files: one per worker.
  "test/generators/incentives/oracle.test.ts",
  "test/generators/incentives/oracle-second-half.test.ts",
  "test/oracle/large-team-reviews.test.ts",
  "test/oracle/large-team.test.ts",
  "test/generators/dashboard/into-workbook.oracle.test.ts",
  "test/oracle/cross-engine.test.ts",
  "test/generators/dashboard/dashboard.oracle.test.ts",
  "test/e2e/pane-download.test.ts",
  "test/e2e/pane-fit.test.ts",
  "test/generators/incentives/statement-print.oracle.test.ts",
];

class LongFirstSequencer extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const i = LONG_FIRST.findIndex((suffix) => test.path.replace(/\\/g, "/").endsWith(suffix));
      return i < 0 ? LONG_FIRST.length : i;
    };
    const order = (list) => list.slice().sort((a, b) => rank(a) - rank(b));
    const sorted = super.sort(tests);
    return typeof sorted.then === "function" ? sorted.then(order) : order(sorted);
  }
}

module.exports = LongFirstSequencer;
