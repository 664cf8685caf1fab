/**
 * @jest-environment jsdom
 */
/** The panel every form ends with: what runs after a write, and its failure, shown with the result. */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import { GeneratePanel, Prepared } from "../../src/taskpane/components/GeneratePanel";
import { EMPTY_ROSTER, PaneProvider } from "../../src/taskpane/pane-context";
import { TextProvider } from "../../src/taskpane/text";
import type { Locale } from "../../src/i18n";
import { click } from "./interact";
import { SpecWriter, WriteFailure, WriteResult } from "../../src/taskpane/services";
import { fakeServices } from "./support";

const spec = { sheets: [{ name: "Goals 2027-Q1", blocks: [] }] };

function renderPanel(prepared: Prepared, locale: Locale = "en-US", writer?: SpecWriter) {
  const services = fakeServices({ mode: "excel", ...(writer ? { writer } : {}) });
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
    await click("创建工作表");
    const success = await screen.findByTestId("write-success");
    expect(success.textContent).toContain("工作表已写入，但写入后的后续步骤失败：settings storage is full");
    expect(screen.queryByTestId("write-error")).toBeNull();
  });
});

describe("while writing", () => {
  /** A writer that reports `fractions`, then waits until the test lets it finish. */
  function heldWriter(fractions: number[]): { writer: SpecWriter; finish: () => void } {
    let finish = () => {};
    const writer: SpecWriter = {
      write: (s, request) => {
        fractions.forEach((f) => request.onProgress?.(f));
        return new Promise<WriteResult>((resolve) => {
          finish = () => resolve({ sheets: s.sheets.map((x) => x.name), activate: null, notes: [] });
        });
      },
    };
    return { writer, finish: () => finish() };
  }

  it("runs the bar without a percentage while the writer tells none (a download's build)", async () => {
    const held = heldWriter([]);
    renderPanel({ spec, fileName: "goals.xlsx" }, "en-US", held.writer);
    await click("Create sheets");
    const bar = screen.getByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBeNull();
    expect(screen.queryByText(/% done/)).toBeNull();
    await act(async () => held.finish());
    expect(await screen.findByTestId("write-success")).toBeTruthy();
  });

  it("shows how far the write is once the writer tells it", async () => {
    const held = heldWriter([0.25]);
    renderPanel({ spec, fileName: "goals.xlsx" }, "en-US", held.writer);
    await click("Create sheets");
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.25");
    expect(screen.getByText("25% done")).toBeTruthy();
    await act(async () => held.finish());
  });
});

describe("cancel", () => {
  /** A writer that reports a phase and its fraction, then waits until cancelled, as the real ones do. */
  function cancellableWriter(mode: "excel" | "download"): SpecWriter & { signals: AbortSignal[] } {
    const signals: AbortSignal[] = [];
    return {
      signals,
      write: (_s, request) => {
        request.onProgress?.(0.4, mode === "excel" ? "writing" : "building");
        signals.push(request.signal!);
        return new Promise<WriteResult>((_resolve, reject) =>
          request.signal!.addEventListener("abort", () =>
            reject(new WriteFailure("cancelled by the user", true, [], true)),
          ),
        );
      },
    };
  }

  function renderWith(writer: SpecWriter, locale: Locale, mode: "excel" | "download") {
    const services = fakeServices({ mode, writer });
    render(
      <TextProvider locale={locale}>
        <PaneProvider value={{ services, roster: EMPTY_ROSTER, setRoster: () => {}, memory: new Map() }}>
          <GeneratePanel id="test" prepare={() => ({ spec, fileName: "goals.xlsx" })} inputKey="k" />
        </PaneProvider>
      </TextProvider>,
    );
  }

  it("shows the phase and percentage beside Cancel; Cancel stops the write and says nothing changed", async () => {
    const writer = cancellableWriter("excel");
    renderWith(writer, "en-US", "excel");
    await click("Create sheets");
    const progress = screen.getByTestId("write-progress");
    expect(progress.textContent).toContain("Writing the sheets");
    expect(progress.textContent).toContain("40% done");
    expect(screen.getByRole("button", { name: "Create sheets" }).hasAttribute("disabled")).toBe(true);
    await click("Cancel");
    expect(writer.signals[0].aborted).toBe(true);
    const cancelled = await screen.findByTestId("write-cancelled");
    expect(cancelled.textContent).toContain("Cancelled");
    expect(cancelled.textContent).toContain("Nothing was changed in your workbook.");
    expect(screen.queryByTestId("write-error")).toBeNull();
    // The pane is usable again: the action is back.
    expect(screen.getByRole("button", { name: "Create sheets" }).hasAttribute("disabled")).toBe(false);
  });

  it("in Chinese, a download's estimated percentage, and no file after 取消", async () => {
    const writer = cancellableWriter("download");
    renderWith(writer, "zh-CN", "download");
    await click("下载 .xlsx");
    const progress = screen.getByTestId("write-progress");
    expect(progress.textContent).toContain("正在生成文件");
    expect(progress.textContent).toContain("约 40%（估算）");
    await click("取消");
    const cancelled = await screen.findByTestId("write-cancelled");
    expect(cancelled.textContent).toContain("已取消");
    expect(cancelled.textContent).toContain("没有下载任何文件。");
  });

  it("offers no Cancel once the work is past the point of return (Excel recalculating)", async () => {
    const writer: SpecWriter = {
      write: (_s, request) => {
        request.onProgress?.(1, "calculating");
        return new Promise<WriteResult>(() => undefined);
      },
    };
    renderWith(writer, "en-US", "excel");
    await click("Create sheets");
    expect(screen.getByTestId("write-progress").textContent).toContain("Recalculating");
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
  });
});
