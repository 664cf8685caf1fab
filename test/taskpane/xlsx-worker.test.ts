/**
 * The download writer's build in a Web Worker, over a fake Worker that behaves as the browser's:
 * messages in both directions go through structured clone, the worker's answer is the real one
 * (worker-answer.ts writing with ExcelJS), and transferred buffers are detached on the sending side.
 * Then the ways a worker fails: it cannot be created, its script fails to load, the spec cannot be
 * sent, its answer cannot be read (all fall back to the main thread), and a write error (reported).
 */
import ExcelJS from "exceljs";
import { downloadWriter, XlsxBuild } from "../../src/taskpane/download/download-writer";
import { answerBuild } from "../../src/taskpane/download/worker-answer";
import { BuildPath, WorkerLike, workerBuild } from "../../src/taskpane/download/worker-build";
import type { BuildReply, BuildRequest } from "../../src/taskpane/download/worker-messages";
import { WriteFailure } from "../../src/taskpane/services";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { SMALL_SPEC } from "./small-spec";

/** With a chart: its parts, added to the package after ExcelJS, must cross back in the bytes. */
const SPEC: WorkbookSpec = {
  ...SMALL_SPEC,
  sheets: SMALL_SPEC.sheets.map((sheet) =>
    sheet.name === "Goals"
      ? {
          ...sheet,
          charts: [
            {
              type: "bar",
              title: "Targets",
              categories: "A1:A2",
              series: [{ name: "Value", values: "B1:B2" }],
              from: "D1",
              to: "H10",
            },
          ],
        }
      : sheet,
  ),
};

type Behaviour =
  /** Answers as the real worker does. */
  | "answer"
  /** Its script fails to load: an error event, no message. */
  | "load-error"
  /** Its answer cannot be deserialised: a messageerror event. */
  | "message-error"
  /** Refuses the message as postMessage does a value structured clone cannot copy. */
  | "data-clone-error"
  /** Answers something that is not a reply. */
  | "stray-message";

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  errorPrevented = false;
  /** The buffer the worker transferred, as the worker held it. */
  sent: ArrayBuffer | null = null;
  requests = 0;

  constructor(private readonly behaviour: Behaviour) {}

  postMessage(message: BuildRequest): void {
    if (this.behaviour === "data-clone-error") {
      throw new DOMException("function could not be cloned", "DataCloneError");
    }
    this.requests++;
    const request = structuredClone(message);
    void this.run(request);
  }

  private async run(request: BuildRequest): Promise<void> {
    await macrotask();
    if (this.terminated) return;
    if (this.behaviour === "load-error") {
      this.onerror?.({ preventDefault: () => (this.errorPrevented = true) } as unknown as ErrorEvent);
      return;
    }
    if (this.behaviour === "message-error") {
      this.onmessageerror?.({ data: null } as MessageEvent);
      return;
    }
    if (this.behaviour === "stray-message") {
      this.onmessage?.({ data: { kind: "progress", fraction: 0.5 } } as MessageEvent);
      return;
    }
    const { reply, transfer } = await answerBuild(request);
    if (reply.kind === "built") this.sent = reply.data;
    const delivered: BuildReply = structuredClone(reply, { transfer });
    if (!this.terminated) this.onmessage?.({ data: delivered } as MessageEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A build over fake workers, recording the workers made, the main-thread builds and the paths. */
function rig(behaviour: Behaviour | "no-worker") {
  const workers: FakeWorker[] = [];
  const fallbackSpecs: WorkbookSpec[] = [];
  const paths: BuildPath[] = [];
  const mainThreadBytes = new Uint8Array([1, 2, 3]);
  const build = workerBuild(
    () => {
      if (behaviour === "no-worker") throw new ReferenceError("Worker is not defined");
      const worker = new FakeWorker(behaviour);
      workers.push(worker);
      return worker;
    },
    async (spec) => {
      fallbackSpecs.push(spec);
      return { data: mainThreadBytes, sheets: [{ requested: "Notes", name: "Notes" }], notes: [] };
    },
    (path) => paths.push(path),
  );
  return { build, workers, fallbackSpecs, paths, mainThreadBytes };
}

async function cellsOf(data: Uint8Array): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.slice().buffer as ArrayBuffer);
  const cells: Record<string, unknown> = {};
  wb.eachSheet((ws) =>
    ws.eachRow((row) => row.eachCell((c) => (cells[`${ws.name}!${c.address}`] = c.value))),
  );
  return cells;
}

