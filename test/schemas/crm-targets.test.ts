/**
 * The CRM import's targets CSV reads amounts with the shared number reader: 万, currency signs and
 * thousands separators, and an error naming the row for text that is no amount.
 */
import { parseTargetsCsv } from "../../src/schemas/crm-import";

describe("targets CSV amounts", () => {
  it("reads 万, ¥ and thousands separators (hand values: 100万 = 1,000,000)", () => {
    const r = parseTargetsCsv('姓名,目标\n李伟,100万\n王芳,"¥1,200,000"\n张敏,"$300,000"\n陈静,1.5M\n');
    expect(r.ok && r.value.map((t) => t.target)).toEqual([1_000_000, 1_200_000, 300_000, 1_500_000]);
  });

  it("names the row of an amount that is not one, and asks about 1.200", () => {
    const r = parseTargetsCsv("rep,target\nAnn,abc\nBo,1.200\n", "targets.csv");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.row)).toEqual([2, 3]);
    expect(r.issues[0].en).toBe('"abc" is not a target amount');
    expect(r.issues[1].en).toContain("could be 1.2 or 1,200");
    expect(r.issues[1].zh).toContain("1.2");
  });
});
