/**
 * The Teams sheet (team quota, credited actual and attainment per period, and the team pool) and the
 * Awards sheet (the period's best salesperson and best team, found by MAX over the qualifying scores;
 * under a "share" or "all" tie rule the winner cell names everyone tied at the top, joined, from
 * columns that collect the tied names row by row; under "first" it names the first listed. The
 * Calculation sheet pays ties by the plan's tie rule).
 */
import type { PlanModel } from "../../kpi/plan/model";
import type { IncentiveSheetTexts } from "../../i18n/sheets/incentives";
import { sheetRef } from "../../workbook/a1";
import type { CellInput } from "../../workbook/spec";
import { FORMATS, Grid, at, atColumn, formula, text } from "./grid";
import type { AwardsLayout, CalcLayout, TeamsLayout } from "./layout";
import { NAMES, measureNames } from "./names";
import { EMPLOYMENT_NAMES } from "./proration";
import { employmentTextsOf } from "../../i18n/sheets/employment";

export function buildTeamsSheet(
  name: string,
  model: PlanModel,
  texts: IncentiveSheetTexts,
  layout: TeamsLayout,
): Grid {
  const t = texts.teams;
  const c = layout.col;
  const g = new Grid(name);
  g.heading(text(t.title(model.name)), t.note);
  const headers: CellInput[] = [
    texts.common.team,
    texts.common.periodNo,
    texts.common.period,
    employmentTextsOf(texts).teamsMembers,
  ];
  model.measures.forEach((m) =>
    headers.push(text(t.quota(m.name)), text(t.credited(m.name)), text(t.attainment(m.name))),
  );
  if (c.funded !== null) headers.push(t.funded, t.pool);
  g.setRow(layout.headerRow, 0, headers);
  g.styleCells(layout.headerRow, 0, 1, layout.width, "header");

  model.teams.forEach((team, ti) => {
    model.periods.forEach((period, p) => {
      const y = layout.row(ti, p);
      const key = `(${NAMES.calcTeam}=${atColumn(y, c.team)})*(${NAMES.calcPeriod}=${atColumn(y, c.period)})`;
      g.setRow(y, 0, [
        text(team),
        p + 1,
        period.label,
        formula(`SUMPRODUCT(${key}*(${EMPLOYMENT_NAMES.calcDaysEmployed}>0))`),
      ]);
      model.measures.forEach((_, m) => {
        const n = measureNames(m);
        g.set(y, c.quota(m), formula(`SUMPRODUCT(${key}*${n.calcQuota})`));
        g.set(y, c.credited(m), formula(`SUMPRODUCT(${key}*${n.calcCredited})`));
        g.set(
          y,
          c.attainment(m),
          formula(`IF(${at(y, c.quota(m))}=0,0,${at(y, c.credited(m))}/${at(y, c.quota(m))})`),
        );
      });
      if (model.teamPool && c.funded !== null && c.pool !== null) {
        const m = model.teamPool.measure;
        g.set(y, c.funded, formula(`${at(y, c.attainment(m))}>=${NAMES.poolThreshold}`));
        g.set(
          y,
          c.pool,
          formula(
            `IF(${at(y, c.funded)},${NAMES.poolAmount}+${NAMES.poolExcessRate}*MAX(0,${at(y, c.credited(m))}-${at(y, c.quota(m))}),0)`,
          ),
        );
      }
    });
  });
  const rows = model.teams.length * model.periods.length;
  g.styleCells(layout.firstRow, 3, rows, layout.width - 3, "computed");
  g.formatCells(layout.firstRow, c.members, rows, 1, FORMATS.count);
  model.measures.forEach((_, m) => {
    g.formatCells(layout.firstRow, c.quota(m), rows, 2, FORMATS.money);
    g.formatCells(layout.firstRow, c.attainment(m), rows, 1, FORMATS.percent);
  });
  if (c.pool !== null) g.formatCells(layout.firstRow, c.pool, rows, 1, FORMATS.money);
  for (let col = 0; col < layout.width; col++) g.width(col, col === 0 ? 20 : 14);
  return g;
}

