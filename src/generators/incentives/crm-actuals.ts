/**
 * Commission actuals straight from an imported CRM export: the measures of the plan marked `crm:`
 * take their actual per rep and pay period from the CRM data table by SUMIFS (won amount by close
 * date for bookings; the payment amount by payment date for 回款), and the engine's actuals are the
 * same sums worked out from the same records, so the sheets and the reference engine can be compared.
 * Every counted row of the export is accounted for: paid, outside the plan's periods, or owned by
 * someone not on the roster (listed, never silently dropped or paid).
 */
import { crmCommissionTexts, CRM_COMMISSION_ISSUES } from "../../i18n/sheets/crm-commission";
import { crmTexts } from "../../i18n/sheets/crm";
import type { Locale } from "../../i18n";
import type { PlanModel } from "../../kpi/plan/model";
import { isoFromSerial } from "../../schemas/dates";
import type { InputIssue } from "../../schemas/errors";
import type { IncentivePlan } from "../../schemas/incentive-plan";
import { equalsCell } from "../criteria";
import { DataColumn, DataLayout, dataRange } from "../crm/data-sheet";
import type { NormalizedImport } from "../crm/normalize";
import { profileById } from "../crm/profiles";
import { WON, plainText } from "../crm/records";
import { FORMATS, Grid, at, formula, text } from "./grid";
import type { CalcLayout } from "./layout";
import type { StatementDeal, StatementDeals } from "./statement-deals";

/** What a measure reads from the export: the won amount (bookings) or the collected amount (回款). */
export type CrmActualField = "amount" | "collected";

export interface CrmMeasure {
  /** Index of the measure in the plan (and the model). */
  readonly measure: number;
  readonly field: CrmActualField;
}

/** The data columns a CRM measure sums and dates by, and how the sheet names them. */
export interface CrmSource {
  readonly value: DataColumn;
  readonly date: DataColumn;
  /** "payment": a payments (回款) export, whose amount is the money received on its payment date. */
  readonly reads: "amount" | "payment";
}

/** A counted row of the export that no pay period holds. */
export interface OutsideRow {
  readonly row: number;
  readonly owner: string;
  readonly deal: string;
  readonly date: number;
  readonly amount: number;
  readonly measure: number;
}

/** An owner of counted rows who is not on the roster: their rows are not paid. */
export interface OffRosterOwner {
  readonly owner: string;
  readonly measure: number;
  readonly rows: number;
  readonly amount: number;
}

export interface CrmActuals {
  /** The model with the CRM measures' actuals replaced by the export's sums. */
  readonly model: PlanModel;
  readonly measures: readonly CrmMeasure[];
  readonly sources: readonly CrmSource[];
  /** [rep][measure][period]: the SUMIFS of the actual cell, or null where the plan's actual stands. */
  readonly formulas: readonly (readonly (readonly (string | null)[])[])[];
  readonly outside: readonly OutsideRow[];
  readonly offRoster: readonly OffRosterOwner[];
  /**
   * Per rep, measure and period, the deals that earned (the export's rows, and the plan's credit
   * splits of the CRM measures): the statements list them, their total equal to the credited line.
   * Pass to generateIncentiveWorkbook(model, { actualFormulas, statementDeals }) and
   * repStatementWorkbooks({ model, deals }).
   */
  readonly statementDeals: StatementDeals;
}

/** The measures of the plan that read the CRM export, in plan order. */
export function crmMeasures(plan: IncentivePlan): CrmMeasure[] {
  return plan.measures.flatMap((m, i) => (m.crm ? [{ measure: i, field: m.crm }] : []));
}

/** A payments (回款) export: each row money received, its close date the payment date. */
export function isPaymentsExport(imported: NormalizedImport): boolean {
  return profileById(imported.profile.id)?.payments === true;
}

/**
 * What keeps the export from paying the CRM measures: none marked, a collected measure on an export
 * without payment dates (a collection is never dated by its order date), an export in another
 * currency, actuals typed in the plan for a measure the export pays.
 */
