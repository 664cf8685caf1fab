/** The shared bilingual issue shape: formatting and the translation of zod issues. */
import { z } from "zod";
import { bi, formatIssue, issuesFromZod, parseWith, pathToField } from "../../src/schemas/errors";

describe("formatIssue", () => {
  it("names file, row and field in each language", () => {
    const issue = { file: "team.csv", row: 4, field: "入职日期", en: "not a date", zh: "不是日期" };
    expect(formatIssue(issue, "en-US")).toBe("team.csv, row 4, 入职日期: not a date");
    expect(formatIssue(issue, "zh-CN")).toBe("team.csv，第 4 行，入职日期：不是日期");
    expect(formatIssue({ field: "", en: "empty", zh: "空" }, "en-US")).toBe("empty");
  });
});

describe("issuesFromZod", () => {
  const schema = z
    .object({
      name: z.string().min(1),
      weight: z.number().max(1, { error: bi("too heavy", "太重") }),
      kind: z.enum(["a", "b"]),
      items: z.array(z.number()).min(2),
    })
    .strict();

  it("keeps custom bilingual messages and translates zod's own", () => {
    const r = schema.safeParse(
      { name: "", weight: 2, kind: "c", items: [1, "x"], extra: 1 },
      { reportInput: true },
    );
    if (r.success) throw new Error("expected failure");
    const issues = issuesFromZod(r.error, { file: "c.yaml" });
    expect(issues.map((i) => [i.field, i.en, i.zh])).toEqual([
      ["name", "must not be empty", "不能为空"],
      ["weight", "too heavy", "太重"],
      ["kind", 'must be one of "a", "b"', '必须是以下之一："a", "b"'],
      ["items[1]", "must be a number, not a string", "应为数字，而不是文本"],
      ["(root)", 'unknown field(s) "extra"', '未知字段 "extra"'],
    ]);
    expect(issues.every((i) => i.file === "c.yaml")).toBe(true);
  });

  it("asks about a number written as text instead of reading it or saying only 'not a number'", () => {
    const amounts = z.strictObject({ quota: z.number() });
    const asked = (quota: string) => {
      const r = parseWith(amounts, { quota }, { file: "plan.yaml" });
      if (r.ok) throw new Error("expected failure");
      return r.issues[0];
    };
    // 100万 = 100 x 10,000; 1,200,000 with its separators; ¥30万 = 300,000 yuan; 1.5k = 1,500.
    expect(asked("100万")).toMatchObject({
      field: "quota",
      en: expect.stringContaining('is the text "100万": if you mean 1000000, write 1000000'),
      zh: expect.stringContaining("是文本“100万”：如果您指的是 1000000，请写成 1000000"),
    });
    expect(asked("1,200,000").en).toContain("if you mean 1200000, write 1200000");
    expect(asked("¥30万")).toMatchObject({
      en: expect.stringContaining(
        "if you mean 300000 CNY, write 300000 (a plain number; amounts are in the file's currency",
      ),
      zh: expect.stringContaining("如果您指的是 300000 CNY，请写成 300000"),
    });
    expect(asked("1.5k").en).toContain("if you mean 1500, write 1500");
    // Two readings: the question names both instead of picking one.
    expect(asked("1.200").en).toMatch(/^is the text "1\.200": .*1\.2.*1,200/);
    // Not a number at all: the plain message.
    expect(asked("lots")).toMatchObject({ en: "must be a number, not a string", zh: "应为数字，而不是文本" });
  });

  it("lets a caller map paths to rows and fields", () => {
    const rows = z.array(z.object({ amount: z.number() }));
    const result = parseWith(rows, [{ amount: 1 }, { amount: "2" }], {
      file: "x.csv",
      locate: (path) => ({ row: Number(path[0]) + 2, field: String(path[1]) }),
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          file: "x.csv",
          row: 3,
          field: "amount",
          en: 'is the text "2": if you mean 2, write 2 (a plain number: no units, thousands separators or currency signs)',
          zh: "是文本“2”：如果您指的是 2，请写成 2（只写数字，不带单位、千位分隔符或货币符号）",
        },
      ],
    });
    expect(pathToField(["a", 0, "b", 1])).toBe("a[0].b[1]");
  });
});
