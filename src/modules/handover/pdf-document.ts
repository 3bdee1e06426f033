import PDFDocument from 'pdfkit';

/**
 * Shared pieces of the handover documents: an A4 pdfkit document collected into a buffer, and
 * the date formats. Text uses the standard Helvetica fonts (WinAnsi), so it stays extractable.
 */
export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 50;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;

export function newA4(title: string, createdAt: Date): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: title, Creator: 'Cartable', CreationDate: createdAt },
  });
}

/** Runs `draw` on the document and returns the finished bytes. */
export async function renderToBuffer(doc: PDFKit.PDFDocument, draw: () => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw();
  doc.end();
  return done;
}

export interface DateFormats {
  /** A calendar date (YYYY-MM-DD) in words: "5 juillet 2029". */
  day(date: string): string;
  /** An instant in the programme's time zone: "29 novembre 2026 à 14:05". */
  instant(iso: string): string;
}

export function dateFormats(locale: string, timeZone: string): DateFormats {
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' });
  const instant = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'long', timeStyle: 'short' });
  return {
    day: (date) => day.format(new Date(`${date}T00:00:00Z`)),
    instant: (iso) => instant.format(new Date(iso)),
  };
}

/** French typography puts a space before the colon; English does not. */
export function colon(locale: string): string {
  return locale.startsWith('fr') ? ' : ' : ': ';
}

/** Label: value lines, the label in bold. */
export function factLines(doc: PDFKit.PDFDocument, locale: string, facts: [string, string][]): void {
  for (const [label, value] of facts) {
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${label}${colon(locale)}`, { continued: true });
    doc.font('Helvetica').text(value);
  }
}
