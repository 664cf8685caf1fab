/**
 * Renders a WorkbookSpec as plain text, one line per cell and per format, so a golden file shows a
 * reviewer exactly what a generated sheet holds (values, formulas, styles, validations, names, rules).
 */
import { cellAddress, parseCell } from "../../../src/workbook/a1";
import { CellInput, WorkbookSpec, isFormula, isText } from "../../../src/workbook/spec";

function cell(input: CellInput): string {
  if (isFormula(input)) return input.formula;
  if (isText(input)) return `text ${JSON.stringify(input.text)}`;
  return JSON.stringify(input);
}

export function renderSpec(spec: WorkbookSpec): string {
  const out: string[] = [];
  if (spec.activate) out.push(`activate: ${spec.activate}`);
  for (const sheet of spec.sheets) {
    out.push("", `# ${sheet.name}${sheet.tabColor ? ` (tab ${sheet.tabColor})` : ""}`);
    if (sheet.freeze) out.push(`freeze: ${sheet.freeze.rows} rows, ${sheet.freeze.columns} columns`);
    if (sheet.print) out.push(`print: ${JSON.stringify(sheet.print)}`);
    if (sheet.protection) out.push(`protection: ${JSON.stringify(sheet.protection)}`);
    out.push("## cells");
    for (const block of sheet.blocks) {
      const start = parseCell(block.start);
      block.rows.forEach((row, r) =>
        row.forEach((input, c) => {
          if (input !== null) out.push(`${cellAddress(start.row + r, start.col + c)}: ${cell(input)}`);
        }),
      );
    }
    const list = (title: string, lines: readonly string[] | undefined) => {
      if (lines?.length) out.push(`## ${title}`, ...lines);
    };
    list(
      "styles",
      sheet.styles?.map((s) => `${s.range}: ${s.style}`),
    );
    list(
      "number formats",
      sheet.numberFormats?.map((f) => `${f.range}: ${f.format}`),
    );
    list(
      "columns",
      sheet.columns?.map((c) => `${c.column}: ${JSON.stringify({ width: c.width, hidden: c.hidden })}`),
    );
    list(
      "rows",
      sheet.rows?.map((r) => `${r.row}: ${JSON.stringify({ height: r.height, hidden: r.hidden })}`),
    );
    list("merges", sheet.merges);
    list("wrap", sheet.wrap);
    list(
      "validations",
      sheet.validations?.map((v) => `${v.range}: ${JSON.stringify({ ...v, range: undefined })}`),
    );
    list(
      "names",
      sheet.names?.map((n) => `${n.name}: ${n.refersTo}`),
    );
    list(
      "conditional formats",
      sheet.conditionalFormats?.map((f) => `${f.range}: ${JSON.stringify({ ...f, range: undefined })}`),
    );
    list(
      "charts",
      sheet.charts?.map(
        (c) => `${c.from}:${c.to}: ${JSON.stringify({ ...c, from: undefined, to: undefined })}`,
      ),
    );
  }
  return out.join("\n") + "\n";
}
