/**
 * Where the workbook keeps saved plans. ExcelApi 1.5 has custom XML parts, which travel with the
 * file and stay out of sight; older Excel gets the document settings (Office common API). Which one
 * is chosen at run time with Office.context.requirements.isSetSupported.
 */
import { PLANS_NAMESPACE, TextBackend, plansFromXml, plansToXml } from "../plan-store";

type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function customXmlBackend(run: Run = (batch) => Excel.run(batch)): TextBackend {
  return {
    read: () =>
      run(async (ctx) => {
        const part = ctx.workbook.customXmlParts.getByNamespace(PLANS_NAMESPACE).getOnlyItemOrNullObject();
        await ctx.sync();
        if (part.isNullObject) return null;
        const xml = part.getXml();
        await ctx.sync();
        return plansFromXml(xml.value);
      }),
    write: (text) =>
      run(async (ctx) => {
        const parts = ctx.workbook.customXmlParts.getByNamespace(PLANS_NAMESPACE).load("items");
        await ctx.sync();
        // One part holds every plan: replace it whole (extra copies would make reading ambiguous).
        parts.items.forEach((p) => p.delete());
        ctx.workbook.customXmlParts.add(plansToXml(text));
        await ctx.sync();
      }),
  };
}

const SETTINGS_KEY = "salesKit.plans";

export function settingsBackend(settings: Office.Settings): TextBackend {
  return {
    read: async () => {
      const value: unknown = settings.get(SETTINGS_KEY);
      return typeof value === "string" ? value : null;
    },
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SETTINGS_KEY, text);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error(result.error?.message ?? "saveAsync failed")),
        );
      }),
  };
}

export type IsSetSupported = (name: string, version: string) => boolean;

/** The best backend this Excel offers, or null (then the pane hides saving). */
export function workbookPlanBackend(
  isSetSupported: IsSetSupported,
  settings: Office.Settings | undefined,
  run?: Run,
): TextBackend | null {
  let xml = false;
  try {
    xml = isSetSupported("ExcelApi", "1.5");
  } catch {
    xml = false;
  }
  if (xml) return customXmlBackend(run);
  if (settings && typeof settings.get === "function" && typeof settings.saveAsync === "function") {
    return settingsBackend(settings);
  }
  return null;
}
