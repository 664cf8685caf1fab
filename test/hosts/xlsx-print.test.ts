/**
 * Print setup in the .xlsx package: a fixed print scale (pageSetup scale, without fitToPage, under
 * which Excel ignores manual page breaks), the orientation, and the manual row breaks (OOXML keeps a
 * break under the last row of a page: a break before row 5 is <brk id="4">).
 */
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import type { WorkbookSpec } from "../../src/workbook";
import { unzip } from "./unzip";

const spec: WorkbookSpec = {
  sheets: [
    {
      name: "Statements",
      blocks: [{ start: "A1", rows: Array.from({ length: 12 }, (_, i) => [`row ${i + 1}`]) }],
      print: { orientation: "portrait", scale: 74, titleRows: "1:2", breaksBefore: [5, 9] },
    },
  ],
};

describe("print setup in the xlsx host", () => {
  it("writes the scale, the orientation, the breaks and the print titles, not fit-to-page", async () => {
    const files = unzip(await writeXlsxBytes(spec));
    const xml = files.get("xl/worksheets/sheet1.xml")!;
    const setup = /<pageSetup[^>]*\/>/.exec(xml)![0];
    expect(setup).toMatch(/ scale="74"/);
    expect(setup).toMatch(/ orientation="portrait"/);
    expect(xml).not.toMatch(/fitToPage="1"/);
    expect(xml).toMatch(/<rowBreaks count="2" manualBreakCount="2"><brk id="4" [^>]*man="1"\/><brk id="8" /);
    expect(files.get("xl/workbook.xml")).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">'?Statements'?!\$1:\$2<\/definedName>/,
    );
  });
});
