/**
 * How the fake Excel reads what is set through `values`/`formulas`, as Excel does when text is typed:
 * "=..." is a formula, "'..." is text without the apostrophe, numbers, percentages, simple dates and
 * TRUE/FALSE are converted. Formulas are checked for references to sheets or tables that do not
 * exist, which Excel refuses. Written independently of the hosts' own formula code.
 */
import type { CellContent, FakeState } from "./model";

export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

function dateSerial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCMonth() !== m - 1) return null;
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** What a typed string becomes; `null` input means "leave the cell as it is". */
export function parseInput(
  input: unknown,
  state: FakeState,
): { content?: CellContent; quotePrefix?: boolean } | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.");
    return { content: { value: input } };
  }
  if (typeof input === "boolean") return { content: { value: input } };
  if (typeof input !== "string")
    throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.");
  if (input === "") return {};
  if (input.startsWith("'")) return { content: { value: input.slice(1) }, quotePrefix: true };
  if (input.startsWith("=") || /^[+@-]\D/.test(input)) {
    const formula = input.startsWith("=") ? input : `=${input}`;
    checkFormula(formula, state);
    return { content: { formula } };
  }
  const t = input.trim();
  const num = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(%?)$/.exec(t);
  if (num) return { content: { value: Number(t.replace("%", "")) / (num[4] ? 100 : 1) } };
  if (/^(true|false)$/i.test(t)) return { content: { value: t.toUpperCase() === "TRUE" } };
  const error = ERRORS.find((e) => e === t.toUpperCase());
  if (error) return { content: { error } };
  // en-US dates: 2027-01-31, 1/31/2027, 1/31 (this year is not modelled: 2027).
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const us = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(t);
  const serial = iso
    ? dateSerial(+iso[1], +iso[2], +iso[3])
    : us
      ? dateSerial(us[3] ? +us[3] : 2027, +us[1], +us[2])
      : null;
  if (serial !== null) return { content: { value: serial } };
  return { content: { value: input } };
}

/**
 * Refuses formulas Excel would refuse: unbalanced, or naming a sheet or table that is not there
 * (Range.formulas answers InvalidArgument for a formula Excel cannot enter; typed in the UI, such a
 * formula opens Excel's "There's a problem with this formula" message).
 */
export function checkFormula(formula: string, state: FakeState): void {
  const bad = (why: string) =>
    new FakeOfficeError("InvalidArgument", `The formula contains an error (${why}): ${formula}`);
  // Drop string literals first; nothing inside them is a reference.
  const body = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (/"/.test(body.replace(/""/g, ""))) throw bad("unclosed text");
  let depth = 0;
  for (const ch of body.replace(/'(?:[^']|'')*'/g, "''")) {
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) throw bad("parentheses");
  }
  if (depth !== 0) throw bad("parentheses");
  const sheets: string[] = [];
  for (const m of body.matchAll(/'((?:[^']|'')+)'!/g)) sheets.push(m[1].replace(/''/g, "'"));
  const unquoted = body.replace(/'(?:[^']|'')+'!/g, " ");
  for (const m of unquoted.matchAll(
    /(?:^|[^A-Za-z0-9_.\u0080-\uFFFF])([A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*)!/g,
  ))
    sheets.push(m[1]);
  for (const s of sheets) {
    for (const part of s.split(":")) if (!state.sheetByName(part)) throw bad(`no sheet "${part}"`);
  }
  for (const m of unquoted.matchAll(
    /(?:^|[^A-Za-z0-9_.\u0080-\uFFFF\]])([A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*)\[/g,
  )) {
    if (!state.tableByName(m[1])) throw bad(`no table "${m[1]}"`);
  }
}
