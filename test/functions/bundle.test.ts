/** The shipped functions.js, called by id from the shipped functions.json, as Excel does. */
import {
  ERROR_CODES,
  FakeCustomFunctionsError,
  loadFunctionsBundle,
} from "../support/custom-functions-sandbox";

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
});
