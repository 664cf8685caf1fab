/**
 * The CLI's .xlsx written straight to its file as the zip is made (workbook-file.ts, files.ts's
 * writeOutputStream): the file is byte for byte the in-memory package of the same spec and opens in
 * ExcelJS and LibreOffice; a write that fails part way (a closed descriptor, a file size limit) or a
 * failing generator leaves an existing target as it was, no temporary file, and an error naming the
 * file in English and Chinese.
 */
import { spawn, spawnSync } from "child_process";
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import "../../src/hosts/xlsx/stream-deflate-node";
import { writeXlsxBytes } from "../../src/hosts/xlsx/write";
import { writeXlsxToSink } from "../../src/hosts/xlsx/stream-write";
import { writeOutputStream } from "../../src/cli/files";
import { writeWorkbookFile } from "../../src/cli/workbook-file";
import { formatIssue } from "../../src/schemas/errors";
import type { CellInput, WorkbookSpec } from "../../src/workbook";
import { GOALS, sampleSpec } from "../hosts/sample-spec";
import { makeTempDir, removeTempDir } from "../support/cli";
import { describeWithLibreOffice, expectClose, recalculate } from "../oracle/libreoffice";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

// ExcelJS names each data bar with a random v4 UUID: numbered here, from 1 again for each write.
jest.mock("uuid", () => {
  let n = 0;
  return {
    ...jest.requireActual<object>("uuid"),
    v4: () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
    restartNumbering: () => void (n = 0),
  };
});
const restartUuids = () => jest.requireMock<{ restartNumbering(): void }>("uuid").restartNumbering();

const ROOT = path.resolve(__dirname, "../..");
/** The CLI run from its sources, with tsx as Node's loader (not tsx's CLI, which adds a process of its own). */
const TSX = pathToFileURL(path.join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const CLI_SOURCE = path.join(ROOT, "src", "cli", "sales-kit.ts");
const ROWS = 50_000;

/** A pseudo-random sequence (a 31-bit LCG), so the data deflates poorly and the file spans many writes. */
function numbers(count: number): number[] {
  let x = 12345;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % 100000;
  });
}

const DATA = numbers(ROWS * 2);
/** The sum of column B, added up here (the sheet's =SUM must agree after LibreOffice recalculates). */
const SUM_B = DATA.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);

/** The sample goal sheet plus a sheet of 30,000 rows of scattered numbers and text: a file over 1 MB. */
function bigSpec(): WorkbookSpec {
  const spec = sampleSpec();
  const rows: CellInput[][] = [["Id", "Amount", "Code", "Other"]];
  for (let i = 0; i < ROWS; i++)
    rows.push([i + 1, DATA[2 * i], `C-${DATA[2 * i + 1].toString(36)}`, DATA[2 * i + 1]]);
  rows.push(["Total", { formula: `=SUM(B2:B${ROWS + 1})` }]);
  return { ...spec, sheets: [...spec.sheets, { name: "Data", blocks: [{ start: "A1", rows }] }] };
}

let dir: string;
beforeEach(() => (dir = makeTempDir("sales-kit-stream-out-")));
afterEach(() => {
  removeTempDir(dir);
  jest.useRealTimers();
  jest.restoreAllMocks();
});

/**
 * Two writes of one spec give the same bytes once the clock (ExcelJS's created/modified dates), the
 * random salt of sheet protection and the data bars' UUIDs are fixed; only the Date is faked, timers
 * run as usual. Call before each write.
 */
