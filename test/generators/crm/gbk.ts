/**
 * A tiny GBK encoder for test fixtures: Node can decode GB18030 but not encode it, so the table is
 * built by decoding every two-byte GBK sequence once. Characters outside GBK throw.
 */
let table: Map<string, number> | null = null;

function encoderTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder("gb18030");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

export function encodeGbk(text: string): Buffer {
  const map = encoderTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = map.get(ch);
    if (pair === undefined) throw new Error(`"${ch}" (U+${code.toString(16)}) has no GBK code`);
    out.push(pair >> 8, pair & 0xff);
  }
  return Buffer.from(out);
}
