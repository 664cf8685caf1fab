/**
 * The spec checker rejects what Excel cannot hold in a cell, naming the sheet and the cell in both
 * languages: a formula over 8,192 characters, a function given more than 255 arguments, a text over
 * 32,767 characters. Limits from Microsoft's "Excel specifications and limits".
 */
import {
  WorkbookSpec,
  WorkbookSpecError,
  assertValidWorkbookSpec,
  validateWorkbookSpec,
} from "../../src/workbook";
import { widestCall } from "../../src/workbook/formula-limits";

/** =SUM(A1,A2,...,An): n arguments, 3 + n*len + commas characters. */
function sumOf(n: number): string {
  return `=SUM(${Array.from({ length: n }, (_, i) => `A${i + 1}`).join(",")})`;
}

function oneSheet(rows: WorkbookSpec["sheets"][0]["blocks"][0]["rows"], start = "C3"): WorkbookSpec {
  return { sheets: [{ name: "KPIs 指标", blocks: [{ start, rows }] }] };
}

describe("widestCall", () => {
  it("counts the arguments of each call, not commas in strings, arrays or nested calls", () => {
    expect(widestCall("=SUM(A1,B1,C1)")).toEqual({ name: "SUM", count: 3 });
    expect(widestCall("=NOW()")).toEqual({ name: "NOW", count: 0 });
    expect(widestCall('=IF(A1="a,b,c",SUM({1,2,3,4,5}),MAX(1,2))')).toEqual({ name: "IF", count: 3 });
    expect(widestCall("=SUM((A1,B1),C1)")).toEqual({ name: "SUM", count: 2 });
    expect(widestCall("=IF(,,)")).toEqual({ name: "IF", count: 3 });
    expect(widestCall("=A1+1")).toBeNull();
    expect(widestCall(sumOf(300))).toEqual({ name: "SUM", count: 300 });
  });
});

describe("Excel's limits in the spec checker", () => {
  it("takes 255 arguments and 8,192 characters, and no more", () => {
    expect(validateWorkbookSpec(oneSheet([[{ formula: sumOf(255) }]]))).toEqual([]);
    const issues = validateWorkbookSpec(oneSheet([[null, { formula: sumOf(256) }]]));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe("sheets[0].blocks[0].rows[0][1].formula");
    expect(issues[0].en).toBe('sheet "KPIs 指标", cell D3: SUM has 256 arguments; Excel takes at most 255');
    expect(issues[0].zh).toBe('工作表 "KPIs 指标" 单元格 D3：SUM 有 256 个参数，Excel 最多允许 255 个');

    // "=" + 8,191 characters of "1+1+..." is 8,192 long.
    const longest = "=" + "1+".repeat(4095) + "1";
    expect(longest).toHaveLength(8192);
    expect(validateWorkbookSpec(oneSheet([[{ formula: longest }]]))).toEqual([]);
    const over = validateWorkbookSpec(oneSheet([[], [{ formula: longest + "1" }]]));
    expect(over.map((i) => i.en)).toEqual([
      'sheet "KPIs 指标", cell C4: the formula is 8193 characters long; Excel takes at most 8192',
    ]);
    expect(over[0].zh).toBe('工作表 "KPIs 指标" 单元格 C4：公式长 8193 个字符，Excel 最多允许 8192 个');
  });

  it("takes 32,767 characters of text in a cell, and no more", () => {
    expect(validateWorkbookSpec(oneSheet([["x".repeat(32767), { text: "y".repeat(32767) }]]))).toEqual([]);
    const issues = validateWorkbookSpec(oneSheet([[{ text: "数".repeat(32768) }]], "L1"));
    expect(issues.map((i) => [i.en, i.zh])).toEqual([
      [
        'sheet "KPIs 指标", cell L1: the text is 32768 characters long; Excel takes at most 32767',
        '工作表 "KPIs 指标" 单元格 L1：文本长 32768 个字符，Excel 最多允许 32767 个',
      ],
    ]);
  });

  it("names the cell of a column block too, and nothing is written", () => {
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Data",
          blocks: [],
          columnBlocks: [{ start: "B2", columns: [[1, NaN, { formula: sumOf(400) }]] }],
        },
      ],
    };
    expect(() => assertValidWorkbookSpec(spec)).toThrow(WorkbookSpecError);
    expect(validateWorkbookSpec(spec)[0].en).toBe(
      'sheet "Data", cell B4: SUM has 400 arguments; Excel takes at most 255',
    );
  });
});
