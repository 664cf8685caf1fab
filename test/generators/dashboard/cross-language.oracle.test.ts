/**
 * `sales-kit dashboard` over a goal workbook whose CRM import is in the other language (English goal
 * sheets with a Chinese CRM import, and the reverse): the dashboard finds the funnel, follow-up and
 * history sheets and, recalculated by LibreOffice, shows per rep what this test counts itself from
 * those sheets' computed cells: the funnel summary's weakest stage, the follow-up rows overdue, and
 * the won revenue of the week from the history table's two snapshots.
 */
import fs from "fs";
import path from "path";
import { writeXlsxBytes } from "../../../src/hosts/xlsx/write";
import { CRM_TEXTS } from "../../../src/i18n/sheets/crm";
import { DASHBOARD_TEXTS } from "../../../src/i18n/sheets/dashboard";
import { HISTORY_TEXTS } from "../../../src/i18n/sheets/history";
import { makeTempDir, removeTempDir, runMain } from "../../support/cli";
import {
  OracleValue,
  RecalculatedWorkbook,
  describeWithLibreOffice,
  recalculate,
} from "../../oracle/libreoffice";
import { goalPlan, mixedWorkbook } from "./mixed-language";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const num = (v: OracleValue): number => {
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};

describeWithLibreOffice("the dashboard over a CRM import in the other language", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir("sales-kit-dashboard-mixed-");
  });
  afterAll(() => removeTempDir(dir));

  for (const [goals, crm] of [
    ["en-US", "zh-CN"],
    ["zh-CN", "en-US"],
  ] as const) {
    describe(`${goals} goal sheets, ${crm} CRM sheets`, () => {
      const D = DASHBOARD_TEXTS[goals].sheet;
      const c = CRM_TEXTS[crm].sheet;
      const H = HISTORY_TEXTS[crm].sheet;
      let book: RecalculatedWorkbook;
      let stdout: string;
      beforeAll(async () => {
        const spec = await mixedWorkbook(goals, crm);
        fs.writeFileSync(path.join(dir, `in-${goals}.xlsx`), await writeXlsxBytes(spec));
        const run = await runMain(
          ["--lang", goals, "dashboard", "--in", `in-${goals}.xlsx`, "--out", `out-${goals}.xlsx`],
          { cwd: dir },
        );
        expect(run).toMatchObject({ code: 0, stderr: "" });
        stdout = run.stdout;
        const out = fs.readFileSync(path.join(dir, `out-${goals}.xlsx`));
        book = (await recalculate([{ name: "out", data: out }])).get("out")!;
      }, 300_000);

      it("says it added the dashboard", () => {
        expect(stdout).toContain(D);
      });

      it("each rep's weakest stage, overdue follow-ups and won revenue of the week come from the CRM sheets", async () => {
        const plan = await goalPlan(goals);
        const reps = plan.reps.map((r) => r.name);
        // The dashboard's rep table: header on row 9, reps from row 10 in roster order.
        reps.forEach((rep, i) => expect(book.get(D, `A${10 + i}`)).toBe(rep));

        // Weakest stage: the funnel summary (rep in A, weakest stage in B from row 6).
        const weakest = new Map<string, OracleValue>();
        for (let r = 6; r < 6 + reps.length; r++)
          weakest.set(String(book.get(c.funnel, `A${r}`)), book.get(c.funnel, `B${r}`));
        reps.forEach((rep, i) =>
          expect([rep, book.get(D, `J${10 + i}`)]).toEqual([rep, weakest.get(rep) ?? ""]),
        );
        expect(reps.some((rep) => (weakest.get(rep) ?? "") !== "")).toBe(true);

        // Overdue follow-ups: the follow-up list's rows from row 6 (owner in A, days overdue in K).
        const overdue = new Map<string, number>();
        for (let r = 6; ; r++) {
          const owner = book.get(c.followUp, `A${r}`);
          if (owner === null || owner === "") break;
          if (num(book.get(c.followUp, `K${r}`)) > 0)
            overdue.set(String(owner), (overdue.get(String(owner)) ?? 0) + 1);
        }
        expect([...overdue.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
        reps.forEach((rep, i) =>
          expect([rep, book.get(D, `K${10 + i}`)]).toEqual([rep, overdue.get(rep) ?? 0]),
        );

        // Won this week: the history table's rows (date A, period B, rep C, won revenue E) at the
        // latest snapshot (B3) less those at the one before (D3), in the period F3.
        const latest = num(book.get(H, "B3"));
        const previous = num(book.get(H, "D3"));
        const period = book.get(H, "F3");
        expect(latest - previous).toBe(7);
        let header = 0;
        for (let r = 1; r <= 20 && !header; r++)
          if (book.get(H, `A${r}`) === HISTORY_TEXTS[crm].col.date) header = r;
        expect(header).toBeGreaterThan(0);
        const won = new Map<string, number>();
        for (let r = header + 1; ; r++) {
          const date = book.get(H, `A${r}`);
          if (date === null || date === "") break;
          if (book.get(H, `B${r}`) !== period) continue;
          const sign = date === latest ? 1 : date === previous ? -1 : 0;
          const rep = String(book.get(H, `C${r}`));
          won.set(rep, (won.get(rep) ?? 0) + sign * num(book.get(H, `E${r}`)));
        }
        expect([...won.values()].some((v) => v > 0)).toBe(true);
        reps.forEach((rep, i) => {
          expect(rep).toBe(book.get(D, `A${10 + i}`));
          expect(num(book.get(D, `L${10 + i}`))).toBeCloseTo(won.get(rep) ?? 0, 6);
        });
      });
    });
  }
});
