/**
 * @jest-environment jsdom
 */
/**
 * A large incentive workbook's spec makes its rows on demand (lazy bands), which postMessage cannot
 * copy: the download worker gets the generator's inputs instead, makes the spec itself and streams
 * the file (issue 23). Here through the pane as a user drives it (the incentive form, Download),
 * with every band lazy (the threshold set to 0, so six reps stand for a team of 60,000 rows), the
 * build's worker a fake that structured-clones what it is sent and answers as the real one does.
 */
import { screen } from "@testing-library/react";
import { setLazyBandRows } from "../../src/generators/incentives/grid";
import { writeXlsxWithReport } from "../../src/hosts/xlsx/write";
import { WriteCancelled } from "../../src/taskpane/cancel";
import { BuildXlsx, XlsxBuild, downloadWriter } from "../../src/taskpane/download/download-writer";
import { recipeOf } from "../../src/taskpane/download/spec-recipe";
import { BuildPath, workerBuild } from "../../src/taskpane/download/worker-build";
import { WriteFailure } from "../../src/taskpane/services";
import { isLazy } from "../../src/workbook/blocks";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { unzip } from "../hosts/unzip";
import { FakeXlsxWorker } from "./fake-xlsx-worker";
import { click, pasteRoster, previewShown } from "./interact";
import { ROSTER_CSV, fakeServices, findView, renderPane } from "./support";

jest.setTimeout(60_000);

let threshold = 0;
beforeAll(() => {
  threshold = setLazyBandRows(0);
  // jsdom has no object URLs; the file itself is checked where the build hands it over.
  URL.createObjectURL = () => "blob:test";
  URL.revokeObjectURL = () => undefined;
});
afterAll(() => setLazyBandRows(threshold));

const hasLazyRows = (spec: WorkbookSpec) => spec.sheets.some((s) => s.blocks.some((b) => isLazy(b.rows)));

/** A build over fake workers that records what each path was given and what it built. */
function rig(write?: typeof writeXlsxWithReport) {
  const workers: FakeXlsxWorker[] = [];
  const mainThread: WorkbookSpec[] = [];
  const paths: BuildPath[] = [];
  const specs: WorkbookSpec[] = [];
  const built: XlsxBuild[] = [];
  const inner = workerBuild(
    () => {
      const w = new FakeXlsxWorker(write);
      workers.push(w);
      return w;
    },
    async (spec) => {
      mainThread.push(spec);
      const { data, report } = await writeXlsxWithReport(spec);
      return { data, sheets: report.sheets, notes: report.skipped };
    },
    (path) => paths.push(path),
  );
  const build: BuildXlsx = async (spec, signal) => {
    specs.push(spec);
    const b = await inner(spec, signal);
    built.push(b);
    return b;
  };
  return { build, workers, mainThread, paths, specs, built };
}

/**
 * Each part of the package, less what ExcelJS makes anew for each file: the created/modified times
 * of docProps/core.xml (the build's clock) and the random GUID linking a data bar to its extension.
 */
