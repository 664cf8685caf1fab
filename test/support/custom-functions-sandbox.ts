/**
 * Loads dist/functions.js the way Excel does: in a bare JavaScript context where only
 * CustomFunctions (and a minimal Office) exist, capturing the associate() calls.
 * loadFunctionsBundleForSpeed runs the same file in this realm instead: Node's vm contexts make
 * every global lookup (Math, Number, Array) slow, which no Excel runtime does.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { DIST } from "./dist";

export class FakeCustomFunctionsError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

export const ERROR_CODES = {
  divisionByZero: "#DIV/0!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface LoadedFunctions {
  /** Functions by the id Excel calls them with. */
  byId: Map<string, (...args: unknown[]) => unknown>;
  metadata: { functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[] };
  /** Globals the bundle left behind, beyond the ones we gave it. */
  leakedGlobals: string[];
}

function fakeGlobals(byId: Map<string, (...args: unknown[]) => unknown>): Record<string, unknown> {
  return {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => byId.set(id, fn),
      Error: FakeCustomFunctionsError,
      ErrorCode: ERROR_CODES,
    },
    Office: { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) },
  };
}

export function functionsBundlePath(): string {
  return path.join(DIST, "functions.js");
}

function readMetadata(): LoadedFunctions["metadata"] {
  return JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
}

export function loadFunctionsBundle(): LoadedFunctions {
  const byId = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox = fakeGlobals(byId);
  const given = new Set(Object.keys(sandbox));
  const context = vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(functionsBundlePath(), "utf8"), context, {
    filename: "functions.js",
  });
  const leakedGlobals = Object.keys(sandbox).filter((k) => !given.has(k));
  return { byId, metadata: readMetadata(), leakedGlobals };
}

/**
 * The same bundle, run in this realm with CustomFunctions and Office passed in as the only names
 * it may use (for speed: fuzzing and benchmarks). It cannot report leaked globals.
 */
export function loadFunctionsBundleForSpeed(): LoadedFunctions {
  const byId = new Map<string, (...args: unknown[]) => unknown>();
  const globals = fakeGlobals(byId);
  const run = new Function("CustomFunctions", "Office", fs.readFileSync(functionsBundlePath(), "utf8"));
  run(globals.CustomFunctions, globals.Office);
  return { byId, metadata: readMetadata(), leakedGlobals: [] };
}
