/**
 * Bundles the fake Excel (test/support/fake-excel, plain TypeScript) with its page installer into one
 * script for page.addInitScript, using the project's own webpack and ts-loader. Built once per run.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";

let cached: Promise<string> | null = null;

export function fakeExcelScript(): Promise<string> {
  cached ??= new Promise<string>((resolve, reject) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "sales-kit-fake-excel-"));
    const compiler = webpack({
      mode: "development",
      devtool: false,
      target: ["web", "es2020"],
      entry: path.resolve(__dirname, "fake-excel-page.ts"),
      output: { path: out, filename: "fake-excel.js", iife: true },
      resolve: { extensions: [".ts", ".js"] },
      module: {
        rules: [
          {
            test: /\.ts$/,
            exclude: /node_modules/,
            use: {
              loader: "ts-loader",
              options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
            },
          },
        ],
      },
    });
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats || stats.hasErrors()) {
        reject(error ?? new Error(stats?.toString("errors-only") ?? "webpack failed"));
        return;
      }
      const code = fs.readFileSync(path.join(out, "fake-excel.js"), "utf8");
      fs.rmSync(out, { recursive: true, force: true });
      resolve(code);
    });
  });
  return cached;
}
