/** Roster CSV parsing: English and Chinese headers, date spellings, and errors naming row and column. */
import { formatIssue, InputIssue } from "../../src/schemas/errors";
import { parseRoster, parseRosterCsv } from "../../src/schemas/roster";

// Serials worked out from Excel's 1900 system: 2027-03-01 is day 46447 (2027-01-01 = 46388, + 31 + 28).
const MARCH_1_2027 = 46447;

function issues(result: ReturnType<typeof parseRosterCsv>): InputIssue[] {
  if (result.ok) throw new Error("expected issues");
  return result.issues;
}

describe("parseRosterCsv", () => {
  it("reads English headers and every date spelling", () => {
    const csv = [
      "Name,Role,Team,Manager,Hire Date,Email",
      "Li Wei,AE,East,Zhou Min,2027-03-01,li.wei@example.com",
      "Anna,SDR,West,Omar,2027/3/1,",
      "Bo,AE,East,Zhou Min,2027年3月1日,",
      "Cai,AE,East,Zhou Min,46447,",
      "Dee,AE,West,Omar,,",
    ].join("\n");
    const result = parseRosterCsv(csv, "roster.csv");
    expect(result).toEqual({
      ok: true,
      value: [
        {
          name: "Li Wei",
          role: "AE",
          team: "East",
          manager: "Zhou Min",
          hireDate: MARCH_1_2027,
          email: "li.wei@example.com",
        },
        { name: "Anna", role: "SDR", team: "West", manager: "Omar", hireDate: MARCH_1_2027 },
        { name: "Bo", role: "AE", team: "East", manager: "Zhou Min", hireDate: MARCH_1_2027 },
        { name: "Cai", role: "AE", team: "East", manager: "Zhou Min", hireDate: MARCH_1_2027 },
        { name: "Dee", role: "AE", team: "West", manager: "Omar", hireDate: null },
      ],
    });
  });

  it("reads Chinese headers, a BOM, tabs and CRLF, and skips blank rows", () => {
    const tsv =
      "\uFEFF姓名\t职位\t团队\t经理\t入职日期\r\n李伟\t客户经理\t华东\t周敏\t2026-1-5\r\n\r\n王芳\t销售代表\t华南\t陈刚\t\r\n";
    const result = parseRosterCsv(tsv);
    expect(result.ok && result.value.map((r) => [r.name, r.team, r.manager, r.hireDate])).toEqual([
      ["李伟", "华东", "周敏", 46027], // 2026-01-05: 2026-01-01 is 46023, + 4
      ["王芳", "华南", "陈刚", null],
    ]);
  });

  it("accepts aliases such as rep, start date and 主管; missing optional columns give blanks", () => {
    const result = parseRosterCsv("Sales Rep,Start_Date,Group\nAmy,2027-01-01,North\n");
    expect(result).toEqual({
      ok: true,
      value: [{ name: "Amy", role: "", team: "North", manager: "", hireDate: 46388 }],
    });
    expect(parseRosterCsv("姓名,团队,主管\n甲,一组,乙\n")).toMatchObject({
      ok: true,
      value: [{ manager: "乙" }],
    });
  });

  it("names the file, row and column of bad values, in both languages", () => {
    const csv = "name,team,hire date\nAmy,North,2027-02-30\n,North,\nBen,,3/1/2027\nAmy,South,\n";
    const found = issues(parseRosterCsv(csv, "team.csv"));
    expect(found.map((i) => [i.row, i.field])).toEqual([
      [2, "hire date"], // February 30th does not exist
      [3, "name"],
      [4, "team"],
      [4, "hire date"], // day-first or month-first? refused as ambiguous
      [5, "name"], // duplicate of row 2
    ]);
    expect(formatIssue(found[0], "en-US")).toBe(
      'team.csv, row 2, hire date: "2027-02-30" is not a date; write 2027-03-01, 2027/3/1 or 2027年3月1日',
    );
    expect(formatIssue(found[1], "zh-CN")).toBe("team.csv，第 3 行，name：姓名为空");
    expect(found[4].en).toMatch(/appears twice \(also row 2\)/);
  });

  it("reports missing required columns and columns that mean the same thing", () => {
    expect(issues(parseRosterCsv("姓名,职位\n甲,AE\n", "r.csv"))).toEqual([
      expect.objectContaining({ file: "r.csv", row: 1, field: "team", zh: expect.stringContaining("团队") }),
    ]);
    expect(issues(parseRosterCsv("name,姓名,team\na,b,c\n"))[0].en).toMatch(/two columns mean name/);
    expect(issues(parseRosterCsv("")).map((i) => i.en)).toEqual(["the file is empty"]);
    expect(issues(parseRosterCsv("name,team\n\n")).map((i) => i.en)).toEqual(["the roster has no reps"]);
  });

  it("keeps text that looks like a formula as plain data", () => {
    const result = parseRosterCsv('name,team\n"=HYPERLINK(""x"")",East\n');
    expect(result.ok && result.value[0].name).toBe('=HYPERLINK("x")');
  });
});

describe("parseRoster (JSON)", () => {
  it("validates reps given as objects and rejects unknown fields", () => {
    expect(parseRoster([{ name: "A", team: "T", hireDate: "2027-01-01" }])).toEqual({
      ok: true,
      value: [{ name: "A", role: "", team: "T", manager: "", hireDate: 46388 }],
    });
    const bad = parseRoster([{ name: "A", team: "T", age: 3 }], "r.json");
    expect(!bad.ok && bad.issues[0]).toMatchObject({ file: "r.json", row: 2, en: 'unknown field(s) "age"' });
  });
});

describe("names equal but for case, width or spaces (issue 20)", () => {
  it("are one name: the roster is refused naming both rows, in JSON as in CSV", () => {
    const r = parseRoster(
      [
        { name: "Li Wei", team: "East" },
        { name: "Wang Fang", team: "East" },
        { name: "ｌｉ\u3000ｗｅｉ", team: "West" }, // full-width letters and an ideographic space
      ],
      "team.json",
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ file: "team.json", row: 4, field: "name" });
      expect(r.issues[0].en).toMatch(
        /^"ｌｉ\u3000ｗｅｉ" \(row 4\) and "Li Wei" \(row 2\) are the same name/,
      );
    }
    // Different names that only look alike in other ways stay two reps.
    expect(parseRosterCsv("name,team\nLi Wei,East\nLi Wen,East\n").ok).toBe(true);
  });
});
