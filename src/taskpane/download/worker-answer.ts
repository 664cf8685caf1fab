/** The worker's side of a build, apart from the worker's global scope so jest can run it. */
import { writeXlsxWithReport } from "../../hosts/xlsx/write";
import type { BuildReply, BuildRequest } from "./worker-messages";
import { errorTexts } from "../error-message";
import { specOfRecipe } from "./recipe-spec";

export interface Answer {
  readonly reply: BuildReply;
  /** What postMessage must move rather than copy. */
  readonly transfer: Transferable[];
}

/** The whole buffer behind `data`: transferring a view's buffer would also send bytes around it. */
function ownBuffer(data: Uint8Array): ArrayBuffer {
  const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
  return (whole ? data.buffer : data.slice().buffer) as ArrayBuffer;
}

export async function answerBuild(request: BuildRequest, write = writeXlsxWithReport): Promise<Answer> {
  try {
    const spec = "recipe" in request ? specOfRecipe(request.recipe) : request.spec;
    const { data, report } = await write(spec);
    const buffer = ownBuffer(data);
    return {
      reply: {
        kind: "built",
        data: buffer,
        sheets: report.sheets.map((s) => ({ requested: s.requested, name: s.name })),
        notes: report.skipped.map((n) => ({ en: n.en, zh: n.zh })),
      },
      transfer: [buffer],
    };
  } catch (error) {
    return { reply: { kind: "failed", ...errorTexts(error) }, transfer: [] };
  }
}
