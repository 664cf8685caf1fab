/**
 * Runs the sales-kit command line in-process for tests: a temporary folder with the input files,
 * main() with its own folder, environment and captured output, and the folder removed afterwards.
 */
import fs from "fs";
import os from "os";
import path from "path";
// As the shipped CLI does (src/cli/sales-kit.ts): Node's native zlib for the .xlsx writer's deflate.
// Without it the in-process CLI deflated in fflate's JavaScript, about a third of the 1,000-rep test's time.
import "../../src/hosts/xlsx/stream-deflate-node";
import { main } from "../../src/cli/main";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A new folder under the system's temporary folder, holding copies of `files` from `from`
 * (every file of `from` when `files` is not given).
 */
export function makeTempDir(prefix: string, from?: string, files?: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (from !== undefined) {
    for (const f of files ?? fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(dir, f));
  }
  return dir;
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs one command line in `cwd`. The environment is only what the test gives (no LANG from the
 * machine running the tests), so the language of the output is the test's choice.
 */
export async function runMain(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}
