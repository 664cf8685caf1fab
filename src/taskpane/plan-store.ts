/**
 * Saved plans (form settings a user wants to rerun next quarter) kept as one JSON document in a
 * backend: a custom XML part or the document settings of the workbook (office/plan-backends.ts), or
 * this browser's storage. The document is small text; the backends only read and write it whole.
 */
import type { PlanKind, PlanStore, SavedPlan } from "./services";

export interface TextBackend {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

const KINDS: readonly PlanKind[] = ["goals", "incentives", "reviews", "feedback", "crm"];

interface PlansDocument {
  readonly version: 1;
  readonly plans: readonly SavedPlan[];
}

function isSavedPlan(value: unknown): value is SavedPlan {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kind === "string" &&
    (KINDS as readonly string[]).includes(v.kind) &&
    typeof v.name === "string" &&
    typeof v.savedAt === "string" &&
    "data" in v
  );
}

/** Plans from the stored text; anything unreadable counts as no plans rather than an error. */
export function parsePlans(text: string | null): SavedPlan[] {
  if (!text) return [];
  try {
    const doc = JSON.parse(text) as Partial<PlansDocument>;
    return Array.isArray(doc.plans) ? doc.plans.filter(isSavedPlan) : [];
  } catch {
    return [];
  }
}

export function serializePlans(plans: readonly SavedPlan[]): string {
  const doc: PlansDocument = { version: 1, plans };
  return JSON.stringify(doc);
}

export function planStore(backend: TextBackend, where: PlanStore["where"]): PlanStore {
  return {
    where,
    async list(kind) {
      return parsePlans(await backend.read())
        .filter((p) => p.kind === kind)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async save(plan) {
      const others = parsePlans(await backend.read()).filter(
        (p) => !(p.kind === plan.kind && p.name === plan.name),
      );
      await backend.write(serializePlans([...others, plan]));
    },
  };
}

// The custom XML part wraps the JSON document in one element of the add-in's namespace.
export const PLANS_NAMESPACE = "urn:sales-kit:plans:1";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

export function plansToXml(text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><plans xmlns="${PLANS_NAMESPACE}">${escapeXml(text)}</plans>`;
}

/** The JSON text inside the part; null when the part holds something else. */
export function plansFromXml(xml: string): string | null {
  const m = /<(?:\w+:)?plans\b[^>]*>([\s\S]*)<\/(?:\w+:)?plans>/.exec(xml);
  return m ? unescapeXml(m[1]) : null;
}

/** This browser's storage (browser mode); null when storage is blocked. */
export function localStorageBackend(key = "sales-kit.plans"): TextBackend | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    storage.getItem(key);
    return {
      read: async () => storage.getItem(key),
      write: async (text) => storage.setItem(key, text),
    };
  } catch {
    return null;
  }
}
