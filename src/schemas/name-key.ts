/**
 * The one key by which two names (or header words, stages) are the same: the roster's duplicate
 * check and the CRM import's owner match use it alike, so a name the roster calls a duplicate is
 * also the name an export's owner column matches, and the other way round.
 */

// Full-width forms, ideographic spaces and the like only exist outside ASCII: skip NFKC for plain text.
const NON_ASCII = /[\u0080-\uffff]/;

// Whitespace that folding changes: a run of two or more, or any space that is not a plain one.
const UNFOLDED_SPACE = /\s\s|[^\S ]/;

/**
 * Full-width letters and digits as their ASCII forms (NFKC), runs of spaces as one, no spaces at
 * the ends, and case folded through upper case: "Strauß" and "STRAUSS" are one name, as are "ς"
 * and "σ" (toLowerCase alone keeps ß and ς). ASCII folds the same either way and skips the detour.
 */
export function nameKey(text: string): string {
  const wide = NON_ASCII.test(text);
  const s = (wide ? text.normalize("NFKC") : text).trim();
  // Most names have single spaces only: the replace (a new string each time) is skipped for them.
  const spaced = UNFOLDED_SPACE.test(s) ? s.replace(/\s+/g, " ") : s;
  return wide ? spaced.toUpperCase().toLowerCase() : spaced.toLowerCase();
}

/**
 * The key a person's name is matched by: nameKey without any spaces, since systems space names
 * differently ("李 伟" / "李伟", "Li Wei" / "LiWei"). A CRM owner matches the rep with this key, so
 * the roster refuses two reps whose names share it (the owner could not tell them apart).
 */
export function personKey(name: string): string {
  return nameKey(name).replace(/\s+/g, "");
}
