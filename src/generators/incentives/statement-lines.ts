/**
 * The lines of a pay statement, in one list for both renderings: the team workbook writes each line
 * as a formula on the Calculation (and Plan) sheet, so a rep can click through to the arithmetic; a
 * private per-rep file writes the same line as the value the engine (src/kpi/plan) computed.
 *
 * One sign convention throughout: what adds to pay is positive, what is deducted (clawbacks, returns,
 * a cap, a gate, draw recovered, a negative adjustment) is negative, so the money lines of a measure
 * add up to its payout and the lines from the payouts to the draw lines add up to the payable.
 */
import type { IncentiveSheetTexts } from "../../i18n/sheets/incentives";
import { employmentTextsOf } from "../../i18n/sheets/employment";
import type { StatementTexts } from "../../i18n/sheets/statement";
import type { PlanResult } from "../../kpi/plan/engine";
import type { PlanModel } from "../../kpi/plan/model";
import { tierColumns, tiersFor } from "../../kpi/plan/roles";
import { sheetRef } from "../../workbook/a1";
import { at } from "./grid";
import type { CalcLayout } from "./layout";
import { NAMES, measureNames } from "./names";
import type { PlanSheet } from "./plan-sheet";
import {
  dateFormula,
  employmentNoteFormula,
  joinNotesFormula,
  proratedAmountFormula,
  quote,
} from "./proration";
import { payDateOf, payDateRule } from "./statement-format";

export type LineKind = "money" | "percent" | "rate" | "count" | "text" | "date";
export type Total = "sum" | "last" | "ratio" | "none";

/** Where the formulas point (the team workbook); absent for the private files. */
export interface FormulaSources {
  readonly plan: PlanSheet;
  readonly calc: CalcLayout;
  readonly calcSheet: string;
}

export interface LineSources {
  readonly model: PlanModel;
  readonly texts: IncentiveSheetTexts;
  readonly st: StatementTexts;
  readonly formulas?: FormulaSources;
  readonly result?: PlanResult;
}

export interface StatementLine {
  /** The label as text for rep r (its value in a private file, and the team label unless labelFormula). */
  readonly label: (r: number) => string;
  /** A label computed on the sheet (a tier's range and rate read from the Plan sheet). */
  readonly labelFormula?: (r: number) => string;
  readonly kind: LineKind;
  readonly total: Total;
  /** For "ratio" totals: the lines (offsets back) of numerator and denominator. */
  readonly ratio?: readonly [number, number];
  readonly formula: (r: number, p: number) => string;
  readonly value: (r: number, p: number) => number | string;
  /** The payable line, styled as a total. */
  readonly payable?: boolean;
  /** Text lines that may need more than one line of a cell: the longest text they can show. */
  readonly longest?: (r: number) => string;
  /** The credited line of this measure (index): the deal list of a CRM plan ties to it. */
  readonly credited?: number;
}

/** "80.0%", as TEXT(x,"0.0%") shows it. */
export function percentText(x: number, decimals = 1): string {
  return `${(x * 100).toFixed(decimals)}%`;
}

/** "100,000", as TEXT(x,"#,##0") shows it. */
export function amountText(x: number): string {
  return Math.round(x).toLocaleString("en-US");
}

