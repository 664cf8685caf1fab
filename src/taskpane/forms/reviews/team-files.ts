/**
 * The whole team's reviews from the pane, as `sales-kit reviews` makes them: one private workbook per
 * rep (named safely from the rep's name; no manager review in it), the manager's copy of each manager
 * review in the manager's folder, and the manager's index, each review carrying an unguessable
 * identifier that the index records (so collecting tells a copy made for another rep from the real
 * one). Pure: the identifiers come from the caller.
 */
import type { Locale } from "../../../i18n";
import { reviewTexts } from "../../../i18n/sheets/reviews";
import {
  assignFileNames,
  buildReviewIndex,
  defaultCompetencies,
  pairMentors,
} from "../../../generators/reviews";
import { buildPrivateReviewFiles } from "../../../generators/reviews/rep-workbook";
import type { ReviewConfig } from "../../../schemas/review";
import type { Rep } from "../../../schemas/roster";
import type { OutputFile } from "../../services";

export function teamReviewFiles(
  locale: Locale,
  reps: readonly Rep[],
  config: ReviewConfig,
  newId: () => string,
): OutputFile[] {
  const competencies = config.competencies ?? defaultCompetencies();
  const mentors = pairMentors(reps, config.period.end, config.mentoring);
  const texts = reviewTexts(locale).file;
  const indexFile = `${texts.index}.xlsx`;
  const names = assignFileNames(
    reps.map((r) => r.name),
    [indexFile, texts.managerFolder],
  );
  const ids = reps.map(() => newId());
  const entries = reps.map((rep, i) => ({ rep, file: names[i], id: ids[i] }));
  const reviews = reps.map((rep, i) =>
    buildPrivateReviewFiles({ locale, rep, config, competencies, kpis: [], mentors, id: ids[i] }),
  );
  return [
    ...reviews.map((r, i) => ({ fileName: names[i], spec: r.rep })),
    ...reviews.map((r, i) => ({ fileName: `${texts.managerFolder}/${names[i]}`, spec: r.manager })),
    { fileName: indexFile, spec: buildReviewIndex({ locale, config, entries, mentors }) },
  ];
}
