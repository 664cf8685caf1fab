/**
 * The pane's services in Excel mode over the fake Excel: the real Excel host writes and reads through
 * it, as the pane does in Excel. Kept apart from support.tsx so that tests of browser mode do not
 * load the Excel host.
 */
import { applyWorkbookSpec } from "../../src/hosts/excel";
import { excelWriter } from "../../src/taskpane/office/excel-writer";
import { excelWorkbookAccess } from "../../src/taskpane/office/workbook-access";
import { planStore } from "../../src/taskpane/plan-store";
import type { PaneServices, PlanStore } from "../../src/taskpane/services";
import type { WorkbookSpec } from "../../src/workbook/spec";
import type { FakeExcel } from "../support/fake-excel";
import { TODAY, fakeServices, memoryBackend } from "./support";

export function fakeExcelServices(
  fake: FakeExcel,
  options: {
    readonly store?: PlanStore;
    readonly today?: number;
    /** Each spec the pane writes, in order. */
    readonly written?: WorkbookSpec[];
  } = {},
): PaneServices {
  const today = options.today ?? TODAY;
  return fakeServices({
    mode: "excel",
    writer: excelWriter((spec, writeOptions) => {
      options.written?.push(spec);
      return fake.run((ctx) =>
        applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, {
          ...writeOptions,
          isSetSupported: fake.isSetSupported,
        }),
      );
    }),
    workbook: excelWorkbookAccess(
      (batch) => fake.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
      fake.isSetSupported,
    ),
    store: options.store ?? planStore(memoryBackend(), "workbook"),
    today: () => today,
  });
}
