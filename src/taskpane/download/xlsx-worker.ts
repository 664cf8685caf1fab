/**
 * The dedicated worker that writes .xlsx files for download mode, so ExcelJS's seconds of work on
 * a large import never hold the pane's main thread. Started by spawn-xlsx-worker.ts.
 */
import { answerBuild } from "./worker-answer";
import type { BuildReply, BuildRequest } from "./worker-messages";

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<BuildRequest>) => void) | null;
  postMessage(message: BuildReply, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  void answerBuild(event.data)
    .then(({ reply, transfer }) => scope.postMessage(reply, transfer))
    .catch((error: unknown) =>
      // A rejected promise stays inside the worker, and the pane would wait for ever; thrown from a
      // task it is the worker's uncaught error, an error event on the pane's side, which falls back.
      setTimeout(() => {
        throw error;
      }),
    );
};
