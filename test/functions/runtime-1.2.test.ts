/**
 * dist/functions.js against a stricter custom functions runtime, as documented:
 * - CustomFunctionsRuntime 1.2 (what the manifest asks for) has CustomFunctions.Error; the
 *   ErrorCode enum is tagged 1.3 in the type definitions, so this runtime has no ErrorCode object.
 * - Only #VALUE! and #N/A take a custom message; on the other codes "a custom error message can't
 *   be used" (CustomFunctions.ErrorCode reference; "Handle and return errors from your custom
 *   function"): this runtime refuses one.
 * - The metadata allows custom data for `any` parameters (allowCustomDataForDataTypeAny), so cells
 *   holding data types arrive as objects ("Custom functions and data types").
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { DIST } from "../support/dist";

const MESSAGE_CODES = new Set(["#VALUE!", "#N/A"]);
const ALL_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"]);

class StrictError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    if (!ALL_CODES.has(code)) throw new TypeError(`unknown error code ${String(code)}`);
    if (message !== undefined && !MESSAGE_CODES.has(code))
      throw new TypeError(`a custom message is not allowed with ${code}`);
  }
}

function load12(): Map<string, (...args: unknown[]) => unknown> {
  const byId = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox = {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => byId.set(id, fn),
      Error: StrictError,
    },
    Office: { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) },
  };
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), vm.createContext(sandbox));
  return byId;
}

describe("functions.js on CustomFunctionsRuntime 1.2, messages only where Excel shows them", () => {
  const fns = load12();
  const call = (id: string, ...args: unknown[]) => fns.get(id)!(...args);

  it("returns #DIV/0! and #NUM! without a message, and #VALUE! with one", () => {
    // ATTAINMENT with target 0 divides by zero.
    expect(call("ATTAINMENT", 5, 0, null)).toEqual(new StrictError("#DIV/0!"));
    // PACE with the end before the start is #NUM! (its help says so).
    const num = call("PACE", 10, 100, 46418, 46400, 46410, null, null) as StrictError;
    expect(num).toBeInstanceOf(StrictError);
    expect(num.code).toBe("#NUM!");
    expect(num.message).toBeUndefined();
    const value = call("ATTAINMENT", "lots", 100, null) as StrictError;
    expect(value.code).toBe("#VALUE!");
    expect(value.message).toMatch(/actual/);
  });

  it("reads a value-type data type by its basic value", () => {
    // A currency-formatted number and a plain Double data type: 1,440,000 / 1,200,000 = 1.2.
    const actual = {
      type: "FormattedNumber",
      basicType: "Double",
      basicValue: 1440000,
      numberFormat: "¥#,##0",
    };
    const target = { type: "Double", basicType: "Double", basicValue: 1200000 };
    expect(call("ATTAINMENT", actual, target, null)).toBeCloseTo(1.2, 12);
    const direction = { type: "String", basicType: "String", basicValue: "lower" };
    // Lower is better: 1 + (100 - 90) / 100 = 1.1.
    expect(call("ATTAINMENT", 90, 100, direction)).toBeCloseTo(1.1, 12);
  });

  it("answers #VALUE! with a message for a stock or geography cell, also inside a range", () => {
    const stock = {
      type: "LinkedEntity",
      basicType: "Error",
      basicValue: "#VALUE!",
      text: "Microsoft Corporation",
      id: { domainId: "Stocks", entityId: "x", serviceId: 268435456, culture: "en-US" },
    };
    const r = call("ATTAINMENT", stock, 100, null) as StrictError;
    expect(r).toBeInstanceOf(StrictError);
    expect(r.code).toBe("#VALUE!");
    expect(r.message).toMatch(/actual/);
    // LEADERBOARD spills: its error is a 1x1 array.
    const board = call("LEADERBOARD", [["Li Na"], ["Sam"]], [[182000], [stock]], 1) as StrictError[][];
    expect(board[0][0].code).toBe("#VALUE!");
    expect(board[0][0].message).toBeDefined();
  });
});
