/**
 * Development tracks: a top performer gets advanced development (stretch goals, leadership track),
 * a rep behind goal gets a support plan, everyone else the core plan. The same rule runs in
 * TypeScript (to seed the plan) and as a sheet formula (so the track follows the filled-in review).
 */
import { CHOICES } from "../../i18n/sheets/reviews";
import type { TrackRules } from "../../schemas/review";
import { str } from "./sheet-builder";

export type Track = "advanced" | "core" | "support";

/** Support wins over advanced: a rep behind on any measure is helped first. Unknown measures are ignored. */
export function developmentTrack(attainment: number | null, rating: number | null, rules: TrackRules): Track {
  const behind =
    (attainment !== null && attainment < rules.behindAttainment) ||
    (rating !== null && rating < rules.behindRating);
  if (behind) return "support";
  const top =
    (attainment !== null && attainment >= rules.topAttainment) ||
    (rating !== null && rating >= rules.topRating);
  return top ? "advanced" : "core";
}

export function trackLabel(track: Track): string {
  return CHOICES.tracks[track];
}

/** The formula twin of developmentTrack; `attainment` is absent when the review has no KPI lines. */
export function trackFormula(
  attainment: string | undefined,
  rating: string | undefined,
  rules: TrackRules,
): string {
  const test = (ref: string, op: string, bound: number) => `AND(ISNUMBER(${ref}),${ref}${op}${bound})`;
  const behind = rating ? [test(rating, "<", rules.behindRating)] : [];
  const top = rating ? [test(rating, ">=", rules.topRating)] : [];
  if (!attainment && !rating) return `=${str(CHOICES.tracks.core)}`;
  if (attainment) {
    behind.unshift(test(attainment, "<", rules.behindAttainment));
    top.unshift(test(attainment, ">=", rules.topAttainment));
  }
  const { advanced, core, support } = CHOICES.tracks;
  return `=IF(OR(${behind.join(",")}),${str(support)},IF(OR(${top.join(",")}),${str(advanced)},${str(core)}))`;
}
