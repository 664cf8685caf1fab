/**
 * Text bound for the terminal. Input reaches messages (names, cells, file names), and a cell can hold
 * ANSI escapes that clear the screen or set the window title, or a 50 MB line: every line printed is
 * made safe here, once, instead of in each message.
 */

/** Longest line printed; a longer one keeps its start and its end (where messages say what is wrong). */
export const MAX_LINE = 400;

// C0 controls but tab and newline, DEL, C1 controls, and the format characters that reorder or hide
// text (bidi overrides and isolates, zero-width spaces and joiners, the BOM).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Escapes control and hidden format characters: "\x1b[2J" is shown, not obeyed. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Cuts `text` to `max` characters, keeping both ends and saying how much was left out. */
export function cutMiddle(text: string, max = MAX_LINE): string {
  if (text.length <= max) return text;
  const head = Math.ceil(max * 0.6);
  const tail = max - head;
  const left = text.length - head - tail;
  return `${text.slice(0, head)} …[${left.toLocaleString("en-US")} characters left out]… ${text.slice(text.length - tail)}`;
}

/** One write to the terminal: each line cut to MAX_LINE (before escaping, so a huge line costs little), then escaped. */
export function terminalSafe(text: string): string {
  return text
    .split("\n")
    .map((line) => escapeControls(cutMiddle(line)))
    .join("\n");
}

/** A value quoted inside a message: escaped and cut shorter than a line. */
export function shown(value: unknown, max = 80): string {
  return escapeControls(cutMiddle(String(value), max));
}
