/**
 * @jest-environment jsdom
 */
/**
 * The goal-sheet form: messages from the goals schema beside their fields in the user's language,
 * the roster pasted from a sheet, problems summarised at the button with focus on the first, the
 * preview kept up to date as the form changes, and the result or error after it.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { click, messageOf, pasteRoster, type, previewShown, submit } from "./interact";
import { WriteFailure } from "../../src/taskpane/services";
import { ROSTER_CSV, fakeServices, findView, fakeWorkbook, fakeWriter, renderPane } from "./support";

describe("goal sheet form", () => {
  it("shows the schema's message next to a bad period once the field is left", async () => {
    renderPane({ view: "goals" });
    await findView("Goal sheet");
    const period = screen.getByRole("textbox", { name: "Period" });
    // 2027-01-15 today: the next quarter is the default.
    expect((period as HTMLInputElement).value).toBe("2027-Q2");
    await type("Period", "2027-Q5");
    expect(messageOf(period)).toContain("write 2027-Q1, 2027-H1, 2027-03 or 2027");
    expect(period.getAttribute("aria-invalid")).toBe("true");
  });

  it("gives the same message in Chinese", async () => {
    renderPane({ view: "goals", locale: "zh-CN" });
    await findView("目标表");
    // The monthly split's default is written in the pane's language too.
    expect((screen.getByRole("textbox", { name: "月度分解" }) as HTMLInputElement).value).toBe("均分");
    const period = await type("考核期", "2027-Q5");
    expect(messageOf(period)).toContain("请写成 2027-Q1、2027-H1、2027-03 或 2027");
  });

  it("names a number that is not one, and weights that do not add up to 100%", async () => {
    renderPane({ view: "goals" });
    await findView("Goal sheet");
    await pasteRoster(ROSTER_CSV);
    const weight = await type("Revenue weight", "half");
    expect(messageOf(weight)).toContain('"half" is not a number');
    await type("Revenue weight", "60%");
    await submit();
    // 60% + 30% + 20% = 110%.
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("the weights add up to 1.1; they must add up to 1 (100%)");
    expect(screen.queryByTestId("preview")).toBeNull();
    // Summarised at the button, and focus on the message beside the weights.
    expect(screen.getByTestId("form-problems").textContent).toContain(
      "Fix 1 problem(s) first:Metrics: the weights add up to 1.1",
    );
    expect(document.activeElement).toBe(alert);
  });

  it("asks for the roster at the button, writes nothing and moves focus to the list", async () => {
    const writer = fakeWriter(undefined, true);
    renderPane({ view: "goals", services: fakeServices({ writer }) });
    await findView("Goal sheet");
    await submit();
    const problems = screen.getByTestId("form-problems");
    expect(problems.textContent).toMatch(/Load the team roster first/);
    expect(document.activeElement).toBe(problems);
    expect(writer.writes).toHaveLength(0);
    // Nothing waits on a preview step: the button stays available.
    expect((screen.getByRole("button", { name: "Download .xlsx" }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it("lists a bad field at the button, focuses it, and the link returns to it", async () => {
    const writer = fakeWriter(undefined, true);
    renderPane({ view: "goals", services: fakeServices({ writer }) });
    await findView("Goal sheet");
    await pasteRoster(ROSTER_CSV);
    await type("Period", "2027-Q5");
    await type("Title", "Q2 goals");
    await submit();
    const period = screen.getByRole("textbox", { name: "Period" });
    expect(document.activeElement).toBe(period);
    const problems = screen.getByTestId("form-problems");
    expect(problems.textContent).toContain("Fix 1 problem(s) first:Period: ");
    expect(problems.textContent).toContain("write 2027-Q1, 2027-H1, 2027-03 or 2027");
    expect(writer.writes).toHaveLength(0);
    screen.getByRole("textbox", { name: "Title" }).focus();
    await click("Period");
    expect(document.activeElement).toBe(period);
    // Fixed: the list goes, and the next press downloads.
    await type("Period", "2027-Q3");
    expect(screen.queryByTestId("form-problems")).toBeNull();
    await submit();
    expect(writer.writes).toHaveLength(1);
  });

  it("asks for the roster in Chinese at the button", async () => {
    renderPane({ view: "goals", locale: "zh-CN" });
    await findView("目标表");
    await submit();
    expect(screen.getByTestId("form-problems").textContent).toMatch(/^请先解决 1 个问题：/);
  });

  it("reads the roster from the selected range, previews, creates and opens the sheet", async () => {
    const rows = ROSTER_CSV.split("\n").map((line) => line.split(","));
    const workbook = fakeWorkbook(rows);
    const writer = fakeWriter();
    renderPane({ view: "goals", services: fakeServices({ mode: "excel", workbook, writer }) });
    await findView("Goal sheet");
    await click("Use the selected range");
    expect(screen.getByTestId("roster-status").textContent).toBe("6 reps in 2 team(s), from Sheet1!A1:F13.");
    await previewShown();
    const preview = screen.getByTestId("preview");
    expect(within(preview).getByText("What will be created: 5 sheet(s)")).toBeTruthy();
    // 6 reps x 3 metrics for 2027-Q2 (the default period).
    expect(screen.getByText("6 reps × 3 metrics for 2027-Q2.")).toBeTruthy();
    expect(writer.writes).toHaveLength(0);
    await click("Create sheets");
    expect(writer.writes).toHaveLength(1);
    const spec = writer.writes[0].spec;
    const success = screen.getByTestId("write-success");
    expect(success.textContent).toContain("Created 5 sheet(s)");
    await click(`Go to ${spec.activate}`);
    expect(workbook.activated).toEqual([spec.activate]);
  });

  it("says what failed and that nothing was changed", async () => {
    const writer = fakeWriter(new WriteFailure("The request payload size has exceeded the limit.", true));
    renderPane({
      view: "goals",
      services: fakeServices({ mode: "excel", writer, workbook: fakeWorkbook() }),
    });
    await findView("Goal sheet");
    await pasteRoster(ROSTER_CSV);
    await click("Create sheets");
    const error = screen.getByTestId("write-error");
    expect(error.textContent).toContain("Could not create the sheets");
    expect(error.textContent).toContain("The request payload size has exceeded the limit.");
    expect(error.textContent).toContain("Nothing was changed in your workbook.");
  });

  it("builds the preview without being asked, and again as the input changes", async () => {
    renderPane({ view: "goals" });
    await findView("Goal sheet");
    expect(screen.getByTestId("preview-waiting")).toBeTruthy();
    await pasteRoster(ROSTER_CSV);
    const preview = await previewShown();
    expect(within(preview).getByRole("heading", { level: 4, name: "Goals 2027-Q2" })).toBeTruthy();
    await type("Period", "2027-Q3");
    await waitFor(() =>
      expect(
        within(screen.getByTestId("preview")).getByRole("heading", { level: 4, name: "Goals 2027-Q3" }),
      ).toBeTruthy(),
    );
    // A change that breaks the form takes the preview away until it is fixed.
    await type("Period", "2027-Q5");
    await waitFor(() => expect(screen.queryByTestId("preview")).toBeNull());
  });

  it("saves the settings and reopens them", async () => {
    renderPane({ view: "goals" });
    await findView("Goal sheet");
    await type("Period", "2027-H2");
    await type("Name", "H2 plan");
    await click("Save");
    expect(await screen.findByText('Saved "H2 plan" in this browser.')).toBeTruthy();
    await type("Period", "2028");
    await click("Reopen");
    expect((screen.getByRole("textbox", { name: "Period" }) as HTMLInputElement).value).toBe("2027-H2");
  });
});
