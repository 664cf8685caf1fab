/**
 * @jest-environment jsdom
 */
/** The panel every form ends with: what runs after a write, and its failure, shown with the result. */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { GeneratePanel, Prepared } from "../../src/taskpane/components/GeneratePanel";
import { EMPTY_ROSTER, PaneProvider } from "../../src/taskpane/pane-context";
import { TextProvider } from "../../src/taskpane/text";
import type { Locale } from "../../src/i18n";
import { click } from "./interact";
import { fakeServices } from "./support";

const spec = { sheets: [{ name: "Goals 2027-Q1", blocks: [] }] };

function renderPanel(prepared: Prepared, locale: Locale = "en-US") {
  const services = fakeServices({ mode: "excel" });
  render(
    <TextProvider locale={locale}>
      <PaneProvider value={{ services, roster: EMPTY_ROSTER, setRoster: () => {}, memory: new Map() }}>
        <GeneratePanel id="test" prepare={() => prepared} inputKey="k" />
      </PaneProvider>
    </TextProvider>,
  );
}

describe("after the write", () => {
  it("adds what follows the write to the result's notes", async () => {
    renderPanel({
      spec,
      fileName: "goals.xlsx",
      afterWrite: async (result) => [
        { en: `Recorded ${result.sheets[0]}.`, zh: `已记录 ${result.sheets[0]}。` },
      ],
    });
    await click("Preview");
    await click("Create sheets");
    const success = await screen.findByTestId("write-success");
    expect(success.textContent).toContain("Created 1 sheet(s)");
    expect(success.textContent).toContain("Recorded Goals 2027-Q1.");
  });

  it("shows the sheets as written and says, in the user's language, that what followed failed", async () => {
    const failing: Prepared = {
      spec,
      fileName: "goals.xlsx",
      afterWrite: async () => {
        throw new Error("settings storage is full");
      },
    };
    renderPanel(failing, "zh-CN");
    await click("预览");
    await click("创建工作表");
    const success = await screen.findByTestId("write-success");
    expect(success.textContent).toContain("工作表已写入,但写入后的后续步骤失败:settings storage is full");
    expect(screen.queryByTestId("write-error")).toBeNull();
  });
});
