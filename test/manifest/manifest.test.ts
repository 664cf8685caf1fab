/** The offline manifest checks pass on our manifests and catch each kind of breakage by name. */
import fs from "fs";
import path from "path";
import { DEV_URL, DIST, ROOT } from "../support/dist";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest/check.cjs") as {
  checkManifest: (
    xml: string,
    o?: { baseUrl?: string; distDir?: string },
  ) => { where: string; message: string }[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require("../../package.json");

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const messages = (xml: string, o = { baseUrl: DEV_URL, distDir: DIST }) =>
  checkManifest(xml, o).map((p) => p.message);

describe("manifest.xml", () => {
  it("passes the offline checks against the built files", () => {
    expect(checkManifest(source, { baseUrl: DEV_URL, distDir: DIST })).toEqual([]);
  });

  it("builds a production manifest on the deploy URL that also passes", () => {
    const prod = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain(`${pkg.config.deploy_url}functions.json`);
    expect(checkManifest(prod, { baseUrl: pkg.config.deploy_url, distDir: DIST })).toEqual([]);
  });

  it("declares the shared runtime, the SALES namespace and the zh-CN metadata", () => {
    expect(source).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(source).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SALES"\/>/);
    expect(source).toMatch(
      /<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-cn.json"\/>/,
    );
  });

  it("names no TaskpaneId on the actions of a shared-runtime host", () => {
    // "Configure your Office Add-in to use a shared runtime" (learn.microsoft.com/office/dev/add-ins/
    // develop/configure-your-add-in-to-use-a-shared-runtime): with <Runtimes>, ShowTaskpane actions
    // give only the SourceLocation of the shared runtime's page.
    expect(source).toMatch(/<Runtimes>/);
    expect(source).not.toMatch(/<TaskpaneId>/);
  });

  it("registers exactly the functions that ribbon actions call", () => {
    const commands = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    const registered = [...commands.matchAll(/associate\(\s*"([^"]+)"/g)].map((m) => m[1]).sort();
    const called = [...source.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]).sort();
    expect(registered).toEqual(called);
  });

  it("points SupportUrl and LearnMoreUrl at the bilingual help page in dist/", () => {
    expect(source).toContain('<SupportUrl DefaultValue="https://localhost:3000/help.html"/>');
    expect(source).toContain(
      '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"/>',
    );
    const help = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
    expect(help).toMatch(/Help/);
    expect(help).toMatch(/帮助/);
    const prod = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(prod).toContain(`<SupportUrl DefaultValue="${pkg.config.deploy_url}help.html"/>`);
  });

  describe("a deliberately broken copy fails with a clear message", () => {
    it.each([
      [
        "a missing resid",
        source.replace('<bt:String id="Group.Label"', '<bt:String id="Group.Label.Gone"'),
        /resid "Group.Label" is not defined/,
      ],
      [
        "an http URL",
        source.replace(
          'https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
          'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
        ),
        /URL must use https: http:\/\/localhost:3000\/taskpane.html/,
      ],
      [
        "a three-part version",
        source.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"),
        /Version "1.0.0" must have four parts/,
      ],
      [
        "an Id that is not a GUID",
        source.replace(/<Id>[^<]+<\/Id>/, "<Id>sales-kit</Id>"),
        /Id "sales-kit" is not a GUID/,
      ],
      [
        "a file the build did not produce",
        source.replace("assets/icon-80.png", "assets/icon-81.png"),
        /icon-81.png, which the build did not produce/,
      ],
      [
        "an icon of the wrong size",
        source.replace(
          'DefaultValue="https://localhost:3000/assets/icon-80.png"',
          'DefaultValue="https://localhost:3000/assets/icon-64.png"',
        ),
        /icon-64.png is 64x64, declared as 80x80/,
      ],
      [
        "a label over 125 characters",
        source.replace(
          'DefaultValue="Sales Kit">\n          <bt:Override Locale="zh-CN" Value="销售工具包"/>\n        </bt:String>\n        <bt:String id="OpenPane.Label"',
          `DefaultValue="${"x".repeat(126)}">\n          <bt:Override Locale="zh-CN" Value="销售工具包"/>\n        </bt:String>\n        <bt:String id="OpenPane.Label"`,
        ),
        /"Group.Label" is longer than 125 characters/,
      ],
      [
        "no shared runtime lifetime",
        source.replace('lifetime="long"', 'lifetime="short"'),
        /lifetime="long"/,
      ],
      [
        "a missing requirement set",
        source.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
        /SharedRuntime .* is missing/,
      ],
      [
        "a foreign AppDomain",
        source.replace(
          '<Hosts>\n    <Host Name="Workbook"/>',
          '<AppDomains><AppDomain>https://tracker.example.net</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name="Workbook"/>',
        ),
        /AppDomain https:\/\/tracker.example.net is not the add-in's own domain/,
      ],
      [
        "XML that is not well-formed",
        source.replace("</Permissions>", "</Permission>"),
        /not well-formed XML/,
      ],
    ])("%s", (_what, broken, expected) => {
      expect(broken).not.toEqual(source);
      expect(messages(broken).join("\n")).toMatch(expected);
    });
  });
});
