/**
 * Goal sheets recalculated by LibreOffice and compared with the reference computed in the test from
 * the KPI core: ramp factors, elapsed shares, targets, actuals, attainment, gap, expected, pace,
 * projection, status, weighted scores, ranks, growth, achievability and every team, manager and
 * all-reps roll-up, for seeded random teams (one of them live on TODAY()).
 */
import {
  GoalLayout,
  ROLLUP,
  generateGoalWorkbook,
  goalContext,
  teamsLayout,
} from "../../../src/generators/goals";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { goalSheetTexts } from "../../../src/i18n/sheets/goals";
import { GoalPlan, validateGoalInput } from "../../../src/schemas/goals";
import { cellAddress } from "../../../src/workbook/a1";
import {
  OracleValue,
  RecalculatedWorkbook,
  describeWithLibreOffice,
  expectClose,
  recalculate,
} from "../../oracle/libreoffice";
import { randomCase } from "./random-team";
import { Reference, StatusKey, computeReference } from "./reference";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 131, 149];

interface Built {
  readonly name: string;
  readonly plan: GoalPlan;
  readonly data: Buffer;
}

function plan(seed: number, live: boolean): GoalPlan {
  const c = randomCase(seed, live);
  const result = validateGoalInput(c.roster, c.config, { config: `seed ${seed}` });
  if (!result.ok) throw new Error(`seed ${seed}: ${JSON.stringify(result.issues, null, 1)}`);
  return result.value;
}

function blank(v: OracleValue): boolean {
  return v === null || v === "";
}

/** Collects mismatches instead of stopping at the first, so one run shows every broken cell. */
class Checker {
  readonly problems: string[] = [];
  constructor(
    private readonly wb: RecalculatedWorkbook,
    private readonly label: string,
  ) {}

  number(sheet: string, row: number, col: number, expected: number | null, what: string): void {
    const address = cellAddress(row - 1, col);
    const got = this.wb.get(sheet, address);
    try {
      if (expected === null) {
        if (!blank(got)) throw new Error(`expected blank, got ${JSON.stringify(got)}`);
      } else expectClose(got, expected, 1e-9);
    } catch (error) {
      this.problems.push(`${this.label} ${sheet}!${address} (${what}): ${(error as Error).message}`);
    }
  }

  text(sheet: string, row: number, col: number, expected: string | null, what: string): void {
    const address = cellAddress(row - 1, col);
    const got = this.wb.get(sheet, address);
    const ok = expected === null ? blank(got) : got === expected;
    if (!ok)
      this.problems.push(
        `${this.label} ${sheet}!${address} (${what}): expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`,
      );
  }
}

function checkWorkbook(
  p: GoalPlan,
  ref: Reference,
  wb: RecalculatedWorkbook,
  label: string,
): { problems: string[]; cells: number } {
  const ctx = goalContext(p, p.locale);
  const layout: GoalLayout = ctx.layout;
  const t = goalSheetTexts(p.locale);
  const words = (k: StatusKey) => t.status[k];
  const c = new Checker(wb, label);
  const g = layout.goals;
  const cols = g.cols;
  const N = layout.names;
  let cells = 0;
  const num = (sheet: string, row: number, col: number, v: number | null, what: string) => {
    cells++;
    c.number(sheet, row, col, v, what);
  };
  const txt = (sheet: string, row: number, col: number, v: string | null, what: string) => {
    cells++;
    c.text(sheet, row, col, v, what);
  };

  num(N.settings, layout.settings.asOfRow, 1, ref.asOf, "as of");
  ref.elapsed.forEach((e, j) => num(N.settings, layout.settings.monthRow(j), 6, e, `elapsed ${j}`));
  ref.factors.forEach((row, i) =>
    row.forEach((f, j) =>
      num(N.ramp, layout.ramp.firstRow + i, layout.ramp.firstMonthCol + j, f, `ramp ${i},${j}`),
    ),
  );
  p.reps.forEach((_, i) => {
    p.metrics.forEach((m, k) => {
      const r = g.row(i, k);
      const l = ref.lines[i][k];
      const what = (s: string) => `${p.reps[i].name}/${m.id} ${s}`;
      num(N.goals, r, cols.target, l.target, what("target"));
      l.monthly.forEach((v, j) => num(N.goals, r, cols.monthTarget + j, v, what(`month ${j}`)));
      num(N.goals, r, cols.actual, l.actual, what("actual"));
      num(N.goals, r, cols.attainment, l.attainment, what("attainment"));
      num(N.goals, r, cols.gap, l.gap, what("gap"));
      num(N.goals, r, cols.expected, l.expected, what("expected"));
      num(N.goals, r, cols.pace, l.pace, what("pace"));
      num(N.goals, r, cols.projected, l.projected, what("projected"));
      txt(N.goals, r, cols.status, words(l.status), what("status"));
      num(N.goals, r, cols.score, l.score, what("score"));
      num(N.goals, r, cols.growth, l.growth, what("growth"));
      txt(N.goals, r, cols.achievability, l.band && t.band[l.band], what("achievability"));
    });
    num(N.scorecard, layout.scorecard.firstRow + i, layout.scorecard.scoreCol, ref.scores[i], `score ${i}`);
    num(N.scorecard, layout.scorecard.firstRow + i, layout.scorecard.rankCol, ref.ranks[i], `rank ${i}`);
  });

  const tl = teamsLayout(ctx);
  const rows = [
    ...tl.byTeam.map((x) => ({ ...x, filter: (i: number) => p.reps[i].team === x.group })),
    ...tl.byManager.map((x) => ({
      ...x,
      filter: (i: number) => (p.reps[i].manager || t.noManager) === x.group,
    })),
    ...tl.all.map((x) => ({ ...x, filter: () => true })),
  ];
  for (const { group, metric, row, filter } of rows) {
    const ru = ref.rollup(filter, metric);
    const what = (s: string) => `${group ?? "all"}/${p.metrics[metric].id} ${s}`;
    num(N.teams, row, ROLLUP.reps, ru.reps, what("reps"));
    num(N.teams, row, ROLLUP.target, ru.target, what("target"));
    num(N.teams, row, ROLLUP.actual, ru.actual, what("actual"));
    num(N.teams, row, ROLLUP.attainment, ru.attainment, what("attainment"));
    num(N.teams, row, ROLLUP.expected, ru.expected, what("expected"));
    num(N.teams, row, ROLLUP.pace, ru.pace, what("pace"));
    txt(N.teams, row, ROLLUP.status, words(ru.status), what("status"));
  }
  for (const { team, row } of tl.teamScores) {
    const members = p.reps
      .map((rep, i) => (rep.team === team ? ref.scores[i] : null))
      .filter((s): s is number => s !== null);
    num(N.teams, row, 2, members.reduce((s, v) => s + v, 0) / members.length, `${team} average score`);
  }
  return { problems: c.problems, cells };
}

