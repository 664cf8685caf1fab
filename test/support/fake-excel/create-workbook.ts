/**
 * Excel.createWorkbook as Microsoft documents it ("Creates and opens a new workbook. Optionally, the
 * workbook can be pre-populated with a Base64-encoded .xlsx file", Excel namespace, ExcelApi 1.8;
 * the signature `createWorkbook(base64?: string): Promise<void>`): the new workbook opens in a window
 * of its own and no object for it comes back, so the add-in cannot write into it; the open workbook
 * is untouched. Refused as Excel refuses it: on an Excel without ExcelApi 1.8, and a base64File that
 * is not Base64 of an .xlsx (the extension-hardening note: the file type must be the real one).
 */
import { FakeOfficeError } from "./input";

export interface CreatedWorkbook {
  /** The .xlsx as given (Base64); null for a blank workbook. */
  readonly base64: string | null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The first bytes of a zip package (an .xlsx is one): "PK\x03\x04", in Base64 "UEsDBA". */
const ZIP_BASE64_START = "UEsDB";

export function fakeCreateWorkbook(
  supported: () => boolean,
  created: CreatedWorkbook[],
): (base64?: string) => Promise<void> {
  return async (base64) => {
    // An answer comes back from Excel, never at once.
    await new Promise((r) => setTimeout(r, 0));
    if (!supported())
      throw new FakeOfficeError(
        "ApiNotFound",
        "The API you are trying to use could not be found (ExcelApi 1.8).",
      );
    if (base64 === undefined || base64 === null) {
      created.push({ base64: null });
      return;
    }
    if (typeof base64 !== "string" || base64.length % 4 !== 0 || !BASE64.test(base64))
      throw new FakeOfficeError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
      );
    if (!base64.startsWith(ZIP_BASE64_START))
      throw new FakeOfficeError("InvalidArgument", "The file is not an .xlsx workbook.");
    created.push({ base64 });
  };
}
