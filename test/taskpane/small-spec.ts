/** A small workbook spec the download tests write: text, a number, a formula. */
import type { WorkbookSpec } from "../../src/workbook/spec";

export const SMALL_SPEC: WorkbookSpec = {
  sheets: [
    { name: "Notes", blocks: [{ start: "A1", rows: [["firm and flexible"]] }] },
    {
      name: "Goals",
      blocks: [
        {
          start: "A1",
          rows: [
            ["Target", 100],
            ["Double", { formula: "=B1*2" }],
          ],
        },
      ],
    },
  ],
  activate: "Goals",
};
