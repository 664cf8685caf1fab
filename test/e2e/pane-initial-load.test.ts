/**
 * The pane's initial load, from the built dist/: the scripts taskpane.html loads before the first
 * render (every <script src> and preload link in the page, as the build wrote them), gzip -9, at most
 * 250 KB (issue #22; 250,000 bytes, so the limit holds in KB and in KiB). Microsoft's office.js is
 * not counted: it comes from the CDN, not from us. Size is deterministic, so this is a test; the
 * first-render time is measured by `npm run bench` (bench/pane-load.bench.ts).
 *
 * What must stay out of the first load is checked by the source maps: the packages and folders that
 * only a form, an import or a download needs.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { DIST } from "./support/server";

const LIMIT_GZIP_BYTES = 250_000;
const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

/** The URLs the page loads eagerly: scripts (deferred ones too) and preloads, in document order. */
function eagerScripts(html: string): string[] {
  const found: string[] = [];
  const tag = /<(script|link)\b([^>]*)>/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const attrs = m[2];
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
        .exec(attrs)
        ?.slice(1)
        .find(Boolean);
    if (m[1].toLowerCase() === "script") {
      const src = attr("src");
      if (src) found.push(src);
    } else if (/^(preload|modulepreload)$/i.test(attr("rel") ?? "")) {
      const href = attr("href");
      if (href) found.push(href);
    }
  }
  return found;
}

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Packages and project folders a chunk's source map names. */
function sourcesOf(file: string): string[] {
  const map = `${file}.map`;
  if (fs.statSync(file).size === 0) return [];
  if (!fs.existsSync(map)) throw new Error(`${path.basename(map)} is missing: the build writes source maps`);
  return (JSON.parse(fs.readFileSync(map, "utf8")) as { sources: string[] }).sources;
}

describe("the pane's initial load (dist/taskpane.html)", () => {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const scripts = eagerScripts(html);
  const ours = scripts.filter((s) => !s.startsWith(OFFICE_CDN));

  it("reads the page's scripts: our own, served beside the page, and office.js from the CDN", () => {
    expect(scripts.filter((s) => s.startsWith(OFFICE_CDN))).toEqual([`${OFFICE_CDN}lib/1/hosted/office.js`]);
    // Relative to the page, so they load wherever the add-in is served (any deploy folder).
    for (const s of ours) expect(s).toMatch(/^[\w.-]+\.js$/);
    expect(ours).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
  });

  it("is at most 250 KB gzip for everything taskpane.html loads before the first render", () => {
    const sizes = ours.map((s) => [s, gzipSize(path.join(DIST, s))] as const);
    const total = sizes.reduce((sum, [, n]) => sum + n, 0);
    process.stdout.write(
      `pane initial load: ${sizes.map(([s, n]) => `${s} ${n}`).join(" + ")} = ${total} bytes gzip\n`,
    );
    expect(total).toBeLessThanOrEqual(LIMIT_GZIP_BYTES);
  });

  // functions.js is the custom functions' own bundle (the KPI core): the pane's scripts are the rest.
  it("holds no file reader, writer or zip, no zod, none of the forms, generators or the Excel host", () => {
    const heavy = [
      /node_modules\/(exceljs|jszip|fflate|papaparse|yaml|zod)\//,
      /\/src\/(generators|hosts|kpi|schemas\/(?!input-issue|dates))/,
      /\/src\/taskpane\/(forms|office\/(?!host))/,
    ];
    for (const s of ours.filter((f) => f !== "functions.js" && f !== "legacy-webview.js")) {
      const offending = sourcesOf(path.join(DIST, s)).filter((src) => heavy.some((h) => h.test(src)));
      expect({ script: s, offending: offending.slice(0, 5) }).toEqual({ script: s, offending: [] });
    }
  });
});
