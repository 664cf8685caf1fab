/**
 * `sales-kit import` on a Western export saved in Windows-1252 (ISO-8859-1): decided from the bytes,
 * named in the output and the import report, and overridden with --encoding.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../../src/cli/main";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sales-kit-encoding-"));
  // Latin-1 text: each character below U+0100 is its own byte in Windows-1252.
  const csv =
    "Owner,Deal Name,Stage,Amount,Close Date\r\n" +
    "José Pérez,Renovación anual,Closed Won,1200,16/02/2027\r\n" +
    "José Pérez,Ampliación,Negociación,800,20/03/2027\r\n" +
    "Zoë Müller,Übernahme,Closed Lost,500,01/03/2027\r\n";
  fs.writeFileSync(path.join(dir, "deals.csv"), Buffer.from(csv, "latin1"));
  fs.writeFileSync(
    path.join(dir, "team.csv"),
    "Name,Role,Team,Manager,Hire date\nJosé Pérez,AE,West,Ana,2024-01-01\nZoë Müller,AE,West,Ana,2024-01-01\n",
  );
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd: dir,
    env: {},
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

async function reportLines(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(dir, file)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Import report")!;
  const lines: string[] = [];
  ws.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(" | ")));
  return lines;
}

const base = ["import", "deals.csv", "--roster", "team.csv", "--as-of", "2027-03-31"];

describe("sales-kit import: text encodings", () => {
  it("reads a Windows-1252 export from its bytes: accents intact, owners matched, the encoding named", async () => {
    const r = await run([...base, "--out", "kpis.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 rows read, 3 imported, 0 not imported");
    expect(r.stdout).toContain("Text encoding: windows-1252 (detected)");
    expect(r.stdout).not.toContain("Owners not on the roster");
    const lines = await reportLines("kpis.xlsx");
    expect(lines).toContain("Text encoding | windows-1252 (decided from the bytes)");
    expect(lines.some((l) => l.includes("Negociación"))).toBe(true);
  });

  it("--encoding overrides the detection (and a wrong one shows in the owners)", async () => {
    const r = await run([...base, "--encoding", "gbk", "--out", "gbk.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Text encoding: gbk (given)");
    // Read as GBK, "José Pérez" is no longer the roster's name.
    expect(r.stdout).toMatch(/Owners not on the roster \(rows kept\): .*Jos/);
    expect(await reportLines("gbk.xlsx")).toContain("Text encoding | gbk (given with --encoding)");
  });

  it("an unknown --encoding is an input error; nothing is written", async () => {
    const r = await run([...base, "--encoding", "klingon", "--out", "no.xlsx"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('"klingon" is not an encoding this program can read');
    expect(fs.existsSync(path.join(dir, "no.xlsx"))).toBe(false);
  });
});
