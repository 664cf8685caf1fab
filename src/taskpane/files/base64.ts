/** Bytes to Base64 for Excel.createWorkbook, in slices: one String.fromCharCode of a whole file would overflow the call stack. */
const SLICE = 0x8000;

export function bytesToBase64(data: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < data.length; i += SLICE) {
    binary += String.fromCharCode(...data.subarray(i, i + SLICE));
  }
  return btoa(binary);
}
