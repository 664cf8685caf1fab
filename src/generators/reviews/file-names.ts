/**
 * File names made from reps' names: Chinese and other letters are kept; characters that Windows,
 * macOS or Linux refuse (< > : " / \ | ? * and control characters) become "_"; reserved device names
 * and trailing dots are avoided; names that clash ignoring case get " (2)", " (3)" ...
 * Characters that reorder or hide text (right-to-left overrides, zero-width spaces) are dropped, so
 * "evil\u202Exslx.exe" cannot pose as another kind of file, and a leading "~$" (Excel's lock-file
 * prefix, which collect skips) becomes "_$".
 */

/** Longest stem in UTF-8 bytes: " (999).xlsx" still fits in the 255 bytes file systems allow. */
const MAX_STEM_BYTES = 240;
/** Longest stem in characters, for names a person can read in a folder listing. */
const MAX_STEM = 80;
// Bidi embeddings, overrides and isolates, zero-width spaces and joiners, word joiner, BOM, soft hyphen.
const HIDDEN = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
// Windows' device names, whatever follows the first dot; COM¹-COM³ and LPT¹-LPT³ are devices too.
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function safeFileStem(name: string, fallback = "review"): string {
  let stem = name
    .normalize("NFC")
    .replace(HIDDEN, "")
    .replace(/\s+/g, " ")
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g, "_")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  // Windows ignores spaces before the dot as well ("CON .txt" is the console).
  if (RESERVED.test(stem.split(".")[0].trimEnd())) stem = `_${stem}`;
  if (stem.startsWith("~")) stem = `_${stem.slice(1)}`;
  if ([...stem].length > MAX_STEM) stem = [...stem].slice(0, MAX_STEM).join("").trim();
  const utf8 = new TextEncoder();
  while (utf8.encode(stem).length > MAX_STEM_BYTES) stem = [...stem].slice(0, -1).join("").trim();
  return stem || fallback;
}

/** Unique "<stem>.xlsx" per name, in order; `taken` holds names already used in the folder. */
export function assignFileNames(names: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return names.map((name) => {
    const stem = safeFileStem(name);
    let file = `${stem}.xlsx`;
    for (let i = 2; used.has(file.toLowerCase()); i++) file = `${stem} (${i}).xlsx`;
    used.add(file.toLowerCase());
    return file;
  });
}
