/**
 * How long a LibreOffice (soffice) run in a test may take, and the jest time limits that follow from
 * it. On two cores shared by several test runs a conversion that takes seconds alone can take
 * minutes, so the limit is generous; SALES_KIT_SOFFICE_TIMEOUT_MS sets it (milliseconds). A test that
 * runs soffice gets a jest limit above soffice's own, so a slow run fails as a timeout of soffice,
 * naming its files, never as a jest timeout or a value that is missing.
 */

/** 180 s, the old fixed limit, was not enough for suites on two loaded cores; 600 s leaves room. */
const DEFAULT_SOFFICE_TIMEOUT_MS = 600_000;

/** The jest budgets in the tests were written for soffice runs of at most this long. */
const BUDGETED_SOFFICE_MS = 180_000;

/** Time for the rest of a test beside its soffice runs (generating, reading the results). */
const TEST_MARGIN_MS = 60_000;

function fromEnv(): number {
  const raw = process.env.SALES_KIT_SOFFICE_TIMEOUT_MS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_SOFFICE_TIMEOUT_MS;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms <= 0)
    throw new Error(`SALES_KIT_SOFFICE_TIMEOUT_MS must be a positive number of milliseconds, not "${raw}"`);
  return ms;
}

/** The limit of one soffice run. */
export const SOFFICE_TIMEOUT_MS = fromEnv();

/**
 * A jest time limit for a test (or hook) that runs soffice, given the budget it was written with
 * against runs of at most 180 s: the budget grows in step with the soffice limit, and is never less
 * than one full soffice run and a margin, so soffice's limit fires first.
 */
export function sofficeTestTimeout(budgetMs: number): number {
  const scaled = Math.ceil((budgetMs * SOFFICE_TIMEOUT_MS) / BUDGETED_SOFFICE_MS);
  return Math.max(scaled, SOFFICE_TIMEOUT_MS + TEST_MARGIN_MS);
}

type Timed = (name: unknown, fn: unknown, timeout?: number) => unknown;
const scale = (timeout?: number) => (timeout === undefined ? undefined : sofficeTestTimeout(timeout));

/** A test function (it, test) whose time limits scale; its .only and .each too, the rest as they are. */
function scaledTest(original: Timed & Record<string, unknown>): Timed {
  const each = original.each as (...table: unknown[]) => Timed;
  const only = original.only as Timed;
  return Object.assign(
    (name: unknown, fn: unknown, timeout?: number) => original(name, fn, scale(timeout)),
    original,
    {
      only: (name: unknown, fn: unknown, timeout?: number) => only(name, fn, scale(timeout)),
      each:
        (...table: unknown[]) =>
        (name: unknown, fn: unknown, timeout?: number) =>
          each(...table)(name, fn, scale(timeout)),
    },
  );
}

/**
 * For a test file that runs soffice; call it once, after the imports. The file's default jest limit
 * becomes one soffice run and a margin, and the limit each test or hook states (a budget written
 * for runs of at most 180 s) scales with SOFFICE_TIMEOUT_MS (sofficeTestTimeout): a slow soffice then
 * fails with its own timeout naming the files. Jest keeps globals per test file, so only this file's
 * tests change.
 */
export function sofficeTimeLimits(): void {
  jest.setTimeout(sofficeTestTimeout(60_000));
  const g = globalThis as unknown as Record<string, unknown>;
  for (const hook of ["beforeAll", "beforeEach", "afterAll", "afterEach"]) {
    const original = g[hook] as (fn: unknown, timeout?: number) => unknown;
    g[hook] = (fn: unknown, timeout?: number) => original(fn, scale(timeout));
  }
  for (const name of ["it", "test"]) g[name] = scaledTest(g[name] as Timed & Record<string, unknown>);
}
