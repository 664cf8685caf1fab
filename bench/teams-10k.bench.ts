/**
 * 10,000 reps through the CLI (issue 23): `sales-kit incentives` (10,000 reps x 12 months, every
 * plan mechanic) and `sales-kit goals` (10,000 reps x 12 months x 3 metrics), each run as a child
 * process from the input files to the .xlsx, as a user runs it. Prints, for a script:
 *   incentives-10k peak-rss-mb: N
 *   goals-10k peak-rss-mb: N
 * Peak RSS is the child's "Maximum resident set size" from /usr/bin/time -v (the kernel's count for
 * the whole process, ExcelJS's skeleton, the zip and the file included); without /usr/bin/time, the
 * child's own getrusage. The child is this bundle run with `cli ...`: the CLI's code, bundled with the
 * CLI's own webpack settings, Node's zlib registered and the heap's growth limited as the CLI's entry
 * (src/cli/sales-kit.ts) does.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os, { loadavg } from "os";
import path from "path";
import "../src/hosts/xlsx/stream-deflate-node";
import { limitHeapGrowth } from "../src/cli/heap-growth";
import { main } from "../src/cli/main";
import { isoFromSerial } from "../src/schemas/dates";
import type { Rep } from "../src/schemas/roster";
import { goalInput } from "./goal-input";
import { incentiveInput } from "./incentive-input";

const REPS = Number(process.env.TEAMS_BENCH_REPS ?? 10_000);
const TIME = "/usr/bin/time";

function rosterCsv(roster: readonly Rep[]): string {
  const lines = ["name,role,team,manager,hire date"];
  for (const r of roster)
    lines.push(
      [r.name, r.role, r.team, r.manager, r.hireDate === null ? "" : isoFromSerial(r.hireDate)].join(","),
    );
  return lines.join("\n") + "\n";
}

interface Run {
  /** The CLI's message when it did not exit 0 (the peak RSS is then up to its failure). */
  readonly failed: string | null;
  readonly rssMb: number;
  readonly seconds: number;
  readonly fileMb: number;
}

function runCli(dir: string, args: string[], out: string): Run {
  const self = [process.argv[1], "cli", ...args, "--out", out];
  const timed = fs.existsSync(TIME);
  const t0 = performance.now();
  const r = timed
    ? spawnSync(TIME, ["-v", process.execPath, ...self], { cwd: dir, encoding: "utf8" })
    : spawnSync(process.execPath, self, {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, TEAMS_BENCH_RUSAGE: "1" },
      });
  const seconds = (performance.now() - t0) / 1000;
  const failed =
    r.status === 0 ? null : `exit ${r.status}: ${r.stderr.split("\n").slice(0, 3).join(" ").slice(0, 600)}`;
  const kb = timed
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1])
    : Number(/rusage-maxrss-kb: (\d+)/.exec(r.stderr)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no peak RSS for ${args[0]}: ${r.stderr}`);
  const file = path.join(dir, out);
  return {
    failed,
    rssMb: kb / 1024,
    seconds,
    fileMb: fs.existsSync(file) ? fs.statSync(file).size / 1048576 : 0,
  };
}

function bench(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sales-kit-teams-"));
  try {
    const inc = incentiveInput(REPS);
    fs.writeFileSync(path.join(dir, "roster.csv"), rosterCsv(inc.roster));
    fs.writeFileSync(path.join(dir, "plan.json"), JSON.stringify(inc.plan));
    const goals = goalInput(REPS);
    fs.writeFileSync(path.join(dir, "goal-roster.csv"), rosterCsv(goals.roster));
    fs.writeFileSync(path.join(dir, "goals.json"), JSON.stringify(goals.config));
    const n = REPS.toLocaleString("en-US");
    const label = REPS === 10_000 ? "10k" : String(REPS);
    const runs: [string, string[]][] = [
      ["goals", ["goals", "--roster", "goal-roster.csv", "--config", "goals.json"]],
      ["incentives", ["incentives", "--roster", "roster.csv", "--config", "plan.json"]],
    ];
    const only = process.env.TEAMS_BENCH_ONLY;
    for (const [name, args] of runs.filter(([name]) => !only || name === only)) {
      const load = loadavg()[0];
      const r = runCli(dir, args, `${name}.xlsx`);
      console.log(
        `${name}: ${n} reps, sales-kit ${args[0]} as a child process: ${r.seconds.toFixed(1)} s, file ${r.fileMb.toFixed(1)} MB, ` +
          `peak RSS ${r.rssMb.toFixed(0)} MB (${fs.existsSync(TIME) ? "/usr/bin/time -v" : "getrusage"}; load average ${load.toFixed(1)} at the start)`,
      );
      if (r.failed)
        console.log(
          `${name}: sales-kit ${args[0]} FAILED (peak RSS above is up to the failure): ${r.failed}`,
        );
      else console.log(`${name}-${label} peak-rss-mb: ${r.rssMb.toFixed(0)}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "cli") {
  limitHeapGrowth();
  main(process.argv.slice(3)).then(
    (code) => {
      if (process.env.TEAMS_BENCH_RUSAGE)
        process.stderr.write(`rusage-maxrss-kb: ${process.resourceUsage().maxRSS}\n`);
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 70;
    },
  );
} else bench();
