/** The heap estimate for writing a large import and the note the CLI prints when it may not fit. */
import { heapNote, importHeapEstimate } from "../../src/cli/memory";

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe("heap for a large import", () => {
  it("estimates 12 KB a row and 100 MB besides", () => {
    expect(importHeapEstimate(0)).toBe(100 * MB);
    // 100 MB + 250,000 x 12,288 bytes = 104,857,600 + 3,072,000,000.
    expect(importHeapEstimate(250_000)).toBe(3_176_857_600);
  });

  it("says nothing when the estimate fits the heap", () => {
    // 100,000 rows: 104,857,600 + 1,228,800,000 = 1.24 GB, under 2 GB.
    expect(heapNote(100_000, 2 * GB, false)).toBeNull();
  });

  it("names the need, the limit and a heap size with a quarter to spare", () => {
    // 3,176,857,600 bytes = 2.96 GB; x 1.25 = 3.70 GB -> 4 GB = 4,096 MB.
    expect(heapNote(250_000, 2 * GB, false)).toBe(
      'Note: writing 250,000 rows needs about 3.0 GB of memory and this Node.js may use 2.0 GB; if it stops with "heap out of memory", run it again with NODE_OPTIONS=--max-old-space-size=4096.\n',
    );
    expect(heapNote(250_000, 2 * GB, true)).toBe(
      '注意：写入 250,000 行约需 3.0 GB 内存，而此 Node.js 最多可用 2.0 GB；如因 "heap out of memory" 中止，请设置 NODE_OPTIONS=--max-old-space-size=4096 后重新运行。\n',
    );
  });
});
