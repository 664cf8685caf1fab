/**
 * The Plan sheet's explanation lines for the mechanics beyond the core ones (caps relative to the
 * target incentive ...): each line appears only when the plan uses that mechanic.
 */
import type { Locale } from "../../i18n";
import { INCENTIVE_MECHANICS_TEXTS } from "../../i18n/sheets/incentive-mechanics";
import type { PlanModel } from "../../kpi/plan/model";
import { hasQuotaCredit } from "../../kpi/plan/quota-credit";

export function mechanicsExplanation(model: PlanModel, locale: Locale): string[] {
  const t = INCENTIVE_MECHANICS_TEXTS[locale].explain;
  const lines: string[] = [];
  const tiCaps = model.measures.flatMap((m) =>
    (m.payoutCapTI ?? null) !== null ? [{ measure: m.name, multiple: m.payoutCapTI! }] : [],
  );
  if (tiCaps.length) lines.push(t.tiCaps(tiCaps));
  const byRole = model.measures.filter((m) => m.roleTiers).map((m) => m.name);
  if (byRole.length) lines.push(t.roleTables(byRole));
  if (model.returns?.length) lines.push(t.returns);
  if (model.currencies) lines.push(t.currencies(model.currency));
  if (hasQuotaCredit(model)) lines.push(t.quotaCredit);
  const ytd = model.measures.filter((m) => m.ytd).map((m) => m.name);
  if (ytd.length) lines.push(t.ytd(ytd, model.negativeTrueUp ?? "carry"));
  const pool = model.teamPool ? model.measures[model.teamPool.measure] : null;
  if (pool?.ytd) lines.push(t.ytdPool(pool.name));
  return lines;
}
