/**
 * An xlsx package read part by part, for privacy tests: every part as text, and where a name or a
 * figure occurs in it.
 */
import JSZip from "jszip";

/** Every part of an xlsx package as text. */
export async function parts(data: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) out.set(name, await file.async("string"));
  return out;
}

/**
 * Where in the package `needle` occurs: text anywhere; a figure as an element's content (a cell's
 * <v>7500</v>, a shared string, a property), also written 7500.0. The theme part's attributes hold
 * numbers of their own (val="130000"), which are no cell's.
 */
export function found(all: Map<string, string>, needle: string): string[] {
  const number = /^\d+$/.test(needle);
  const pattern = number ? new RegExp(`>\\s*-?${needle}(?:\\.0+)?\\s*<`) : null;
  return [...all]
    .filter(([, text]) => (pattern ? pattern.test(text) : text.includes(needle)))
    .map(([n]) => n);
}
