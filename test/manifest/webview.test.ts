/**
 * @jest-environment jsdom
 *
 * Which webviews run the add-in, decided from Microsoft's pages:
 * - "Shared runtime requirement sets": SharedRuntime 1.1 is in Excel on Windows from Version 2002
 *   (Microsoft 365 and retail Office 2016/2019), in volume-licensed Excel 2021 only, on Mac from
 *   16.35, on the web; not on iPad.
 * - "Browsers and webview controls used by Office Add-ins" and "Runtimes element": with <Runtimes>,
 *   Windows uses WebView2 when installed (it comes with Microsoft 365 Version 2101 and Windows 11),
 *   otherwise Internet Explorer 11 (Trident), which runs no JavaScript after ES5.
 * So the requirement sets exclude volume-licensed 2016/2019 (always Trident) but not Windows builds
 * 2002-2012 nor machines without WebView2: those start the add-in in Trident. No requirement set
 * can exclude them (sets follow the Office build, not the webview), so an ES5 script in
 * taskpane.html tells Trident's users, in both languages, what to install.
 *
 * The language levels the bundles need, and so the webviews that run them:
 * - functions.js: ES2020 (our own code; tsconfig's target): WebView2, Safari 13.1 and later.
 * - the pane's bundles: ES2022, because Fluent UI's focus library (tabster) ships class static
 *   blocks and `??=`: WebView2 (Chromium 94+), Safari 16.4 and later, current browsers on the web.
 * A dependency update that needs more fails here, and the README's supported versions must follow.
 */
import fs from "fs";
import path from "path";
import * as acorn from "acorn";
import { DIST, ROOT } from "../support/dist";

const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const bundles = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && f !== "legacy-webview.js");
const read = (file: string) => fs.readFileSync(path.join(DIST, file), "utf8");

function parsesAt(source: string, ecmaVersion: acorn.ecmaVersion): boolean {
  try {
    acorn.parse(source, { ecmaVersion, sourceType: "script" });
    return true;
  } catch {
    return false;
  }
}

describe("the webviews the manifest admits", () => {
  it("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 (no volume-licensed 2016/2019, no iPad)", () => {
    const sets = [...manifest.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(sets).toEqual([
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.2"],
      ["ExcelApi", "1.4"],
    ]);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  });

  it("ships functions.js as ES2020 and the pane as ES2022, neither of which Trident (ES5) parses", () => {
    expect(bundles).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "commands.js"]));
    expect(parsesAt(read("functions.js"), 2020)).toBe(true);
    for (const file of bundles) expect([file, parsesAt(read(file), 2022)]).toEqual([file, true]);
    // tabster's static blocks: the pane does not parse at ES2021 (Safari before 16.4).
    expect(parsesAt(read("taskpane.js"), 2021)).toBe(false);
    // The reason for the guard below: the functions and the pane are not ES5.
    expect(parsesAt(read("functions.js"), 5)).toBe(false);
    expect(parsesAt(read("taskpane.js"), 5)).toBe(false);
  });

  it("loads the ES5 guard before office.js and every bundle", () => {
    const guard = read("legacy-webview.js");
    expect(parsesAt(guard, 5)).toBe(true);
    const html = read("taskpane.html");
    // The production build minifies the page: attribute quotes may be gone.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("legacy-webview.js");
    expect(scripts.slice(1)).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
  });
});

describe("the guard for Internet Explorer's engine", () => {
  const guard = fs.readFileSync(path.join(DIST, "legacy-webview.js"), "utf8");
  const realAgent = navigator.userAgent;

  function runWith(agent: string): void {
    Object.defineProperty(window.navigator, "userAgent", { value: agent, configurable: true });
    document.body.innerHTML = '<div id="root"></div>';
    new Function(guard)();
  }

  afterEach(() => {
    Object.defineProperty(window.navigator, "userAgent", { value: realAgent, configurable: true });
  });

  it("replaces the pane with what to install, in English and Chinese, in Trident", () => {
    // The user agent of Office's Trident webview on Windows 10 (IE 11).
    runWith("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko");
    expect(document.getElementById("root")).toBeNull();
    const sections = [...document.querySelectorAll("#legacy-webview section")];
    expect(sections.map((s) => s.getAttribute("lang"))).toEqual(["en", "zh-CN"]);
    expect(sections[0].textContent).toMatch(/Microsoft Edge WebView2 Runtime/);
    expect(sections[0].textContent).toMatch(/Version 2101/);
    expect(sections[1].textContent).toMatch(/WebView2 运行时/);
    expect(sections[1].textContent).toMatch(/2101/);
  });

  it("does nothing in WebView2 (Edge) or Safari", () => {
    for (const agent of [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    ]) {
      runWith(agent);
      expect(document.getElementById("root")).not.toBeNull();
      expect(document.getElementById("legacy-webview")).toBeNull();
    }
  });
});
