/**
 * The Teams sheet (team quota, credited actual and attainment per period, and the team pool) and the
 * Awards sheet (the period's best salesperson and best team, found by MAX/INDEX/MATCH over the
 * qualifying scores; the winner cell names the first listed of a tie, the Calculation sheet pays ties
 * by the plan's tie rule).
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
      g.set(
        rows.winner,
        col,
        formula(`IF(COUNT(${scores})=0,"",INDEX(${names},MATCH(MAX(${scores}),${scores},0)))`),
      );
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
    );
  }
  g.width(0, 24);
  for (let p = 0; p < P; p++) g.width(layout.col(p), 16);
  return g;
}
