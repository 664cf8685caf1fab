/**
 * @jest-environment jsdom
 */
/**
 * The goal-sheet form: messages from the goals schema beside their fields in the user's language,
 * the roster pasted from a sheet, the preview before writing, and the result or error after it.
 */
import { screen, within } from "@testing-library/react";
import { click, messageOf, pasteRoster, type } from "./interact";
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
    await click("Preview");
    // 60% + 30% + 20% = 110%.
    expect(screen.getByRole("alert").textContent).toContain(
      "the weights add up to 1.1; they must add up to 1 (100%)",
    );
    expect(screen.queryByTestId("preview")).toBeNull();
  });

  it("asks for the roster before previewing", async () => {
    renderPane({ view: "goals" });
    await findView("Goal sheet");
    await click("Preview");
    expect(screen.getByText(/Load the team roster first/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Download .xlsx" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("reads the roster from the selected range, previews, creates and opens the sheet", async () => {
    const rows = ROSTER_CSV.split("\n").map((line) => line.split(","));
    const workbook = fakeWorkbook(rows);
    const writer = fakeWriter();
    renderPane({ view: "goals", services: fakeServices({ mode: "excel", workbook, writer }) });
    await findView("Goal sheet");
    await click("Use the selected range");
    expect(screen.getByTestId("roster-status").textContent).toBe("6 reps in 2 team(s), from Sheet1!A1:F13.");
    await click("Preview");
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
    await click("Preview");
    await click("Create sheets");
    const error = screen.getByTestId("write-error");
    expect(error.textContent).toContain("Could not create the sheets");
    expect(error.textContent).toContain("The request payload size has exceeded the limit.");
    expect(error.textContent).toContain("Nothing was changed in your workbook.");
  });

  it("drops the preview when the input changes", async () => {
    renderPane({ view: "goals" });
    await findView("Goal sheet");
    await pasteRoster(ROSTER_CSV);
    await click("Preview");
    expect(screen.getByTestId("preview")).toBeTruthy();
    await type("Title", "Q2 goals");
    expect(screen.queryByTestId("preview")).toBeNull();
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
