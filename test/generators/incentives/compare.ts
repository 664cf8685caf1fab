/**
 * Compares a recalculated incentive workbook with the engine, cell by cell: attainment, payout,
 * payable and the other money lines per rep and period, team results and award winners.
 * Returns one line per mismatch (empty when everything agrees within 1e-9 relative).
 */
import type { IncentiveLayout } from "../../../src/generators/incentives";
import type { Locale } from "../../../src/i18n";
import { incentiveTexts } from "../../../src/i18n/sheets/incentives";
import { at } from "../../../src/generators/incentives/grid";
import { bandStarts, periodBands } from "../../../src/generators/incentives/statement-sheets";
import type { AwardWinner, PlanResult } from "../../../src/kpi/plan/engine";
import type { PlanModel } from "../../../src/kpi/plan/model";
import type { OracleValue, RecalculatedWorkbook } from "../../oracle/libreoffice";

export const REL_TOL = 1e-9;

function close(got: OracleValue, want: number): boolean {
  return typeof got === "number" && Math.abs(got - want) <= REL_TOL * Math.max(1, Math.abs(want));
}

export interface Comparison {
  readonly mismatches: string[];
  /** Cells compared, to show the test is not vacuous. */
  readonly cells: number;
}

export function compareWorkbook(
  tag: string,
  model: PlanModel,
  result: PlanResult,
  layout: IncentiveLayout,
  wb: RecalculatedWorkbook,
  locale: Locale = "en-US",
): Comparison {
  const mismatches: string[] = [];
  // Under a "share" or "all" tie rule the winner cell names everyone tied, joined in list order.
  const sep = incentiveTexts(locale).awards.tieSeparator;
  const named = (w: AwardWinner | null, tie: "share" | "all" | "first" | undefined) =>
    !w ? "" : (tie ?? "first") === "first" ? w.name : (w.tied ?? [w.name]).join(sep);
  let cells = 0;
  const check = (sheet: string, row: number, col: number, want: number | string | boolean, what: string) => {
    cells++;
    const got = wb.get(sheet, at(row, col));
    const ok = typeof want === "number" ? close(got, want) : got === want;
    if (!ok)
      mismatches.push(
        `${tag} ${sheet}!${at(row, col)} ${what}: sheet ${JSON.stringify(got)}, engine ${JSON.stringify(want)}`,
      );
  };
  const calc = layout.sheets.calculation;
  const c = layout.calc.col;
  model.reps.forEach((rep, r) =>
    model.periods.forEach((_, p) => {
      const y = layout.calc.row(r, p);
      const line = result.lines[r][p];
      const what = (x: string) => `${rep.name} period ${p + 1} ${x}`;
      check(calc, y, c.daysEmployed, line.daysEmployed, what("days employed"));
      check(calc, y, c.periodDays, line.periodDays, what("days in period"));
      line.measures.forEach((ml, i) => {
        const mc = c.measures[i];
        check(calc, y, mc.quota, ml.quota, what(`m${i + 1} quota`));
        check(calc, y, mc.credited, ml.credited, what(`m${i + 1} credited`));
        check(calc, y, mc.attainment, ml.attainment, what(`m${i + 1} attainment`));
        if ((mc.payCredited ?? null) !== null)
          check(calc, y, mc.payCredited!, ml.payCredited, what(`m${i + 1} pay credit`));
        check(calc, y, mc.gate, ml.gateMet, what(`m${i + 1} gate`));
        if (ml.trace)
          ml.trace.forEach((tr, k) =>
            check(calc, y, mc.tierAmount[k], tr.amountInTier, what(`m${i + 1} tier ${k + 1}`)),
          );
        if (ml.fraction !== null)
          check(calc, y, mc.fraction!, ml.fraction, what(`m${i + 1} payout fraction`));
        if (mc.ytd && ml.ytd) check(calc, y, mc.ytd.earned, ml.ytd.earned, what(`m${i + 1} earned to date`));
        check(calc, y, mc.payout, ml.payout, what(`m${i + 1} payout`));
      });
      line.spiffs.forEach((s, j) => check(calc, y, c.spiffs[j].amount, s.amount, what(`SPIFF ${j + 1}`)));
      if (c.teamBonus !== null) check(calc, y, c.teamBonus, line.teamBonus, what("team bonus"));
      if (c.bestRepBonus !== null) check(calc, y, c.bestRepBonus, line.bestRepBonus, what("best rep bonus"));
      if (c.bestTeamBonus !== null)
        check(calc, y, c.bestTeamBonus, line.bestTeamBonus, what("best team bonus"));
      if (c.clawback !== null) check(calc, y, c.clawback, line.clawback, what("clawback"));
      if ((c.returnsReversed ?? null) !== null)
        check(calc, y, c.returnsReversed!, line.returnsReversed, what("returns reversed"));
      check(calc, y, c.earned, line.earned, what("net earned"));
      check(calc, y, c.draw, line.draw, what("draw"));
      check(calc, y, c.payable, line.payable, what("payable"));
      check(calc, y, c.balance, line.balance, what("balance"));
      check(calc, y, c.ytd, line.ytd, what("ytd"));
    }),
  );
  // Each statement's total payable: the total column of its last band (periods beyond four print in
  // bands of four, one below the other).
  const lastBand = bandStarts(model).at(-1) ?? 0;
  const totalColumn = periodBands(model.periods.length).at(-1)!.length + 1;
  model.reps.forEach((rep, r) => {
    const place = layout.statementAt(r);
    const y = place.row + lastBand + 2 + 1 + layout.statement.payableOffset;
    check(
      place.sheet,
      y,
      totalColumn,
      result.lines[r][model.periods.length - 1].ytd,
      `${rep.name} statement payable total`,
    );
  });
  model.teams.forEach((team, t) =>
    model.periods.forEach((_, p) => {
      const y = layout.teams.row(t, p);
      const line = result.teams[t][p];
      check(
        layout.sheets.teams,
        y,
        layout.teams.col.members,
        line.members,
        `${team} period ${p + 1} members`,
      );
      model.measures.forEach((__, m) =>
        check(
          layout.sheets.teams,
          y,
          layout.teams.col.attainment(m),
          line.attainment[m],
          `${team} period ${p + 1} m${m + 1} team attainment`,
        ),
      );
      if (layout.teams.col.pool !== null)
        check(layout.sheets.teams, y, layout.teams.col.pool, line.pool, `${team} period ${p + 1} pool`);
    }),
  );
  const awards = layout.sheets.awards;
  if (awards) {
    result.awards.forEach((a, p) => {
      const col = layout.awards.col(p);
      if (layout.awards.bestRep) {
        check(
          awards,
          layout.awards.bestRep.winner,
          col,
          named(a.bestRep, model.bestRep?.tie),
          `period ${p + 1} best salesperson`,
        );
        if (a.bestRep)
          check(
            awards,
            layout.awards.bestRep.score,
            col,
            a.bestRep.score,
            `period ${p + 1} best salesperson score`,
          );
        check(
          awards,
          layout.awards.bestRep.bonus,
          col,
          a.bestRep ? model.bestRep!.bonus : 0,
          `period ${p + 1} best salesperson bonus`,
        );
      }
      if (layout.awards.bestTeam) {
        check(
          awards,
          layout.awards.bestTeam.winner,
          col,
          named(a.bestTeam, model.bestTeam?.tie),
          `period ${p + 1} best team`,
        );
        if (a.bestTeam)
          check(
            awards,
            layout.awards.bestTeam.score,
            col,
            a.bestTeam.score,
            `period ${p + 1} best team score`,
          );
      }
    });
  }
  return { mismatches, cells };
}
