/**
 * An .xlsx as .NET tools write it (the Open XML SDK: every SpreadsheetML element under an `x:`
 * prefix, inline strings, the worksheet part named sheet.xml): read like any other export. The
 * package is built here by hand, part by part, as such a tool lays it out.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readTable } from "../../src/hosts/xlsx/read-table";
import { unprefixXml } from "../../src/hosts/xlsx/load-workbook";
import { describeWithLibreOffice } from "../oracle/libreoffice";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

function inline(ref: string, text: string): string {
  return `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
}

/** A Dynamics 365-style opportunity sheet: header, two rows (an amount and a date serial as numbers). */
async function dotNetXlsx(sheetPart = "worksheets/sheet.xml"): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/${sheetPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG}">` +
      `<Relationship Type="${RELS}/officeDocument" Target="/xl/workbook.xml" Id="R1"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${RELS}" xmlns:x="${MAIN}">` +
      `<x:sheets><x:sheet name="Opportunities" sheetId="1" r:id="R2"/></x:sheets></x:workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG}">` +
      `<Relationship Type="${RELS}/worksheet" Target="/xl/${sheetPart}" Id="R2"/></Relationships>`,
  );
  zip.file(
    `xl/${sheetPart}`,
    `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
      `<x:row r="1">${inline("A1", "Topic")}${inline("B1", "Owner")}${inline("C1", "Est. revenue")}${inline("D1", "Est. close date")}</x:row>` +
      `<x:row r="2">${inline("A2", "Fabrikam renewal")}${inline("B2", "Nancy Anderson")}<x:c r="C2"><x:v>12500.5</x:v></x:c><x:c r="D2"><x:v>46447</x:v></x:c></x:row>` +
      `<x:row r="3">${inline("A3", "Contoso &amp; Co")}${inline("B3", "Alan Steiner")}<x:c r="C3"><x:v>800</x:v></x:c><x:c r="D3"><x:v>46388</x:v></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

const EXPECTED_ROWS = [
  { row: 2, cells: ["Fabrikam renewal", "Nancy Anderson", 12500.5, 46447] },
  { row: 3, cells: ["Contoso & Co", "Alan Steiner", 800, 46388] },
];

describe("an .xlsx with an x: namespace prefix (.NET's Open XML SDK)", () => {
  it("is read: the sheet, its header and its rows as in the XML", async () => {
    // ExcelJS alone fails on it with the error users saw.
    await expect(
      new ExcelJS.Workbook().xlsx.load((await dotNetXlsx()) as unknown as ArrayBuffer),
    ).rejects.toThrow(/reading 'sheets'/);
    for (const part of ["worksheets/sheet.xml", "worksheets/sheet1.xml"]) {
      const r = await readTable(await dotNetXlsx(part), { fileName: "opportunities.xlsx" });
      if (!r.ok) throw new Error(r.error.en);
      expect(r.table.sheet).toBe("Opportunities");
      expect(r.table.header).toEqual(["Topic", "Owner", "Est. revenue", "Est. close date"]);
      expect(r.table.rows).toEqual(EXPECTED_ROWS);
    }
  });

  it("unprefixes SpreadsheetML and renames other relationship prefixes to r:, leaving text alone", () => {
    const xml =
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${RELS}"><x:sheets>` +
      `<x:sheet name="x:data" sheetId="1" rel:id="R2"/></x:sheets></x:workbook>`;
    expect(unprefixXml(xml)).toBe(
      `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>` +
        `<sheet name="x:data" sheetId="1" r:id="R2"/></sheets></workbook>`,
    );
    const plain = `<workbook xmlns="${MAIN}"><sheets/></workbook>`;
    expect(unprefixXml(plain)).toBe(plain);
  });
});

describeWithLibreOffice("the hand-built .NET-style package is a valid .xlsx", () => {
  it("LibreOffice opens it and shows the same cells", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "prefixed-xlsx-"));
    try {
      fs.writeFileSync(path.join(dir, "opportunities.xlsx"), await dotNetXlsx());
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${path.join(dir, "profile")}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "csv",
          "--outdir",
          dir,
          path.join(dir, "opportunities.xlsx"),
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
      const csv = fs.readFileSync(path.join(dir, "opportunities.csv"), "utf8").trim().split(/\r?\n/);
      expect(csv[0]).toBe("Topic,Owner,Est. revenue,Est. close date");
      expect(csv[1]).toBe("Fabrikam renewal,Nancy Anderson,12500.5,46447");
      expect(csv[2]).toBe("Contoso & Co,Alan Steiner,800,46388");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
