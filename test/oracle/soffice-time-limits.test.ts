/**
 * A test file that runs soffice calls sofficeTimeLimits(): the limits its tests and hooks state are
 * budgets that scale with the soffice limit. Here a 1 ms budget (which jest alone would enforce) lets a
 * 50 ms test pass, because it became one soffice run and a margin.
 */
import { sofficeTimeLimits } from "../support/tool-timeout";

sofficeTimeLimits();

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("a file with soffice time limits", () => {
  let ready = false;
  beforeAll(async () => {
    await pause(50);
    ready = true;
  }, 1);

  it("runs a hook past the 1 ms it states", () => {
    expect(ready).toBe(true);
  });

  it("runs a test past the 1 ms it states", () => pause(50), 1);

  it.each([1, 2])("runs table test %i past the 1 ms it states", () => pause(50), 1);
});
