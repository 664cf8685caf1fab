/**
 * File input and output for the CLI: text in UTF-8, UTF-16 or GBK/GB18030 (Excel's "CSV" on Chinese
 * Windows), JSON or YAML configs with the line of a syntax error, and writes that never leave a
 * half-written file or replace one without --force.
 */
import fs from "fs";
import path from "path";
import YAML from "yaml";
import { decodeText as decodeBytes } from "../hosts/xlsx/text-encoding";
import { InputIssue, SchemaResult, fail, ok } from "../schemas/errors";

/** Decodes bytes as CRM exports are decoded (BOM, UTF-16, UTF-8, GB18030 or Windows-1252, from the bytes). */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

function fileIssue(file: string, en: string, zh: string, row?: number): InputIssue {
  return { file, ...(row !== undefined ? { row } : {}), field: "(file)", en, zh };
}

export function readTextFile(cwd: string, file: string): SchemaResult<string> {
  try {
    return ok(decodeText(fs.readFileSync(path.resolve(cwd, file))));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? fail([fileIssue(file, "file not found", "找不到文件")])
      : fail([
          fileIssue(
            file,
            `cannot read the file (${code ?? String(error)})`,
            `无法读取文件(${code ?? String(error)})`,
          ),
        ]);
  }
}

/**
 * Parses a .json, .yaml or .yml config; syntax errors name the line. JSON goes through the YAML
 * parser too (YAML 1.2 reads JSON), because Node's JSON errors do not always say where they are.
 */
export function parseConfigText(text: string, file: string): SchemaResult<unknown> {
  const json = /\.json$/i.test(file);
  try {
    return ok(YAML.parse(text, { prettyErrors: true, uniqueKeys: true }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = error instanceof YAML.YAMLError && error.linePos ? error.linePos[0].line : undefined;
    const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    return fail([
      {
        file,
        ...(line !== undefined ? { row: line } : {}),
        field: json ? "JSON" : "YAML",
        en: `syntax error: ${first}`,
        zh: `语法错误:${first}`,
      },
    ]);
  }
}

export function readConfigFile(cwd: string, file: string): SchemaResult<unknown> {
  const text = readTextFile(cwd, file);
  return text.ok ? parseConfigText(text.value, file) : text;
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a failure never
 * leaves a half-written workbook; an existing file is kept unless `overwrite`.
 */
export function writeOutputFile(
  cwd: string,
  file: string,
  data: Uint8Array,
  overwrite: boolean,
): SchemaResult<string> {
  const target = path.resolve(cwd, file);
  if (!overwrite && fs.existsSync(target)) {
    return fail([
      fileIssue(
        file,
        "already exists; choose another --out or add --force to replace it",
        "文件已存在;请换一个 --out,或加 --force 覆盖",
      ),
    ]);
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, target);
    return ok(target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail([fileIssue(file, `cannot write the file (${code})`, `无法写入文件(${code})`)]);
  }
}

/** A written file as the user should see it: relative to where they are, unless that climbs out. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}
