/**
 * Renders a WorkbookSpec as reviewable text for golden files: every cell as "A1  value" in row
 * order, then each other part of a sheet as one JSON line. A person reads and checks it once.
 */
import fs from "fs";
import path from "path";
import { parseCell, cellAddress } from "../../../src/workbook/a1";
import type { CellInput, WorkbookSpec } from "../../../src/workbook/spec";

function show(cell: CellInput): string {
  if (cell === null) return "";
  if (typeof cell === "object") return "formula" in cell ? cell.formula : `text:${JSON.stringify(cell.text)}`;
  return typeof cell === "string" ? JSON.stringify(cell) : String(cell);
}

export function renderSpec(spec: WorkbookSpec): string {
  const out: string[] = [];
  for (const sheet of spec.sheets) {
    out.push(`## sheet ${JSON.stringify(sheet.name)}`);
    const cells = new Map<string, { row: number; col: number; text: string }>();
    for (const block of sheet.blocks) {
      const start = parseCell(block.start);
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null) return;
          const at = cellAddress(start.row + r, start.col + c);
          cells.set(at, { row: start.row + r, col: start.col + c, text: show(cell) });
        }),
      );
    }
    const sorted = [...cells.entries()].sort((a, b) => a[1].row - b[1].row || a[1].col - b[1].col);
    // The manifest is checked by its own tests; its JSON would drown the layout.
    for (const [at, cell] of sorted)
      out.push(`${at}\t${cell.text.startsWith('text:"sales-kit-form ') ? "<manifest>" : cell.text}`);
    const { name: _n, blocks: _b, ...rest } = sheet;
    for (const [key, value] of Object.entries(rest)) {
      if (Array.isArray(value)) for (const item of value) out.push(`${key}: ${JSON.stringify(item)}`);
      else out.push(`${key}: ${JSON.stringify(value)}`);
    }
  }
  if (spec.names) for (const n of spec.names) out.push(`name: ${JSON.stringify(n)}`);
  if (spec.activate) out.push(`activate: ${JSON.stringify(spec.activate)}`);
  return out.join("\n") + "\n";
}

const GOLDEN = path.join(__dirname, "golden");

/**
 * Compares with golden/<name>.txt. A missing or different file fails and writes <name>.received.txt
 * beside it for a person to check and rename (UPDATE_GOLDEN=1 writes the golden file directly).
 */
export function expectGolden(name: string, text: string): void {
  const file = path.join(GOLDEN, `${name}.txt`);
  const received = path.join(GOLDEN, `${name}.received.txt`);
  if (process.env.UPDATE_GOLDEN === "1") {
    fs.writeFileSync(file, text);
    return;
  }
  if (!fs.existsSync(file)) {
    fs.writeFileSync(received, text);
    throw new Error(
      `No golden file ${name}.txt: check ${path.relative(process.cwd(), received)} and rename it`,
    );
  }
  const expected = fs.readFileSync(file, "utf8");
  if (expected !== text) fs.writeFileSync(received, text);
  else if (fs.existsSync(received)) fs.rmSync(received);
  expect(text).toBe(expected);
}
