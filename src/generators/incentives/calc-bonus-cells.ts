/**
 * What a row of the Calculation sheet earns beside its measures: SPIFFs, the team pool's share and
 * the best-rep and best-team awards of the Teams and Awards sheets.
 */
import { sheetRef } from "../../workbook/a1";
import type { CalcRow } from "./calc-context";
import { otherSheetRef } from "./calc-context";
import { at, atColumn } from "./grid";
import { NAMES, measureNames, spiffNames } from "./names";
import { EMPLOYMENT_NAMES } from "./proration";

/**
 * The SPIFF amount in one formula: marginal slices summed, or retro via an approximate MATCH. SPIFF
 * tiers count units from 1 (countCommissionCore): tier k holds units from(k)..from(k+1)-1, the slice
 * (from(k)-1, from(k+1)-1] of the count.
 */
export function spiffFormula(j: number, tiers: number, u: string): string {
  const n = spiffNames(j);
  const slices: string[] = [];
  const start = (k: number) => `MAX(0,${n.tierFrom(k)}-1)`;
  for (let k = 0; k < tiers; k++) {
    const slice =
      k === tiers - 1 ? `MAX(0,${u}-${start(k)})` : `MAX(0,MIN(${u},${start(k + 1)})-${start(k)})`;
    slices.push(`${slice}*${n.tierRate(k)}`);
  }
  return `IF(${n.method}="retro",${u}*IFERROR(INDEX(${n.rateRange},MATCH(${u},${n.fromRange},1)),0),${slices.join("+")})`;
}

/** Each SPIFF's units (typed in) and amount; the cells of the amounts. */
export function writeSpiffCells(row: CalcRow): string[] {
  const { ctx, g, y, r, p, A, set } = row;
  const c = ctx.layout.col;
  ctx.model.spiffs.forEach((s, j) => {
    g.set(y, c.spiffs[j].units, ctx.model.spiffUnits[r][j][p]);
    set(c.spiffs[j].amount, spiffFormula(j, s.tiers.length, A(c.spiffs[j].units)));
  });
  return c.spiffs.map((s) => A(s.amount));
}

/** The rep's share of the team pool, when the plan has one; the cell, or null. */
export function writeTeamBonus(row: CalcRow): string | null {
  const { ctx, rep, p, y, A, set } = row;
  const { model } = ctx;
  const c = ctx.layout.col;
  if (c.teamBonus === null || !model.teamPool) return null;
  const tl = ctx.teams;
  const ty = tl.row(model.teams.indexOf(rep.team), p);
  const teamsRef = (r: number, col: number) => otherSheetRef(ctx.sheetNames.teams, r, col);
  const pool = teamsRef(ty, tl.col.pool!);
  const credited = A(c.measures[model.teamPool.measure].credited);
  // Only members employed in the period share the pool; pro rata over their credited actuals.
  const base = `SUMPRODUCT((${NAMES.calcTeam}=${atColumn(y, c.team)})*(${NAMES.calcPeriod}=${row.rowRef.period})*(${EMPLOYMENT_NAMES.calcDaysEmployed}>0)*${measureNames(model.teamPool.measure).calcCredited})`;
  const members = teamsRef(ty, tl.col.members);
  set(
    c.teamBonus,
    `IF(AND(${teamsRef(ty, tl.col.funded!)},${row.days}>0),IF(${NAMES.poolSplit}="proRata",IF(${base}=0,0,${pool}*${credited}/${base}),IF(${members}=0,0,${pool}/${members})),0)`,
  );
  return A(c.teamBonus);
}

/** The best-rep award of the period, when the plan has one; the cell, or null. */
export function writeBestRepBonus(row: CalcRow): string | null {
  const { ctx, r, p, A, set } = row;
  const c = ctx.layout.col;
  if (c.bestRepBonus === null || !ctx.awards.bestRep) return null;
  const col = ctx.awards.col(p);
  const w = otherSheetRef(ctx.sheetNames.awards, ctx.awards.bestRep.winner, col);
  const top = ctx.awards.repScores!;
  const own = otherSheetRef(ctx.sheetNames.awards, top + r, col);
  const R = ctx.model.reps.length;
  const all = sheetRef(ctx.sheetNames.awards, `${at(top, col, true)}:${at(top + R - 1, col, true)}`);
  const bonus = NAMES.bestRepBonus;
  set(
    c.bestRepBonus,
    `IF(${w}="",0,IF(${NAMES.bestRepTie}="first",IF(${w}=${row.rowRef.rep},${bonus},0),IF(AND(ISNUMBER(${own}),${own}=MAX(${all})),IF(${NAMES.bestRepTie}="all",${bonus},${bonus}/COUNTIF(${all},MAX(${all}))),0)))`,
  );
  return A(c.bestRepBonus);
}

/** The best-team award of the period (members employed in it), when the plan has one; the cell, or null. */
export function writeBestTeamBonus(row: CalcRow): string | null {
  const { ctx, rep, p, y, A, set } = row;
  const { model } = ctx;
  const c = ctx.layout.col;
  if (c.bestTeamBonus === null || !ctx.awards.bestTeam) return null;
  const col = ctx.awards.col(p);
  const w = otherSheetRef(ctx.sheetNames.awards, ctx.awards.bestTeam.winner, col);
  const top = ctx.awards.teamScores!;
  const own = otherSheetRef(ctx.sheetNames.awards, top + model.teams.indexOf(rep.team), col);
  const all = sheetRef(
    ctx.sheetNames.awards,
    `${at(top, col, true)}:${at(top + model.teams.length - 1, col, true)}`,
  );
  const bonus = NAMES.bestTeamBonus;
  const tie = NAMES.bestTeamTie;
  set(
    c.bestTeamBonus,
    `IF(OR(${w}="",${row.days}=0),0,IF(${tie}="first",IF(${w}=${atColumn(y, c.team)},${bonus},0),IF(AND(ISNUMBER(${own}),${own}=MAX(${all})),IF(${tie}="all",${bonus},${bonus}/COUNTIF(${all},MAX(${all}))),0)))`,
  );
  return A(c.bestTeamBonus);
}
