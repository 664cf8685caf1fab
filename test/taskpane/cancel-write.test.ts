/**
 * Cancelling a long write leaves the workbook as it was. In Excel the real Excel host writes into the
 * fake Excel in several round trips (a small request budget makes a small spec take many), the user
 * cancels after the first, and the host removes what it had added; cancelled before the host starts,
 * nothing is sent at all. In download mode a cancel terminates the build's worker, and no file is
 * offered; the bar meanwhile names its phase.
 */
import { applyWorkbookSpec } from "../../src/hosts/excel";
import {
  DEFAULT_MS_PER_CELL,
  ESTIMATE_CAP,
  buildEstimate,
  specCells,
} from "../../src/taskpane/download/build-estimate";
import { downloadWriter } from "../../src/taskpane/download/download-writer";
import { WorkerLike, workerBuild } from "../../src/taskpane/download/worker-build";
import { excelWriter } from "../../src/taskpane/office/excel-writer";
import { WriteFailure, WritePhase } from "../../src/taskpane/services";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { FakeExcel } from "../support/fake-excel";
import { SMALL_SPEC } from "./small-spec";

/** 3 sheets of 200 rows x 3 columns: 1,800 cells. */
const SPEC: WorkbookSpec = {
  sheets: ["Deals", "Owners", "Notes"].map((name) => ({
    name,
    blocks: [
      {
        start: "A1",
        rows: Array.from({ length: 200 }, (_, r) => [
          `${name} ${r + 1}`,
          r * 10,
          { formula: `=B${r + 1}*2` },
        ]),
      },
    ],
  })),
};

function writerOver(fake: FakeExcel, budget: number) {
  return excelWriter((spec, options) =>
    fake.run((ctx) =>
      applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, {
        ...options,
        requestBudget: budget,
        isSetSupported: fake.isSetSupported,
      }),
    ),
  );
}

describe("cancelling in Excel", () => {
  it("stops after the round trip in flight and removes every sheet it added", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "mine", B2: 42 } }] });
    const before = fake.snapshot();
    const controller = new AbortController();
    const seen: { fraction: number; phase?: WritePhase }[] = [];
    const error = await writerOver(fake, 3_000)
      .write(SPEC, {
        fileName: "x.xlsx",
        signal: controller.signal,
        onProgress: (fraction, phase) => {
          seen.push({ fraction, ...(phase ? { phase } : {}) });
          // The user presses Cancel once the bar has moved past the start.
          if (fraction > 0) controller.abort();
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailure);
    const failure = error as WriteFailure;
    expect(failure.cancelled).toBe(true);
    expect(failure.restored).toBe(true);
    expect(failure.leftBehind).toEqual([]);
    // It had written: the names read, then at least one request of cells, before the cancel.
    expect(seen.map((s) => s.phase)).toEqual(["checking", "writing", "writing"]);
    expect(seen[2].fraction).toBeGreaterThan(0);
    expect(seen[2].fraction).toBeLessThan(1);
    expect(fake.syncCount).toBeGreaterThanOrEqual(3);
    // ... and the workbook is as it was: the user's cells, no added sheet left.
    expect(fake.snapshot()).toEqual(before);
  });

  it("cancelled before the host starts: nothing is sent to Excel", async () => {
    const fake = new FakeExcel();
    const controller = new AbortController();
    controller.abort();
    const error = (await writerOver(fake, 3_000)
      .write(SPEC, { fileName: "x.xlsx", signal: controller.signal })
      .catch((e: unknown) => e)) as WriteFailure;
    expect(error.cancelled).toBe(true);
    expect(error.restored).toBe(true);
    expect(fake.syncCount).toBe(0);
  });

  it("a write that is not cancelled names its phases to the end", async () => {
    const fake = new FakeExcel();
    const phases: (WritePhase | undefined)[] = [];
    const result = await writerOver(fake, 3_000).write(SPEC, {
      fileName: "x.xlsx",
      signal: new AbortController().signal,
      onProgress: (_f, phase) => phases.push(phase),
    });
    expect(result.sheets).toEqual(["Deals", "Owners", "Notes"]);
    expect(phases[0]).toBe("checking");
    expect(phases[phases.length - 1]).toBe("calculating");
    expect(phases.filter((p) => p === "writing").length).toBeGreaterThan(2);
  });
});

/** A worker that never answers (a long build), recording whether it was terminated. */
class SlowWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  requests = 0;
  terminated = false;
  postMessage(): void {
    this.requests++;
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("cancelling a download", () => {
  it("terminates the worker at once, builds nothing on the main thread, offers no file", async () => {
    const worker = new SlowWorker();
    let mainThread = 0;
    const build = workerBuild(
      () => worker,
      async () => {
        mainThread++;
        throw new Error("not expected");
      },
    );
    const offered: string[] = [];
    const controller = new AbortController();
    const phases: (WritePhase | undefined)[] = [];
    const pending = downloadWriter(build, (_url, name) => offered.push(name))
      .write(SMALL_SPEC, {
        fileName: "big.xlsx",
        signal: controller.signal,
        onProgress: (_f, phase) => phases.push(phase),
      })
      .catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 20));
    expect(worker.requests).toBe(1);
    expect(worker.terminated).toBe(false);
    controller.abort();
    const error = (await pending) as WriteFailure;
    expect(error).toBeInstanceOf(WriteFailure);
    expect(error.cancelled).toBe(true);
    expect(error.restored).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(mainThread).toBe(0);
    expect(offered).toEqual([]);
    expect(phases[0]).toBe("starting");
  });

  it("a main-thread build (no worker) cannot stop, but its file is dropped", async () => {
    const controller = new AbortController();
    const build = workerBuild(
      () => {
        throw new ReferenceError("Worker is not defined");
      },
      async () => {
        controller.abort();
        return { data: new Uint8Array([1]), sheets: [], notes: [] };
      },
    );
    const offered: string[] = [];
    const error = (await downloadWriter(build, (_u, name) => offered.push(name))
      .write(SMALL_SPEC, { fileName: "x.xlsx", signal: controller.signal })
      .catch((e: unknown) => e)) as WriteFailure;
    expect(error.cancelled).toBe(true);
    expect(offered).toEqual([]);
  });
});

describe("the download's estimated bar", () => {
  it("counts every cell of every block", () => {
    // 3 sheets x 200 rows x 3 columns.
    expect(specCells(SPEC)).toBe(1800);
  });

  it("advances with time at the expected rate and stops short of the end", () => {
    // 100,000 cells at 0.01 ms a cell: 1,000 ms expected.
    const estimate = buildEstimate(100_000, { msPerCell: DEFAULT_MS_PER_CELL });
    expect(estimate.fraction(0)).toBe(0);
    expect(estimate.fraction(250)).toBeCloseTo(0.25, 10);
    expect(estimate.fraction(500)).toBeCloseTo(0.5, 10);
    expect(estimate.fraction(5000)).toBe(ESTIMATE_CAP);
  });

  it("learns the rate of this pane's builds", () => {
    const rate = { msPerCell: DEFAULT_MS_PER_CELL };
    // 200,000 cells built in 4,000 ms: 0.02 ms a cell; the next 100,000 cells expect 2,000 ms.
    buildEstimate(200_000, rate).learn(4000);
    expect(rate.msPerCell).toBeCloseTo(0.02, 10);
    expect(buildEstimate(100_000, rate).fraction(1000)).toBeCloseTo(0.5, 10);
  });
});