function parts(data: Uint8Array): Map<string, string> {
  const files = unzip(data);
  for (const [name, text] of files)
    files.set(
      name,
      text
        .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, "$1")
        .replace(/(<x14:id>|<x14:cfRule type="dataBar" id=")\{[0-9A-F-]{36}\}/g, "$1{GUID}"),
    );
  return files;
}

/** The pane's incentive form, filled with the six-rep roster, its Download pressed. */
async function downloadIncentives(build: BuildXlsx): Promise<void> {
  renderPane({
    view: "incentives",
    services: fakeServices({ writer: downloadWriter(build, () => undefined) }),
  });
  await findView("Incentive table");
  await pasteRoster(ROSTER_CSV);
  await previewShown();
  await click("Download .xlsx");
  await screen.findByTestId("write-success", {}, { timeout: 30_000 });
}

/** The spec the form made in the first test (rendering the pane again costs tens of seconds). */
let formSpec: WorkbookSpec | null = null;

describe("a large incentive download in the worker", () => {
  it("posts the generator's inputs, not the spec, and the worker's file is the main thread's", async () => {
    const { build, workers, mainThread, paths, specs, built } = rig();
    await downloadIncentives(build);
    formSpec = specs[0];

    // The form's spec has rows made on demand, and knows its recipe.
    expect(specs).toHaveLength(1);
    expect(hasLazyRows(specs[0])).toBe(true);
    const recipe = recipeOf(specs[0]);
    expect(recipe?.kind).toBe("incentives");
    // The worker was sent the recipe, once, and built the file: nothing on the main thread.
    expect(workers).toHaveLength(1);
    expect(workers[0].received).toHaveLength(1);
    expect(Object.keys(workers[0].received[0])).toEqual(["recipe"]);
    expect(workers[0].terminated).toBe(true);
    expect(mainThread).toEqual([]);
    expect(paths).toEqual(["worker"]);
    // The six reps of the roster crossed in the recipe.
    if (!("recipe" in workers[0].received[0])) throw new Error("no recipe");
    expect(workers[0].received[0].recipe.model.reps.map((r) => r.name)).toEqual([
      "Li Wei",
      "Wang Fang",
      "Zhang Jie",
      "Huang Min",
      "Zhao Qiang",
      "Ma Lin",
    ]);

    // The same file as the main thread writes from the form's own (lazy) spec, part by part.
    const { data: local, report } = await writeXlsxWithReport(specs[0]);
    const fromWorker = parts(built[0].data);
    const fromMain = parts(local);
    expect([...fromWorker.keys()].sort()).toEqual([...fromMain.keys()].sort());
    const differ = [...fromMain]
      .filter(([name, text]) => fromWorker.get(name) !== text)
      .map(([name]) => name);
    expect(differ).toEqual([]);
    expect(fromMain.get("xl/worksheets/sheet2.xml")).toContain("{GUID}");
    expect(built[0].sheets).toEqual(report.sheets.map((s) => ({ requested: s.requested, name: s.name })));
    // Not an empty package: the Calculation sheet has a row per rep and period (6 x 3 here).
    expect(fromWorker.get("xl/worksheets/sheet2.xml")).toContain("Li Wei");
  });
});

describe("a recipe build", () => {
  async function lazySpec(): Promise<WorkbookSpec> {
    if (formSpec) return formSpec;
    const { build, specs } = rig();
    await downloadIncentives(build);
    return specs[0];
  }

  it("is cancelled in the worker: the worker ends, no file, nothing built on the main thread", async () => {
    const spec = await lazySpec();
    const { build, workers, mainThread } = rig();
    const controller = new AbortController();
    const pending = build(spec, controller.signal).catch((e: unknown) => e);
    while (workers.length === 0) await new Promise((r) => setTimeout(r, 0));
    await workers[0].started;
    controller.abort();
    expect(await pending).toBeInstanceOf(WriteCancelled);
    expect(workers[0].terminated).toBe(true);
    expect(Object.keys(workers[0].received[0])).toEqual(["recipe"]);
    expect(mainThread).toEqual([]);
  });

  it("reports the worker's failure in the user's language", async () => {
    const spec = await lazySpec();
    const failing = async (): Promise<never> => {
      throw Object.assign(new Error("Sheet 'Calculation' is over 1,048,576 rows."), {
        en: "Sheet 'Calculation' is over 1,048,576 rows.",
        zh: "工作表“Calculation”超过 1,048,576 行。",
      });
    };
    for (const [locale, expected] of [
      ["zh-CN", "工作表“Calculation”超过 1,048,576 行。"],
      ["en-US", "Sheet 'Calculation' is over 1,048,576 rows."],
    ] as const) {
      const { build, mainThread, workers } = rig(failing);
      const error = await downloadWriter(build, () => undefined)
        .write(spec, { fileName: "big.xlsx", locale })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteFailure);
      expect((error as WriteFailure).reason).toBe(expected);
      expect((error as WriteFailure).restored).toBe(true);
      // A real write error: not tried again on the main thread.
      expect(mainThread).toEqual([]);
      expect(Object.keys(workers[0].received[0])).toEqual(["recipe"]);
    }
  });

  it("is built on the main thread when a lazy spec has no recipe (a copy of it)", async () => {
    const spec = await lazySpec();
    const copy = { ...spec };
    const { build, workers, mainThread, paths } = rig();
    await build(copy);
    expect(workers).toEqual([]);
    expect(mainThread).toEqual([copy]);
    expect(paths).toEqual(["main thread"]);
  });
});
