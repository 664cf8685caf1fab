/** The made-up export behind the demo workbook and the benchmark: repeatable, and every row imports. */
import fs from "fs";
import path from "path";
import { importCrm, sampleExportCsv, sampleExportTable } from "../../../src/generators/crm";
import { parseRosterCsv } from "../../../src/schemas/roster";

const roster = (() => {
  const r = parseRosterCsv(
    fs.readFileSync(path.join(__dirname, "../../../examples/goals/roster.csv"), "utf8"),
  );
  if (!r.ok) throw new Error("examples/goals/roster.csv");
  return r.value;
})();
const asOf = (Date.UTC(2027, 2, 20) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe("sample export", () => {
  it("is the same for the same seed, and differs for another", () => {
    const names = roster.map((r) => r.name);
    expect(sampleExportCsv(names, { rows: 50, asOf })).toBe(sampleExportCsv(names, { rows: 50, asOf }));
    expect(sampleExportCsv(names, { rows: 50, asOf, seed: 7 })).not.toBe(
      sampleExportCsv(names, { rows: 50, asOf }),
    );
  });

  it.each(["zoho", "fxiaoke"] as const)("imports as %s with every row read", (flavour) => {
    const table = sampleExportTable(
      roster.map((r) => r.name),
      { rows: 300, asOf, flavour },
    );
    const result = importCrm(table, roster, { locale: flavour === "zoho" ? "en-US" : "zh-CN", asOf });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.imported.profile.id).toBe(flavour === "zoho" ? "zoho-deals" : "fxiaoke-opportunities");
    expect(result.imported.records).toHaveLength(300);
    expect(result.imported.issues.filter((i) => i.severity === "error")).toEqual([]);
    // About one deal in a hundred belongs to a former rep, as in real exports.
    expect(result.imported.unknownOwners.length).toBe(1);
    expect(result.workbook.funnel?.stages.length).toBeGreaterThan(2);
  });
});
