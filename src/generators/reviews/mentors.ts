/**
 * Mentor pairing for new hires by a stated rule: a rep hired within the last N months gets a mentor
 * from the same team who has at least M months with the company and a free place; the mentor with
 * the fewest mentees wins, then the longest-serving, then the name. Deterministic for a given roster.
 */
import { edate } from "../../kpi/dates";
import type { MentoringRules } from "../../schemas/review";
import type { Rep } from "../../schemas/roster";

export interface MentorPairing {
  readonly mentee: string;
  readonly team: string;
  /** null when no experienced rep of the team had a free place. */
  readonly mentor: string | null;
}

export interface MentorPlan {
  /** Pairings of the new hires, in roster order. */
  readonly pairings: readonly MentorPairing[];
  readonly mentorOf: ReadonlyMap<string, string | null>;
  readonly menteesOf: ReadonlyMap<string, readonly string[]>;
}

/** Hired within `newHireMonths` before `asOf` (or after it: starting soon). */
export function isNewHire(rep: Rep, asOf: number, rules: MentoringRules): boolean {
  return rep.hireDate !== null && rep.hireDate > edate(asOf, -rules.newHireMonths);
}

/** At least `experiencedMonths` with the company on `asOf`; an unknown hire date counts as long-serving. */
export function isExperienced(rep: Rep, asOf: number, rules: MentoringRules): boolean {
  return rep.hireDate === null || rep.hireDate <= edate(asOf, -rules.experiencedMonths);
}

/** Earlier hire first; unknown hire dates are the longest-serving. */
function byTenure(a: Rep, b: Rep): number {
  return (
    (a.hireDate ?? -Infinity) - (b.hireDate ?? -Infinity) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

export function pairMentors(reps: readonly Rep[], asOf: number, rules: MentoringRules): MentorPlan {
  const load = new Map<string, string[]>();
  const mentorOf = new Map<string, string | null>();
  // The earliest new hire chooses first, so a late joiner cannot take the mentor of an earlier one.
  const newHires = reps.filter((r) => isNewHire(r, asOf, rules)).sort(byTenure);
  for (const mentee of newHires) {
    const candidates = reps
      .filter((r) => r.team === mentee.team && r.name !== mentee.name && isExperienced(r, asOf, rules))
      .filter((r) => (load.get(r.name)?.length ?? 0) < rules.maxMentees)
      .sort((a, b) => (load.get(a.name)?.length ?? 0) - (load.get(b.name)?.length ?? 0) || byTenure(a, b));
    const mentor = candidates[0] ?? null;
    mentorOf.set(mentee.name, mentor ? mentor.name : null);
    if (mentor) load.set(mentor.name, [...(load.get(mentor.name) ?? []), mentee.name]);
  }
  const pairings = reps
    .filter((r) => mentorOf.has(r.name))
    .map((r) => ({ mentee: r.name, team: r.team, mentor: mentorOf.get(r.name) ?? null }));
  return { pairings, mentorOf, menteesOf: load };
}
