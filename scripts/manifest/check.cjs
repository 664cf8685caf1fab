// Offline manifest checks. Microsoft's validator is an online service and no XSD covers
// <Runtimes>, so these are the rules that matter to this add-in, checked without a network.
// checkManifest(xml, { baseUrl, distDir }) returns a list of problems ({ where, message }).
const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){3}$/;
/** Limits from the add-in manifest schema. */
const LIMITS = {
  ShortStrings: 125,
  LongStrings: 250,
  DisplayName: 125,
  Description: 2000,
  ProviderName: 125,
  resid: 32,
};
const RESOURCE_KINDS = {
  "bt:Images": "image",
  "bt:Urls": "url",
  "bt:ShortStrings": "short",
  "bt:LongStrings": "long",
};
const REQUIRED_SETS = { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" };

/** Flattens the ordered parse into { name, attrs, children, text, path } nodes. */
function toNodes(ordered, parentPath = "") {
  const nodes = [];
  for (const item of ordered) {
    const name = Object.keys(item).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "?xml" || name === "#comment") continue;
    const attrs = item[":@"] || {};
    const nodePath = `${parentPath}/${name}`;
    const children = toNodes(item[name], nodePath);
    const text = item[name]
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("")
      .trim();
    nodes.push({ name, attrs, children, text, path: nodePath });
  }
  return nodes;
}

function walk(nodes, fn) {
  for (const n of nodes) {
    fn(n);
    walk(n.children, fn);
  }
}

function local(name) {
  return name.includes(":") ? name.split(":")[1] : name;
}

function child(node, name) {
  return node && node.children.find((c) => local(c.name) === name);
}

