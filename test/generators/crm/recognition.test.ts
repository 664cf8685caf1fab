/**
 * Recognition that looks at the values, not only the names: suggestions of the right type, files
 * without a header row, stage text kept as exported, short samples in the mapping prompt.
 */
import { CrmTable, importCrm, mappingStep, recognize } from "../../../src/generators/crm";
import type { Rep } from "../../../src/schemas/roster";

const ASOF = 46466; // 2027-03-20: 2027-03-01 is 46447 (see normalizers.test.ts), + 19
const roster: Rep[] = [
  { name: "Li Wei", role: "AE", team: "East", manager: "Chen", hireDate: null },
  { name: "Wang Fang", role: "AE", team: "East", manager: "Chen", hireDate: null },
];

function table(header: string[], rows: (string | number | null)[][]): CrmTable {
  return { header, headerRow: 1, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

describe("suggestions check the values", () => {
  it("a text column named like the amount is not the amount (Dynamics 365's Revenue: 'User Provided')", () => {
    const t = table(
      ["Owner", "Revenue", "Deal Value", "Close Date", "Status"],
      [
        ["Li Wei", "User Provided", "1,200.00", "3/1/2027", "Won"],
        ["Wang Fang", "System Calculated", "800", "3/2/2027", "Lost"],
      ],
    );
    const r = recognize(t);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.mapping.columns.amount?.header).toBe("Deal Value");
    expect(r.mapping.ambiguous).toEqual([]);
  });

  it("the mapping step suggests no amount when the only column so named holds text", () => {
    const t = table(
      ["Topic", "Owner", "Revenue", "Est. close date"],
      [
        ["Fabrikam renewal", "Li Wei", "User Provided", "3/1/2027"],
        ["Contoso", "Wang Fang", "User Provided", "3/2/2027"],
      ],
    );
    const r = recognize(t);
    expect(r.ok).toBe(false);
    const step = mappingStep(t);
    const amount = step.fields.find((f) => f.field === "amount")!;
    expect(amount.candidates).toEqual([]);
    expect(amount.suggested).toBeNull();
    expect(step.fields.find((f) => f.field === "owner")!.suggested).toBe("Owner");
  });

  it("long and multi-line sample values are cut to one line of 40 characters", () => {
    const note = "Call back next week.\nBudget approved by the CFO, waiting for the purchase order number";
    const step = mappingStep(table(["Notes", "Amount"], [[note, "1"]]));
    expect(step.samples[0]).toEqual(["Call back next week. Budget approved by…"]);
    expect(step.samples[0][0]).toHaveLength(40);
  });
});

describe("a file without a header row", () => {
  // As readTable gives it: the first row became the "header".
  const t: CrmTable = {
    header: ["Li Wei", "12000", "2027-03-01", "Won"],
    headerRow: 1,
    rows: [
      { row: 2, cells: ["Wang Fang", "800", "2027-03-05", "Lost"] },
      { row: 3, cells: ["Li Wei", "500", "2027-03-06", "Proposal"] },
    ],
  };

  it("is said to have none, and the mapping step names its columns Column A, Column B ...", () => {
    const r = recognize(t, { file: "noheader.csv" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ file: "noheader.csv", field: "(header)" });
    expect(r.issues[0].en).toMatch(/^row 1 holds values \(Li Wei, 12000, 2027-03-01\), not column names/);
    expect(r.step.headers).toEqual(["Column A", "Column B", "Column C", "Column D"]);
    expect(r.step.samples[0]).toEqual(["Li Wei", "Wang Fang", "Li Wei"]);
  });

  it("imports every row, the first one too, with a mapping that names the columns", () => {
    const r = importCrm(t, roster, {
      locale: "en-US",
      asOf: ASOF,
      mapping: {
        columns: { owner: "Column A", amount: "Column B", closeDate: "Column C", stage: "Column D" },
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.imported.rowsRead).toBe(3);
    expect(r.imported.records.map((x) => [x.row, x.owner, x.amount, x.outcome])).toEqual([
      [1, "Li Wei", 12000, "won"],
      [2, "Wang Fang", 800, "lost"],
      [3, "Li Wei", 500, "open"],
    ]);
  });
});

describe("stage text", () => {
  it("is kept as each row exports it; spellings that differ in case share one funnel stage", () => {
    const t = table(
      ["Owner", "Stage", "Amount", "Close Date"],
      [
        ["Li Wei", "Negotiation/Review", "1", "2027-03-01"],
        ["Li Wei", "negotiation/review", "2", "2027-03-02"],
        ["Wang Fang", "NEGOTIATION/REVIEW", "3", "2027-03-03"],
      ],
    );
    const r = importCrm(t, roster, { locale: "en-US", asOf: ASOF });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.imported.records.map((x) => [x.stage, x.funnelStage])).toEqual([
      ["Negotiation/Review", "Negotiation/Review"],
      ["negotiation/review", "Negotiation/Review"],
      ["NEGOTIATION/REVIEW", "Negotiation/Review"],
    ]);
    expect(r.imported.stages.map((s) => s.name)).toEqual(["Negotiation/Review"]);
  });
});

describe("the closest profile", () => {
  it("a HubSpot export missing a column is told it is closest to HubSpot, not Zoho", () => {
    // HubSpot's own headers but Pipeline left out of the export's columns.
    const t = table(
      ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Deal owner", "Amount"],
      [["1", "Fabrikam", "closedwon", "2021-04-16 00:03", "Li Wei", "12000"]],
    );
    const step = mappingStep(t);
    expect(step.closest).toEqual({ profile: "hubspot-deals", missing: ["Pipeline"] });
  });

  it("headers that share one word with a profile are close to none", () => {
    const t = table(["Deal Name", "Value", "Who"], [["Fabrikam", "1", "Li Wei"]]);
    expect(mappingStep(t).closest).toBeNull();
  });
});
