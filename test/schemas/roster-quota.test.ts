/**
 * The roster's optional quota column (quota / 定额 / 销售指标; a bare 指标 column is left alone, since it often holds metric names): read as a number per rep, blank means none,
 * anything else is an error naming the row and the file's own header; rosters without it stay valid.
 */
import { parseRoster, parseRosterCsv } from "../../src/schemas/roster";

describe("roster quota column", () => {
  it("reads quotas under English or Chinese headers, thousands separators allowed, blank = none", () => {
    const en = parseRosterCsv('name,team,quota\nAnn,East,300000\nBo,East,\nCai,West,"120,000"\n');
    expect(en.ok && en.value.map((r) => r.quota)).toEqual([300000, undefined, 120000]);
    const zh = parseRosterCsv("姓名,团队,定额\n王芳,华东,250000.5\n");
    expect(zh.ok && zh.value[0].quota).toBe(250000.5);
    const zh2 = parseRosterCsv("姓名,团队,销售指标\n王芳,华东,0\n");
    expect(zh2.ok && zh2.value[0].quota).toBe(0);
  });

  it("reads quotas as people type money: 万, currency signs, k, full-width digits", () => {
    // 30万 = 30 x 10,000; ¥250,000 = 250,000; 1.2M = 1,200,000; ４５０００ = 45,000.
    const r = parseRosterCsv(
      '姓名,团队,销售指标\n王芳,华东,30万\n李伟,华东,"¥250,000"\n张敏,华南,1.2M\n陈静,华南,４５０００\n',
    );
    expect(r.ok && r.value.map((rep) => rep.quota)).toEqual([300000, 250000, 1200000, 45000]);
  });

  it("asks about a quota that reads two ways instead of guessing", () => {
    const r = parseRosterCsv("name,team,quota\nAnn,East,1.200\n", "team.csv");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ file: "team.csv", row: 2, field: "quota" });
    expect(r.issues[0].en).toContain("could be 1.2 or 1,200");
  });

  it("leaves a bare 指标 (metric) column alone: it often holds metric names, not quotas", () => {
    const r = parseRosterCsv("姓名,团队,指标\n王芳,华东,新客户数\n");
    expect(r.ok).toBe(true);
    expect(r.ok && "quota" in r.value[0]).toBe(false);
  });

  it("keeps rosters without the column valid, with no quota", () => {
    const r = parseRosterCsv("name,team\nAnn,East\n");
    expect(r.ok).toBe(true);
    expect(r.ok && "quota" in r.value[0]).toBe(false);
  });

  it("names the row and header of a quota that is not a number, in both languages", () => {
    const r = parseRosterCsv("姓名,团队,销售指标\n王芳,华东,三十万\n李伟,华东,-5\n", "team.csv");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(2);
    expect(r.issues[0]).toMatchObject({ file: "team.csv", row: 2, field: "销售指标" });
    expect(r.issues[0].en).toContain('"三十万" is not a quota');
    expect(r.issues[0].zh).toContain("不是有效的指标");
    expect(r.issues[1]).toMatchObject({ row: 3, field: "销售指标" });
  });

  it("accepts a numeric quota in the JSON roster", () => {
    const r = parseRoster([{ name: "Ann", team: "East", quota: 90000 }]);
    expect(r.ok && r.value[0].quota).toBe(90000);
    const bad = parseRoster([{ name: "Ann", team: "East", quota: -1 }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ row: 2, field: "quota" });
  });
});
