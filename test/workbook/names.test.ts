/** Excel naming rules and free names (the rules are Excel's, as documented for sheet and defined names). */
import {
  freeName,
  freeSheetName,
  isSheetNameFor,
  isValidName,
  isValidSheetName,
  sanitizeName,
  sanitizeSheetName,
  sheetNameProblem,
} from "../../src/workbook";

describe("sheet names", () => {
  it("follows Excel's rules", () => {
    expect(isValidSheetName("Goals 2027-Q1")).toBe(true);
    expect(isValidSheetName("目标 2027 第一季度")).toBe(true);
    expect(isValidSheetName("x".repeat(31))).toBe(true);
    expect(isValidSheetName("x".repeat(32))).toBe(false);
    for (const bad of [
      "a/b",
      "a\\b",
      "a:b",
      "a*b",
      "a?b",
      "a[b",
      "a]b",
      "'ab",
      "ab'",
      "",
      "  ",
      "History",
      "history",
    ])
      expect(isValidSheetName(bad)).toBe(false);
    expect(isValidSheetName("It's")).toBe(true);
    expect(sheetNameProblem("a/b")?.zh).toMatch(/包含/);
  });

  it("gives the first free numbered variant, case-insensitively", () => {
    expect(freeSheetName("Goals 2027-Q1", ["Sheet1"])).toBe("Goals 2027-Q1");
    expect(freeSheetName("Goals 2027-Q1", ["goals 2027-q1"])).toBe("Goals 2027-Q1 (2)");
    expect(freeSheetName("Goals", ["Goals", "Goals (2)", "GOALS (3)"])).toBe("Goals (4)");
    // A name that already carries a number continues it rather than nesting "(2) (2)".
    expect(freeSheetName("Goals (2)", ["Goals", "Goals (2)"])).toBe("Goals (3)");
  });

  it("stays within 31 characters", () => {
    const desired = "Quarterly Goals East Region 202"; // 31 characters
    const free = freeSheetName(desired, [desired]);
    expect(free).toBe("Quarterly Goals East Region (2)");
    expect(free.length).toBeLessThanOrEqual(31);
    const names = [desired];
    for (let i = 0; i < 12; i++) names.push(freeSheetName(desired, names));
    expect(names.every((n) => n.length <= 31 && isValidSheetName(n))).toBe(true);
    // " (13)" takes 5 characters: the base is cut to 26.
    expect(names[names.length - 1]).toBe("Quarterly Goals East Regio (13)");
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("never splits a surrogate pair when cutting", () => {
    const desired = "目标".repeat(13) + "😀😀"; // 26 + 4 = 30 UTF-16 units
    const free = freeSheetName(desired, [desired]);
    expect(free.length).toBeLessThanOrEqual(31);
    expect(free).toMatch(/ \(2\)$/);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(free)).toBe(false);
  });

  it("tells the names a clash gives a sheet from other names", () => {
    expect(isSheetNameFor("Goals 2027-Q1", "Goals 2027-Q1")).toBe(true);
    expect(isSheetNameFor("goals 2027-q1 (2)", "Goals 2027-Q1")).toBe(true);
    expect(isSheetNameFor("Goals 2027-Q1 (12)", "Goals 2027-Q1")).toBe(true);
    // Not a name freeSheetName gives: no number, number 1 or 0-padded, another base.
    expect(isSheetNameFor("Goals 2027-Q1 (1)", "Goals 2027-Q1")).toBe(false);
    expect(isSheetNameFor("Goals 2027-Q1 (02)", "Goals 2027-Q1")).toBe(false);
    expect(isSheetNameFor("Goals 2027-Q1 copy", "Goals 2027-Q1")).toBe(false);
    expect(isSheetNameFor("Goals 2027-Q2 (2)", "Goals 2027-Q1")).toBe(false);
    expect(isSheetNameFor("2027-Q1", "Goals 2027-Q1")).toBe(false);
    // 27 characters + " (2)" = 31: the base is cut to 26 for " (13)".
    expect(isSheetNameFor("Quarterly Goals East Region (2)", "Quarterly Goals East Region")).toBe(true);
    expect(isSheetNameFor("Quarterly Goals East Regio (13)", "Quarterly Goals East Region")).toBe(true);
    expect(isSheetNameFor("Quarterly Goals East Region (13)", "Quarterly Goals East Region")).toBe(false);
  });

  it("sanitizes any text into a valid sheet name", () => {
    expect(sanitizeSheetName("Goals 2027/Q1")).toBe("Goals 2027-Q1");
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
    expect(sanitizeSheetName("  ")).toBe("Sheet");
    expect(sanitizeSheetName("History")).toBe("History-");
    expect(sanitizeSheetName("a".repeat(40)).length).toBe(31);
  });
});

describe("table and defined names", () => {
  it("follows Excel's rules", () => {
    for (const ok of ["Goals", "_tiers", "Rate.East", "目标表", "\\Net", "Q1_Goals", "AB", "XFE1A"])
      expect(isValidName(ok)).toBe(true);
    // Cell references (A1 and R1C1), R and C alone, spaces, leading digits, TRUE/FALSE are refused.
    for (const bad of [
      "A1",
      "xfd1048576",
      "R",
      "c",
      "R1C1",
      "RC",
      "R2",
      "C3",
      "Goals 2027",
      "1st",
      "",
      "TRUE",
      "a-b",
    ])
      expect(isValidName(bad)).toBe(false);
  });

  it("gives _2, _3 ... on a clash", () => {
    expect(freeName("Goals", [])).toBe("Goals");
    expect(freeName("Goals", ["GOALS"])).toBe("Goals_2");
    expect(freeName("Goals", ["Goals", "Goals_2"])).toBe("Goals_3");
    const long = "N".repeat(255);
    expect(freeName(long, [long])).toHaveLength(255);
    expect(isValidName(freeName(long, [long]))).toBe(true);
  });

  it("sanitizes any text into a valid name", () => {
    expect(sanitizeName("Goals 2027-Q1")).toBe("Goals_2027_Q1");
    expect(sanitizeName("2027 goals")).toBe("_2027_goals");
    expect(sanitizeName("A1")).toBe("_A1");
    expect(sanitizeName("")).toBe("Name");
    expect(isValidName(sanitizeName("目标 (东区)"))).toBe(true);
  });
});
