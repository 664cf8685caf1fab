/** Every part of a .zip package as text, to look at the XML a host wrote. */
import { strFromU8, unzipSync } from "fflate";

export function unzip(data: Uint8Array): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, bytes] of Object.entries(unzipSync(data))) files.set(name, strFromU8(bytes));
  return files;
}
