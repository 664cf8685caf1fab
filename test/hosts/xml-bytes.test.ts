/**
 * The streaming writer's byte builder (xml-bytes.ts) against a second way of making the same bytes:
 * the text escaped with string replaces (the five XML entities; the control characters XML 1.0
 * forbids removed) and then encoded by TextEncoder; numbers as String(n).
 */
import { XmlBytes } from "../../src/hosts/xlsx/xml-bytes";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function expected(text: string): Uint8Array {
  const forbidden = (ch: string) => {
    const c = ch.charCodeAt(0);
    return c === 0x7f || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d);
  };
  const escaped = [...text]
    .filter((ch) => !forbidden(ch))
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
  return encoder.encode(escaped);
}

/** Lone surrogates as U+FFFD (String.prototype.toWellFormed, ES2024). */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

function written(write: (out: XmlBytes) => void, piece = 64): Uint8Array {
  const out = new XmlBytes(piece);
  write(out);
  return out.take();
}

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("XmlBytes", () => {
  it("escapes and encodes text as the string version does", () => {
    const cases = [
      "",
      "plain",
      `IF(A1<>"",'Pay statements'!B2&" > ",0)`,
      "销售额 Q1：完成率 ≥ 100%",
      "tab\there, line\nbreak, return\r, bell\u0007, NUL\u0000, DEL\u007f, escape\u001b",
      "emoji 😀 and a pair 𠮷",
      "é ü ß € £ ¥ — “quotes”",
    ];
    for (const text of cases) expect([text, written((o) => o.text(text))]).toEqual([text, expected(text)]);
  });

  it("writes a lone surrogate as U+FFFD, as TextEncoder does", () => {
    for (const text of ["a\ud800b", "\udc00", "end\ud83d", "\ud83d\ud83d\ude00"])
      expect(written((o) => o.text(text))).toEqual(encoder.encode(text));
  });

  it("agrees on random texts from every range of characters, written one after another", () => {
    const next = random(23);
    // ASCII (markup characters included), Latin, CJK, surrogates (paired or not), specials.
    const ranges: [number, number][] = [
      [0, 0x7f],
      [0x80, 0x7ff],
      [0x4e00, 0x9fff],
      [0xd800, 0xdfff],
      [0xe000, 0xffff],
      [0x20, 0x7e],
      [0x20, 0x7e],
    ];
    // Each text between markup in one builder (a small piece, so it is handed over often): short
    // texts are escaped character by character, longer ones encoded natively and escaped in place,
    // which must leave the markup before them as it is.
    const out = new XmlBytes(256);
    const got: Uint8Array[] = [];
    const want: Uint8Array[] = [];
    for (let k = 0; k < 3000; k++) {
      const length = Math.floor(next() * 90);
      let text = "";
      for (let i = 0; i < length; i++) {
        const [lo, hi] = ranges[Math.floor(next() * ranges.length)];
        text += String.fromCharCode(lo + Math.floor(next() * (hi - lo + 1)));
      }
      out.ascii('<t a="x">');
      out.text(text);
      out.ascii("</t>");
      if (out.full()) got.push(out.take());
      // A lone surrogate is U+FFFD where it stands, even when a dropped control character separates
      // it from another: the writer never joins two halves into a character the text did not hold.
      want.push(encoder.encode('<t a="x">'), expected(wellFormed(text)), encoder.encode("</t>"));
    }
    got.push(out.take());
    expect(Buffer.concat(got).equals(Buffer.concat(want))).toBe(true);
  });

  it("writes numbers as String(n)", () => {
    const next = random(7);
    const numbers = [
      0, -0, 1, 9, 10, 99, 100, 2147483647, 2147483648, -1, -2147483648, 0.1, 1e21, 1e-7, 123456.789,
    ];
    for (let k = 0; k < 3000; k++) {
      const scale = 10 ** Math.floor(next() * 12 - 4);
      const n = (next() - 0.3) * scale;
      numbers.push(n, Math.round(n), Math.floor(Math.abs(n)));
    }
    const wrong = numbers.filter((n) => decoder.decode(written((o) => o.number(n))) !== String(n));
    expect(wrong).toEqual([]);
    expect(numbers.length).toBe(15 + 9000);
  });

  it("grows for a text longer than its piece and hands the bytes over in order", () => {
    const out = new XmlBytes(16);
    out.ascii("<t>");
    expect(out.full()).toBe(false);
    const long = `"${"&".repeat(40000)}"`;
    out.text(long);
    out.ascii("</t>");
    expect(out.full()).toBe(true);
    const first = out.take();
    expect(decoder.decode(first)).toBe(`<t>&quot;${"&amp;".repeat(40000)}&quot;</t>`);
    // take() leaves an empty builder; the bytes handed over stay as they were.
    expect(out.length).toBe(0);
    out.bytes(encoder.encode("ok"));
    expect(decoder.decode(out.take())).toBe("ok");
    expect(first.length).toBe(3 + 6 + 5 * 40000 + 6 + 4);
  });
});
