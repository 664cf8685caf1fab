/** Rewriting references when sheets, tables and names are renamed; the expected texts are written by hand. */
import fc from "fast-check";
import { renameInFormula } from "../../src/workbook";
import { tokenizeFormula } from "../../src/workbook/formula-tokens";

const sheets = new Map([
  ["Goals", "Goals (2)"],
  ["Plan 2027", "Plan 2027 (2)"],
  ["It's", "It's (2)"],
  ["Data", "Data2"],
]);
const names = new Map([
  ["Tiers", "Tiers_2"],
  ["GoalTable", "GoalTable_2"],
  ["A", "A_2"],
]);
const r = (f: string) => renameInFormula(f, { sheets, names });

describe("renameInFormula", () => {
  it("rewrites unquoted and quoted sheet references, quoting where the new name needs it", () => {
    expect(r("=Goals!B4*2")).toBe("='Goals (2)'!B4*2");
    expect(r("=SUM('Plan 2027'!$B$2:$B$9)")).toBe("=SUM('Plan 2027 (2)'!$B$2:$B$9)");
    expect(r("='It''s'!A1")).toBe("='It''s (2)'!A1");
    expect(r("=goals!A1+GOALS!A2")).toBe("='Goals (2)'!A1+'Goals (2)'!A2");
    expect(r("=Data!A1")).toBe("=Data2!A1");
    expect(r("='Data'!A1")).toBe("=Data2!A1");
  });

  it("leaves other sheets, cell references and functions alone", () => {
    expect(r("=Other!A1+Goalsx!A1")).toBe("=Other!A1+Goalsx!A1");
    expect(r("=SUM(A1:A9)+$A$1+A:A")).toBe("=SUM(A1:A9)+$A$1+A:A");
    expect(r("=A(1)")).toBe("=A(1)");
  });

  it("never touches text inside string literals", () => {
    expect(r('="Goals!A1 and Tiers"&Goals!A1')).toBe("=\"Goals!A1 and Tiers\"&'Goals (2)'!A1");
    expect(r("=INDIRECT(\"'Plan 2027'!A1\")")).toBe("=INDIRECT(\"'Plan 2027'!A1\")");
    expect(r('="say ""Tiers"""&Tiers')).toBe('="say ""Tiers"""&Tiers_2');
  });

  it("rewrites defined names and table names but not structured-reference columns", () => {
    expect(r("=VLOOKUP(B2,Tiers,2,TRUE)")).toBe("=VLOOKUP(B2,Tiers_2,2,TRUE)");
    expect(r("=SUM(GoalTable[Tiers])")).toBe("=SUM(GoalTable_2[Tiers])");
    expect(r("=GoalTable[[#This Row],[Goals]]*2")).toBe("=GoalTable_2[[#This Row],[Goals]]*2");
    expect(r("=[@Tiers]*A")).toBe("=[@Tiers]*A_2");
    expect(r("=Goals!Tiers")).toBe("='Goals (2)'!Tiers_2");
  });

  it("handles 3-D references and error literals", () => {
    expect(r("=SUM(Data:Goals!B2)")).toBe("=SUM('Data2:Goals (2)'!B2)");
    expect(r("=SUM('Data:Plan 2027'!B2)")).toBe("=SUM('Data2:Plan 2027 (2)'!B2)");
    expect(r("=IFERROR(Tiers,#N/A)+#REF!")).toBe("=IFERROR(Tiers_2,#N/A)+#REF!");
  });

  it("returns the formula unchanged when nothing is renamed", () => {
    const f = '=SUMPRODUCT((Goals!A2:A9="x")*Tiers)';
    expect(renameInFormula(f, {})).toBe(f);
    expect(renameInFormula(f, { sheets: new Map([["Goals", "Goals"]]) })).toBe(f);
  });
});

describe("tokenizeFormula", () => {
  it("splits any text into tokens that join back to it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        expect(
          tokenizeFormula(s)
            .map((t) => t.text)
            .join(""),
        ).toBe(s);
      }),
    );
  });

  it("keeps numbers with exponents whole", () => {
    expect(tokenizeFormula("=1.5E+3*A1").map((t) => t.text)).toEqual(["=", "1.5E+3", "*", "A1"]);
  });
});
