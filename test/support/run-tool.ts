/**
 * Runs a command-line program of the test machine (soffice, ssconvert) and gives back what it
 * printed. Its exit code says little (soffice exits 0 even when a file failed to load): callers
 * check the files it was to write. A run that outlives its limit is killed and rejects with a
 * ToolTimeout, so that a slow machine reads as a timeout and not as output that is missing.
 */
import { spawn } from "child_process";
import path from "path";

export class ToolTimeout extends Error {
  constructor(
    readonly binary: string,
    readonly timeoutMs: number,
    readonly log: string,
  ) {
    super(
      `${path.basename(binary)} did not finish within ${timeoutMs / 1000} s and was stopped; its output so far:\n${log}`,
    );
    this.name = "ToolTimeout";
  }
}

export function runTool(
  binary: string,
  args: readonly string[],
  timeoutMs: number,
  env?: NodeJS.ProcessEnv,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], ...(env ? { env } : {}) });
    let log = "";
    let timedOut = false;
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", () => {
      clearTimeout(timer);
      if (timedOut) reject(new ToolTimeout(binary, timeoutMs, log));
      else resolve(log);
    });
  });
}
