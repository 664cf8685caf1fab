/**
 * A slowly starting Excel: Office.onReady answers after the pane's wait. The pane starts in download
 * mode and switches to Excel mode when Office does answer (the fake Excel's readyAfterMs).
 */
import { HostInfo, detectHost } from "../../src/taskpane/office/host";
import { FakeExcel } from "../support/fake-excel";

type Globals = Record<string, unknown>;

describe("Office.onReady after the wait", () => {
  afterEach(() => {
    delete (globalThis as Globals).Office;
    delete (globalThis as Globals).Excel;
  });

  it("starts in download mode, then reports Excel when Office is ready", async () => {
    new FakeExcel().installGlobals(globalThis as Globals, { readyAfterMs: 120 });
    const late = new Promise<HostInfo>((resolve) => {
      void detectHost(20, resolve).then((first) => expect(first.mode).toBe("download"));
    });
    expect((await late).mode).toBe("excel");
  }, 5000);

  it("reports Excel at once when Office answers within the wait, and never late", async () => {
    new FakeExcel().installGlobals(globalThis as Globals, { readyAfterMs: 5 });
    const calls: HostInfo[] = [];
    expect((await detectHost(500, (i) => calls.push(i))).mode).toBe("excel");
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toEqual([]);
  });
});
