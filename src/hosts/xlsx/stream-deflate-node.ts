/**
 * Node only (the CLI, benches): the streaming xlsx writer deflates with Node's native zlib instead
 * of fflate's JavaScript (see stream-zip.ts). Importing this module registers it; the browser bundle
 * never imports it, so it does not need zlib.
 */
import zlib from "zlib";
import { useRawDeflate } from "./stream-zip";

/** zlib's default level, as ExcelJS's writers (through archiver) use. */
const LEVEL = 6;

useRawDeflate(
  (data, final) =>
    zlib.deflateRawSync(data, {
      level: LEVEL,
      finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    }),
  // Node 20.15 and later; older Nodes keep fflate's CRC.
  typeof zlib.crc32 === "function" ? (data, crc) => zlib.crc32(data, crc) : undefined,
);
