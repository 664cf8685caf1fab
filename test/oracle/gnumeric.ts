/**
 * Gnumeric as the second formula engine: ssconvert recalculates every cell of an .xlsx file and
 * writes the results as cached values. Gnumeric follows Excel's documented rules where LibreOffice
 * is lenient (booleans inside SUMPRODUCT count as 0), so formulas that both engines compute alike
 * are the ones that compute in Excel as in the tests.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { describeWhenInstalled, onPath } from "../support/installed";
import { runTool } from "../support/run-tool";

const CONVERT_TIMEOUT_MS = 180_000;
/** ssconvert converts one file per run: two runs at a time on a two-core machine. */
const PARALLEL = 2;

let binaryCache: string | null | undefined;

function findBinary(): string | null {
  if (binaryCache === undefined) binaryCache = onPath("ssconvert");
  return binaryCache;
}

export function gnumericAvailable(): boolean {
  return findBinary() !== null;
}

export function describeWithGnumeric(name: string, fn: () => void): void {
  describeWhenInstalled(name, gnumericAvailable(), "Gnumeric (ssconvert)", "gnumeric", fn);
}

/** Tests that need both engines. */
export function describeWithBothEngines(name: string, libreOffice: boolean, fn: () => void): void {
  describeWhenInstalled(
    name,
    libreOffice && gnumericAvailable(),
    "LibreOffice (soffice) and Gnumeric (ssconvert)",
    "libreoffice-calc-nogui gnumeric",
    fn,
  );
}

function runSsconvert(input: string, output: string): Promise<string> {
  const binary = findBinary();
  if (!binary) return Promise.reject(new Error("Gnumeric (ssconvert) is not installed"));
  // Gnumeric's GTK side wants no display; its settings stay in the temporary HOME.
  return runTool(binary, ["--recalc", "-T", "Gnumeric_Excel:xlsx2", input, output], CONVERT_TIMEOUT_MS, {
    ...process.env,
    HOME: path.dirname(input),
    DISPLAY: "",
  });
}

/** Recalculates every file in Gnumeric; the recalculated packages keyed by the given names. */
export async function recalculateInGnumeric(
  files: readonly { name: string; data: Buffer | Uint8Array }[],
): Promise<Map<string, Buffer>> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sales-kit-gnumeric-"));
  try {
    const outputs: (Buffer | undefined)[] = [];
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const i = next++;
        const dir = fs.mkdtempSync(path.join(work, "f-"));
        const input = path.join(dir, "in.xlsx");
        const output = path.join(dir, "out.xlsx");
        fs.writeFileSync(input, files[i].data);
        const log = await runSsconvert(input, output);
        if (!fs.existsSync(output))
          throw new Error(`Gnumeric did not convert ${files[i].name}; its output:\n${log.slice(-2000)}`);
        outputs[i] = fs.readFileSync(output);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, worker));
    return new Map(files.map((f, i) => [f.name, outputs[i]!]));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
