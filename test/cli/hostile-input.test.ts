/**
 * Hostile and oversized input (issue 20): every command given broken, hostile and oversized files
 * and paths. Each input is made here; large ones are generated (sparse files where only the size
 * matters) so the tests stay bounded in time and memory. Exit codes: 0 written, 1 input error,
 * 2 usage, 70 an unexpected failure; never a stack trace.
 */
import { execFile, execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";
import { writeOutputFile, writeOutputFolder } from "../../src/cli/files";
import * as indexWorkbook from "../../src/generators/reviews/index-workbook";
import { safeFileStem } from "../../src/generators/reviews/file-names";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples", "goals");
const CRM = path.join(ROOT, "test", "fixtures", "crm");

let dir: string;
beforeEach(() => {
  dir = makeTempDir("sales-kit-hostile-", EXAMPLES, ["roster.csv", "goals.yaml"]);
  for (const f of ["zoho-deals.csv", "custom-export.csv"]) {
    fs.copyFileSync(path.join(CRM, f), path.join(dir, f));
  }
  fs.copyFileSync(path.join(CRM, "roster.csv"), path.join(dir, "crm-roster.csv"));
});
afterEach(() => {
  jest.restoreAllMocks();
  removeTempDir(dir);
});

const run = (args: string[], env: Record<string, string> = {}) => runMain(args, { cwd: dir, env });
const write = (name: string, text: string | Uint8Array) => fs.writeFileSync(path.join(dir, name), text);
const exists = (name: string) => fs.existsSync(path.join(dir, name));
/** Files in the test folder: nothing new, no temporary files left behind. */
const listing = () => fs.readdirSync(dir).sort();

const ROSTER_HEADER = "name,role,team,manager,hire date";
const rep = (name: string) => `${name},AE,East,Zhou Min,2022-01-10`;

describe("1. an unterminated quote stops the read, naming the row", () => {
  it("import: the rows after it are not folded into one cell and reported as 0 warnings", async () => {
    const lines = fs.readFileSync(path.join(dir, "zoho-deals.csv"), "utf8").split("\n");
    // Row 3 opens a quote in the deal name and never closes it: rows 4 on would vanish into it.
    lines[2] = lines[2].replace(",Globex pilot,", ',"Globex pilot,');
    write("broken.csv", lines.join("\n"));
    const before = listing();
    const r = await run(["import", "broken.csv", "--roster", "crm-roster.csv", "--out", "k.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 3: the quotes (") on this row do not pair up');
    expect(listing()).toEqual(before);
    const zh = await run(["import", "broken.csv", "--roster", "crm-roster.csv", "--lang", "zh-CN"]);
    expect(zh.stderr).toContain('第 3 行：此行的引号（"）不成对');
  });

  it("roster: a roster of 5 with a broken quote on row 3 is refused, not read as 2 reps", async () => {
    write(
      "team.csv",
      [
        ROSTER_HEADER,
        rep("A One"),
        `"B Two,AE,East,Zhou Min,2022-01-10`,
        rep("C Three"),
        rep("D Four"),
        rep("E Five"),
      ].join("\n"),
    );
    const r = await run(["goals", "--roster", "team.csv", "--config", "goals.yaml", "--out", "g.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('team.csv, row 3: the quotes (") on this row do not pair up');
    expect(exists("g.xlsx")).toBe(false);
  });
});

describe("2. names equal up to case or full-width letters are one rep", () => {
  it("goals and import refuse the roster, naming both rows", async () => {
    write(
      "team.csv",
      [ROSTER_HEADER, rep("Li Wei"), rep("Wang Fang"), rep("li  wei"), rep("Ｗａｎｇ Ｆａｎｇ")].join("\n"),
    );
    const goals = await run(["goals", "--roster", "team.csv", "--config", "goals.yaml", "--out", "g.xlsx"]);
    expect(goals.code).toBe(1);
    expect(goals.stderr).toContain(
      'team.csv, row 4, name: "li  wei" (row 4) and "Li Wei" (row 2) are the same name',
    );
    expect(goals.stderr).toContain('"Ｗａｎｇ Ｆａｎｇ" (row 5) and "Wang Fang" (row 3)');
    const imp = await run([
      "import",
      "zoho-deals.csv",
      "--roster",
      "team.csv",
      "--out",
      "k.xlsx",
      "--lang",
      "zh-CN",
    ]);
    expect(imp.code).toBe(1);
    expect(imp.stderr).toContain('"li  wei"（第 4 行）与"Li Wei"（第 2 行）仅大小写、全角/半角或空格不同');
    expect(exists("g.xlsx") || exists("k.xlsx")).toBe(false);
  });
});

describe("3. a folder of workbooks is written all or nothing", () => {
  it("a failure after some files leaves the folder as it was, with no temporary folder", async () => {
    fs.mkdirSync(path.join(dir, "out"));
    write("out/kept.txt", "mine");
    let made = 0;
    const files = ["a", "b", "c", "d"].map((n) => ({
      name: `${n}.xlsx`,
      make: () => {
        if (++made === 3) throw new Error("a cell over 32,767 characters");
        return new Uint8Array([1, 2, 3]);
      },
    }));
    await expect(writeOutputFolder(dir, "out", files, false)).rejects.toThrow("32,767");
    expect(fs.readdirSync(path.join(dir, "out"))).toEqual(["kept.txt"]);
    expect(listing().filter((f) => f.startsWith("."))).toEqual([]);
    // Without the failure all four arrive, next to what was there.
    made = -10;
    const ok = await writeOutputFolder(dir, "out", files, false);
    expect(ok.ok).toBe(true);
    expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual([
      "a.xlsx",
      "b.xlsx",
      "c.xlsx",
      "d.xlsx",
      "kept.txt",
    ]);
  });

  it("reviews: the index failing after every rep's workbook writes nothing and prints no stack", async () => {
    jest.spyOn(indexWorkbook, "buildReviewIndex").mockImplementation(() => {
      throw new Error("Cell text is longer than 32767 characters");
    });
    const r = await run(["reviews", "--roster", "roster.csv", "--period", "2025-H1", "--out", "reviews"]);
    expect(r.code).toBe(70);
    expect(r.stderr).toBe(
      "sales-kit reviews could not finish: Cell text is longer than 32767 characters. Nothing was changed at the output.\n",
    );
    expect(exists("reviews")).toBe(false);
    expect(listing().filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("reviews: says exactly what it wrote", async () => {
    const r = await run(["reviews", "--roster", "roster.csv", "--period", "2025-H1", "--out", "reviews"]);
    expect(r.code).toBe(0);
    const written = fs.readdirSync(path.join(dir, "reviews"));
    // examples/goals/roster.csv: 12 reps, plus the index and the folder of the manager's 12 copies.
    expect(written).toHaveLength(14);
    expect(fs.readdirSync(path.join(dir, "reviews", "Manager copies"))).toHaveLength(12);
    expect(r.stdout).toMatch(
      /^Wrote 12 review workbook\(s\) and Review index\.xlsx to reviews; the manager reviews are in Manager copies\/, not for the reps\n/,
    );
  });
});

describe("4. oversized values and files are row errors, checked before reading", () => {
  it("a 40,000-character cell and a 100,000-column row are refused with their row", async () => {
    const lines = fs.readFileSync(path.join(dir, "zoho-deals.csv"), "utf8").split("\n");
    lines[4] = lines[4].replace(/^([^,]*,[^,]*,)[^,]*/, `$1${"x".repeat(40_000)}`);
    write("long.csv", lines.join("\n"));
    const long = await run(["import", "long.csv", "--roster", "crm-roster.csv"]);
    expect(long.code).toBe(1);
    expect(long.stderr).toContain("row 5: a cell of 40,000 characters; an Excel cell holds 32,767");
    write("wide.csv", `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(",")}\n1,2\n`);
    const wide = await run(["import", "wide.csv", "--roster", "crm-roster.csv"]);
    expect(wide.code).toBe(1);
    expect(wide.stderr).toContain("row 1: has 100,000 columns; an Excel sheet has 16,384");
  });

  it("a 400-digit amount is a row not imported, not Infinity in a sheet", async () => {
    const lines = fs.readFileSync(path.join(dir, "zoho-deals.csv"), "utf8").split("\n");
    lines[2] = lines[2].replace(",8500,", `,${"9".repeat(400)},`);
    write("digits.csv", lines.join("\n"));
    const r = await run(["import", "digits.csv", "--roster", "crm-roster.csv", "--out", "k.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/digits\.csv, row 3, Amount: /);
    // The written file, read back: source row 3 is not among the data rows, the report names it
    // with the digits as text, and no cell anywhere holds a number that is not finite.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "k.xlsx"));
    const sourceRows: unknown[] = [];
    wb.getWorksheet("CRM data")!.eachRow((row, n) => n > 1 && sourceRows.push(row.getCell(1).value));
    expect(sourceRows).toContain(2);
    expect(sourceRows).not.toContain(3);
    const reported: unknown[][] = [];
    wb.getWorksheet("Import report")!.eachRow((row) => reported.push((row.values as unknown[]).slice(1)));
    expect(reported).toContainEqual([
      "row not imported",
      3,
      "Amount",
      "the amount is not a number",
      "9".repeat(400),
    ]);
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "number")
            expect([cell.address, Number.isFinite(cell.value)]).toEqual([cell.address, true]);
        }),
      ),
    );
  });

  it("more lines than a sheet has rows are refused before parsing", async () => {
    write("rows.csv", "Deal Owner,Amount\n" + "a,1\n".repeat(1_048_576));
    const r = await run(["import", "rows.csv", "--roster", "crm-roster.csv"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("has more than 1,048,576 lines");
  });

  it("a 200 MB export is refused from its size, by a process with a 96 MB heap", async () => {
    // A sparse file: 200 MB long, nothing on disk. Reading it would need far more than the heap.
    const big = path.join(dir, "big.csv");
    fs.writeFileSync(big, "Deal Owner,Amount\n");
    fs.truncateSync(big, 200 * 1024 * 1024);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [
          "--max-old-space-size=96",
          path.join(ROOT, "bin", "sales-kit.js"),
          "import",
          "big.csv",
          "--roster",
          "crm-roster.csv",
        ],
        { cwd: dir, env: { ...process.env, LANG: "C", SALES_KIT_CLI_FROM_SOURCE: "1" }, timeout: 60_000 },
        (error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
      );
    });
    expect(result.stderr).toContain("big.csv: is 200 MB; files of at most 64 MB are read");
    expect(result.code).toBe(1);
  }, 90_000);
});

describe("5. output paths are checked before anything is written", () => {
  it("names the problem of each bad --out and writes nothing", async () => {
    write("notes.txt", "mine");
    fs.symlinkSync(path.join(dir, "nowhere", "x.xlsx"), path.join(dir, "dangling.xlsx"));
    const long = "长".repeat(90); // 270 bytes in UTF-8, under the 80-character cap of names
    const cases: [string[], string][] = [
      [
        ["reviews", "--roster", "roster.csv", "--period", "2025-H1", "--out", "notes.txt"],
        "notes.txt: already exists and is not a folder",
      ],
      [
        ["goals", "--roster", "roster.csv", "--config", "goals.yaml", "--out", "notes.txt/g.xlsx"],
        "is a file, so nothing can be created under it",
      ],
      [
        ["goals", "--roster", "roster.csv", "--config", "goals.yaml", "--out", "dangling.xlsx", "--force"],
        "dangling.xlsx: is a symbolic link",
      ],
      [
        ["reviews", "--roster", "roster.csv", "--period", "2025-H1", "--out", "/proc/self/sales-kit-reviews"],
        "is inside a system folder (/proc, /sys or /dev)",
      ],
      [
        ["goals", "--roster", "roster.csv", "--config", "goals.yaml", "--out", `${long}.xlsx`],
        "a name in this path is 275 bytes long in UTF-8",
      ],
    ];
    const before = listing();
    for (const [args, message] of cases) {
      const r = await run(args);
      expect([r.code, r.stderr]).toEqual([1, expect.stringContaining(message)]);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(listing()).toEqual(before);
    expect(fs.readFileSync(path.join(dir, "notes.txt"), "utf8")).toBe("mine");
    // 84 Chinese characters and ".xlsx" are 257 bytes; 83 are 254 and can be written.
    const fits = await run([
      "goals",
      "--roster",
      "roster.csv",
      "--config",
      "goals.yaml",
      "--out",
      `${"长".repeat(83)}.xlsx`,
    ]);
    expect(fits.code).toBe(0);
  });
});

describe("6. demo keeps an existing file unless --force", () => {
  it("refuses to replace it, and accepts --force", async () => {
    write("sales-kit-demo.xlsx", "mine");
    const r = await run(["demo"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("sales-kit-demo.xlsx: already exists; choose another --out or add --force");
    expect(fs.readFileSync(path.join(dir, "sales-kit-demo.xlsx"), "utf8")).toBe("mine");
    const forced = await run(["demo", "--force"]);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "sales-kit-demo.xlsx")).subarray(0, 2).toString()).toBe("PK");
  }, 60_000);
});

describe("7. temporary files are created exclusively, never through a link", () => {
  it("a link planted at the old predictable temporary name is not followed", () => {
    write("victim.txt", "outside the output");
    // The name the writer used to use: .<out>.<pid>.tmp
    fs.symlinkSync(path.join(dir, "victim.txt"), path.join(dir, `.out.xlsx.${process.pid}.tmp`));
    const r = writeOutputFile(dir, "out.xlsx", new Uint8Array([80, 75]), false);
    expect(r.ok).toBe(true);
    expect(fs.readFileSync(path.join(dir, "victim.txt"), "utf8")).toBe("outside the output");
    expect(fs.readFileSync(path.join(dir, "out.xlsx")).toString()).toBe("PK");
    // Only the planted link is left: the writer's own temporary file was renamed into place.
    expect(listing().filter((f) => f.endsWith(".tmp"))).toEqual([`.out.xlsx.${process.pid}.tmp`]);
  });
});

describe("8. terminal output is escaped and cut", () => {
  it("control characters from input are shown escaped, long values cut", async () => {
    const evil = "Eve\u001b]0;pwned\u0007\u001b[2J";
    write(
      "team.csv",
      [ROSTER_HEADER, rep(evil), rep(evil), `Long Date,AE,East,Zhou,${"9".repeat(30_000)}`].join("\n"),
    );
    const r = await run(["goals", "--roster", "team.csv", "--config", "goals.yaml"]);
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(r.stderr).toContain("Eve\\x1b]0;pwned\\x07\\x1b[2J");
    expect(Math.max(...r.stderr.split("\n").map((l) => l.length))).toBeLessThan(500);
    expect(r.stderr).toContain("characters left out");
  });

  it("a file that is not text is named as such, not dumped", async () => {
    write(
      "team.csv",
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]),
    );
    const png = await run(["goals", "--roster", "team.csv", "--config", "goals.yaml"]);
    expect(png.stderr).toContain("team.csv: is a PNG image, not a CSV or .xlsx file");
    write("deals.csv", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x1b, 0x5b, 0x32, 0x4a]));
    const exe = await run(["import", "deals.csv", "--roster", "crm-roster.csv"]);
    expect(exe.stderr).toContain("deals.csv: is not a text file (it looks like a program)");
    // One line in UTF-8, one in GBK ("王芳" is cd f5 b7 bc in GBK).
    write(
      "mixed.csv",
      Buffer.concat([
        Buffer.from(`${ROSTER_HEADER}\n${rep("李伟")}\n`),
        Buffer.from([0xcd, 0xf5, 0xb7, 0xbc]),
        Buffer.from(",AE,East,Zhou,2022-01-10\n"),
      ]),
    );
    const mixed = await run(["goals", "--roster", "mixed.csv", "--config", "goals.yaml", "--lang", "zh-CN"]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain("混用了两种编码");
  });
});

