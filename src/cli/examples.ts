/**
 * Finds the bundled examples (examples/ at the repository root) from wherever the CLI runs: the
 * TypeScript sources (src/cli) or the build (dist/cli).
 */
import fs from "fs";
import path from "path";

export function findExamplesDir(start: string = __dirname): string | null {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, "examples");
    if (fs.existsSync(path.join(candidate, "goals", "roster.csv"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
