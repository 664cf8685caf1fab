/**
 * The 1-5 rating scale of the reviews: bilingual dropdown labels that start with their score, so
 * a sheet formula (VALUE(LEFT(label,1))) and the collector read the same number from a label.
 */
import { CHOICES } from "../../i18n/sheets/reviews";

export type Score = 1 | 2 | 3 | 4 | 5;

/** Labels from 5 (Exceptional) down to 1 (Unsatisfactory), as the dropdown lists them. */
export const RATING_LABELS: readonly string[] = CHOICES.ratings;

export function ratingLabel(score: number): string {
  const label = RATING_LABELS[5 - score];
  if (!Number.isInteger(score) || label === undefined) throw new RangeError(`rating ${score} is not 1-5`);
  return label;
}

/**
 * The score of a label exactly as the dropdown offers it; null for blank; undefined for anything else
 * (typed over, pasted, or a label of another scale), which the collector reports as invalid.
 */
export function scoreOfLabel(value: unknown): Score | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const i = RATING_LABELS.indexOf(trimmed);
  return i < 0 ? undefined : ((5 - i) as Score);
}

/** The sheet formula for a rating cell's score: blank stays blank. */
export function scoreFormula(ratingCell: string): string {
  return `=IF(${ratingCell}="","",VALUE(LEFT(${ratingCell},1)))`;
}