export function statementLines(s: LineSources): StatementLine[] {
  const { model, texts, st } = s;
  const f = () => s.formulas!;
  const res = () => s.result!;
  const line = (r: number, p: number) => res().lines[r][p];
  const calcCell = (r: number, p: number, col: number) =>
    sheetRef(f().calcSheet, at(f().calc.row(r, p), col, true));
  const col = () => f().calc.col;
  const lines: StatementLine[] = [];
  const add = (l: StatementLine) => lines.push(l);
  const money = (
    label: (r: number) => string,
    formula: (r: number, p: number) => string,
    value: (r: number, p: number) => number,
    total: Total = "sum",
  ) => add({ label, kind: "money", total, formula, value });
  const fixed = (x: string) => () => x;

  // Notes first, so a reader sees a prorated period or a period without quota before its figures.
  const noQuota = model.measures.flatMap((m, i) =>
    m.payout.type === "tiers" && m.payout.on === "attainment" ? [i] : [],
  );
  const et = employmentTextsOf(texts);
  const zeroRule = model.zeroQuota ?? "baseRate";
  add({
    label: fixed(texts.statement.notes),
    kind: "text",
    total: "none",
    formula: (r, p) => {
      const c = col();
      const employment = employmentNoteFormula(
        et,
        calcCell(r, p, c.daysEmployed),
        calcCell(r, p, c.periodDays),
      );
      const quotaNotes = noQuota.map((i) => {
        const m = model.measures[i].name;
        const quota = calcCell(r, p, c.measures[i].quota);
        return `IF(${quota}=0,IF(${NAMES.zeroQuota}="baseRate",${quote(texts.statement.noQuota(m, "baseRate"))},${quote(texts.statement.noQuota(m, "nothing"))}),"")`;
      });
      return joinNotesFormula([employment, ...quotaNotes], et.separator);
    },
    value: (r, p) => {
      const x = line(r, p);
      const notes: string[] = [];
      if (x.daysEmployed === 0) notes.push(et.notEmployed);
      else if (x.daysEmployed < x.periodDays)
        notes.push(
          `${et.prorated.before}${x.daysEmployed}${et.prorated.of}${x.periodDays}${et.prorated.after}`,
        );
      for (const i of noQuota)
        if (x.measures[i].quota === 0) notes.push(texts.statement.noQuota(model.measures[i].name, zeroRule));
      return notes.join(et.separator);
    },
  });
  if (model.compensation.kind === "ote") {
    money(
      fixed(texts.statement.baseSalary),
      (r, p) => {
        const plan = f().plan;
        const row = plan.repRow(r);
        return proratedAmountFormula(
          `${plan.grid.ref(row, plan.col.ote!)}*${plan.grid.ref(row, plan.col.baseMix!)}*${NAMES.monthsPerPeriod}/12`,
          calcCell(r, p, col().daysEmployed),
          calcCell(r, p, col().periodDays),
        );
      },
      (r, p) => line(r, p).baseSalary ?? 0,
    );
  }
  if (model.measures.some((m) => m.payout.type === "curve" || (m.payoutCapTI ?? null) !== null)) {
    money(
      fixed(texts.statement.targetIncentive),
      (r, p) => calcCell(r, p, col().targetIncentive!),
      (r, p) => line(r, p).targetIncentive ?? 0,
    );
  }

  model.measures.forEach((m, i) => {
    const mc = () => col().measures[i];
    const ml = (r: number, p: number) => line(r, p).measures[i];
    const n = measureNames(i);
    money(
      fixed(texts.statement.quota(m.name)),
      (r, p) => calcCell(r, p, mc().quota),
      (r, p) => ml(r, p).quota,
    );
    add({
      label: fixed(texts.statement.credited(m.name)),
      kind: "money",
      total: "sum",
      formula: (r, p) => calcCell(r, p, mc().credited),
      value: (r, p) => ml(r, p).credited,
      credited: i,
    });
    add({
      label: fixed(texts.statement.attainment(m.name)),
      kind: "percent",
      total: "ratio",
      ratio: [1, 2],
      formula: (r, p) => calcCell(r, p, mc().attainment),
      value: (r, p) => ml(r, p).attainment,
    });
    if (m.payout.type === "tiers") {
      const onAttainment = m.payout.on === "attainment";
      if (m.attainmentCap !== null)
        money(
          fixed(st.amountUsed(m.name)),
          (r, p) => calcCell(r, p, mc().amountUsed!),
          (r, p) => ml(r, p).amountUsed ?? 0,
        );
      const K = tierColumns(m);
      // A year-to-date measure's slices are of the amount to date: their total is the last period's.
      const sliceTotal: Total = m.ytd ? "last" : "sum";
      for (let k = 0; k < K; k++) {
        // The range and rate come from the rep's table on the Plan sheet (a role table when it has one).
        const fromName = (r: number, j: number) => {
          const t = model.reps[r].tierTables?.[i] ?? null;
          return t === null ? n.tierFrom(j) : n.roleTierFrom(t, j);
        };
        const rateName = (r: number) => {
          const t = model.reps[r].tierTables?.[i] ?? null;
          return t === null ? n.tierRate(k) : n.roleTierRate(t, k);
        };
        const own = (r: number) => tiersFor(m, model.reps[r], i);
        const head = st.slice(m.name, k + 1);
        const tail = onAttainment ? st.ofQuota : "";
        const show = (x: number) => (onAttainment ? percentText(x) : amountText(x));
        const showFormula = (name: string) =>
          onAttainment ? `TEXT(${name},"0.0%")` : `TEXT(${name},"#,##0")`;
        const rangeLabel = (r: number) => {
          const tiers = own(r);
          if (k >= tiers.length) return `${head.head}-`;
          const last = k === tiers.length - 1;
          return last
            ? `${head.head}${show(tiers[k].from)}${tail}${st.andUp}`
            : `${head.head}${show(tiers[k].from)}${head.joiner}${show(tiers[k + 1].from)}${tail}`;
        };
        const rangeFormula = (r: number) => {
          const tiers = own(r);
          if (k >= tiers.length) return quote(`${head.head}-`);
          const last = k === tiers.length - 1;
          const from = showFormula(fromName(r, k));
          return last
            ? `${quote(head.head)}&${from}&${quote(`${tail}${st.andUp}`)}`
            : `${quote(head.head)}&${from}&${quote(head.joiner)}&${showFormula(fromName(r, k + 1))}${tail ? `&${quote(tail)}` : ""}`;
        };
        add({
          label: rangeLabel,
          labelFormula: rangeFormula,
          kind: "money",
          total: sliceTotal,
          formula: (r, p) => calcCell(r, p, mc().tierAmount[k]),
          value: (r, p) => ml(r, p).trace?.[k]?.amountInTier ?? 0,
        });
        const rateHead = st.sliceRate(m.name, k + 1);
        add({
          label: (r) => {
            const tiers = own(r);
            return k < tiers.length ? `${rateHead}${percentText(tiers[k].rate, 2)}` : `${rateHead}-`;
          },
          labelFormula: (r) =>
            k < own(r).length ? `${quote(rateHead)}&TEXT(${rateName(r)},"0.00%")` : quote(`${rateHead}-`),
          kind: "money",
          total: sliceTotal,
          formula: (r, p) => calcCell(r, p, mc().tierCommission[k]),
          value: (r, p) => ml(r, p).trace?.[k]?.commission ?? 0,
        });
      }
    } else {
      add({
        label: fixed(st.attainmentUsed(m.name)),
        kind: "percent",
        total: "none",
        formula: (r, p) => calcCell(r, p, mc().attainmentUsed!),
        value: (r, p) => ml(r, p).attainmentUsed ?? 0,
      });
      add({
        label: fixed(st.curveFraction(m.name)),
        kind: "percent",
        total: "none",
        formula: (r, p) => calcCell(r, p, mc().fraction!),
        value: (r, p) => ml(r, p).fraction ?? 0,
      });
    }
    // Before the cap: the slices' commissions summed, or the curve's share of the target incentive.
    const rawFormula = (r: number, p: number) => {
      const c = mc();
      if (m.payout.type === "tiers") {
        const first = at(f().calc.row(r, p), c.tierCommission[0], true);
        const last = at(f().calc.row(r, p), c.tierCommission[c.tierCommission.length - 1], true);
        return `SUM(${sheetRef(f().calcSheet, `${first}:${last}`)})`;
      }
      return `${calcCell(r, p, c.fraction!)}*${calcCell(r, p, col().targetIncentive!)}*${n.weight}`;
    };
    const hasCap = m.payoutCap !== null || (m.payoutCapTI ?? null) !== null;
    const gateOk = (r: number, p: number) => calcCell(r, p, mc().gate);
    if (!m.ytd) {
      money(fixed(st.beforeCap(m.name)), rawFormula, (r, p) => ml(r, p).raw);
      if (hasCap)
        money(
          fixed(st.capApplied(m.name)),
          (r, p) => `IF(${gateOk(r, p)},${calcCell(r, p, mc().payout)}-${rawFormula(r, p)},0)`,
          (r, p) => (ml(r, p).gateMet ? ml(r, p).payout - ml(r, p).raw : 0),
        );
      if (m.gate)
        money(
          fixed(st.gateWithheld(m.name)),
          (r, p) => `IF(${gateOk(r, p)},0,-${rawFormula(r, p)})`,
          (r, p) => (ml(r, p).gateMet ? 0 : -ml(r, p).raw),
        );
    } else {
      // A year-to-date measure pays what it earned to date (after gate and caps) less what it paid.
      money(
        fixed(st.ytdEarned(m.name)),
        (r, p) => calcCell(r, p, mc().ytd!.earned),
        (r, p) => ml(r, p).ytd?.earned ?? 0,
        "none",
      );
      money(
        fixed(st.ytdPaidBefore(m.name)),
        (r, p) => `-${calcCell(r, p, mc().ytd!.paidBefore)}`,
        (r, p) => -(ml(r, p).ytd?.paidBefore ?? 0),
        "none",
      );
    }
    if (m.gate) {
      const g = model.measures[m.gate.measure].name;
      const words = st.gateSentence(g, m.name);
      const gi = m.gate.measure;
      const threshold = m.gate.attainment;
      add({
        label: fixed(st.gateReason(m.name)),
        kind: "text",
        total: "none",
        formula: (r, p) =>
          `IF(${gateOk(r, p)},"",${quote(words.before)}&TEXT(${calcCell(r, p, col().measures[gi].attainment)},"0.0%")&${quote(words.middle)}&TEXT(${n.gate},"0.0%")&${quote(words.after)})`,
        value: (r, p) =>
          ml(r, p).gateMet
            ? ""
            : `${words.before}${percentText(line(r, p).measures[gi].attainment)}${words.middle}${percentText(threshold)}${words.after}`,
        longest: () => `${words.before}100.0%${words.middle}${percentText(threshold)}${words.after}`,
      });
    }
    money(
      fixed(texts.statement.payout(m.name)),
      (r, p) => calcCell(r, p, mc().payout),
      (r, p) => ml(r, p).payout,
    );
  });

  model.spiffs.forEach((sp, j) => {
    const sc = () => col().spiffs[j];
    add({
      label: fixed(st.spiffUnits(sp.name)),
      kind: "count",
      total: "sum",
      formula: (r, p) => calcCell(r, p, sc().units),
      value: (r, p) => line(r, p).spiffs[j].units,
    });
    // The rate per unit the count earned: the tier's rate, or the average over the tiers reached.
    add({
      label: fixed(st.spiffRate(sp.name)),
      kind: "money",
      total: "ratio",
      ratio: [-1, 1],
      formula: (r, p) =>
        `IF(${calcCell(r, p, sc().units)}=0,0,${calcCell(r, p, sc().amount)}/${calcCell(r, p, sc().units)})`,
      value: (r, p) => {
        const x = line(r, p).spiffs[j];
        return x.units === 0 ? 0 : x.amount / x.units;
      },
    });
    money(
      fixed(texts.statement.spiff(sp.name)),
      (r, p) => calcCell(r, p, sc().amount),
      (r, p) => line(r, p).spiffs[j].amount,
    );
  });
  if (model.teamPool)
    money(
      fixed(texts.calc.teamBonus),
      (r, p) => calcCell(r, p, col().teamBonus!),
      (r, p) => line(r, p).teamBonus,
    );
  if (model.bestRep)
    money(
      fixed(texts.calc.bestRepBonus),
      (r, p) => calcCell(r, p, col().bestRepBonus!),
      (r, p) => line(r, p).bestRepBonus,
    );
  if (model.bestTeam)
    money(
      fixed(texts.calc.bestTeamBonus),
      (r, p) => calcCell(r, p, col().bestTeamBonus!),
      (r, p) => line(r, p).bestTeamBonus,
    );
  if (model.clawbackSchedule.length)
    money(
      fixed(st.clawback),
      (r, p) => `-${calcCell(r, p, col().clawback!)}`,
      (r, p) => -line(r, p).clawback,
    );
  if (model.returns?.length)
    money(
      fixed(st.returnsReversed),
      (r, p) => `-${calcCell(r, p, col().returnsReversed!)}`,
      (r, p) => -line(r, p).returnsReversed,
    );
  money(
    fixed(texts.calc.adjustment),
    (r, p) => calcCell(r, p, col().adjustment),
    (r, p) => line(r, p).adjustment,
  );
  add({
    label: fixed(st.adjustmentReason),
    kind: "text",
    total: "none",
    // &"" keeps a blank reason blank ("" rather than the 0 a bare reference to an empty cell gives).
    formula: (r, p) => `${calcCell(r, p, col().adjustmentNote)}&""`,
    value: (r, p) => model.adjustmentNotes[r][p],
    longest: (r) => model.adjustmentNotes[r].reduce((a, b) => (b.length > a.length ? b : a), ""),
  });
  money(
    fixed(texts.calc.earned),
    (r, p) => calcCell(r, p, col().earned),
    (r, p) => line(r, p).earned,
  );
  // Draw lines: the payable less net earned, split into what the draw added and what it took back.
  const noDraw = (r: number) => model.reps[r].draw === 0;
  money(
    (r) => (noDraw(r) ? st.negativeCarried : st.drawTopUp),
    (r, p) => `MAX(0,${calcCell(r, p, col().payable)}-${calcCell(r, p, col().earned)})`,
    (r, p) => Math.max(0, line(r, p).payable - line(r, p).earned),
  );
  money(
    (r) => (noDraw(r) ? st.negativeRecovered : st.drawRecovered),
    (r, p) => `-MAX(0,${calcCell(r, p, col().earned)}-${calcCell(r, p, col().payable)})`,
    (r, p) => -Math.max(0, line(r, p).earned - line(r, p).payable),
  );
  add({
    label: fixed(texts.calc.payable),
    kind: "money",
    total: "sum",
    payable: true,
    formula: (r, p) => calcCell(r, p, col().payable),
    value: (r, p) => line(r, p).payable,
  });
  // Without a draw the balance is negative earnings carried forward, not a draw owed.
  money(
    (r) => (noDraw(r) ? texts.statement.negativeBalance : texts.calc.balance),
    (r, p) => calcCell(r, p, col().balance),
    (r, p) => line(r, p).balance,
    "last",
  );
  money(
    fixed(texts.calc.ytd),
    (r, p) => calcCell(r, p, col().ytd),
    (r, p) => line(r, p).ytd,
    "last",
  );
  const rule = payDateRule(model);
  add({
    label: fixed(st.payDate),
    kind: "date",
    total: "none",
    formula: (_r, p) => {
      const end = dateFormula(model.periods[p].end);
      return rule.kind === "offset"
        ? `${end}+${rule.days}`
        : rule.kind === "dates"
          ? dateFormula(payDateOf(model, p))
          : end;
    },
    value: (_r, p) => payDateOf(model, p),
  });
  return lines;
}

/** Index of the Payable line among the lines. */
export function payableIndex(lines: readonly StatementLine[]): number {
  return lines.findIndex((l) => l.payable);
}
