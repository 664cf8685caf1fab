/**
 * The pane's Office.js modules: the Excel writer over the real Excel host and the fake Excel, host
 * detection (Excel, plain browser, office.js that never answers), workbook reads and saved-plan
 * backends (custom XML part, document settings), each against a small fake of the calls it makes.
 */
import { applyWorkbookSpec } from "../../src/hosts/excel";
import { excelWriter } from "../../src/taskpane/office/excel-writer";
import { detectHost } from "../../src/taskpane/office/host";
import {
  customXmlBackend,
  settingsBackend,
  workbookPlanBackend,
} from "../../src/taskpane/office/plan-backends";
import { excelWorkbookAccess } from "../../src/taskpane/office/workbook-access";
import { PLANS_NAMESPACE, planStore } from "../../src/taskpane/plan-store";
import { WriteFailure } from "../../src/taskpane/services";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { FakeExcel } from "../support/fake-excel";

const SPEC: WorkbookSpec = {
  sheets: [
    {
      name: "Goals",
      blocks: [
        {
          start: "A1",
          rows: [
            ["Rep", "Target"],
            ["Li Wei", 100],
            ["Total", { formula: "=SUM(B2:B2)" }],
          ],
        },
      ],
    },
    { name: "Notes", blocks: [{ start: "A1", rows: [["firm and flexible"]] }] },
  ],
  activate: "Goals",
};

function writerOver(fake: FakeExcel) {
  return excelWriter((spec, options) =>
    fake.run((ctx) =>
      applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, {
        ...options,
        isSetSupported: fake.isSetSupported,
      }),
    ),
  );
}

describe("Excel writer", () => {
  it("writes through the Excel host, renames around a sheet the user has, reports progress", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Goals", cells: { A1: "mine" } }] });
    const progress: number[] = [];
    const result = await writerOver(fake).write(SPEC, {
      fileName: "x.xlsx",
      onProgress: (f) => progress.push(f),
    });
    expect(result.sheets).toEqual(["Goals (2)", "Notes"]);
    expect(result.activate).toBe("Goals (2)");
    expect(result.syncs).toBe(fake.syncCount);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    const snap = fake.snapshot();
    expect(snap.sheets.find((s) => s.name === "Goals")!.cells.A1.content).toEqual({ value: "mine" });
    expect(snap.sheets.find((s) => s.name === "Goals (2)")!.cells.B3.content).toEqual({
      formula: "=SUM(B2:B2)",
    });
  });

  it("turns a failed write into a failure that says the workbook was restored", async () => {
    const fake = new FakeExcel();
    const before = fake.snapshot();
    fake.failAt({ atSync: 2 });
    const error = await writerOver(fake)
      .write(SPEC, { fileName: "x.xlsx" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailure);
    expect((error as WriteFailure).restored).toBe(true);
    expect((error as WriteFailure).reason).toBe("Injected failure at sync 2.");
    expect(fake.snapshot()).toEqual(before);
  });

  it("names what an older Excel left out, in both languages", async () => {
    const fake = new FakeExcel({ apiVersion: "1.3" });
    const spec: WorkbookSpec = { ...SPEC, sheets: [{ ...SPEC.sheets[0], freeze: { rows: 1, columns: 0 } }] };
    const result = await writerOver(fake).write(spec, { fileName: "x.xlsx" });
    expect(result.notes).toContainEqual({
      en: "Goals: left out frozen panes (needs ExcelApi 1.7).",
      zh: "Goals：未添加冻结窗格（需要 ExcelApi 1.7）。",
    });
  });
});

type OfficeGlobal = { Office?: unknown };