function pngSize(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 24 || buf.toString("ascii", 1, 4) !== "PNG") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function checkManifest(xml, options = {}) {
  const problems = [];
  const fail = (where, message) => problems.push({ where, message });

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { line, col, msg } = wellFormed.err;
    fail(`line ${line}:${col}`, `not well-formed XML: ${msg}`);
    return problems;
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    commentPropName: "#comment",
  });
  const roots = toNodes(parser.parse(xml));
  const app = roots.find((n) => n.name === "OfficeApp");
  if (!app) {
    fail("/", "the root element must be <OfficeApp>");
    return problems;
  }

  // Required elements of a task-pane add-in with a shared runtime and custom functions.
  for (const name of [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ]) {
    if (!child(app, name)) fail(`/OfficeApp/${name}`, `required element <${name}> is missing`);
  }
  if (app.attrs["xsi:type"] !== "TaskPaneApp") fail("/OfficeApp", 'xsi:type must be "TaskPaneApp"');
  const id = child(app, "Id");
  if (id && !GUID.test(id.text)) fail("/OfficeApp/Id", `Id "${id.text}" is not a GUID`);
  const version = child(app, "Version");
  if (version && !VERSION.test(version.text))
    fail("/OfficeApp/Version", `Version "${version.text}" must have four parts, e.g. 1.0.0.0`);
  const permissions = child(app, "Permissions");
  if (permissions && permissions.text !== "ReadWriteDocument")
    fail("/OfficeApp/Permissions", "Permissions must be ReadWriteDocument");

  for (const name of ["DisplayName", "Description", "ProviderName"]) {
    const node = child(app, name);
    if (!node) continue;
    const values = [node.attrs.DefaultValue ?? node.text, ...node.children.map((o) => o.attrs.Value)];
    for (const v of values) {
      if (v !== undefined && v.length > LIMITS[name])
        fail(`/OfficeApp/${name}`, `longer than ${LIMITS[name]} characters: "${v.slice(0, 40)}..."`);
    }
  }

  const sets = [];
  walk([app], (n) => n.name === "Set" && sets.push(n));
  for (const [set, min] of Object.entries(REQUIRED_SETS)) {
    const found = sets.find((s) => s.attrs.Name === set);
    if (!found) fail("/OfficeApp/Requirements", `requirement set ${set} (at least ${min}) is missing`);
    else if (Number(found.attrs.MinVersion) < Number(min))
      fail("/OfficeApp/Requirements", `${set} must be at least ${min}`);
  }

  // Resources: collect definitions, then check every resid against them.
  const resources = new Map();
  walk([app], (n) => {
    const kind = RESOURCE_KINDS[n.name];
    if (!kind) return;
    for (const r of n.children) {
      const rid = r.attrs.id;
      if (!rid) continue;
      if (resources.has(rid)) fail(r.path, `resource id "${rid}" is defined twice`);
      if (rid.length > LIMITS.resid)
        fail(r.path, `resource id "${rid}" is longer than ${LIMITS.resid} characters`);
      resources.set(rid, { kind, node: r });
      const limit = kind === "short" ? LIMITS.ShortStrings : kind === "long" ? LIMITS.LongStrings : 2048;
      for (const v of [r.attrs.DefaultValue, ...r.children.map((o) => o.attrs.Value)]) {
        if (v !== undefined && v.length > limit) fail(r.path, `"${rid}" is longer than ${limit} characters`);
      }
    }
  });
  const expectKind = (n) => {
    const name = local(n.name);
    if (name === "Image") return "image";
    if (["SourceLocation", "LearnMoreUrl", "FunctionFile", "Runtime"].includes(name)) return "url";
    if (name === "Description") return "long";
    if (["Label", "Title", "Namespace"].includes(name)) return "short";
    return null;
  };
  walk([app], (n) => {
    const rid = n.attrs.resid;
    if (rid === undefined) return;
    const def = resources.get(rid);
    if (!def) fail(n.path, `resid "${rid}" is not defined in <Resources>`);
    else if (expectKind(n) && def.kind !== expectKind(n))
      fail(
        n.path,
        `resid "${rid}" is a ${def.kind} resource, <${local(n.name)}> needs a ${expectKind(n)} one`,
      );
  });

  // Shared runtime and custom functions.
  const runtimes = [];
  walk([app], (n) => n.name === "Runtime" && runtimes.push(n));
  if (!runtimes.length)
    fail("/OfficeApp/VersionOverrides", "no <Runtimes><Runtime> (shared runtime) is declared");
  for (const r of runtimes)
    if (r.attrs.lifetime !== "long") fail(r.path, 'the shared runtime needs lifetime="long"');
  let cf = null;
  walk([app], (n) => {
    if (n.name === "ExtensionPoint" && n.attrs["xsi:type"] === "CustomFunctions") cf = n;
  });
  if (!cf) fail("/OfficeApp/VersionOverrides", "no CustomFunctions extension point");
  else {
    for (const name of ["Script", "Page", "Metadata", "Namespace"])
      if (!child(cf, name)) fail(cf.path, `<${name}> is missing`);
    const ns = child(cf, "Namespace");
    const nsValue = ns && resources.get(ns.attrs.resid);
    if (nsValue && nsValue.node.attrs.DefaultValue !== "SALES")
      fail(ns.path, 'the functions namespace must be "SALES"');
  }

  // URLs: https only; every URL under the base must be a file the build produced.
  const urls = [];
  walk([app], (n) => {
    for (const key of ["DefaultValue", "Value"]) {
      const v = n.attrs[key];
      if (typeof v === "string" && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push({ url: v, node: n });
    }
    if (
      ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(local(n.name)) &&
      n.text
    )
      urls.push({ url: n.text, node: n });
  });
  walk([app], (n) => n.name === "AppDomain" && urls.push({ url: n.text, node: n, domain: true }));
  for (const { url, node, domain } of urls) {
    if (!url.startsWith("https://")) {
      fail(node.path, `URL must use https: ${url}`);
      continue;
    }
    if (domain && options.baseUrl && new URL(url).origin !== new URL(options.baseUrl).origin) {
      fail(node.path, `AppDomain ${url} is not the add-in's own domain`);
    }
  }
  if (options.baseUrl && options.distDir) {
    for (const { url, node, domain } of urls) {
      if (domain || !url.startsWith(options.baseUrl)) continue;
      const rel = decodeURIComponent(url.slice(options.baseUrl.length).split(/[?#]/)[0]);
      const file = path.join(options.distDir, rel);
      if (!fs.existsSync(file)) fail(node.path, `${url} points at ${rel}, which the build did not produce`);
    }
  }

  // Icons: the file behind each icon URL has the size it is declared at.
  if (options.baseUrl && options.distDir) {
    const iconAt = (url, size, where) => {
      if (!url || !url.startsWith(options.baseUrl)) return;
      const file = path.join(options.distDir, url.slice(options.baseUrl.length));
      if (!fs.existsSync(file)) return; // reported above
      const dims = pngSize(file);
      if (!dims) fail(where, `${url} is not a PNG image`);
      else if (dims.width !== size || dims.height !== size)
        fail(where, `${url} is ${dims.width}x${dims.height}, declared as ${size}x${size}`);
    };
    const icon = child(app, "IconUrl");
    if (icon) iconAt(icon.attrs.DefaultValue, 32, icon.path);
    const hi = child(app, "HighResolutionIconUrl");
    if (hi) iconAt(hi.attrs.DefaultValue, 64, hi.path);
    walk([app], (n) => {
      if (n.name !== "bt:Image" || !n.attrs.size) return;
      const def = resources.get(n.attrs.resid);
      if (def) iconAt(def.node.attrs.DefaultValue, Number(n.attrs.size), n.path);
    });
  }
  return problems;
}

function formatProblems(file, problems) {
  return problems.map((p) => `${file}: ${p.where}: ${p.message}`).join("\n");
}

module.exports = { checkManifest, formatProblems };