function sameBytesEachRun(): void {
  restartUuids();
  jest.useRealTimers();
  jest.restoreAllMocks();
  jest.useFakeTimers({
    now: new Date(Date.UTC(2027, 0, 4, 9)),
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
  jest
    .spyOn(crypto, "randomBytes")
    .mockImplementation(((size: number) => Buffer.alloc(size, 7)) as unknown as typeof crypto.randomBytes);
}

const listing = () => fs.readdirSync(dir).sort();

/** The descriptor this process holds open on a file of `dir` whose name ends in .tmp (Linux: /proc/self/fd). */
function tempFd(): number {
  for (const fd of fs.readdirSync("/proc/self/fd")) {
    let link = "";
    try {
      link = fs.readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      continue;
    }
    if (path.dirname(link) === fs.realpathSync(dir) && link.endsWith(".tmp")) return Number(fd);
  }
  throw new Error("no temporary file open");
}

describe("the workbook streamed to its file", () => {
  it("is byte for byte the in-memory package, spans several writes and opens in ExcelJS", async () => {
    sameBytesEachRun();
    const spec = bigSpec();
    const memory = await writeXlsxBytes(spec);
    sameBytesEachRun();
    // Over one write batch (1 MiB), so the file is written in several pieces.
    expect(memory.length).toBeGreaterThan(1 << 20);
    const written = await writeWorkbookFile(dir, "out.xlsx", spec, false);
    expect(written).toEqual({ ok: true, value: path.join(dir, "out.xlsx") });
    const file = fs.readFileSync(path.join(dir, "out.xlsx"));
    expect(file.length).toBe(memory.length);
    expect(Buffer.compare(file, Buffer.from(memory))).toBe(0);
    expect(listing()).toEqual(["out.xlsx"]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    expect(wb.getWorksheet(GOALS)!.getCell("C4").value).toBe(100000);
    const data = wb.getWorksheet("Data")!;
    expect(data.getCell(`B${ROWS + 1}`).value).toBe(DATA[2 * (ROWS - 1)]);
    expect(data.getCell(`C${ROWS + 1}`).value).toBe(`C-${DATA[2 * ROWS - 1].toString(36)}`);
  });

  it("the sink receives the same bytes as writeXlsxBytes gives, in order", async () => {
    sameBytesEachRun();
    const spec = sampleSpec();
    const chunks: Uint8Array[] = [];
    await writeXlsxToSink(spec, { write: async (c) => void chunks.push(c) });
    sameBytesEachRun();
    expect(Buffer.compare(Buffer.concat(chunks), Buffer.from(await writeXlsxBytes(spec)))).toBe(0);
  });

  it("refuses an existing file without --force before anything is made, and replaces it with", async () => {
    fs.writeFileSync(path.join(dir, "out.xlsx"), "old");
    let made = false;
    const refused = await writeOutputStream(dir, "out.xlsx", false, async () => {
      made = true;
    });
    expect(made).toBe(false);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(formatIssue(refused.issues[0], "en-US")).toContain(
        "already exists; choose another --out or add --force to replace it",
      );
      expect(formatIssue(refused.issues[0], "zh-CN")).toContain(
        "文件已存在；请换一个 --out，或加 --force 覆盖",
      );
    }
    expect(fs.readFileSync(path.join(dir, "out.xlsx"), "utf8")).toBe("old");
    expect((await writeWorkbookFile(dir, "out.xlsx", sampleSpec(), true)).ok).toBe(true);
    expect(fs.readFileSync(path.join(dir, "out.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(listing()).toEqual(["out.xlsx"]);
  });

  (process.platform === "linux" ? it : it.skip)(
    "a descriptor closed part way: the old file stays, no temporary file, the error names the file",
    async () => {
      fs.writeFileSync(path.join(dir, "out.xlsx"), "old");
      const result = await writeOutputStream(dir, "out.xlsx", true, async (sink) => {
        await sink.write(new Uint8Array(3 << 20)); // over a batch: written to the temporary file
        expect(
          fs.statSync(
            path.join(
              dir,
              listing().find((f) => f.endsWith(".tmp"))!,
            ),
          ).size,
        ).toBe(3 << 20);
        fs.closeSync(tempFd());
        await sink.write(new Uint8Array(3 << 20));
      });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(formatIssue(result.issues[0], "en-US")).toMatch(
          /out\.xlsx.*cannot write the file \(EBADF\); nothing was written/,
        );
        expect(formatIssue(result.issues[0], "zh-CN")).toMatch(
          /out\.xlsx.*无法写入文件（EBADF）；未写入任何内容/,
        );
      }
      expect(fs.readFileSync(path.join(dir, "out.xlsx"), "utf8")).toBe("old");
      expect(listing()).toEqual(["out.xlsx"]);
    },
  );

  it("a generator failing part way: its error passes on, the old file stays, no temporary file", async () => {
    fs.writeFileSync(path.join(dir, "out.xlsx"), "old");
    await expect(
      writeOutputStream(dir, "out.xlsx", true, async (sink) => {
        await sink.write(new Uint8Array(3 << 20));
        throw new Error("generator failed");
      }),
    ).rejects.toThrow("generator failed");
    expect(fs.readFileSync(path.join(dir, "out.xlsx"), "utf8")).toBe("old");
    expect(listing()).toEqual(["out.xlsx"]);
  });

  it("a folder that cannot be written: the error names the file, nothing is left", async () => {
    // A path under a missing folder passes the path checks (the folder could be made) but cannot be opened.
    const result = await writeOutputStream(dir, path.join("missing", "out.xlsx"), false, async () => {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(formatIssue(result.issues[0], "en-US")).toMatch(
        /missing\/out\.xlsx.*cannot write the file \(ENOENT\)/,
      );
      expect(formatIssue(result.issues[0], "zh-CN")).toMatch(/missing\/out\.xlsx.*无法写入文件（ENOENT）/);
    }
    expect(listing()).toEqual([]);
  });

  (process.platform === "linux" ? it : it.skip)(
    "the CLI under a file size limit (EFBIG part way): exit 1, the old file kept, messages in en and zh",
    () => {
      fs.writeFileSync(path.join(dir, "sales-kit-demo.xlsx"), "old");
      const cli = (lang: string) =>
        // ulimit -f counts 1,024-byte blocks: the demo workbook is over 200 KB. Node ignores SIGXFSZ,
        // so the write fails with EFBIG instead of killing the process.
        spawnSync(
          "bash",
          [
            "-c",
            'ulimit -f 32; exec "$0" --import "$1" "$2" demo --force',
            process.execPath,
            TSX,
            CLI_SOURCE,
          ],
          { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH ?? "", LANG: lang } },
        );
      const en = cli("en_US.UTF-8");
      expect(en.stderr).toContain("sales-kit-demo.xlsx: cannot write the file (EFBIG); nothing was written");
      expect(en.status).toBe(1);
      const zh = cli("zh_CN.UTF-8");
      expect(zh.stderr).toContain("sales-kit-demo.xlsx：无法写入文件（EFBIG）；未写入任何内容");
      expect(zh.status).toBe(1);
      expect(fs.readFileSync(path.join(dir, "sales-kit-demo.xlsx"), "utf8")).toBe("old");
      expect(listing()).toEqual(["sales-kit-demo.xlsx"]);
    },
    120_000,
  );
});

/** Resolves when `check` holds, polling every 20 ms; rejects after `ms`. */
async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

(process.platform === "linux" ? it : it.skip)(
  "Ctrl+C while the workbook is written: the process ends by SIGINT, the temporary file goes, the old file stays",
  async () => {
    // 2,000 reps x 12 months x 3 metrics: seconds of writing, time enough to interrupt it.
    const roster = ["name,role,team,manager,hire date"];
    for (let i = 1; i <= 2000; i++) roster.push(`Rep ${i},AE,Team ${i % 20},Manager ${i % 7},2020-01-01`);
    fs.writeFileSync(path.join(dir, "roster.csv"), roster.join("\n") + "\n");
    fs.writeFileSync(
      path.join(dir, "goals.json"),
      JSON.stringify({
        period: 2027,
        asOf: "2027-05-20",
        metrics: [
          { id: "revenue", weight: 0.5, target: 900000 },
          { id: "newCustomers", weight: 0.3, target: 48 },
          { id: "conversionRate", weight: 0.2, target: 0.12 },
        ],
      }),
    );
    fs.writeFileSync(path.join(dir, "out.xlsx"), "old");
    const child = spawn(
      process.execPath,
      [
        "--import",
        TSX,
        CLI_SOURCE,
        ...["goals", "--roster", "roster.csv", "--config", "goals.json", "--out", "out.xlsx", "--force"],
      ],
      { cwd: dir, env: { PATH: process.env.PATH ?? "" } },
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const ended = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    let sawTemp = false;
    await until(
      () => (sawTemp = listing().some((f) => f.endsWith(".tmp"))) || child.exitCode !== null,
      90_000,
    );
    expect([sawTemp, stderr]).toEqual([true, ""]);
    child.kill("SIGINT");
    expect(await ended).toBe("SIGINT");
    expect(fs.readFileSync(path.join(dir, "out.xlsx"), "utf8")).toBe("old");
    expect(listing()).toEqual(["goals.json", "out.xlsx", "roster.csv"]);
  },
  120_000,
);

describeWithLibreOffice("the streamed file in LibreOffice", () => {
  it("opens and recalculates: the Data total is the sum added up here, the goal sheet's attainment 120000/100000", async () => {
    expect((await writeWorkbookFile(dir, "out.xlsx", bigSpec(), false)).ok).toBe(true);
    const book = (
      await recalculate([{ name: "out", data: fs.readFileSync(path.join(dir, "out.xlsx")) }])
    ).get("out")!;
    expectClose(book.get("Data", `B${ROWS + 2}`), SUM_B);
    expectClose(book.get(GOALS, "E4"), 1.2);
  }, 180_000);
});