describe("host detection", () => {
  afterEach(() => {
    delete (globalThis as OfficeGlobal).Office;
  });

  it("runs in download mode when office.js did not load", async () => {
    expect((await detectHost()).mode).toBe("download");
  });

  it("uses Excel's language and dark theme inside Excel", async () => {
    (globalThis as OfficeGlobal).Office = {
      HostType: { Excel: "Excel" },
      onReady: async () => ({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } },
    };
    expect(await detectHost()).toEqual({ mode: "excel", displayLanguage: "zh-CN", theme: "dark" });
  });

  it("falls back to download mode when office.js never answers", async () => {
    (globalThis as OfficeGlobal).Office = {
      HostType: { Excel: "Excel" },
      onReady: () => new Promise(() => undefined),
    };
    const started = Date.now();
    expect((await detectHost(50)).mode).toBe("download");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("falls back when office.js throws outside Office", async () => {
    (globalThis as OfficeGlobal).Office = {
      HostType: { Excel: "Excel" },
      onReady: () => Promise.reject(new Error("Office.js has not fully loaded")),
    };
    expect((await detectHost()).mode).toBe("download");
  });
});

/** A queue-until-sync fake of the few calls the workbook reads make. */
function fakeRun(state: {
  selection: unknown[][];
  tables: Record<string, { sheet: string; values: unknown[][] }>;
  log: string[];
}) {
  return async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const pending: (() => void)[] = [];
    const range = (values: unknown[][], address: string) => {
      const r = {
        values: undefined as unknown,
        address: undefined as unknown,
        formulas: undefined as unknown,
        isNullObject: false,
        load: () => {
          pending.push(() => {
            r.values = values;
            r.address = address;
          });
          return r;
        },
        // The chunked reads (hosts/excel/read.ts): the used part of the range, then rows of its sheet.
        getUsedRangeOrNullObject: () => range(values, address),
        worksheet: { getRange: () => range(values, address) },
        getCell: (row: number, col: number) => {
          const cell = range([[values[row]?.[col] ?? null]], "Sheet1!C3");
          return new Proxy(cell, {
            set(target, key, value) {
              if (key === "formulas") pending.push(() => state.log.push(`formulas=${JSON.stringify(value)}`));
              (target as Record<string | symbol, unknown>)[key] = value;
              return true;
            },
          });
        },
      };
      return r;
    };
    const ctx = {
      workbook: {
        getSelectedRange: () => range(state.selection, "Sheet1!A1:B3"),
        tables: {
          items: [] as unknown[],
          load() {
            pending.push(() => {
              this.items = Object.entries(state.tables).map(([name, t]) => ({
                name,
                getRange: () => range(t.values, `${t.sheet}!A1:B2`),
                worksheet: {
                  name: undefined as unknown,
                  load() {
                    pending.push(() => (this.name = t.sheet));
                    return this;
                  },
                },
              }));
            });
            return this;
          },
          getItem: (name: string) => ({
            getRange: () => range(state.tables[name].values, `${state.tables[name].sheet}!A1:B2`),
          }),
        },
        worksheets: {
          getItem: (name: string) => ({
            activate: () => pending.push(() => state.log.push(`activate ${name}`)),
          }),
        },
      },
      sync: async () => {
        for (const p of pending.splice(0)) p();
      },
    };
    return batch(ctx as unknown as Excel.RequestContext);
  };
}

describe("workbook access", () => {
  const state = {
    selection: [
      ["name", "team"],
      ["Li Wei", "East"],
      [{ odd: 1 }, null],
    ],
    tables: {
      Team: {
        sheet: "Roster",
        values: [
          ["name", "team"],
          ["Wang Fang", "West"],
        ],
      },
    },
    log: [] as string[],
  };
  const access = excelWorkbookAccess(fakeRun(state));

  it("reads the selection, keeping plain values only", async () => {
    expect(await access.readSelection()).toEqual({
      address: "Sheet1!A1:B3",
      values: [
        ["name", "team"],
        ["Li Wei", "East"],
        [null, null],
      ],
    });
  });

  it("lists tables with their sheets and reads one", async () => {
    expect(await access.listTables()).toEqual([{ name: "Team", sheet: "Roster", address: "Roster!A1:B2" }]);
    expect(await access.readTable("Team")).toEqual([
      ["name", "team"],
      ["Wang Fang", "West"],
    ]);
  });

  it("inserts a formula into the top-left cell and activates a sheet", async () => {
    expect(await access.insertFormula("=SALES.ATTAINMENT(1440000, 1200000)")).toBe("Sheet1!C3");
    await access.activateSheet("Goals");
    expect(state.log).toEqual(['formulas=[["=SALES.ATTAINMENT(1440000, 1200000)"]]', "activate Goals"]);
  });
});

describe("saved plans in the workbook", () => {
  it("keeps them in one custom XML part of the add-in's namespace", async () => {
    const parts: { xml: string; deleted: boolean }[] = [];
    const run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const pending: (() => void)[] = [];
      const live = () => parts.filter((p) => !p.deleted);
      const collection = {
        getByNamespace: (ns: string) => {
          expect(ns).toBe(PLANS_NAMESPACE);
          const scoped = {
            items: [] as unknown[],
            load() {
              pending.push(() => {
                scoped.items = live().map((p) => ({ delete: () => pending.push(() => (p.deleted = true)) }));
              });
              return scoped;
            },
            getOnlyItemOrNullObject() {
              const item = { isNullObject: true, getXml: () => xml };
              const xml = { value: "" };
              pending.push(() => {
                const found = live();
                item.isNullObject = found.length !== 1;
                if (found.length === 1) pending.push(() => (xml.value = found[0].xml));
              });
              return item;
            },
          };
          return scoped;
        },
        add: (xml: string) => pending.push(() => parts.push({ xml, deleted: false })),
      };
      const ctx = {
        workbook: { customXmlParts: collection },
        sync: async () => {
          while (pending.length) pending.shift()!();
        },
      };
      return batch(ctx as unknown as Excel.RequestContext);
    };
    const store = planStore(customXmlBackend(run), "workbook");
    expect(await store.list("goals")).toEqual([]);
    const data = { period: "2027-Q2", note: 'a <b> & "c" 目标' };
    await store.save({ kind: "goals", name: "Q2", savedAt: "2027-01-15T09:00:00.000Z", data });
    await store.save({
      kind: "goals",
      name: "Q3",
      savedAt: "2027-01-16T09:00:00.000Z",
      data: { period: "2027-Q3" },
    });
    expect(parts.filter((p) => !p.deleted)).toHaveLength(1);
    expect(parts[parts.length - 1].xml).toContain(`xmlns="${PLANS_NAMESPACE}"`);
    const list = await store.list("goals");
    expect(list.map((p) => p.name)).toEqual(["Q3", "Q2"]);
    expect(list[1].data).toEqual(data);
  });

  it("uses the document settings where custom XML parts are missing", async () => {
    (globalThis as OfficeGlobal).Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } };
    const values = new Map<string, unknown>();
    let saves = 0;
    const settings = {
      get: (k: string) => values.get(k),
      set: (k: string, v: unknown) => void values.set(k, v),
      saveAsync: (cb: (r: { status: string }) => void) => {
        saves++;
        cb({ status: "succeeded" });
      },
    } as unknown as Office.Settings;
    const store = planStore(settingsBackend(settings), "workbook");
    await store.save({
      kind: "crm",
      name: "monthly",
      savedAt: "2027-01-15T09:00:00.000Z",
      data: { periods: "" },
    });
    expect(saves).toBe(1);
    expect((await store.list("crm"))[0].name).toBe("monthly");
    delete (globalThis as OfficeGlobal).Office;
  });

  it("chooses the backend by the API sets Excel reports", () => {
    const settings = {
      get: () => null,
      set: () => undefined,
      saveAsync: () => undefined,
    } as unknown as Office.Settings;
    const upTo = (max: number) => (name: string, version: string) =>
      name === "ExcelApi" && Number(version) <= max;
    expect(workbookPlanBackend(upTo(1.5), settings)).not.toBeNull();
    expect(workbookPlanBackend(upTo(1.4), settings)).not.toBeNull();
    expect(workbookPlanBackend(upTo(1.4), undefined)).toBeNull();
    expect(
      workbookPlanBackend(() => {
        throw new Error("no requirements");
      }, undefined),
    ).toBeNull();
  });
});
