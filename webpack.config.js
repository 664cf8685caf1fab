/**
 * Two bundles, built separately on purpose:
 * - functions: the custom functions, self-contained (no DOM, no React, no shared runtime chunk),
 *   so Excel can load functions.js in a bare JavaScript context; plus functions.json (from JSDoc)
 *   and functions.zh-cn.json (from the catalogue).
 * - pane: the task pane (React + Fluent UI), the ribbon commands, the manifest and the assets.
 */
const path = require("path");
const fs = require("fs");
const os = require("os");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { loadCatalogue, renderZhMetadata } = require("./scripts/functions/generate.cjs");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function deployUrl() {
  const url = process.env.SALES_KIT_DEPLOY_URL || pkg.config.deploy_url;
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(`deploy URL must be https and end with "/": ${url}`);
  }
  return url;
}

/** Writes functions.zh-cn.json beside the functions.json that the metadata plugin produced. */
class ZhMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ZhMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ZhMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const en = compilation.getAsset("functions.json");
          if (!en) return; // the metadata plugin has already reported why
          try {
            const zh = renderZhMetadata(en.source.source().toString(), loadCatalogue());
            compilation.emitAsset("functions.zh-cn.json", new webpack.sources.RawSource(zh));
          } catch (error) {
            compilation.errors.push(new webpack.WebpackError(error.message));
          }
        },
      );
    });
  }
}

function tsRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { transpileOnly: true } },
  };
}

function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const found = Object.fromEntries(
    Object.entries(files)
      .map(([k, f]) => [k, path.join(dir, f)])
      .filter(([, f]) => fs.existsSync(f)),
  );
  if (!found.key || !found.cert) return undefined;
  return Object.fromEntries(Object.entries(found).map(([k, f]) => [k, fs.readFileSync(f)]));
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const dist = path.resolve(__dirname, "dist");
  const common = {
    mode: production ? "production" : "development",
    devtool: "source-map", // never eval: the pane's Content-Security-Policy forbids it
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
  };

  const functions = {
    ...common,
    name: "functions",
    entry: { functions: "./src/functions/functions.ts" },
    target: ["web", "es2017"],
    // Cleans dist/ of earlier builds (stale lazy chunks pile up otherwise); the pane builds after
    // this compiler and the CLI keeps its own folder.
    output: { path: dist, filename: "[name].js", clean: { keep: /^cli[\\/]/ } },
    module: { rules: [tsRule()] },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new ZhMetadataPlugin(),
    ],
  };

  const pane = {
    ...common,
    name: "pane",
    dependencies: ["functions"],
    entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
    target: ["web", "es2017"],
    output: { path: dist, filename: "[name].js" },
    module: { rules: [tsRule()] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["commands", "taskpane"],
        templateParameters: { officeCdn: OFFICE_CDN },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The manifest's SupportUrl and GetStarted LearnMoreUrl: a bilingual help page.
          { from: "assets/help.html", to: "help.html" },
          // ES5: what Internet Explorer's engine shows instead of the pane (test/manifest/webview.test.ts).
          { from: "assets/legacy-webview.js", to: "legacy-webview.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? content.toString().split(DEV_URL).join(deployUrl()) : content,
          },
          { from: "manifest.xml", to: "manifest.dev.xml" },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: dist },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: devCertificates() },
      client: { overlay: false },
    },
  };

  // The `sales-kit` command line for Node (dist/cli/sales-kit.js, run by bin/sales-kit.js): npm
  // packages stay external, they are installed beside it; __dirname stays the real folder.
  const cli = {
    ...common,
    name: "cli",
    entry: { "sales-kit": "./src/cli/sales-kit.ts" },
    target: "node20",
    output: { path: path.join(dist, "cli"), filename: "[name].js", clean: true },
    module: { rules: [tsRule()] },
    externals: [
      ({ request }, callback) =>
        /^[^./]/.test(request) ? callback(null, `commonjs ${request}`) : callback(),
    ],
    node: { __dirname: false, __filename: false },
  };

  return [functions, pane, cli];
};
