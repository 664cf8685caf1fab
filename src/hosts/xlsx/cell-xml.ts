/**
 * One cell's <c> element, written into the streaming writer's bytes (xml-bytes.ts): the same XML the
 * in-memory host's ExcelJS writes for it (inline text, numbers, booleans, formulas as a file stores
 * them).
 */
import type { CellInput } from "../../workbook/spec";
import { isFormula, isText } from "../../workbook/spec";
import { fileFormula } from "./sheet-features";
import type { XmlBytes } from "./xml-bytes";

/** Markup is ASCII, which UTF-8 writes byte for byte. */
export function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

/**
 * Whether an inline text needs xml:space="preserve": whitespace at either end, or a line break.
 * ExcelJS's rule for the shared strings the in-memory writer wrote: on every text it made the CRM
 * sheet's XML a sixth longer, all of it to encode and deflate.
 */
const PRESERVE = /^\s|\n|\s$/;

/** Whether a cell with this value writes an element (with style index `s`, 0 for none). */
export function writesCell(input: CellInput, s: number): boolean {
  switch (typeof input) {
    case "number":
    case "string":
    case "boolean":
      return true;
  }
  if (input !== null && typeof input === "object" && (isFormula(input) || isText(input))) return true;
  return s !== 0;
}

/** `<c r="B7" s="3"` : a cell's start, its reference and style. */
export function cellStart(out: XmlBytes, letters: Uint8Array, row: number, style: Uint8Array | null): void {
  out.ascii('<c r="');
  out.bytes(letters);
  out.uint(row);
  out.ascii('"');
  if (style) out.bytes(style);
}

function inlineText(out: XmlBytes, text: string): void {
  out.ascii(PRESERVE.test(text) ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>');
  out.text(text);
  out.ascii("</t></is></c>");
}

/** The rest of a cell's element after cellStart (writesCell said it has one). */
export function cellRest(out: XmlBytes, input: CellInput): void {
  switch (typeof input) {
    case "number":
      out.ascii("><v>");
      out.number(input);
      out.ascii("</v></c>");
      return;
    case "string":
      inlineText(out, input);
      return;
    case "boolean":
      out.ascii(input ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
      return;
  }
  if (input !== null && typeof input === "object") {
    if (isFormula(input)) {
      out.ascii("><f>");
      out.text(fileFormula(input.formula));
      out.ascii("</f></c>");
      return;
    }
    if (isText(input)) {
      inlineText(out, input.text);
      return;
    }
  }
  out.ascii("/>");
}
