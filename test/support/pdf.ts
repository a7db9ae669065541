/**
 * Reads what a test needs from a PDF pdfkit wrote, without a PDF library: that it is a whole PDF
 * (header, pages, end marker) and its document title, which names what the document is.
 */
export interface PdfFacts {
  complete: boolean;
  pages: number;
  title: string | undefined;
}

/** Decodes a PDF literal string: escapes, then UTF-16BE when it starts with the byte-order mark. */
function decodeLiteral(literal: string): string {
  const raw = literal.replace(/\\([nrtbf()\\])/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c);
  const bytes = Buffer.from(raw, 'latin1');
  if (bytes[0] !== 0xfe || bytes[1] !== 0xff) return raw;
  const swapped = Buffer.from(bytes.subarray(2));
  swapped.swap16();
  return swapped.toString('utf16le');
}

export function pdfFacts(pdf: Buffer): PdfFacts {
  const text = pdf.toString('latin1');
  const ref = /\/Title (\d+) 0 R/.exec(text)?.[1];
  const literal = ref ? new RegExp(`\\n${ref} 0 obj\\n\\(([^]*?)\\)\\nendobj`).exec(text)?.[1] : /\/Title \(([^]*?)\)\n/.exec(text)?.[1];
  return {
    complete: text.startsWith('%PDF-') && text.trimEnd().endsWith('%%EOF'),
    pages: (text.match(/\/Type \/Page\b/g) ?? []).length,
    title: literal === undefined ? undefined : decodeLiteral(literal),
  };
}
