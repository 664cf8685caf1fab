/**
 * @jest-environment jsdom
 */
/**
 * The CRM import form: a recognised export goes straight to the preview; an unknown one asks which
 * column is which (the mapping step), with the choices validated by the mapping schema.
 */
import fs from "fs";
import path from "path";
import { screen } from "@testing-library/react";
import { fakeServices, fakeWriter, findView, renderPane } from "./support";
import { choose, click, messageOf, type, upload, previewShown, submit } from "./interact";

const FIXTURES = path.resolve(__dirname, "../fixtures/crm");

function fixture(name: string, type = "text/csv"): File {
  return new File([fs.readFileSync(path.join(FIXTURES, name))], name, { type });
}

describe("CRM import form", () => {
  it("recognises a Zoho export and previews the KPI workbook", async () => {
    const writer = fakeWriter();
    renderPane({ view: "crm", services: fakeServices({ writer }) });
    await findView("CRM import");
    await upload("Load an export file", fixture("zoho-deals.csv"));
    const status = await screen.findByTestId("crm-status", {}, { timeout: 20000 });
    // 11 data rows below the header of zoho-deals.csv.
    expect(status.textContent).toBe("11 rows, 13 columns from zoho-deals.csv. Recognised: Zoho CRM Deals.");
    expect(screen.queryByTestId("crm-mapping")).toBeNull();
    await previewShown();
    expect(screen.getByText(/^11 rows read, \d+ imported/)).toBeTruthy();
    expect(screen.getByTestId("preview")).toBeTruthy();
    await click("Download .xlsx");
    expect(writer.writes[0].request.fileName).toBe("crm-import-zoho-deals.xlsx");
  });

  it("asks which column is which for an unknown export, then imports with the choices", async () => {
    renderPane({ view: "crm" });
    await findView("CRM import");
    await upload("Load an export file", fixture("custom-export.csv"));
    const status = await screen.findByTestId("crm-status", {}, { timeout: 20000 });
    expect(status.textContent).toContain("Not recognised: choose which column is which below.");
    expect(screen.getByTestId("crm-mapping")).toBeTruthy();
    // The columns of custom-export.mapping.json, chosen in the pane.
    await choose(/^Owner/, /^Handled by/);
    await choose(/^Deal \/ order/, /^Opportunity/);
    await choose(/^Customer/, /^Company/);
    await choose(/^Stage/, /^Phase/);
    await choose(/^Amount/, /^Value \(EUR\)/);
    await choose(/^Close date/, /^Expected close/);
    await choose(/^Created date/, /^Opened/);
    await choose("Dates like 3/1/2027 mean", "Day/month/year");
    await click("Amounts use a decimal comma (1.234,50)", "checkbox");
    await type("Words meaning won", "Signed");
    await type("Words meaning lost", "Dropped");
    await type("Open stages in order", "Lead, Demo, Offer");
    await type("As-of date for follow-ups", "2027-03-31");
    await previewShown();
    expect(screen.getByText(/^4 rows read, 4 imported, 0 rejected/)).toBeTruthy();
    expect(screen.getByTestId("preview")).toBeTruthy();
  });

  it("offers no goal sheet in browser mode, where no workbook is open", async () => {
    renderPane({ view: "crm" });
    await findView("CRM import");
    expect(screen.queryByRole("combobox", { name: "Goal sheet" })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Goal sheet" })).toBeNull();
  });

  it("checks the periods and the as-of date", async () => {
    renderPane({ view: "crm" });
    await findView("CRM import");
    const periods = await type("KPI periods", "2027-Q5");
    expect(messageOf(periods)).toContain("write 2027-Q1, 2027-H1, 2027-03, 2027 or 2027-01-15..2027-02-14");
    const asOf = await type("As-of date for follow-ups", "yesterday");
    expect(messageOf(asOf)).toContain("is not a date");
    await submit();
    expect(screen.getByText("Load an export first.")).toBeTruthy();
  });
});