export interface AwardsContext {
  readonly model: PlanModel;
  readonly texts: IncentiveSheetTexts;
  readonly layout: AwardsLayout;
  readonly calc: CalcLayout;
  readonly teams: TeamsLayout;
  readonly sheetNames: { readonly calculation: string; readonly teams: string };
}

export function buildAwardsSheet(name: string, ctx: AwardsContext): Grid {
  const { model, texts, layout } = ctx;
  const t = texts.awards;
  const g = new Grid(name);
  const P = model.periods.length;
  g.heading(text(t.title(model.name)), t.note);
  const labels = model.periods.map((p) => p.label);
  g.setRow(layout.headerRow, 0, [texts.common.period, ...labels]);
  g.styleCells(layout.headerRow, 0, 1, P + 1, "header");
  /** The tied-names column of period p: right of the scores, after a column repeating the names. */
  const tiedCol = (p: number) => P + 3 + p;
  const calcRef = (row: number, col: number) => sheetRef(ctx.sheetNames.calculation, at(row, col, true));
  const teamsRef = (row: number, col: number) => sheetRef(ctx.sheetNames.teams, at(row, col, true));

  /** Winner, score, recognition and bonus rows over a block of qualifying scores. */
  const summary = (
    rows: { winner: number; score: number; title: number; bonus: number },
    labelsOf: { winner: string; bonus: string },
    scoresTop: number,
    count: number,
    titleName: string,
    bonusName: string,
    tied: boolean,
    tieName: string,
  ) => {
    g.setRow(rows.winner, 0, [labelsOf.winner]);
    g.setRow(rows.score, 0, [t.score]);
    g.setRow(rows.title, 0, [t.recognition]);
    g.setRow(rows.bonus, 0, [labelsOf.bonus]);
    for (let p = 0; p < P; p++) {
      const col = layout.col(p);
      const scores = `${at(scoresTop, col, true)}:${at(scoresTop + count - 1, col, true)}`;
      const names = `${at(scoresTop, 0, true)}:${at(scoresTop + count - 1, 0, true)}`;
      const w = at(rows.winner, col);
      // Ties named together: the last row of the tied-names column holds every top score's name. The
      // tie rule is read live, so a rule changed to "first" on the plan sheet names the first again
      // (the Calculation sheet pays "first" to the rep the winner cell names).
      const first = `INDEX(${names},MATCH(MAX(${scores}),${scores},0))`;
      const winner = tied
        ? `IF(${tieName}="first",${first},${at(scoresTop + count - 1, tiedCol(p), true)})`
        : first;
      g.set(rows.winner, col, formula(`IF(COUNT(${scores})=0,"",${winner})`));
      g.set(rows.score, col, formula(`IF(${w}="","",MAX(${scores}))`));
      g.set(rows.title, col, formula(`IF(${w}="","",${titleName})`));
      g.set(rows.bonus, col, formula(`IF(${w}="",0,${bonusName})`));
    }
    g.styleCells(rows.winner, 0, 4, 1, "label");
    g.styleCells(rows.winner, 1, 4, P, "computed");
    g.formatCells(rows.bonus, 1, 1, P, FORMATS.money);
  };

  const qualifying = (
    titleRow: number,
    top: number,
    title: string,
    names: readonly string[],
    header: string,
    cell: (i: number, p: number) => { attainment: string; score: string; employed?: string },
    minName: string,
    format: string,
    tied: boolean,
  ) => {
    g.set(titleRow, 0, text(title));
    g.style(at(titleRow, 0), "subtitle");
    g.setRow(top - 1, 0, [header, ...labels]);
    g.styleCells(top - 1, 0, 1, P + 1, "header");
    names.forEach((n, i) => {
      g.set(top + i, 0, text(n));
      for (let p = 0; p < P; p++) {
        const { attainment, score, employed } = cell(i, p);
        const qualifies = `IF(ISNUMBER(${minName}),${attainment}>=${minName},TRUE)`;
        // A rep not employed in the period cannot win it.
        const test = employed ? `AND(${employed}>0,${qualifies})` : qualifies;
        g.set(top + i, layout.col(p), formula(`IF(${test},${score},"")`));
      }
    });
    g.styleCells(top, 1, names.length, P, "computed");
    g.formatCells(top, 1, names.length, P, format);
    if (!tied) return;
    g.printTo(P);
    // Row by row, the names whose score equals the period's top score, joined in list order: a
    // running text instead of one long formula, so any team size stays inside Excel's limits.
    g.setRow(top - 1, tiedCol(0) - 1, [t.tiedSoFar, ...labels]);
    g.styleCells(top - 1, tiedCol(0) - 1, 1, P + 1, "header");
    names.forEach((n, i) => {
      const y = top + i;
      g.set(y, tiedCol(0) - 1, text(n));
      for (let p = 0; p < P; p++) {
        const col = layout.col(p);
        const score = at(y, col);
        const scores = `${at(top, col, true)}:${at(top + names.length - 1, col, true)}`;
        const name = at(y, 0);
        const top1 = `AND(ISNUMBER(${score}),${score}=MAX(${scores}))`;
        if (i === 0) {
          g.set(y, tiedCol(p), formula(`IF(${top1},${name},"")`));
          continue;
        }
        const prev = at(y - 1, tiedCol(p));
        const sep = JSON.stringify(t.tieSeparator);
        g.set(y, tiedCol(p), formula(`IF(${top1},IF(${prev}="",${name},${prev}&${sep}&${name}),${prev})`));
      }
    });
    g.styleCells(top, tiedCol(0) - 1, names.length, P + 1, "computed");
  };

  const rule = model.bestRep;
  if (rule && layout.bestRep && layout.repScores !== null && layout.repScoresTitle !== null) {
    const R = model.reps.length;
    summary(
      layout.bestRep,
      { winner: t.bestRep, bonus: t.bonus },
      layout.repScores,
      R,
      NAMES.bestRepTitle,
      NAMES.bestRepBonus,
      (rule.tie ?? "first") !== "first",
      NAMES.bestRepTie,
    );
    g.formatCells(layout.bestRep.score, 1, 1, P, rule.by === "attainment" ? FORMATS.percent : FORMATS.money);
    const mc = ctx.calc.col.measures[rule.measure];
    qualifying(
      layout.repScoresTitle,
      layout.repScores,
      t.repScores(rule.by, model.measures[rule.measure].name),
      model.reps.map((r) => r.name),
      texts.common.rep,
      (r, p) => {
        const y = ctx.calc.row(r, p);
        return {
          attainment: calcRef(y, mc.attainment),
          score: calcRef(y, rule.by === "attainment" ? mc.attainment : mc.credited),
          employed: calcRef(y, ctx.calc.col.daysEmployed),
        };
      },
      NAMES.bestRepMin,
      rule.by === "attainment" ? FORMATS.percent : FORMATS.money,
      (rule.tie ?? "first") !== "first",
    );
  }
  const teamRule = model.bestTeam;
  if (teamRule && layout.bestTeam && layout.teamScores !== null && layout.teamScoresTitle !== null) {
    summary(
      layout.bestTeam,
      { winner: t.bestTeam, bonus: t.bonusPerMember },
      layout.teamScores,
      model.teams.length,
      NAMES.bestTeamTitle,
      NAMES.bestTeamBonus,
      (teamRule.tie ?? "first") !== "first",
      NAMES.bestTeamTie,
    );
    g.formatCells(layout.bestTeam.score, 1, 1, P, FORMATS.percent);
    qualifying(
      layout.teamScoresTitle,
      layout.teamScores,
      t.teamScores(model.measures[teamRule.measure].name),
      model.teams,
      texts.common.team,
      (ti, p) => {
        const ref = teamsRef(ctx.teams.row(ti, p), ctx.teams.col.attainment(teamRule.measure));
        return { attainment: ref, score: ref };
      },
      NAMES.bestTeamMin,
      FORMATS.percent,
      (teamRule.tie ?? "first") !== "first",
    );
  }
  g.width(0, 24);
  for (let p = 0; p < P; p++) g.width(layout.col(p), 16);
  const tiedNames =
    (model.bestRep && (model.bestRep.tie ?? "first") !== "first") ||
    (model.bestTeam && (model.bestTeam.tie ?? "first") !== "first");
  if (tiedNames) {
    g.width(tiedCol(0) - 1, 24);
    for (let p = 0; p < P; p++) g.width(tiedCol(p), 24);
  }
  return g;
}
