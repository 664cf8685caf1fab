/**
 * Reads from the live workbook against Excel's documented read limits, which the fake Excel keeps
 * ("Resource limits and performance optimization for Office Add-ins", section "Excel add-ins"):
 * at most 5,000,000 cells a range read (past it Excel answers null values: OfficeDev/office-js
 * issues 4783, 4792, 6781) and at most 5 MB of response, in UTF-8 bytes, on the web.
 */
import { ExcelReadError, readSelectedValues, readTableValues } from "../../src/hosts/excel";
import { excelWorkbookAccess } from "../../src/taskpane/office/workbook-access";
import { FakeExcel, READ_CELL_LIMIT, RESPONSE_LIMIT } from "../support/fake-excel";

type Ctx = Excel.RequestContext;
const asCtx = (ctx: unknown) => ctx as Ctx;

/** A CRM export as a user has it: a header, then Chinese and English text, numbers and date serials. */
function deals(count: number): (string | number)[][] {
  const rows: (string | number)[][] = [
    ["负责人 Owner", "区域 Region", "客户 Customer", "金额 Amount", "日期 Date", "阶段 Stage"],
  ];
  for (let i = 1; i <= count; i++)
    rows.push([
      i % 2 ? `王芳 ${i}` : `Emily Chen ${i}`,
      i % 3 ? "华东区" : "West",
      `上海星辰信息科技有限公司 第${i}号客户`,
      i * 10.5,
      46388 + (i % 365),
      i % 4 ? "已成交" : "Closed Won",
    ]);
  return rows;
}

/** The old read: everything in one sync, as the pane did before. */
async function readAllAtOnce(fake: FakeExcel, load: (ctx: Ctx) => Excel.Range): Promise<unknown> {
  return fake.run(async (ctx) => {
    const range = load(asCtx(ctx)).load("values");
    await ctx.sync();
    return range.values;
  });
}

describe("the fake Excel keeps Excel's read limits", () => {
  it("answers null values past 5,000,000 cells (a whole-column selection of six columns)", async () => {
    const fake = new FakeExcel();
    fake.setValues("Sheet1", "A1", deals(10));
    fake.select("Sheet1", "A:F");
    // 6 columns x 1,048,576 rows = 6,291,456 cells, over the 5,000,000 a read may hold.
    expect(6 * 1_048_576).toBeGreaterThan(READ_CELL_LIMIT);
    expect(await readAllAtOnce(fake, (ctx) => ctx.workbook.getSelectedRange())).toBeNull();
  });

  it("refuses a response over 5 MB counted in UTF-8 bytes, not string length", async () => {
    // 600,000 Chinese characters: 1.2 MB as UTF-16 string length, 1.8 MB as UTF-8; x3 cells.
    const text = "销".repeat(600_000);
    const fake = new FakeExcel();
    fake.setValues("Sheet1", "A1", [[text, text, text]]);
    const small = await readAllAtOnce(fake, (ctx) =>
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A1"),
    );
    expect((small as string[][])[0][0]).toHaveLength(600_000);
    expect(fake.requests[0].responseBytes).toBeGreaterThan(3 * 600_000);
    const all = readAllAtOnce(fake, (ctx) => ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1"));
    // 3 x 1,800,000 bytes = 5.4 MB > 5,242,880; as string length it would be 1.8 M, under the limit.
    await expect(all).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("reading the selection", () => {
  it("reads a whole-column selection as the rows in use, English and Chinese alike", async () => {
    const fake = new FakeExcel();
    const data = deals(1_000);
    fake.setValues("Sheet1", "A1", data);
    fake.select("Sheet1", "A:F");
    const read = await fake.run((ctx) => readSelectedValues(asCtx(ctx)));
    expect(read.address).toBe("Sheet1!A1:F1001");
    expect(read.values).toEqual(data);
    for (const r of fake.requests) expect(r.responseBytes).toBeLessThanOrEqual(RESPONSE_LIMIT);
  });

  it("clips a selection to its cells with values, keeping their place", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "名单 Roster" }] });
    fake.setValues("名单 Roster", "C5", [
      ["姓名", "团队"],
      ["李伟", "东区"],
    ]);
    fake.select("名单 Roster", "B:E");
    const read = await fake.run((ctx) => readSelectedValues(asCtx(ctx)));
    expect(read).toEqual({
      address: "'名单 Roster'!C5:D6",
      values: [
        ["姓名", "团队"],
        ["李伟", "东区"],
      ],
    });
  });

  it("gives the selection's address and no rows when nothing in it holds a value", async () => {
    const fake = new FakeExcel();
    fake.setValues("Sheet1", "A1", [["far away"]]);
    fake.select("Sheet1", "C3:D4");
    expect(await fake.run((ctx) => readSelectedValues(asCtx(ctx)))).toEqual({
      address: "Sheet1!C3:D4",
      values: [],
    });
  });
});

