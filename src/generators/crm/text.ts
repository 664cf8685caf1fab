/**
 * Text helpers of the import: the comparison key for headers, stages and names (so "Closed Won",
 * "closed  won" and its full-width form agree), and the rule that imported text is data.
 */
import type { RawCell } from "./table";
import { nameKey } from "../../schemas/name-key";
import type { CellInput, TextCell } from "../../workbook/spec";

// Full-width forms, ideographic spaces and the like only exist outside ASCII: skip NFKC for plain text.
export const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Case-, width- and spacing-insensitive key used for every comparison of names and words: the
 * roster's name key (src/schemas/name-key.ts), so an owner matches the rep the roster names.
 */
export const matchKey = nameKey;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// 30 bits: a small integer for the engine (a Map keyed by it compares numbers, not objects).
const SMALL = 0x3fffffff;

function hashOfKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h & SMALL;
}

/**
 * Characters matchKey leaves as they are apart from case: ASCII and the CJK ideographs (U+3400 to
 * U+9FFF, which NFKC does not change and which have no case). Names made of them are compared and
 * hashed below without building their keys.
 */
function isPlain(c: number): boolean {
  return c < 128 || (c >= 0x3400 && c <= 0x9fff);
}

/** \s among plain characters: tab, line feed, vertical tab, form feed, carriage return, space. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * A 30-bit hash (FNV-1a) of matchKey(text), worked out for plain text without building the key
 * (folding spaces and case as it goes): grouping 100,000 rows by a name then builds no string per
 * row. Equal keys give equal hashes; different keys may share one.
 */
export function matchKeyHash(text: string): number {
  let h = FNV_OFFSET;
  let space = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isPlain(c)) return hashOfKey(matchKey(text));
    if (isSpace(c)) {
      space = started;
      continue;
    }
    if (space) {
      h = Math.imul(h ^ 32, FNV_PRIME);
      space = false;
    }
    h = Math.imul(h ^ lower(c), FNV_PRIME);
    started = true;
  }
  return h & SMALL;
}

/** matchKey(a) === matchKey(b), without building the keys when both are plain text. */
export function sameMatchKey(a: string, b: string): boolean {
  if (a === b) return true;
  let ea = a.length;
  let eb = b.length;
  for (let k = 0; k < ea; k++) if (!isPlain(a.charCodeAt(k))) return matchKey(a) === matchKey(b);
  for (let k = 0; k < eb; k++) if (!isPlain(b.charCodeAt(k))) return matchKey(a) === matchKey(b);
  let i = 0;
  let j = 0;
  while (i < ea && isSpace(a.charCodeAt(i))) i++;
  while (ea > i && isSpace(a.charCodeAt(ea - 1))) ea--;
  while (j < eb && isSpace(b.charCodeAt(j))) j++;
  while (eb > j && isSpace(b.charCodeAt(eb - 1))) eb--;
  while (i < ea && j < eb) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const spaceA = isSpace(ca);
    if (spaceA || isSpace(cb)) {
      // A run of spaces inside the name counts as one space.
      if (!spaceA || !isSpace(cb)) return false;
      while (i < ea && isSpace(a.charCodeAt(i))) i++;
      while (j < eb && isSpace(b.charCodeAt(j))) j++;
      continue;
    }
    if (lower(ca) !== lower(cb)) return false;
    i++;
    j++;
  }
  return i === ea && j === eb;
}

/** Raw cell as trimmed text; "" for blank. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/**
 * Text starting with = + - @ tab or carriage return would be read as a formula (or a DDE payload)
 * by spreadsheet programs: CSV injection. The check is on the untrimmed text.
 */
export function looksLikeFormula(text: string): boolean {
  // = + - @ tab CR, by char code: this runs for every imported string of every row.
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/**
 * The cell for an imported string: text that a spreadsheet could read as a formula becomes a text
 * cell, which every host writes as text ("=HYPERLINK(...)" stays visible text). Other strings stay
 * plain strings, which hosts also write as text (so "00123" keeps its zeros); "" is an empty cell.
 */
export function importedText(text: string): CellInput {
  if (text === "") return null;
  return looksLikeFormula(text) ? ({ text } satisfies TextCell) : text;
}
