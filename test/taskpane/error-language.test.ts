/**
 * Failures and input issues reach the pane in the user's language: the Excel host's read errors carry
 * English and Chinese, and issues name their field as the user knows it, not by an internal key.
 */
import { ExcelReadError } from "../../src/hosts/excel/read";
import { errorMessage, errorTexts } from "../../src/taskpane/error-message";
import { paneText } from "../../src/taskpane/text";

describe("the pane's error texts", () => {
  const tooLarge = new ExcelReadError("Row 7 is over 5 MB.", "第 7 行超过 5 MB。");

  it("shows a read failure in Chinese to a Chinese user and in English otherwise", () => {
    expect(errorMessage(tooLarge, "zh-CN")).toBe("第 7 行超过 5 MB。");
    expect(errorMessage(tooLarge, "en-US")).toBe("Row 7 is over 5 MB.");
    expect(errorTexts(tooLarge)).toEqual({ en: "Row 7 is over 5 MB.", zh: "第 7 行超过 5 MB。" });
  });

  it("keeps any other failure's own message", () => {
    expect(errorMessage(new Error("GeneralException"), "zh-CN")).toBe("GeneralException");
    expect(errorMessage("plain text")).toBe("plain text");
  });

  it("names an issue's field in the user's language and leaves out markers such as (file)", () => {
    const zh = paneText("zh-CN");
    const line = zh.issue({ row: 3, field: "name", fieldZh: "姓名", en: "blank", zh: "为空" });
    expect(line).toContain("姓名");
    expect(line).not.toContain("name");
    const marker = paneText("en-US").issue({ field: "(file)", en: "no rows", zh: "没有数据行" });
    expect(marker).not.toContain("(file)");
    expect(marker).toContain("no rows");
  });
});
