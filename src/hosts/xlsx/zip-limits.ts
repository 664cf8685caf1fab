/**
 * The sizes an .xlsx (a zip) declares for its parts, read from its central directory before anything
 * is inflated: a 1.5 MB file can expand to gigabytes, and ExcelJS would inflate and parse it all
 * (14 s before failing). Readers refuse a part larger than they can use.
 */

export interface ZipPartSize {
  readonly name: string;
  readonly compressed: number;
  readonly uncompressed: number;
}

/** Largest part (a worksheet's XML) read: 100,000 rows of 20 columns are about 150 MB. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
/** Largest total of all parts. */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;

/** The parts listed in the central directory, or null when the directory cannot be found. */
export function zipPartSizes(bytes: Uint8Array): ZipPartSize[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment may be long).
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const parts: ZipPartSize[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // 0xffffffff: the real size is in a zip64 field; treat it as too large (no .xlsx needs 4 GB parts).
    parts.push({ name, compressed, uncompressed: uncompressed === 0xffffffff ? Infinity : uncompressed });
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

/** The first part over the limits, with its size; null when the package is within them. */
export function oversizedPart(
  bytes: Uint8Array,
  maxPart = MAX_PART_BYTES,
  maxTotal = MAX_TOTAL_BYTES,
): { name: string; bytes: number; limit: number } | null {
  const parts = zipPartSizes(bytes);
  if (!parts) return null;
  let total = 0;
  for (const p of parts) {
    if (p.uncompressed > maxPart) return { name: p.name, bytes: p.uncompressed, limit: maxPart };
    total += p.uncompressed;
    if (total > maxTotal) return { name: p.name, bytes: total, limit: maxTotal };
  }
  return null;
}
