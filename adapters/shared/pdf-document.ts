/**
 * A pdfkit document and the bytes it writes. pdfkit (and its fonts and codecs, ~20 MB of memory) is
 * loaded on the first document, not at start: most processes never write a PDF.
 */
type PdfKit = typeof import('pdfkit');

let pdfkit: PdfKit | undefined;

export interface PdfDocument {
  doc: PDFKit.PDFDocument;
  /** Resolves with the whole file once `doc.end()` has been called. */
  bytes: Promise<Buffer>;
}

export function newPdfDocument(options: PDFKit.PDFDocumentOptions): PdfDocument {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  pdfkit ??= require('pdfkit') as PdfKit;
  const doc = new pdfkit(options);
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
