/**
 * Loads dist/functions.js the way Excel does: in a bare JavaScript context where only
 * CustomFunctions (and a minimal Office) exist, capturing the associate() calls.
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

export function loadFunctionsBundle(): LoadedFunctions {
  const byId = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => byId.set(id, fn),
      Error: FakeCustomFunctionsError,
      ErrorCode: ERROR_CODES,
    },
    Office: { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) },
  };
  const given = new Set(Object.keys(sandbox));
  const context = vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), context, {
    filename: "functions.js",
  });
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
  const leakedGlobals = Object.keys(sandbox).filter((k) => !given.has(k));
  return { byId, metadata, leakedGlobals };
}