export function crmActualsIssues(
  plan: IncentivePlan,
  imported: NormalizedImport,
  currency: string,
  files: { readonly plan?: string; readonly crm: string },
): InputIssue[] {
  const issues: InputIssue[] = [];
  const crmFile = { file: files.crm };
  const planFile = files.plan !== undefined ? { file: files.plan } : {};
  const measures = crmMeasures(plan);
  if (!measures.length)
    issues.push({ ...planFile, field: "measures", ...CRM_COMMISSION_ISSUES.noCrmMeasure(files.crm) });
  const payments = isPaymentsExport(imported);
  for (const m of measures) {
    if (m.field !== "collected" || payments || (imported.has.collected && imported.has.paymentDate)) continue;
    const id = plan.measures[m.measure].id;
    const close = imported.columns.find((c) => c.field === "closeDate")?.header ?? "closeDate";
    issues.push({
      ...crmFile,
      field: `measures[${m.measure}].crm`,
      ...(imported.has.collected
        ? CRM_COMMISSION_ISSUES.collectedUndated(
            id,
            files.crm,
            close,
            imported.columns.find((c) => c.field === "collected")?.header ?? "collected",
          )
        : CRM_COMMISSION_ISSUES.noCollected(id, files.crm)),
    });
  }
  const found = imported.currencies.filter((c) => c !== currency);
  if (measures.length && found.length)
    issues.push({
      ...crmFile,
      field: "currency",
      ...CRM_COMMISSION_ISSUES.currency(files.crm, imported.currencies.join(", "), currency),
    });
  const crmIds = new Set(measures.map((m) => plan.measures[m.measure].id));
  plan.actuals.forEach((a, i) => {
    if (crmIds.has(a.measure))
      issues.push({
        ...planFile,
        field: `actuals[${i}].measure`,
        ...CRM_COMMISSION_ISSUES.plainActuals(a.measure, i),
      });
  });
  return issues;
}

/**
 * What a measure sums and dates by: on a payments export both kinds sum the amount by its close date,
 * which are the money received and its payment date; on an order or deal export bookings sum the
 * won amount by close date and collections the collected amount by the payment date column (the
 * issues refuse a collected measure on an export without one).
 */
function sourceOf(imported: NormalizedImport, field: CrmActualField): CrmSource {
  if (isPaymentsExport(imported)) return { value: "amount", date: "closeDate", reads: "payment" };
  return field === "collected"
    ? { value: "collected", date: "paymentDate", reads: "amount" }
    : { value: "amount", date: "closeDate", reads: "amount" };
}

/**
 * The export's actuals of the CRM measures per rep and period, the SUMIFS that compute them on the
 * Calculation sheet, and the counted rows no period or rep takes. Call after crmActualsIssues found
 * nothing.
 */
