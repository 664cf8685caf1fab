/**
 * Runs in the pane's page (bundled by fake-excel-bundle.ts, added before any page script): installs
 * the in-memory fake Excel as the Office and Excel globals, so the pane starts in Excel mode and
 * writes through the real Excel host. The test reads the fake's state through window.__fakeExcel.
 * Office.context gains what the pane reads at start (language, theme); request contexts gain custom
 * XML parts (not part of the Excel host's subset), so saved plans work as in Excel.
 */
import { FakeExcel } from "../../support/fake-excel";
import type { PageOptions, XmlPart } from "./fake-excel-page-types";

const options: PageOptions = window.__fakeExcelOptions ?? {};
const excel = new FakeExcel({
  sheets: [{ name: "Sheet1", cells: { A1: "Q1 notes", B2: 42 } }],
  ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
});
const parts: XmlPart[] = [];
let nextId = 1;

type Ctx = ReturnType<FakeExcel["context"]>;

/** The custom XML part calls the pane's plan store makes, queued until sync like Office.js. */
function customXmlParts(ctx: Ctx, pending: (() => void)[]) {
  const live = (ns: string) => parts.filter((p) => !p.deleted && p.xml.includes(`xmlns="${ns}"`));
  return {
    add(xml: string) {
      pending.push(() => parts.push({ id: nextId++, xml, deleted: false }));
    },
    getByNamespace(ns: string) {
      const scoped = {
        items: [] as { delete(): void }[],
        load() {
          pending.push(() => {
            scoped.items = live(ns).map((p) => ({ delete: () => pending.push(() => (p.deleted = true)) }));
          });
          return scoped;
        },
        getOnlyItemOrNullObject() {
          const value = { value: "" };
          const item = { isNullObject: true, getXml: () => value };
          pending.push(() => {
            const found = live(ns);
            item.isNullObject = found.length !== 1;
            if (found.length === 1) value.value = found[0].xml;
          });
          return item;
        },
      };
      return scoped;
    },
    ctx,
  };
}

const run = <T>(batch: (ctx: Ctx) => Promise<T>): Promise<T> =>
  excel.run((ctx) => {
    const pending: (() => void)[] = [];
    const sync = ctx.sync.bind(ctx);
    (ctx.workbook as unknown as Record<string, unknown>).customXmlParts = customXmlParts(ctx, pending);
    ctx.sync = async () => {
      if (options.syncLatencyMs) await new Promise((r) => setTimeout(r, options.syncLatencyMs));
      await sync();
      while (pending.length) pending.shift()!();
    };
    return batch(ctx);
  });

const globals = window as unknown as Record<string, unknown>;
excel.installGlobals(globals);
(globals.Excel as Record<string, unknown>).run = run;
const office = globals.Office as { context: Record<string, unknown> };
office.context.displayLanguage = options.displayLanguage ?? "en-US";
office.context.officeTheme = { bodyBackgroundColor: options.bodyBackgroundColor ?? "#FFFFFF" };

// The shared runtime defines CustomFunctions; functions.js registers every SALES.* function there.
const associated: string[] = [];
globals.CustomFunctions = {
  associate: (name: string) => void associated.push(name),
  Error: class {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  },
  ErrorCode: {
    divisionByZero: "#DIV/0!",
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    invalidNumber: "#NUM!",
  },
};

window.__fakeExcel = {
  excel,
  parts,
  associated,
  failNextWriteAt(syncFromNow: number) {
    excel.failAt({ atSync: excel.syncCount + syncFromNow });
  },
};