describe("reading a table", () => {
  const ROWS = 100_000;
  const data = deals(ROWS);
  // The whole table as one JSON response, measured here with Node's own UTF-8 encoder.
  const wholeBytes = Buffer.byteLength(JSON.stringify(data), "utf8");

  function tableWorkbook(): FakeExcel {
    const fake = new FakeExcel({
      sheets: [{ name: "CRM", tables: [{ name: "Deals", range: `A1:F${ROWS + 1}` }] }],
    });
    fake.setValues("CRM", "A1", data);
    return fake;
  }

  it("a 100,000-row Chinese table is too large for one response", async () => {
    expect(wholeBytes).toBeGreaterThan(RESPONSE_LIMIT);
    const fake = tableWorkbook();
    await expect(
      readAllAtOnce(fake, (ctx) => ctx.workbook.tables.getItem("Deals").getRange()),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("reads it whole in row chunks, each response under the limit", async () => {
    const fake = tableWorkbook();
    const values = await fake.run((ctx) => readTableValues(asCtx(ctx), "Deals"));
    expect(values).toHaveLength(ROWS + 1);
    expect(values).toEqual(data);
    const reads = fake.requests.filter((r) => r.responseBytes > 0);
    for (const r of reads) expect(r.responseBytes).toBeLessThanOrEqual(RESPONSE_LIMIT);
    // The bytes of the chunks add up to about the whole table (the same cells, cut in rows).
    const total = reads.reduce((s, r) => s + r.responseBytes, 0);
    expect(total).toBeGreaterThan(wholeBytes);
    // Chunks aim at 4 MB: a table of ~wholeBytes needs a few requests, not thousands.
    expect(reads.length).toBeLessThan(Math.ceil(wholeBytes / (4 * 1024 * 1024)) + 4);
  });

  it("reads a chunk again in halves when its rows turn out longer than the rows before", async () => {
    // 5,000 short rows, then 300 rows of 20,000 Chinese characters (60 KB each in UTF-8).
    const short = deals(5_000);
    const long = Array.from({ length: 300 }, (_, i) => [`长文本 ${i}`, "注".repeat(20_000)]);
    const fake = new FakeExcel({ sheets: [{ name: "CRM", tables: [{ name: "Notes", range: "A1:F5301" }] }] });
    fake.setValues("CRM", "A1", short);
    fake.setValues("CRM", "A5002", long);
    const values = await fake.run((ctx) => readTableValues(asCtx(ctx), "Notes"));
    expect(values).toHaveLength(5_301);
    expect(values[5_001]).toEqual(["长文本 0", "注".repeat(20_000), "", "", "", ""]);
    expect(values[5_300][1]).toHaveLength(20_000);
    // At least one chunk was refused as too large and read again.
    expect(fake.requests.some((r) => r.responseBytes > RESPONSE_LIMIT)).toBe(true);
  });

  it("names a row that alone passes 5 MB, in English and Chinese", async () => {
    // 3 cells of 600,000 Chinese characters: 5.4 MB in one row.
    const text = "销".repeat(600_000);
    const fake = new FakeExcel({ sheets: [{ name: "CRM", tables: [{ name: "Big", range: "A1:C2" }] }] });
    fake.setValues("CRM", "A1", [
      ["a", "b", "c"],
      [text, text, text],
    ]);
    const error = await fake.run((ctx) => readTableValues(asCtx(ctx), "Big")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelReadError);
    expect((error as ExcelReadError).en).toMatch(/^Row 2 holds more than Excel can send/);
    expect((error as ExcelReadError).zh).toMatch(/^第 2 行的内容超过 Excel 单次响应的上限/);
  });
});

describe("the pane's workbook reads", () => {
  it("read a whole-column selection and a large table through the chunked reads", async () => {
    const fake = new FakeExcel({
      sheets: [{ name: "CRM", tables: [{ name: "Deals", range: "A1:F30001" }] }, { name: "Roster" }],
    });
    const data = deals(30_000);
    fake.setValues("CRM", "A1", data);
    fake.setValues("Roster", "A1", [
      ["name", "team"],
      ["王芳", "西区"],
    ]);
    fake.select("Roster", "A:Z");
    const access = excelWorkbookAccess((batch) => fake.run((ctx) => batch(asCtx(ctx))));
    expect(await access.readSelection()).toEqual({
      address: "Roster!A1:B2",
      values: [
        ["name", "team"],
        ["王芳", "西区"],
      ],
    });
    expect(await access.readTable("Deals")).toEqual(data);
  });
});
