/**
 * LibreOffice's time limit in tests: set by SALES_KIT_SOFFICE_TIMEOUT_MS, jest's limits above it, and a
 * run past it fails as a timeout of soffice naming the file (not as a value that is missing).
 */
import { ToolTimeout, runTool } from "../support/run-tool";
import { onPath } from "../support/installed";
import { describeWithLibreOffice } from "./libreoffice";

/** The modules read the variable when loaded: each case loads them afresh under its own value. */
function withLimit<T>(ms: string | undefined, load: () => T): T {
  const before = process.env.SALES_KIT_SOFFICE_TIMEOUT_MS;
  if (ms === undefined) delete process.env.SALES_KIT_SOFFICE_TIMEOUT_MS;
  else process.env.SALES_KIT_SOFFICE_TIMEOUT_MS = ms;
  try {
    let out: T | undefined;
    jest.isolateModules(() => {
      out = load();
    });
    return out as T;
  } finally {
    if (before === undefined) delete process.env.SALES_KIT_SOFFICE_TIMEOUT_MS;
    else process.env.SALES_KIT_SOFFICE_TIMEOUT_MS = before;
  }
}

type ToolTimeoutModule = typeof import("../support/tool-timeout");
const timeouts = (ms: string | undefined) =>
  withLimit(ms, () => jest.requireActual<ToolTimeoutModule>("../support/tool-timeout"));

describe("soffice time limit", () => {
  it("defaults to 600 s and follows SALES_KIT_SOFFICE_TIMEOUT_MS", () => {
    expect(timeouts(undefined).SOFFICE_TIMEOUT_MS).toBe(600_000);
    expect(timeouts("900000").SOFFICE_TIMEOUT_MS).toBe(900_000);
    expect(() => timeouts("ten minutes")).toThrow(/SALES_KIT_SOFFICE_TIMEOUT_MS/);
    expect(() => timeouts("0")).toThrow(/positive/);
  });

  it("gives jest more time than soffice: budgets for 180 s runs scale, never below one run and a minute", () => {
    const t = timeouts(undefined);
    // 180 s budget x (600 s / 180 s) = 600 s, below one run (600 s) + 60 s: 660 s.
    expect(t.sofficeTestTimeout(180_000)).toBe(660_000);
    // 300 s x 600/180 = 1,000 s.
    expect(t.sofficeTestTimeout(300_000)).toBe(1_000_000);
    // A 60 s default: 200 s scaled, raised to 660 s.
    expect(t.sofficeTestTimeout(60_000)).toBe(660_000);
    const fast = timeouts("90000");
    // 90 s limit: 300 s x 90/180 = 150 s, one run + 60 s = 150 s.
    expect(fast.sofficeTestTimeout(300_000)).toBe(150_000);
    // 600 s x 0.5 = 300 s, above 150 s.
    expect(fast.sofficeTestTimeout(600_000)).toBe(300_000);
  });
});

describe("a tool past its limit", () => {
  const sleep = onPath("sleep");
  (sleep ? it : it.skip)("is stopped and rejects with a ToolTimeout naming it and the limit", async () => {
    const started = Date.now();
    const run = runTool(sleep!, ["30"], 200);
    await expect(run).rejects.toBeInstanceOf(ToolTimeout);
    await expect(run).rejects.toThrow(/^sleep did not finish within 0\.2 s and was stopped/);
    // Killed at the limit, not after its 30 s.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describeWithLibreOffice("LibreOffice past its limit", () => {
  // 1 ms: soffice cannot even start within it. Loaded here, not in the test: the oracle adds a hook.
  const oracle = withLimit("1", () => jest.requireActual<typeof import("./libreoffice")>("./libreoffice"));
  it("fails as a timeout of soffice, naming the file and the variable", async () => {
    const run = oracle.recalculate([{ name: "pay-2027.xlsx", data: Buffer.from("not read") }]);
    await expect(run).rejects.toThrow(
      /^LibreOffice \(soffice\) timed out converting pay-2027\.xlsx to xlsx: stopped after 0\.001 s \(set SALES_KIT_SOFFICE_TIMEOUT_MS/,
    );
  });
});
