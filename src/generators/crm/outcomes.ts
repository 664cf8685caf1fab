/**
 * Stages and statuses to outcomes (won, lost, open): 赢单/输单/进行中, Closed Won/Closed Lost and the
 * words each profile adds. Words nobody listed are reported with the outcome they were given.
 */
import type { Outcome, RecordKind } from "../../schemas/crm-fields";
import type { OutcomeWords } from "../../schemas/crm-profile";
import { matchKey } from "./text";

export interface OutcomeReading {
  readonly outcome: Outcome;
  /** False when the word is in no list and the kind's default was used (reported). */
  readonly known: boolean;
}

// English CRMs spell their closed stages with suffixes ("Closed Won - Signed", "Closed Lost (No Budget)").
const CLOSED_WON = /^closed[\s-]*won\b/;
const CLOSED_LOST = /^closed[\s-]*lost\b/;
const CATEGORY = /^c\d+:(.+)$/;

export class OutcomeReader {
  private readonly words = new Map<string, Outcome>();
  /** kind -> status -> stage -> reading: no key string is built per row. */
  private readonly cache = new Map<RecordKind, Map<string, Map<string, OutcomeReading | null>>>();

  constructor(words: OutcomeWords) {
    // The first list a word appears in wins; won and lost before open.
    for (const outcome of ["won", "lost", "open"] as const) {
      for (const w of words[outcome]) {
        const key = matchKey(w);
        if (!this.words.has(key)) this.words.set(key, outcome);
      }
    }
  }

  /** The outcome a word names, or null when no list holds it. */
  wordOutcome(word: string): Outcome | null {
    const key = matchKey(word);
    const listed = this.words.get(key);
    if (listed) return listed;
    if (CLOSED_WON.test(key)) return "won";
    if (CLOSED_LOST.test(key)) return "lost";
    // Bitrix24 writes a pipeline's stages with its category: C6:WON, C2:LOSE.
    const category = CATEGORY.exec(key);
    if (category) return this.words.get(category[1]) ?? null;
    return null;
  }

  /**
   * A deal's outcome: its status when there is one, else its stage; a stage nobody listed is an open
   * stage (CRMs let teams add their own). Orders are sales made unless a status says otherwise.
   * Null when there is nothing to read it from.
   */
  read(kind: RecordKind, stage: string, status: string): OutcomeReading | null {
    let byStatus = this.cache.get(kind);
    if (!byStatus) this.cache.set(kind, (byStatus = new Map()));
    let byStage = byStatus.get(status);
    if (!byStage) byStatus.set(status, (byStage = new Map()));
    const hit = byStage.get(stage);
    if (hit !== undefined) return hit;
    let reading: OutcomeReading | null;
    if (status) {
      const o = this.wordOutcome(status);
      reading = o
        ? { outcome: o, known: true }
        : { outcome: kind === "orders" ? "won" : "open", known: false };
      // A deal whose status is unknown but whose stage is a closed word: the stage decides.
      if (!o && kind === "deals" && stage) {
        const s = this.wordOutcome(stage);
        if (s === "won" || s === "lost") reading = { outcome: s, known: true };
      }
    } else if (kind === "orders") {
      reading = { outcome: "won", known: true };
    } else if (stage) {
      const o = this.wordOutcome(stage);
      reading = o ? { outcome: o, known: true } : { outcome: "open", known: true };
    } else {
      reading = null;
    }
    byStage.set(stage, reading);
    return reading;
  }
}
