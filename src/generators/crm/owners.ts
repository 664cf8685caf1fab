/**
 * CRM owners to roster names. A match is exact up to case, width and spacing ("li wei", "Li  Wei",
 * "李 伟"), or through the rep's email, or through the mapping's owner table. Nothing fuzzier: an
 * owner that does not match is reported, not attached to the nearest name.
 */
import type { Rep } from "../../schemas/roster";
import { personKey } from "../../schemas/name-key";

/** The roster's key for a person (spacing, case and width aside): what makes two reps one. */
const ownerKey = personKey;

export interface OwnerProblem {
  readonly owner: string;
  readonly en: string;
  readonly zh: string;
}

export class OwnerMatcher {
  private readonly byKey = new Map<string, Rep>();
  private readonly cache = new Map<string, Rep | null>();
  /** Mapping entries whose roster name is not on the roster. */
  readonly problems: OwnerProblem[] = [];

  constructor(roster: readonly Rep[], aliases: Readonly<Record<string, string>> = {}) {
    for (const rep of roster) {
      this.byKey.set(ownerKey(rep.name), rep);
      if (rep.email) this.byKey.set(ownerKey(rep.email), rep);
      // An id as exported (Salesforce's 18-character OwnerId; the 15-character form is its prefix).
      if (rep.crmId) {
        this.byKey.set(ownerKey(rep.crmId), rep);
        if (rep.crmId.length === 18) this.byKey.set(ownerKey(rep.crmId.slice(0, 15)), rep);
      }
    }
    for (const [owner, name] of Object.entries(aliases)) {
      const rep = this.byKey.get(ownerKey(name));
      if (rep) this.byKey.set(ownerKey(owner), rep);
      else {
        this.problems.push({
          owner,
          en: `owners."${owner}" points at "${name}", who is not on the roster`,
          zh: `owners."${owner}" 指向的“${name}”不在名单中`,
        });
      }
    }
  }

  /** The rep an owner names, or null when none does. */
  match(owner: string): Rep | null {
    const hit = this.cache.get(owner);
    if (hit !== undefined) return hit;
    const rep = this.byKey.get(ownerKey(owner)) ?? null;
    this.cache.set(owner, rep);
    return rep;
  }
}
