/** The default competency list of a review (configurable in review.yaml), equal weights. */
import { DEFAULT_COMPETENCY_TEXTS } from "../../i18n/sheets/reviews";
import type { Competency } from "../../schemas/review";

export function defaultCompetencies(): Competency[] {
  const weight = 1 / DEFAULT_COMPETENCY_TEXTS.length;
  return DEFAULT_COMPETENCY_TEXTS.map((c) => ({
    key: c.key,
    name: { ...c.name },
    description: { ...c.description },
    weight,
  }));
}
