/**
 * Tests that need a program from Debian's packages (LibreOffice, Gnumeric, poppler, Chromium): they FAIL when
 * it is missing and CI is set, and otherwise skip with a printed notice.
 */
import fs from "fs";
import path from "path";

/** The first of `names` that is an executable on PATH, or null. */
export function onPath(...names: string[]): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // not in this directory
      }
    }
  }
  return null;
}

/** describe() when `installed`; otherwise fails under CI (env CI set) or skips with a printed notice. */
export function describeWhenInstalled(
  name: string,
  installed: boolean,
  tools: string,
  packages: string,
  fn: () => void,
): void {
  if (installed) {
    describe(name, fn);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it(`needs ${tools} on PATH`, () => {
        throw new Error(`${tools} is required in CI: apt-get install --no-install-recommends ${packages}`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": ${tools} is not installed; CI runs these tests.`);
  describe.skip(name, fn);
}