describeWithLibreOffice("goal sheets recalculated by LibreOffice", () => {
  let built: Built[] = [];
  let results: Map<string, RecalculatedWorkbook>;

  beforeAll(async () => {
    const cases = [
      ...SEEDS.map((seed) => ({ seed, live: false })),
      { seed: 7, live: true },
      { seed: 8, live: true },
    ];
    built = await Promise.all(
      cases.map(async ({ seed, live }) => {
        const p = plan(seed, live);
        return {
          name: `${live ? "live" : "seed"}-${seed}.xlsx`,
          plan: p,
          data: await writeXlsx(generateGoalWorkbook(p)),
        };
      }),
    );
    results = await recalculate(built.map(({ name, data }) => ({ name, data })));
  }, 240_000);

  it("covers what it claims: new hires, zero months, both directions, averages, history, TODAY()", () => {
    const plans = built.map((b) => b.plan);
    const all = plans.flatMap((p) => p.reps.map((r) => ({ p, r })));
    expect(all.some(({ p, r }) => r.hireDate !== null && r.hireDate > p.period.start)).toBe(true);
    expect(plans.some((p) => p.split.includes(0))).toBe(true);
    expect(plans.some((p) => p.metrics.some((m) => m.direction === "lower"))).toBe(true);
    expect(plans.some((p) => p.metrics.some((m) => m.aggregation === "average"))).toBe(true);
    expect(plans.some((p) => p.history.length > 0)).toBe(true);
    expect(plans.some((p) => p.asOf === null)).toBe(true);
    expect(new Set(plans.map((p) => p.period.type)).size).toBeGreaterThanOrEqual(3);
    const lines = plans.flatMap((p) => computeReference(p).lines.flat());
    expect(new Set(lines.map((l) => l.status))).toEqual(
      new Set(["onTrack", "atRisk", "offTrack", "notStarted"]),
    );
    expect(new Set(lines.map((l) => l.band))).toEqual(new Set([null, "above", "below", "within"]));
    expect(lines.some((l) => l.target === 0)).toBe(true);
    expect(
      plans.some((p) => p.lines.flat().some((l) => (l.baseline ?? 0) < 0 && l.source.kind === "growth")),
    ).toBe(true);
  });

  it("matches the reference in every checked cell", () => {
    const problems: string[] = [];
    let cells = 0;
    for (const b of built) {
      const r = checkWorkbook(b.plan, computeReference(b.plan), results.get(b.name)!, b.name);
      problems.push(...r.problems);
      cells += r.cells;
    }
    if (problems.length)
      throw new Error(`${problems.length} mismatches:\n${problems.slice(0, 40).join("\n")}`);
    expect(cells).toBeGreaterThan(2000);
    process.stdout.write(`goal oracle: ${cells} cells in ${built.length} workbooks match\n`);
  });
});