describe("xlsx build in a worker", () => {
  it("receives the file the worker wrote, its buffer transferred, and ends the worker", async () => {
    const { build, workers, fallbackSpecs, paths } = rig("answer");
    const built: XlsxBuild = await build(SPEC);

    expect(fallbackSpecs).toEqual([]);
    expect(paths).toEqual(["worker"]);
    expect(workers).toHaveLength(1);
    expect(workers[0].requests).toBe(1);
    expect(workers[0].terminated).toBe(true);
    // Transferred, not copied: the worker's buffer is detached, and the pane reads the file from
    // the buffer it received without another copy (same length as the file it holds).
    expect(workers[0].sent).not.toBeNull();
    expect(workers[0].sent!.byteLength).toBe(0);
    expect(built.data.byteOffset).toBe(0);
    expect(built.data.buffer.byteLength).toBe(built.data.byteLength);
    expect(built.data.byteLength).toBeGreaterThan(1000);

    expect(built.sheets).toEqual([
      { requested: "Notes", name: "Notes" },
      { requested: "Goals", name: "Goals" },
    ]);
    // Nothing left out: the one chart of the spec is drawn, its part in the file received.
    expect(built.notes).toEqual([]);
    expect(Buffer.from(built.data).includes("xl/charts/chart1.xml")).toBe(true);
    expect(await cellsOf(built.data)).toEqual({
      "Notes!A1": "firm and flexible",
      "Goals!A1": "Target",
      "Goals!B1": 100,
      "Goals!A2": "Double",
      "Goals!B2": { formula: "B1*2" },
    });
  });

  it("turns a write error in the worker into the WriteFailure the main thread gives, not a retry", async () => {
    const bad: WorkbookSpec = { sheets: [{ name: "Q1/Q2", blocks: [{ start: "A1", rows: [[1]] }] }] };
    const onMainThread = await downloadWriter()
      .write(bad, { fileName: "x.xlsx" })
      .catch((e: unknown) => e);
    expect(onMainThread).toBeInstanceOf(WriteFailure);

    const { build, workers, fallbackSpecs } = rig("answer");
    const offered: string[] = [];
    const error = await downloadWriter(build, (url) => offered.push(url))
      .write(bad, { fileName: "x.xlsx" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailure);
    expect((error as WriteFailure).restored).toBe(true);
    expect((error as WriteFailure).message).toBe((onMainThread as WriteFailure).message);
    // The message names the sheet and the character Excel forbids in it.
    expect((error as WriteFailure).message).toContain("sheets[0].name");
    expect(fallbackSpecs).toEqual([]);
    expect(workers[0].terminated).toBe(true);
    expect(offered).toEqual([]);
  });

  it.each([
    ["its script fails to load", "load-error"],
    ["its answer cannot be read", "message-error"],
    ["the spec cannot be sent to it", "data-clone-error"],
    ["it answers something else", "stray-message"],
  ] as const)("builds on the main thread when %s", async (_why, behaviour) => {
    const { build, workers, fallbackSpecs, paths, mainThreadBytes } = rig(behaviour);
    const built = await build(SPEC);
    expect(built.data).toBe(mainThreadBytes);
    expect(fallbackSpecs).toEqual([SPEC]);
    expect(fallbackSpecs[0]).toBe(SPEC);
    expect(paths).toEqual(["main thread"]);
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(true);
  });

  it("keeps the page from reporting a worker that failed to load as an uncaught error", async () => {
    const { build, workers } = rig("load-error");
    await build(SPEC);
    expect(workers[0].errorPrevented).toBe(true);
  });

  it("builds on the main thread when no worker can be created", async () => {
    const { build, fallbackSpecs, paths } = rig("no-worker");
    await build(SPEC);
    expect(fallbackSpecs).toEqual([SPEC]);
    expect(paths).toEqual(["main thread"]);
  });

  it("downloads through the worker-backed build, a new worker for each file", async () => {
    const { build, workers } = rig("answer");
    const offered: string[] = [];
    const writer = downloadWriter(build, (url, fileName) => offered.push(fileName));
    const first = await writer.write(SPEC, { fileName: "one.xlsx" });
    const second = await writer.write(SPEC, { fileName: "two.xlsx" });
    expect(offered).toEqual(["one.xlsx", "two.xlsx"]);
    expect(second.activate).toBe("Goals");
    expect(workers.map((w) => w.terminated)).toEqual([true, true]);
    const received: ArrayBuffer = await fetch(second.file!.url).then((r) => r.arrayBuffer());
    const bytes = new Uint8Array(received);
    expect(bytes.byteLength).toBe(second.file!.bytes);
    expect((await cellsOf(bytes))["Goals!B1"]).toBe(100);
    URL.revokeObjectURL(second.file!.url);
    expect(first.file!.url).not.toBe(second.file!.url);
  });
});

describe("the worker script", () => {
  const scope = globalThis as unknown as {
    onmessage: ((event: { data: BuildRequest }) => void) | null;
    postMessage: (reply: BuildReply, transfer: Transferable[]) => void;
  };

  /** Runs the worker script in this scope, as a browser starts it in a worker's global scope. */
  async function startWorkerScript(postMessage: typeof scope.postMessage): Promise<void> {
    scope.onmessage = null;
    scope.postMessage = postMessage;
    await jest.isolateModulesAsync(async () => {
      await import("../../src/taskpane/download/xlsx-worker");
    });
    expect(typeof scope.onmessage).toBe("function");
  }

  it("answers a posted spec with the file, its buffer listed for transfer", async () => {
    const posted: { reply: BuildReply; transfer: Transferable[] }[] = [];
    await startWorkerScript((reply, transfer) => posted.push({ reply, transfer }));
    scope.onmessage!({ data: { spec: SPEC } });
    while (posted.length === 0) await macrotask();
    const { reply, transfer } = posted[0];
    expect(reply.kind).toBe("built");
    if (reply.kind !== "built") return;
    expect(transfer).toEqual([reply.data]);
    expect(transfer[0]).toBe(reply.data);
    expect((await cellsOf(new Uint8Array(reply.data)))["Notes!A1"]).toBe("firm and flexible");
  });

  it("throws from a task when it cannot post its answer, so the pane gets an error event", async () => {
    const refused = new Error("could not post");
    await startWorkerScript(() => {
      throw refused;
    });
    const tasks: (() => void)[] = [];
    const setTimeoutSpy = jest
      .spyOn(globalThis, "setTimeout")
      .mockImplementation(((task: () => void) => tasks.push(task)) as unknown as typeof setTimeout);
    try {
      // An invalid spec: answered at once (no ExcelJS timers), then the post fails.
      scope.onmessage!({ data: { spec: { sheets: [] } } });
      for (let i = 0; i < 20 && tasks.length === 0; i++) await new Promise((r) => setImmediate(r));
    } finally {
      setTimeoutSpy.mockRestore();
    }
    expect(tasks).toHaveLength(1);
    expect(() => tasks[0]()).toThrow(refused);
  });
});
