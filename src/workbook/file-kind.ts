/**
 * What a file is from its first bytes: a picture, a PDF, a zip, a program. Input readers name it
 * ("a PNG image") instead of decoding it as text and reporting garbage.
 */

/** What a file that is not text looks like, from its first bytes; null when it may be text. */
export function binaryKind(bytes: Uint8Array): { en: string; zh: string } | null {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return { en: "a PNG image", zh: "PNG 图片" };
  if (starts(0xff, 0xd8, 0xff)) return { en: "a JPEG image", zh: "JPEG 图片" };
  if (starts(0x47, 0x49, 0x46, 0x38)) return { en: "a GIF image", zh: "GIF 图片" };
  if (starts(0x25, 0x50, 0x44, 0x46)) return { en: "a PDF document", zh: "PDF 文档" };
  if (starts(0x50, 0x4b, 0x03, 0x04))
    return { en: "a zip file (an .xlsx workbook?)", zh: "zip 压缩文件（.xlsx 工作簿？）" };
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return { en: "an old Excel (.xls) or Word file", zh: "旧版 Excel（.xls）或 Word 文件" };
  if (starts(0x7f, 0x45, 0x4c, 0x46) || starts(0x4d, 0x5a)) return { en: "a program", zh: "程序文件" };
  // UTF-16 text holds NULs; its BOM says so.
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return null;
  const head = bytes.subarray(0, 8192 & ~1);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      if (i % 2) oddZeros++;
      else evenZeros++;
    }
  }
  if (evenZeros + oddZeros === 0) return null;
  // UTF-16 without a BOM: its ASCII characters put a zero in every other byte, all on one side.
  const pairs = head.length / 2;
  if ((oddZeros > pairs * 0.3 && evenZeros === 0) || (evenZeros > pairs * 0.3 && oddZeros === 0)) return null;
  return { en: "binary data", zh: "二进制数据" };
}
