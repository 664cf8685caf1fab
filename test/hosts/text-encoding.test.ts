/**
 * The text decoder shared by the CLI and the pane: which encoding the bytes are in, decided from the
 * bytes (BOM, UTF-16 zeros, valid UTF-8, then GB18030 against Windows-1252), or given by the user.
 */
import { decodeText, encodingName } from "../../src/hosts/xlsx/text-encoding";
import { decodeBytes } from "../../src/taskpane/roster-input";
import { decodeText as decodeCliText } from "../../src/cli/files";
import { encodeGbk } from "../generators/crm/gbk";

// Windows-1252 as published (unicode.org's cp1252.txt): 0xA0-0xFF are U+00A0-U+00FF; 0x80-0x9F hold
// these (five bytes are undefined).
const CP1252_HIGH: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  Š: 0x8a,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "–": 0x96,
  "—": 0x97,
  š: 0x9a,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

function encode1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else if (CP1252_HIGH[ch] !== undefined) out.push(CP1252_HIGH[ch]);
    else throw new Error(`"${ch}" is not in Windows-1252`);
  }
  return Uint8Array.from(out);
}

describe("decodeText", () => {
  it.each([
    [
      "Spanish stage names",
      "Owner,Stage,Amount\nJosé Pérez,Negociación,1200\nMaría,Propuesta económica,800\n",
    ],
    ["a single accent in a short file", "Stage\nNegociación\n"],
    [
      "French and German",
      "Propriétaire;Étape;Betrag\nFrançois Müller;Qualifié;1 200 €\nJürgen Groß;Abschluss – gewonnen;3.400\n",
    ],
    ["Portuguese (two accented letters together)", "Responsável,Fase\nJoão,Negociação\nConceição,Proposta\n"],
    ["curly quotes and a non-breaking space", "Deal,Note\n“Big” deal,12\u00a0000 — signed\n"],
  ])("reads %s in Windows-1252 (ISO-8859-1) as Windows-1252, not GB18030", (_what, text) => {
    const bytes = encode1252(text);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const d = decodeText(bytes);
    expect(d).toEqual({ text, encoding: "windows-1252", how: "detected" });
    // The pane's uploads and the CLI's roster and config files go through the same decoder.
    expect(decodeBytes(bytes)).toBe(text);
    expect(decodeCliText(bytes)).toBe(text);
  });

  it.each([
    [
      "a Fxiaoke header and rows",
      "负责人,商机名称,商机金额,销售阶段\n李伟,华东区年度框架协议,120000,赢单\n王芳,设备采购,8000,输单\n",
    ],
    ["one short name", "负责人\n张三\n"],
    [
      "full-width punctuation and ASCII mixed in",
      "客户名称,备注\n上海某某科技有限公司,已签约(第二期)\nACME 中国,报价 ￥12,000\n",
    ],
  ])("reads %s in GBK as GB18030", (_what, text) => {
    const bytes = encodeGbk(text);
    const d = decodeText(bytes);
    expect(d).toEqual({ text, encoding: "gb18030", how: "detected" });
  });

  it("reads valid UTF-8 as UTF-8, with or without its BOM, and UTF-16 with or without a BOM", () => {
    const text = "Owner,Stage\nJosé,Negociación\n李伟,赢单\n";
    expect(decodeText(Buffer.from(text, "utf8"))).toEqual({ text, encoding: "utf-8", how: "detected" });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    expect(decodeText(bom)).toEqual({ text, encoding: "utf-8-bom", how: "bom" });
    expect(decodeText(Buffer.from(text, "utf16le"))).toEqual({ text, encoding: "utf-16le", how: "detected" });
    const be = Buffer.from(text, "utf16le").swap16();
    expect(decodeText(be)).toEqual({ text, encoding: "utf-16be", how: "detected" });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({
      text,
      encoding: "utf-16be",
      how: "bom",
    });
  });

  it("decodes with the encoding given, whatever the bytes look like", () => {
    const bytes = encode1252("Stage\nNegociación\n");
    // As GB18030 the accent and the letter after it make one rare character: what the issue saw.
    expect(decodeText(bytes, "gbk")).toEqual({ text: "Stage\nNegociaci髇\n", encoding: "gbk", how: "given" });
    expect(decodeText(bytes, "latin1").encoding).toBe("windows-1252");
    expect(encodingName("ISO-8859-1")).toBe("windows-1252");
    expect(encodingName("GB2312")).toBe("gbk");
    expect(encodingName("utf-16")).toBe("utf-16le");
    expect(encodingName("klingon")).toBeUndefined();
    expect(() => decodeText(bytes, "klingon")).toThrow(RangeError);
  });
});
