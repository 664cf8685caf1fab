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
          en: "must be a number, not a string",
          zh: "应为数字，而不是文本",
        },
      ],
    });
    expect(pathToField(["a", 0, "b", 1])).toBe("a[0].b[1]");
  });
});
