/**
 * The roster's optional leave date: English and Chinese headers, the date formats of the hire date,
 * and a clear error (naming row and column) for a leave date before the hire date or not a date.
 */
import { parseRoster, parseRosterCsv, rosterFieldOfHeader } from "../../src/schemas/roster";
import { serialFromYmd } from "../../src/schemas/dates";

describe("roster leave date", () => {
  it.each(["Leave date", "End date", "Termination date", "last_day", "离职日期", "最后工作日"])(
    '"%s" is the leave date column',
    (header) => expect(rosterFieldOfHeader(header)).toBe("leaveDate"),
  );

  it("reads it like the hire date; blank means still employed", () => {
    const csv = "姓名,团队,入职日期,离职日期\n李伟,华东,2027-01-14,2027年6月30日\n王芳,华东,,\n";
    const r = parseRosterCsv(csv);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0].hireDate).toBe(serialFromYmd(2027, 1, 14));
    expect(r.value[0].leaveDate).toBe(serialFromYmd(2027, 6, 30));
    expect(r.value[1].leaveDate).toBeUndefined();
  });

  it("a leave date before the hire date names the row and the column, in both languages", () => {
    const r = parseRosterCsv("Name,Team,Hire date,Leave date\nAnn,North,2027-03-01,2027-02-28\n");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ row: 2, field: "Leave date" });
    expect(r.issues[0].en).toContain("before the hire date");
    expect(r.issues[0].zh).toContain("早于入职日期");
  });

  it("a leave date that is not a date is refused (JSON roster too)", () => {
    const r = parseRoster([{ name: "Ann", team: "North", leaveDate: "soon" }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ row: 2, field: "leaveDate" });
  });
});
