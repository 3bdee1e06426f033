import type { FastifyReply } from 'fastify';

export interface PdfReply {
  body: Buffer | NodeJS.ReadableStream;
  fileName: string;
  /** inline: opens in the browser's viewer, ready to print; attachment: saved as a file. */
  disposition: 'inline' | 'attachment';
  totalPages?: number;
}

/**
 * Sends a PDF (a buffer, or pdfkit's document streamed as it is written). File names are ASCII
 * (tags and references), so the plain `filename=` form is enough.
 */
export function sendPdf(reply: FastifyReply, pdf: PdfReply): FastifyReply {
  reply
    .type('application/pdf')
    .header('content-disposition', `${pdf.disposition}; filename="${pdf.fileName}"`)
    .header('cache-control', 'private, no-store');
  if (pdf.totalPages !== undefined) reply.header('x-total-pages', String(pdf.totalPages));
  return reply.send(pdf.body);
}
