/**
 * @jest-environment jsdom
 */
/**
 * The CRM import form's file input follows the CLI's rules (issue 20): an export with an
 * unterminated quote is refused naming its row (not read with the rows below folded into one cell),
 * and a file over the cap is refused from its size before it is read.
 */
import { screen } from "@testing-library/react";
import { findView, renderPane } from "./support";
import { upload } from "./interact";

describe("CRM import form: broken and oversized files", () => {
  it("refuses an export whose quotes do not pair up, naming the row", async () => {
    renderPane({ view: "crm" });
    await findView("CRM import");
    const csv =
      'Deal Owner,Deal Name,Stage,Amount,Closing Date\nAnn,"Acme,Closed Won,100,2027-01-05\nBob,Globex,Closed Won,200,2027-01-06\n';
    await upload("Load an export file", new File([csv], "deals.csv", { type: "text/csv" }));
    const message = await screen.findByText(/do not pair up/, {}, { timeout: 20000 });
    expect(message.textContent).toMatch(/^deals\.csv: row 2: the quotes \("\) on this row do not pair up/);
  });

  it("refuses a file over 64 MB from its size", async () => {
    renderPane({ view: "crm" });
    await findView("CRM import");
    const big = new File(["Deal Owner\n"], "huge.csv", { type: "text/csv" });
    Object.defineProperty(big, "size", { value: 200 * 1024 * 1024 });
    await upload("Load an export file", big);
    expect((await screen.findByText(/MB are read/, {}, { timeout: 20000 })).textContent).toBe(
      "huge.csv is 200 MB; exports of at most 64 MB are read (export fewer rows or columns)",
    );
  });
});
