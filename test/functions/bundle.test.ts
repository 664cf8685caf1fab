/** The shipped functions.js, called by id from the shipped functions.json, as Excel does. */
import {
  ERROR_CODES,
  FakeCustomFunctionsError,
  loadFunctionsBundle,
} from "../support/custom-functions-sandbox";
import { CATALOGUE } from "../../src/functions/catalogue";
import { dateSerial, parseCall, parseValue } from "./excel-formula";

describe("dist/functions.js in a bare context", () => {
  const loaded = loadFunctionsBundle();

  it("registers every function listed in functions.json, and nothing else", () => {
    const ids = loaded.metadata.functions.map((f) => f.id).sort();
    expect([...loaded.byId.keys()].sort()).toEqual(ids);
    expect(ids).toContain("ATTAINMENT");
  });

  it("needs no DOM, React or webpack runtime chunk, and leaves no globals", () => {
    expect(loaded.leakedGlobals).toEqual([]);
  });

  const call = (id: string, ...args: unknown[]) => loaded.byId.get(id)!(...args);
  /** Excel passes every declared parameter: omitted optional ones as null. */
  const callExcel = (id: string, ...args: unknown[]) => {
    const meta = loaded.metadata.functions.find((f) => f.id === id)!;
    const full = meta.parameters.map((_, i) => (i < args.length ? args[i] : null));
    return call(id, ...full);
  };
  const code = (r: unknown) => (r instanceof FakeCustomFunctionsError ? r.code : r);

  it("ATTAINMENT: 1.44M of a 1.2M target is 1.2 (1,440,000 / 1,200,000)", () => {
    expect(call("ATTAINMENT", 1440000, 1200000, null)).toBeCloseTo(1.2, 12);
  });

  it("ATTAINMENT lower-is-better: cost 90 against a cap of 100 is 1 + 10/100 = 1.1", () => {
    expect(call("ATTAINMENT", 90, 100, "lower")).toBeCloseTo(1.1, 12);
  });

  it("ATTAINMENT errors are Excel errors, not exceptions", () => {
    const div0 = call("ATTAINMENT", 5, 0, null) as FakeCustomFunctionsError;
    expect(div0).toBeInstanceOf(FakeCustomFunctionsError);
    expect(div0.code).toBe(ERROR_CODES.divisionByZero);
    const bad = call("ATTAINMENT", 5, 10, "sideways") as FakeCustomFunctionsError;
    expect(bad.code).toBe(ERROR_CODES.invalidValue);
    expect(bad.message).toMatch(/direction/);
  });

  describe("every catalogue example gives the result its help text promises", () => {
    it.each(CATALOGUE.map((f) => [f.name, f.example.formula, f.example.result] as const))(
      "%s: %s -> %s",
      (name, formula, result) => {
        const { name: called, args } = parseCall(formula);
        expect(called).toBe(name);
        const got = callExcel(name, ...args);
        // A spill is written as an array constant, a number as a number, text as it reads.
        const expected =
          result.startsWith("{") || !Number.isNaN(Number(result)) ? parseValue(result) : result;
        const close = (g: unknown, e: unknown) => {
          if (typeof e === "number") {
            expect(typeof g).toBe("number");
            expect(Math.abs((g as number) - e)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(e)));
          } else {
            expect(g).toBe(e === null ? "" : e);
          }
        };
        if (Array.isArray(expected)) {
          expect(Array.isArray(got)).toBe(true);
          const rows = got as unknown[][];
          expect(rows.map((r) => r.length)).toEqual(expected.map((r) => r.length));
          expected.forEach((row, i) => row.forEach((cell, j) => close(rows[i][j], cell)));
        } else {
          close(got, expected);
        }
      },
    );
  });

  describe("the issue's worked examples through the bundle", () => {
    const jun = (d: number) => dateSerial(2025, 6, d);
    it("RUNRATE: 96,000 after day 12 of 30 (calendar) -> 240,000", () => {
      expect(callExcel("RUNRATE", 96000, jun(1), jun(30), jun(12), null, "calendar")).toBe(240000);
    });
    it("REQUIREDRATE: 96,000 of 260,000 on day 12 of 30 -> 164,000 / 18 = 9,111.11", () => {
      expect(callExcel("REQUIREDRATE", 96000, 260000, jun(30), jun(12), null, "calendar")).toBeCloseTo(
        9111.11,
        2,
      );
    });
    it("VELOCITY: 40, 25%, 25,000, 90 days -> 2,777.78", () => {
      expect(callExcel("VELOCITY", 40, 0.25, 25000, 90)).toBeCloseTo(2777.78, 2);
    });
    it("COMMISSION: 50%/60% from 0/100,000 on 180,000 -> retro 108,000, marginal 98,000", () => {
      const tiers = [
        [0, 0.5],
        [100000, 0.6],
      ];
      expect(callExcel("COMMISSION", 180000, tiers, "retro")).toBe(108000);
      expect(callExcel("COMMISSION", 180000, tiers)).toBe(98000);
    });
    it("DRAW: draw 1,500, earned 500 then 3,000 -> paid 1,500 then 2,000", () => {
      expect(callExcel("DRAW", [[500], [3000]], 1500)).toEqual([
        [1500, 1000],
        [2000, 0],
      ]);
    });
  });

  describe("errors reach Excel as CustomFunctions.Error, #VALUE! and #N/A with a bilingual message", () => {
    it.each([
      ["GROWTH", [5, 0], ERROR_CODES.divisionByZero],
      [
        "COMMISSION",
        [
          1,
          [
            [0, 0.1],
            [0, 0.2],
          ],
        ],
        ERROR_CODES.invalidValue,
      ],
      ["COMMISSION", ["x", [[0, 0.1]]], ERROR_CODES.invalidValue],
      ["CHURN", [-1, 2], ERROR_CODES.invalidNumber],
      ["TOPPERFORMER", [[[""]], [[""]]], ERROR_CODES.notAvailable],
      [
        "SCORECARD",
        [
          [[1], [1]],
          [[0.5], [0.6]],
        ],
        ERROR_CODES.invalidValue,
      ],
    ])("%s(%j) -> %s", (id, args, expected) => {
      const r = callExcel(id as string, ...(args as unknown[])) as FakeCustomFunctionsError;
      expect(r).toBeInstanceOf(FakeCustomFunctionsError);
      expect(r.code).toBe(expected);
      // Only #VALUE! and #N/A carry a message in Excel (custom-functions-errors doc).
      if (expected === ERROR_CODES.invalidValue || expected === ERROR_CODES.notAvailable)
        expect(r.message).toMatch(/[\u4e00-\u9fff]/);
      else expect(r.message).toBeUndefined();
    });

    it("a spilling function with bad input spills a single error cell", () => {
      const r = callExcel(
        "DRAW",
        [
          [1, 2],
          [3, 4],
        ],
        10,
      ) as unknown[][];
      expect(r).toHaveLength(1);
      expect(code(r[0][0])).toBe(ERROR_CODES.invalidValue);
    });
  });
});