export function crmActuals(
  model: PlanModel,
  measures: readonly CrmMeasure[],
  imported: NormalizedImport,
  data: DataLayout,
  calc: CalcLayout,
  locale: Locale,
): CrmActuals {
  const records = imported.recordColumns;
  const repIndex = new Map(model.reps.map((r, i) => [r.name, i]));
  const periods = model.periods;
  const won = crmTexts(locale).outcome.won;
  const sources = measures.map((m) => sourceOf(imported, m.field));

  const actuals = model.actuals.map((byMeasure) => byMeasure.map((series) => [...series]));
  for (const m of measures) for (const rep of actuals) rep[m.measure] = periods.map(() => 0);
  const outside: OutsideRow[] = [];
  const deals: StatementDeal[] = [];
  const offRoster = new Map<string, OffRosterOwner>();
  for (let i = 0; i < records.length; i++) {
    if (records.outcome[i] !== WON) continue;
    // A split deal is one row per owner: each is credited the amount times their share.
    const share = records.share[i];
    const entry = records.owners[records.owner[i]];
    const r = entry.rep ? repIndex.get(entry.rep.name) : undefined;
    const owner = plainText(entry.owner);
    for (let k = 0; k < measures.length; k++) {
      const m = measures[k];
      const s = sources[k];
      const whole = s.value === "collected" ? records.collected[i] : records.amount[i];
      const amount = share === share ? whole * share : whole;
      const date = s.date === "paymentDate" ? records.paymentDate[i] : records.closeDate[i];
      // SUMIFS skips blank amounts, and a blank date is in no period (nor outside them).
      if (amount !== amount || date !== date) continue;
      if (r === undefined) {
        const key = `${m.measure}\u0000${owner}`;
        const o = offRoster.get(key) ?? { owner, measure: m.measure, rows: 0, amount: 0 };
        offRoster.set(key, { ...o, rows: o.rows + 1, amount: o.amount + amount });
        continue;
      }
      const p = periods.findIndex((x) => date >= x.start && date <= x.end);
      if (p < 0) {
        outside.push({
          row: records.row[i],
          owner,
          deal: plainText(records.deal[i]),
          date,
          amount,
          measure: m.measure,
        });
        continue;
      }
      actuals[r][m.measure][p] += amount;
      deals.push({
        rep: r,
        measure: m.measure,
        period: p,
        deal: plainText(records.deal[i]) || plainText(records.account[i]),
        date,
        amount: whole,
        share: share === share ? share : 1,
        credited: amount,
      });
    }
  }
  // The plan's own credit splits add to the same credited line (Credit splits sheet): listed too.
  const crmSet = new Set(measures.map((m) => m.measure));
  for (const c of model.credits)
    if (crmSet.has(c.measure))
      deals.push({
        rep: c.rep,
        measure: c.measure,
        period: c.period,
        deal: c.deal,
        date: null,
        amount: c.amount,
        share: c.share,
        credited: c.amount * c.share,
      });

  const split = data.columns.share !== undefined;
  const formulas = model.reps.map((rep, r) =>
    model.measures.map((_, i) => {
      const k = measures.findIndex((m) => m.measure === i);
      if (k < 0) return periods.map(() => null);
      const s = sources[k];
      return periods.map((period, p) => {
        const repCell = at(calc.row(r, p), calc.col.rep);
        if (split) {
          // Amount x share has no SUMIFS form: SUMPRODUCT, its comparisons coerced by the products.
          const d = dataRange(data, s.date);
          return (
            `SUMPRODUCT((${dataRange(data, "owner")}=${repCell})*(${dataRange(data, "outcome")}="${won}")*` +
            `(${d}>=${period.start})*(${d}<=${period.end})*${dataRange(data, s.value)}*${dataRange(data, "share")})`
          );
        }
        return (
          `SUMIFS(${dataRange(data, s.value)},${dataRange(data, "owner")},${equalsCell(repCell, rep.name)},` +
          `${dataRange(data, "outcome")},"=${won}",` +
          `${dataRange(data, s.date)},">=${period.start}",${dataRange(data, s.date)},"<=${period.end}")`
        );
      });
    }),
  );

  // Plans in several currencies keep their conversion columns: the export's actual is in the plan currency.
  const fx = model.currencies;
  const currencies = fx
    ? {
        ...fx,
        actualCurrency: fx.actualCurrency.map((row) => row.map((c, i) => (crmSet.has(i) ? "" : c))),
        entered: fx.entered.map((row, r) => row.map((series, i) => (crmSet.has(i) ? actuals[r][i] : series))),
      }
    : undefined;
  return {
    model: { ...model, actuals, ...(currencies ? { currencies } : {}) },
    measures,
    sources,
    formulas,
    outside,
    offRoster: [...offRoster.values()],
    statementDeals: {
      measures: measures.map((m, k) => ({
        measure: m.measure,
        dated: sources[k].reads === "payment" || sources[k].date === "paymentDate" ? "payment" : "close",
      })),
      deals,
    },
  };
}

export interface CrmCommissionSheetContext {
  readonly actuals: CrmActuals;
  readonly data: DataLayout;
  readonly calc: CalcLayout;
  readonly calcSheet: string;
  readonly locale: Locale;
}

/**
 * The sheet that says which measure reads which column and reconciles the export with the
 * Calculation sheet by formula: total in the export = paid + outside the periods + not on the roster.
 */
