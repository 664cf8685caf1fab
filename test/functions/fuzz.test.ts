/**
 * Fuzz of the shipped bundle: for every function, at least 10,000 generated Excel-like argument
 * lists (numbers huge and tiny, NaN-like and error-like text, booleans, blanks, 0x0, ragged, huge
 * and plausible ranges). Every answer must be something Excel can show: a finite number, a string,
 * a CustomFunctions.Error, or (for spilling functions) a non-empty rectangular 2-D array of those;
 * never a boolean, undefined, NaN or an exception.
 * Seeded, so a failure reproduces; SALES_KIT_FUZZ_SEED picks another seed. Nothing hangs: each
 * function's 10,000 calls run inside jest's test timeout.
 */
import { FakeCustomFunctionsError, loadFunctionsBundleForSpeed } from "../support/custom-functions-sandbox";
import { seededRandom as prng } from "../../src/generators/seeded-random";

const CASES_PER_FUNCTION = 10_000;
const SEED = Number(process.env.SALES_KIT_FUZZ_SEED ?? 20250612);

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  0.1,
  0.2,
  2,
  3,
  7,
  12,
  30,
  100,
  1e6,
  -1e6,
  45658,
  45838,
  2958465,
  2958466,
  1e15,
  -1e15,
  1e300,
  -1e300,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e-300,
  2 ** 53,
  0.999999999999,
  NaN,
  Infinity,
  -Infinity,
];
const TEXTS = [
  "",
  " ",
  "abc",
  "12",
  "1e999",
  "NaN",
  "Infinity",
  "-0",
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NUM!",
  "TRUE",
  "FALSE",
  "true",
  "higher",
  "lower",
  "HIGHER",
  "calendar",
  "workdays",
  "marginal",
  "retro",
  "RETRO",
  "名字",
  "=1+1",
  "\u0000",
  "x".repeat(300),
];

type Gen = () => unknown;

function makeGenerators(rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const number: Gen = () => (rand() < 0.5 ? pick(NUMBERS) : (rand() - 0.5) * 10 ** int(-3, 9));
  const cell: Gen = () => {
    const r = rand();
    if (r < 0.45) return number();
    if (r < 0.6) return pick(TEXTS);
    if (r < 0.7) return rand() < 0.5;
    if (r < 0.85) return rand() < 0.5 ? null : "";
    if (r < 0.9) return undefined;
    return int(0, 1_000_000);
  };
  const grid = (rows: number, cols: number, of: Gen) =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, of));
  /** A table Excel users would really pass: ascending first column, blank rows, sometimes a flaw. */
  const table = (): unknown[][] => {
    const rows = int(1, 12);
    let x = rand() < 0.8 ? 0 : number();
    const out: unknown[][] = [];
    for (let i = 0; i < rows; i++) {
      if (rand() < 0.1) out.push(["", null]);
      else out.push([x, rand() < 0.9 ? rand() * 1.5 : cell()]);
      x = (x as number) + (rand() < 0.95 ? rand() * 100000 : -1);
    }
    return out;
  };
  const HUGE_COLUMN = grid(10_000, 1, () => Math.round(rand() * 1e6));
  const HUGE_TABLE = Array.from({ length: 10_000 }, (_, i) => [i * 10, (i % 7) / 100]);
  const HUGE_NAMES = grid(10_000, 1, () => `rep ${int(0, 99)}`);
  const range: Gen = () => {
    const r = rand();
    if (r < 0.05) return [];
    if (r < 0.08) return [[]];
    if (r < 0.12) return [[1], [1, 2]]; // ragged
    if (r < 0.14) return [1, 2, 3]; // 1-D
    if (r < 0.16) return [[[1]]]; // an array inside a cell
    if (r < 0.143) return pick([HUGE_COLUMN, HUGE_TABLE, HUGE_NAMES]);
    if (r < 0.4) return table();
    if (r < 0.6) return grid(int(1, 8), 1, rand() < 0.7 ? number : cell);
    if (r < 0.7) return grid(1, int(1, 8), cell);
    return grid(int(1, 6), int(1, 4), cell);
  };
  const any: Gen = () => {
    const r = rand();
    if (r < 0.55) return cell();
    if (r < 0.9) return range();
    if (r < 0.95) return { value: 1 };
    return [[cell()]];
  };
  return { any, range, cell, number, rand };
}

/**
 * Pools of generated values, drawn from for each argument list: the lists are all different
 * combinations, while generating each value once keeps the run to seconds.
 */
function makePools(rand: () => number) {
  const g = makeGenerators(rand);
  const pool = (size: number, gen: Gen) => Array.from({ length: size }, gen);
  const cells = pool(4096, g.cell);
  const ranges = pool(1024, g.range);
  const anys = pool(1024, g.any);
  const from = (xs: unknown[]) => xs[Math.floor(rand() * xs.length)];
  return { cell: () => from(cells), range: () => from(ranges), any: () => from(anys), rand };
}

function isExcelScalar(v: unknown): boolean {
  return (
    (typeof v === "number" && Number.isFinite(v)) ||
    typeof v === "string" ||
    v instanceof FakeCustomFunctionsError
  );
}

function describeProblem(v: unknown, spills: boolean): string | null {
  if (!spills) return isExcelScalar(v) ? null : "not a finite number, text or CustomFunctions.Error";
  if (!Array.isArray(v) || v.length === 0) return "not a non-empty 2-D array";
  const width = Array.isArray(v[0]) ? v[0].length : -1;
  if (width < 1) return "rows are not arrays, or empty";
  for (const row of v) {
    if (!Array.isArray(row) || row.length !== width) return "ragged rows";
    for (const c of row) if (!isExcelScalar(c)) return `a cell is ${String(c)}`;
  }
  return null;
}

describe("fuzz: every function answers every Excel-like input with an Excel value", () => {
  // The bundle runs in this realm for speed; bundle.test.ts checks it in a bare vm context.
  const loaded = loadFunctionsBundleForSpeed();
  const { functions } = loaded.metadata as unknown as {
    functions: {
      id: string;
      parameters: { name: string; dimensionality?: string; type: string; optional?: boolean }[];
      result?: { dimensionality?: string };
    }[];
  };

  it.each(functions.map((f) => [f.id, f] as const))("%s", (id, meta) => {
    const fn = loaded.byId.get(id)!;
    const g = makePools(prng(SEED ^ [...id].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7)));
    const spills = meta.result?.dimensionality === "matrix";
    let checked = 0;
    for (let i = 0; i < CASES_PER_FUNCTION; i++) {
      // Mostly arguments of the declared shape (reaching deep code paths), sometimes anything at all.
      const args = meta.parameters.map((p) => {
        if (p.optional && g.rand() < 0.3) return null;
        if (g.rand() < 0.15) return g.any();
        return p.dimensionality === "matrix" ? g.range() : g.cell();
      });
      let result: unknown;
      try {
        result = fn(...args);
      } catch (error) {
        throw new Error(`${id} threw ${String(error)} for ${JSON.stringify(args).slice(0, 500)}`);
      }
      const problem = describeProblem(result, spills);
      if (problem) throw new Error(`${id}: ${problem} for ${JSON.stringify(args).slice(0, 500)}`);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(CASES_PER_FUNCTION);
  });
});
