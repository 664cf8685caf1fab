/**
 * Runs a command-line program of the test machine (soffice, ssconvert) and gives back what it
 * printed. Its exit code says little (soffice exits 0 even when a file failed to load): callers
 * check the files it was to write.
 */
import { spawn } from "child_process";

export function runTool(
  binary: string,
  args: readonly string[],
  timeoutMs: number,
  env?: NodeJS.ProcessEnv,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], ...(env ? { env } : {}) });
    let log = "";
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", () => {
      clearTimeout(timer);
      resolve(log);
    });
  });
}