export function buildCrmCommissionSheet(name: string, ctx: CrmCommissionSheetContext): Grid {
  const { actuals, data, calc, locale } = ctx;
  const model = actuals.model;
  const t = crmCommissionTexts(locale);
  const crm = crmTexts(locale);
  const g = new Grid(name);
  g.heading(text(t.title), t.note(data.sheet, ctx.calcSheet));
  const periods = model.periods;
  const first = periods[0].start;
  const last = periods[periods.length - 1].end;
  const won = `"=${crm.outcome.won}"`;
  const calcRef = (col: number) =>
    `'${ctx.calcSheet.replace(/'/g, "''")}'!${at(calc.firstRow, col, true)}:${at(calc.lastRow, col, true)}`;

  let y = 3;
  g.set(y, 0, text(t.sources.heading));
  g.style(at(y, 0), "header");
  y++;
  const s = t.sources;
  g.header(
    y,
    0,
    [s.measure, s.reads, s.datedBy, s.total, s.paid, s.outside, s.offRoster, s.difference].map(text),
  );
  y++;
  actuals.measures.forEach((m, k) => {
    const src = actuals.sources[k];
    const v = dataRange(data, src.value);
    const d = dataRange(data, src.date);
    const team = dataRange(data, "team");
    const outcome = dataRange(data, "outcome");
    const split = data.columns.share !== undefined;
    const share = split ? dataRange(data, "share") : "";
    // Won rows' credited amounts under more conditions, as [SUMIFS pair, SUMPRODUCT factor].
    // A collected amount without its payment date is in no period: left out of the total as well.
    const dated: [string, string][] = src.date === "paymentDate" ? [[`${d},">0"`, `${d}>0`]] : [];
    const sum = (...criteria: [string, string][]) => {
      const more = [...dated, ...criteria];
      return split
        ? `SUMPRODUCT((${outcome}="${crm.outcome.won}")*${more.map(([, f]) => `(${f})*`).join("")}${v}*${share})`
        : `SUMIFS(${v},${outcome},${won}${more.map(([pair]) => `,${pair}`).join("")})`;
    };
    const onRoster: [string, string] = [`${team},"<>${crm.notOnRoster}"`, `${team}<>"${crm.notOnRoster}"`];
    const reads =
      src.reads === "payment"
        ? t.field.payment
        : m.field === "collected"
          ? t.field.collected
          : t.field.amount;
    const datedBy =
      src.reads === "payment" || src.date === "paymentDate" ? t.date.paymentDate : t.date.closeDate;
    g.setRow(y, 0, [
      text(model.measures[m.measure].name),
      text(reads),
      text(datedBy),
      formula(sum()),
      formula(`SUM(${calcRef(calc.col.measures[m.measure].direct)})`),
      formula(
        `${sum(onRoster, [`${d},"<${first}"`, `${d}<${first}`])}+${sum(onRoster, [`${d},">${last}"`, `${d}>${last}`])}`,
      ),
      formula(sum([`${team},"=${crm.notOnRoster}"`, `${team}="${crm.notOnRoster}"`])),
      formula(`ROUND(${at(y, 3)}-${at(y, 4)}-${at(y, 5)}-${at(y, 6)},2)`),
    ]);
    g.formatCells(y, 3, 1, 5, FORMATS.money);
    g.styleCells(y, 3, 1, 5, "computed");
    y++;
  });

  y++;
  const c = t.columns;
  g.set(y, 0, text(t.outsideHeading(isoFromSerial(first), isoFromSerial(last))));
  g.style(at(y, 0), "header");
  y++;
  g.header(y, 0, [c.row, c.owner, c.deal, c.date, c.amount, c.measure].map(text));
  y++;
  if (!actuals.outside.length) g.set(y++, 0, text(t.none));
  for (const o of actuals.outside) {
    g.setRow(y, 0, [
      o.row,
      text(o.owner),
      text(o.deal),
      o.date,
      o.amount,
      text(model.measures[o.measure].name),
    ]);
    g.formatCells(y, 3, 1, 1, FORMATS.date);
    g.formatCells(y, 4, 1, 1, FORMATS.money);
    y++;
  }

  y++;
  g.set(y, 0, text(t.offRosterHeading));
  g.style(at(y, 0), "header");
  y++;
  g.header(y, 0, [c.owner, c.rows, c.amount, c.measure].map(text));
  y++;
  if (!actuals.offRoster.length) g.set(y++, 0, text(t.none));
  for (const o of actuals.offRoster) {
    g.setRow(y, 0, [text(o.owner), o.rows, o.amount, text(model.measures[o.measure].name)]);
    g.formatCells(y, 2, 1, 1, FORMATS.money);
    y++;
  }
  // 121 characters: one landscape page wide at about 80% (8.8 pt) in LibreOffice, full size in Excel;
  // the amount columns hold 99,999,999.00 and their labels wrap (152 printed at 7 pt).
  [14, 22, 22, 13, 13, 13, 13, 11].forEach((w, i) => g.width(i, w));
  return g;
}
