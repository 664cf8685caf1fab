/**
 * Reading back the CRM data table an import left in a workbook (incentive form, Excel mode): which
 * tables are imports (newest first), the header in either language placing the columns on the sheet,
 * the owners matched to the roster, and the import report telling a payments (回款) export apart.
 */
import { crmTexts } from "../../src/i18n/sheets/crm";
import {
  crmTableCandidates,
  readCrmDataTable,
  reportNamesPayments,
  reportSheetFor,
} from "../../src/taskpane/forms/incentives/crm-table";
import type { Rep } from "../../src/schemas/roster";

const ROSTER = [
  { name: "王芳", team: "华东" },
  { name: "李伟", team: "华东" },
] as unknown as Rep[];

describe("the CRM data table read back", () => {
  it("takes the import's tables only, the newest first", () => {
    const tables = [
      { name: "Team", sheet: "Roster" },
      { name: "CrmDeals", sheet: "CRM data" },
      { name: "CrmDeals_3", sheet: "CRM data (3)" },
      { name: "CrmDeals_2", sheet: "CRM data (2)" },
    ];
    expect(crmTableCandidates(tables).map((t) => t.name)).toEqual(["CrmDeals_3", "CrmDeals_2", "CrmDeals"]);
  });

  it("reads a Chinese table placed at C3: columns on the sheet, owners on and off the roster", () => {
    const d = crmTexts("zh-CN").data;
    const won = crmTexts("zh-CN").outcome.won;
    const grid = [
      [d.row, d.owner, d.team, d.outcome, d.amount, d.closeDate],
      [2, "王芳", "华东", won, 1000, 46400],
      [3, "张三", crmTexts("zh-CN").notOnRoster, won, 500, 46401],
      [4, "王芳", "华东", crmTexts("zh-CN").outcome.lost, 700, 46402],
    ];
    const data = readCrmDataTable(
      { name: "CrmDeals", sheet: "CRM数据", address: "'CRM数据'!C3:H6" },
      grid,
      ROSTER,
      false,
    )!;
    expect(data.locale).toBe("zh-CN");
    // C is column 2 (0-based): the owner column D, amount G; data rows 4..6.
    expect(data.layout).toEqual({
      sheet: "CRM数据",
      firstRow: 4,
      lastRow: 6,
      columns: { row: 2, owner: 3, team: 4, outcome: 5, amount: 6, closeDate: 7 },
    });
    const r = data.imported.recordColumns;
    expect(Array.from(r.amount)).toEqual([1000, 500, 700]);
    expect(r.owners.map((o) => [o.owner, o.rep?.name ?? null])).toEqual([
      ["王芳", "王芳"],
      ["张三", null],
    ]);
    expect(Array.from(r.outcome)).toEqual([0, 0, 1]);
    expect(data.repsWithoutRows).toEqual(["李伟"]);
    // No share column: no split (NaN, as the import leaves it).
    expect(Number.isNaN(r.share[0])).toBe(true);
  });

  it("refuses a table whose header is not a data table's", () => {
    expect(
      readCrmDataTable(
        { name: "CrmDeals", sheet: "S", address: "S!A1:B2" },
        [["name", "team"]],
        ROSTER,
        false,
      ),
    ).toBeNull();
  });

  it("finds the import report of the same number and a payments profile in it", () => {
    expect(reportSheetFor("CRM data (2)", ["CRM data", "Import report", "Import report (2)"])).toBe(
      "Import report (2)",
    );
    const label = crmTexts("zh-CN").report.profile;
    expect(reportNamesPayments([["导入报告"], [label, "纷享销客 回款"]])).toBe(true);
    expect(reportNamesPayments([[label, "纷享销客 商机"]])).toBe(false);
    expect(reportNamesPayments(null)).toBe(false);
  });
});
