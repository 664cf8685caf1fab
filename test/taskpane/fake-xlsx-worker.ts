/**
 * A fake of the browser's Worker for the xlsx worker: what the pane posts is copied by V8's
 * serializer, the one behind structured clone (so a spec with a Proxy or a function in it is
 * refused, as the browser refuses it; jsdom has no structuredClone), the answer is the real
 * worker's (worker-answer.ts), and the worker keeps a log of what it was sent.
 */
import { deserialize, serialize } from "v8";
import type { writeXlsxWithReport } from "../../src/hosts/xlsx/write";
import { answerBuild } from "../../src/taskpane/download/worker-answer";
import type { WorkerLike } from "../../src/taskpane/download/worker-build";
import type { BuildReply, BuildRequest } from "../../src/taskpane/download/worker-messages";

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

export class FakeXlsxWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  /** Each message as the worker received it (after structured clone). */
  readonly received: BuildRequest[] = [];
  /** Resolves when the worker has a message and is about to build. */
  readonly started: Promise<void>;
  private start!: () => void;

  constructor(private readonly write?: typeof writeXlsxWithReport) {
    this.started = new Promise((resolve) => (this.start = resolve));
  }

  postMessage(message: BuildRequest): void {
    // Throws DataCloneError for what the browser cannot copy (a Proxy, a function).
    const request = deserialize(serialize(message)) as BuildRequest;
    this.received.push(request);
    void this.run(request);
  }

  private async run(request: BuildRequest): Promise<void> {
    await macrotask();
    this.start();
    await macrotask();
    if (this.terminated) return;
    const { reply } = await answerBuild(request, this.write);
    // The buffer is handed over as it is: a transfer moves it without a copy.
    const delivered: BuildReply =
      reply.kind === "built" ? reply : (deserialize(serialize(reply)) as BuildReply);
    if (!this.terminated) this.onmessage?.({ data: delivered } as MessageEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}
