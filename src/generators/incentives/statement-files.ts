/**
 * Private pay statements: one workbook per rep holding that rep's statement only, as values the
 * engine (src/kpi/plan) computed. Nothing of another rep goes in: no Calculation or Plan sheet, no
 * defined names, no validation lists (which would list the team), only the rep's own texts in the
 * shared strings. The team workbook keeps the formulas; these files are for handing out.
 * Pure: the CLI writes them to a folder, the pane can zip them.
 */
import type { Locale } from "../../i18n";
import { incentiveTexts } from "../../i18n/sheets/incentives";
import { STATEMENT_TEXTS } from "../../i18n/sheets/statement";
import { PlanResult, computePlan } from "../../kpi/plan/engine";
import type { PlanModel } from "../../kpi/plan/model";
import type { WorkbookSpec } from "../../workbook/spec";
import { assignFileNames } from "../reviews/file-names";
import { Grid } from "./grid";
import { statementLines } from "./statement-lines";
import {
  LABEL_WIDTH,
  PERIOD_WIDTH,
  bandStarts,
  statementColumns,
  statementLayout,
  writeStatementBlock,
} from "./statement-sheets";
import { StatementDeals, groupDeals } from "./statement-deals";
import { statementPrintSpec } from "./statement-pages";

export interface RepStatementInput {
  readonly model: PlanModel;
  readonly locale?: Locale;
  /** The engine's result for the model; computed when absent. */
  readonly result?: PlanResult;
  /** File names already taken in the target folder (a clash gets " (2)"). */
  readonly taken?: readonly string[];
  /** The deals a CRM export credited (CrmActuals.statementDeals): each file lists its rep's only. */
  readonly deals?: StatementDeals;
}

export interface RepStatementFile {
  /** "<rep name>.xlsx", safe on every file system (reviews/file-names.ts). */
  readonly fileName: string;
  /** The rep's index in the model (roster order). */
  readonly rep: number;
  readonly spec: WorkbookSpec;
}

/** One statement workbook per rep, in roster order. */
export function repStatementWorkbooks(input: RepStatementInput): RepStatementFile[] {
  const { model } = input;
  const locale = input.locale ?? "en-US";
  const texts = incentiveTexts(locale);
  const st = STATEMENT_TEXTS[locale];
  const result = input.result ?? computePlan(model);
  const lines = statementLines({ model, texts, st, result });
  const names = assignFileNames(
    model.reps.map((r) => r.name),
    input.taken ?? [],
  );
  const groups = input.deals ? groupDeals(model, input.deals) : null;
  return model.reps.map((rep, r) => {
    const g = new Grid(st.privateSheet);
    g.width(0, LABEL_WIDTH);
    const columns = statementColumns(model, groups !== null);
    for (let c = 1; c < columns; c++) g.width(c, PERIOD_WIDTH);
    // Only this rep's groups reach the block: no other rep's deal, amount or list length.
    const own = input.deals && groups ? [groups[r]] : null;
    const footer = st.privateNote(model.name);
    // Laid out from this rep's statement alone: upright while its columns fit legibly, at a scale
    // that keeps it on one page where it can; a page per band of periods; a long deal list goes on
    // over pages that each name the rep (statement-pages.ts).
    const layout = statementLayout(model, texts, input.deals, [r], footer);
    const written = writeStatementBlock(g, 0, r, {
      model,
      texts,
      lines,
      mode: "value",
      footer,
      capacity: layout.print.capacity,
      ...(input.deals && own
        ? { deals: { deals: input.deals, groups: model.reps.map((_, k) => (k === r ? own[0] : [])) } }
        : {}),
    });
    const sheet = g.toSheet({
      tabColor: "#548235",
      print: statementPrintSpec(
        layout.print,
        [...bandStarts(model), ...written.breaks].map((b) => b + 1),
      ),
    });
    return { fileName: names[r], rep: r, spec: { sheets: [sheet], activate: sheet.name } };
  });
}
