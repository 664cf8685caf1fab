/**
 * Seeds a development plan from what is known when it is generated: competencies the manager rated
 * low or well below the rep's own view, and KPIs below goal mapped to the competency that drives them
 * (a low conversion rate -> needs discovery). Each area comes with a suggested action.
 */
import { attainmentCore } from "../../kpi/attainment";
import { isKpiError } from "../../kpi/result";
import type { Locale } from "../../i18n";
import { COMPETENCY_ACTIONS, CHOICES, pick, reviewTexts } from "../../i18n/sheets/reviews";
import type { Competency, KpiLine, ReviewAnswers } from "../../schemas/review";

/** A manager score at or below this marks a development area. */
export const LOW_RATING = 2;
/** The rep rating themselves this many points above the manager marks one too. */
export const OVERRATED_GAP = 2;

/**
 * Which competency drives a KPI, by words in its key or names (English and Chinese). Order matters:
 * "sales conversion rate" is about discovery, not about closing.
 */
export const KPI_COMPETENCY_RULES: readonly { readonly pattern: RegExp; readonly competency: string }[] = [
  { pattern: /conversion|win[- ]?rate|hit[- ]?rate|转化|赢单率|成交率/i, competency: "needs-discovery" },
  {
    pattern: /lead|prospect|new[- ]?(customer|account|client)|pipeline|线索|新客户|拓客|商机|开发/i,
    competency: "prospecting",
  },
  {
    pattern: /retention|repeat|renewal|satisfaction|nps|churn|visit|follow|复购|续约|满意|回访|留存|流失/i,
    competency: "customer-service",
  },
  { pattern: /activit|calls?\b|crm|data|活动|拜访量|电话|数据/i, competency: "crm-discipline" },
  {
    pattern: /revenue|sales|deal|margin|quota|booking|销售额|收入|业绩|回款|客单价|毛利|签单/i,
    competency: "negotiation-closing",
  },
  { pattern: /product|产品/i, competency: "product-knowledge" },
];

export function competencyForKpi(kpi: Pick<KpiLine, "key" | "name">): string | null {
  const haystack = `${kpi.key} ${kpi.name.en} ${kpi.name.zh}`;
  return KPI_COMPETENCY_RULES.find((r) => r.pattern.test(haystack))?.competency ?? null;
}

export interface DevelopmentArea {
  /** The competency this area develops; null for a KPI no competency rule matched. */
  readonly competency: string | null;
  readonly area: string;
  readonly sources: readonly string[];
  readonly evidence: readonly string[];
  readonly goal: string;
}

export interface SeededAction {
  readonly activity: string;
  /** A label of CHOICES.actionTypes. */
  readonly type: string;
  readonly resource: string;
  readonly mentor: string | null;
  readonly successMeasure: string;
}

export interface SeedInput {
  readonly locale: Locale;
  readonly competencies: readonly Competency[];
  readonly kpis: readonly KpiLine[];
  readonly answers?: ReviewAnswers;
}

function percent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

/** Development areas in competency order, then KPIs no competency covers; one area per competency. */
export function seedDevelopmentAreas(input: SeedInput): DevelopmentArea[] {
  const t = reviewTexts(input.locale).seed;
  const byKey = new Map<string, { sources: Set<string>; evidence: string[] }>();
  const note = (key: string, source: string, evidence: string) => {
    const entry = byKey.get(key) ?? { sources: new Set<string>(), evidence: [] };
    entry.sources.add(source);
    entry.evidence.push(evidence);
    byKey.set(key, entry);
  };
  const known = new Set(input.competencies.map((c) => c.key));
  const nameOf = (key: string) => pick(input.competencies.find((c) => c.key === key)!.name, input.locale);

  for (const c of input.competencies) {
    const manager = input.answers?.manager[c.key];
    const self = input.answers?.self[c.key];
    if (manager === undefined) continue;
    if (manager <= LOW_RATING) note(c.key, t.sourceReview, t.reviewLow(nameOf(c.key), manager));
    else if (self !== undefined && self - manager >= OVERRATED_GAP) {
      note(c.key, t.sourceReview, t.reviewGap(nameOf(c.key), self, manager));
    }
  }
  const orphans: DevelopmentArea[] = [];
  for (const kpi of input.kpis) {
    if (kpi.target === null || kpi.actual === null) continue;
    const a = attainmentCore(kpi.actual, kpi.target, kpi.direction);
    if (isKpiError(a) || a >= 1) continue;
    const name = pick(kpi.name, input.locale);
    const evidence = t.kpiShortfall(name, percent(a));
    const competency = competencyForKpi(kpi);
    if (competency && known.has(competency)) note(competency, t.sourceKpi, evidence);
    else
      orphans.push({
        competency: null,
        area: name,
        sources: [t.sourceKpi],
        evidence: [evidence],
        goal: t.kpiGoal(name),
      });
  }
  const areas: DevelopmentArea[] = input.competencies
    .filter((c) => byKey.has(c.key))
    .map((c) => {
      const entry = byKey.get(c.key)!;
      const name = nameOf(c.key);
      return {
        competency: c.key,
        area: name,
        sources: [...entry.sources],
        evidence: entry.evidence,
        goal: t.goalFor(name),
      };
    });
  return [...areas, ...orphans];
}

/** One suggested action per area: the competency's usual remedy, or coaching by the manager. */
export function seedActions(areas: readonly DevelopmentArea[], locale: Locale): SeededAction[] {
  const t = reviewTexts(locale).seed;
  return areas.map((area) => {
    const suggestion = area.competency ? COMPETENCY_ACTIONS[area.competency] : undefined;
    if (suggestion) {
      return {
        activity: pick(suggestion.activity, locale),
        type: CHOICES.actionTypes[suggestion.type],
        resource: pick(suggestion.resource, locale),
        mentor: null,
        successMeasure: area.competency ? t.successMeasure(area.area) : area.goal,
      };
    }
    return {
      activity: t.coaching(area.area),
      type: CHOICES.actionTypes[1],
      resource: t.managerResource,
      mentor: null,
      successMeasure: area.competency ? t.successMeasure(area.area) : area.goal,
    };
  });
}