describe("9. only regular files are read, and workbooks are capped before inflating", () => {
  it("a FIFO named x.xlsx does not hang collect; a link to /dev/zero is refused", async () => {
    fs.mkdirSync(path.join(dir, "back"));
    execFileSync("mkfifo", [path.join(dir, "back", "x.xlsx")]);
    const r = await run(["collect", "back", "--out", "summary.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("x.xlsx: is not a regular file (a device, pipe or socket)");
    fs.symlinkSync("/dev/zero", path.join(dir, "goals.xlsx"));
    const zero = await run([
      "reviews",
      "--roster",
      "roster.csv",
      "--period",
      "2025-H1",
      "--goals",
      "goals.xlsx",
      "--out",
      "rv",
    ]);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toContain("goals.xlsx: is not a regular file");
  }, 20_000);

  it("an .xlsx whose parts declare 1.7 GB is refused from its directory, not inflated", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Deals").addRow(["Deal Owner", "Amount"]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // Patch the central directory: sheet1.xml now claims 1.7 GB uncompressed (a zip bomb's shape).
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const entry = Buffer.from([0x50, 0x4b, 0x01, 0x02]); // a central directory entry's signature
    for (let at = bytes.indexOf(entry); at >= 0; at = bytes.indexOf(entry, at + 4)) {
      const len = bytes.readUInt16LE(at + 28);
      if (bytes.subarray(at + 46, at + 46 + len).equals(name)) bytes.writeUInt32LE(1_700_000_000, at + 24);
    }
    write("bomb.xlsx", bytes);
    const started = Date.now();
    const r = await run(["import", "bomb.xlsx", "--roster", "crm-roster.csv"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bomb.xlsx: expands to 1622 MB (xl/worksheets/sheet1.xml)");
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("10. messages say what is wrong", () => {
  it("1e400, a mapping's missing column, and a year out of range", async () => {
    const yaml = fs
      .readFileSync(path.join(dir, "goals.yaml"), "utf8")
      .replace("target: 900000", "target: 1e400");
    write("big.yaml", yaml);
    const huge = await run(["goals", "--roster", "roster.csv", "--config", "big.yaml"]);
    expect(huge.code).toBe(1);
    expect(huge.stderr).toContain("metrics[0].target: is too large a number");
    expect(huge.stderr).not.toContain("must be a number, not a number");
    write("map.json", JSON.stringify({ columns: { owner: "Sales rep" } }));
    const map = await run([
      "import",
      "custom-export.csv",
      "--roster",
      "crm-roster.csv",
      "--mapping",
      "map.json",
    ]);
    expect(map.code).toBe(1);
    expect(map.stderr).toContain(
      'map.json, columns.owner: names a column "Sales rep" that custom-export.csv does not have',
    );
    const period = await run(["reviews", "--roster", "roster.csv", "--period", "9999-H2", "--out", "rv"]);
    expect(period.code).toBe(1);
    expect(period.stderr).toContain("the year 9999 is outside 1901-9998");
    expect(period.stderr).not.toContain("write the period as");
  });
});

describe("11. collect: a review that another file also claims is not counted", () => {
  it("reports both files and counts neither", async () => {
    write("team.csv", [ROSTER_HEADER, rep("Ann Lee"), rep("Bob Ma")].join("\n"));
    expect((await run(["reviews", "--roster", "team.csv", "--period", "2025-H1", "--out", "rv"])).code).toBe(
      0,
    );
    // A copy of Bob's review, named to sort first: before, it was taken and the real one skipped.
    fs.copyFileSync(path.join(dir, "rv", "Bob Ma.xlsx"), path.join(dir, "rv", "A Bob Ma.xlsx"));
    const r = await run(["collect", "rv", "--out", "summary.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 rep(s): 0 complete, 1 incomplete, 0 missing, 1 skipped");
    expect(r.stdout).toContain(
      "Bob Ma (A Bob Ma.xlsx): 2 files hold this rep's review (A Bob Ma.xlsx, Bob Ma.xlsx)",
    );
  }, 30_000);
});

describe("12. file names cannot pose as lock files or other kinds of file", () => {
  it("strips bidi and zero-width characters and the ~$ prefix", async () => {
    expect(safeFileStem("~$lock")).toBe("_$lock");
    expect(safeFileStem("invoice\u202Excod.exe")).toBe("invoicexcod.exe");
    expect(safeFileStem("Li\u200bWei\u2066")).toBe("LiWei");
    expect(new TextEncoder().encode(safeFileStem("😀".repeat(80))).length).toBeLessThanOrEqual(240);
    write("team.csv", [ROSTER_HEADER, rep("~$lock"), rep("txt\u202Eexe.xlsx")].join("\n"));
    expect((await run(["reviews", "--roster", "team.csv", "--period", "2025-H1", "--out", "rv"])).code).toBe(
      0,
    );
    expect(fs.readdirSync(path.join(dir, "rv")).sort()).toEqual([
      "Manager copies",
      "Review index.xlsx",
      "_$lock.xlsx",
      "txtexe.xlsx.xlsx",
    ]);
    // collect counts the rep whose name began with ~$: the file is no longer taken for a lock file.
    const r = await run(["collect", "rv", "--out", "summary.xlsx"]);
    expect(r.stdout).toContain("2 rep(s): 0 complete, 2 incomplete, 0 missing, 0 skipped");
  }, 30_000);
});

describe("13. a rep's name never leads a file out of the folder or onto a device", () => {
  // Worked out by hand from the rules in generators/reviews/file-names.ts: "/" and "\\" become "_",
  // leading dots go, Windows device names (also with an extension, and COM¹-COM³) get a "_" in front,
  // the ideographic space is a space, full-width letters and the full-width solidus are kept (no
  // file system reads them as separators), and names that come out alike get " (2)" (the roster itself
  // refuses names equal but for case or width).
  const NAMES: [string, string][] = [
    ["../../escaped", "_.._escaped.xlsx"],
    ["..\\..\\escaped", "_.._escaped (2).xlsx"],
    ["CON", "_CON.xlsx"],
    ["con.txt", "_con.txt.xlsx"],
    ["COM¹", "_COM¹.xlsx"],
    ["CONIN$", "_CONIN$.xlsx"],
    ["aux .notes", "_aux .notes.xlsx"],
    ["Ｌｉ\u3000Ｗｅｉ／東", "Ｌｉ Ｗｅｉ／東.xlsx"],
    ["🚀 Rocket", "🚀 Rocket.xlsx"],
    ["Ａｎｎ", "Ａｎｎ.xlsx"],
    ["长".repeat(100), `${"长".repeat(80)}.xlsx`],
  ];

  it("reviews: every rep's file and the manager's copy stay in the folder, named safely", async () => {
    write("team.csv", [ROSTER_HEADER, ...NAMES.map(([name]) => rep(name))].join("\n"));
    const r = await run(["reviews", "--roster", "team.csv", "--period", "2025-H1", "--out", "out/rv"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const want = NAMES.map(([, file]) => file);
    expect(fs.readdirSync(path.join(dir, "out", "rv")).sort()).toEqual(
      [...want, "Manager copies", "Review index.xlsx"].sort(),
    );
    expect(fs.readdirSync(path.join(dir, "out", "rv", "Manager copies")).sort()).toEqual([...want].sort());
    // Nothing climbed out: the folder above holds rv alone, and the test folder nothing new.
    expect(fs.readdirSync(path.join(dir, "out"))).toEqual(["rv"]);
    expect(exists("escaped")).toBe(false);
    expect(exists("escaped.xlsx")).toBe(false);
    // Each file holds the rep's own name as typed, whatever its file is called.
    for (const [name, file] of NAMES) {
      for (const where of [file, path.join("Manager copies", file)]) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(path.join(dir, "out", "rv", where));
        expect(wb.worksheets[0].getCell("B4").value).toBe(name);
      }
    }
  }, 60_000);

  it("keeps every stem within 80 characters and 240 bytes, never cutting a character in two", () => {
    const stem = safeFileStem("👩‍💻".repeat(100));
    expect([...stem].every((ch) => ch === "👩" || ch === "💻")).toBe(true);
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(240);
    expect([...stem].length).toBeLessThanOrEqual(80);
  });
});
