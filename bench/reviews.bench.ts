/**
 * `sales-kit reviews` for a team of 200 (goal: under 10 s on these machines), split into building
 * the WorkbookSpecs and writing the .xlsx files, then `sales-kit collect` reading the 200 files back.
 * CPU time is printed beside wall time: other jobs may share the two cores.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { performance } from "perf_hooks";
import { main } from "../src/cli/main";
import { defaultCompetencies } from "../src/generators/reviews/competencies";
import { pairMentors } from "../src/generators/reviews/mentors";
import { buildRepReviewWorkbook } from "../src/generators/reviews/rep-workbook";
import { writeXlsx } from "../src/hosts/xlsx/write";
import { reviewConfig } from "../src/schemas/review";
import type { Rep } from "../src/schemas/roster";

const REPS = 200;
const GOAL_MS = 10_000;

function roster(): string {
  const lines = ["name,role,team,manager,hire date"];
  for (let i = 0; i < REPS; i++) {
    const year = 2015 + (i % 11);
    const month = String((i % 12) + 1).padStart(2, "0");
    lines.push(`Rep ${i} 代表${i},Account executive,Team ${i % 10},Manager ${i % 10},${year}-${month}-01`);
  }
  return lines.join("\n") + "\n";
}

interface Timing<T> {
  readonly value: T;
  readonly wallMs: number;
  readonly cpuMs: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<Timing<T>> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const line = (label: string, text: string) => console.log(`${label.padEnd(26)}${text}`);

async function bench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sales-kit-bench-reviews-"));
  try {
    fs.writeFileSync(path.join(dir, "team.csv"), roster());
    const quiet = {
      cwd: dir,
      env: { LANG: "en_US.UTF-8" },
      stdout: () => {},
      stderr: (t: string) => void process.stderr.write(t),
    };

    const reviews = await timed(() =>
      main(["reviews", "--roster", "team.csv", "--period", "2025-H1", "--out", "out"], quiet),
    );
    if (reviews.value !== 0) throw new Error(`reviews exited with ${reviews.value}`);
    const files = fs.readdirSync(path.join(dir, "out"));
    const bytes = files.reduce((s, f) => s + fs.statSync(path.join(dir, "out", f)).size, 0);

    // The same work without the command line, split into its two halves.
    const config = reviewConfig({ period: "2025-H1" });
    const reps: Rep[] = Array.from({ length: REPS }, (_, i) => ({
      name: `Rep ${i}`,
      role: "AE",
      team: `Team ${i % 10}`,
      manager: "M",
      hireDate: 42000 + i * 20,
    }));
    const mentors = pairMentors(reps, config.period.end, config.mentoring);
    const competencies = defaultCompetencies();
    const build = await timed(async () =>
      reps.map((rep) =>
        buildRepReviewWorkbook({ locale: "en-US", rep, config, competencies, kpis: [], mentors }),
      ),
    );
    const write = await timed(async () => {
      for (const spec of build.value) await writeXlsx(spec);
    });

    const collect = await timed(() => main(["collect", "out", "--out", "summary.xlsx"], quiet));
    if (collect.value !== 0) throw new Error(`collect exited with ${collect.value}`);
    const load = os.loadavg()[0];
    const cores = os.cpus().length;

    line(
      `reviews, ${REPS} reps:`,
      `${seconds(reviews.wallMs)} wall, ${seconds(reviews.cpuMs)} CPU (${(reviews.wallMs / REPS).toFixed(1)} ms per rep); ` +
        `${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`,
    );
    line(
      "  share of the 10 s goal:",
      `${(reviews.wallMs / GOAL_MS).toFixed(2)} wall, ${(reviews.cpuMs / GOAL_MS).toFixed(2)} CPU`,
    );
    const both = build.cpuMs + write.cpuMs;
    line(
      "  build specs:",
      `${seconds(build.cpuMs)} CPU (${((build.cpuMs / both) * 100).toFixed(0)}% of build + write)`,
    );
    line(
      "  write .xlsx (ExcelJS):",
      `${seconds(write.cpuMs)} CPU (${((write.cpuMs / both) * 100).toFixed(0)}%)`,
    );
    line(
      `collect, ${REPS} files:`,
      `${seconds(collect.wallMs)} wall, ${seconds(collect.cpuMs)} CPU (${(collect.wallMs / REPS).toFixed(1)} ms per file)`,
    );
    line("heap after:", `${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
    line(
      "load average (1 min):",
      `${load.toFixed(1)} on ${cores} cores${load > cores ? " (other jobs were running: wall times are inflated)" : ""}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

bench().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
