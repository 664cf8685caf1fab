/**
 * File names made from reps' names: Chinese and other letters are kept; characters that Windows,
 * macOS or Linux refuse (< > : " / \ | ? * and control characters) become "_"; reserved device names
 * and trailing dots are avoided; names that clash ignoring case get " (2)", " (3)" ...
 */

/** Longest stem in UTF-16 units: leaves room for " (99).xlsx" within common 255-byte limits. */
const MAX_STEM = 80;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export function safeFileStem(name: string, fallback = "review"): string {
  let stem = name
    .normalize("NFC")
    .replace(/\s+/g, " ")
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, "_")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (RESERVED.test(stem.split(".")[0])) stem = `_${stem}`;
  if ([...stem].length > MAX_STEM) stem = [...stem].slice(0, MAX_STEM).join("").trim();
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
