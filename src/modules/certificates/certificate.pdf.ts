import PDFDocument from 'pdfkit';
import { format } from '../../platform/i18n/i18n.js';
import { drawQr, encodeQr } from './barcodes.js';
import type { CertificateDevice, CertificateDisk, CertificateSummary } from './certificate-content.js';
import type { CertificateMessages } from './certificate-messages.js';

export interface CertificateDocument {
  messages: CertificateMessages;
  /** BCP 47 locale and IANA time zone of the programme, for dates. */
  locale: string;
  timeZone: string;
  donorName: string;
  receivedAt: string | null;
  verificationCode: string;
  verifyUrl: string;
  summary: CertificateSummary;
  devices: readonly CertificateDevice[];
}

const MARGIN = 42;
const PAGE = { width: 595.28, height: 841.89 };
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN - 18; // room for the footer
const ROW = { font: 8.5, height: 13 };
const DISK = { font: 7.5, height: 10.5, indent: 14 };
const columns = [
  { key: 'tag', width: 82 },
  { key: 'kind', width: 66 },
  { key: 'make', width: 76 },
  { key: 'model', width: 110 },
  { key: 'serial', width: 104 },
  { key: 'outcome', width: CONTENT_WIDTH - 82 - 66 - 76 - 110 - 104 },
] as const;

/** Prints text on one line in the width: a smaller size first (down to 6 pt), then an ellipsis. */
function cell(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, size: number): void {
  doc.fontSize(size);
  let s = size;
  while (s > 6 && doc.widthOfString(text) > width) {
    s -= 0.5;
    doc.fontSize(s);
  }
  let shown = text;
  while (shown.length > 1 && doc.widthOfString(shown) > width) shown = `${shown.slice(0, -2)}…`;
  doc.text(shown, x, y, { lineBreak: false });
}

class CertificateWriter {
  readonly doc: PDFKit.PDFDocument;
  y = MARGIN;
  private readonly date: Intl.DateTimeFormat;

  constructor(private readonly c: CertificateDocument) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: {
        Title: `${c.messages.certificate.title} — ${c.summary.lotReference}`,
        Creator: 'Cartable',
        CreationDate: new Date(c.summary.issuedAt),
      },
    });
    this.date = new Intl.DateTimeFormat(c.locale, { timeZone: c.timeZone, dateStyle: 'short' });
  }

  formatDate(iso: string | null): string {
    return iso ? this.date.format(new Date(iso)) : this.c.messages.certificate.unknownDate;
  }

  paragraph(text: string, size: number, font = 'Helvetica', width = CONTENT_WIDTH): void {
    this.doc.font(font).fontSize(size);
    this.doc.text(text, MARGIN, this.y, { width });
    this.y = this.doc.y + 4;
  }

  header(): void {
    const m = this.c.messages.certificate;
    const qrSize = 92;
    const textWidth = CONTENT_WIDTH - qrSize - 12;
    this.paragraph(m.title, 15, 'Helvetica-Bold', textWidth);
    this.paragraph(format(m.intro, { programme: this.c.summary.programmeName }), 9.5, 'Helvetica', textWidth);
    const facts: [string, string][] = [
      [m.programme, this.c.summary.programmeName],
      [m.lot, this.c.summary.lotReference],
      [m.donor, this.c.donorName],
      [m.receivedOn, this.formatDate(this.c.receivedAt)],
      [m.issuedOn, this.formatDate(this.c.summary.issuedAt)],
    ];
    for (const [label, value] of facts) this.paragraph(`${label}${this.colon()}${value}`, 10);
    drawQr(this.doc, encodeQr(this.c.verifyUrl), {
      x: PAGE.width - MARGIN - qrSize,
      y: MARGIN,
      width: qrSize,
      height: qrSize,
    });
    this.doc.font('Helvetica-Bold').fontSize(10);
    this.doc.text(this.c.verificationCode, PAGE.width - MARGIN - qrSize, MARGIN + qrSize + 2, {
      width: qrSize,
      align: 'center',
      lineBreak: false,
    });
    this.y = Math.max(this.y, MARGIN + qrSize + 16) + 6;
  }

  colon(): string {
    // French typography puts a space before the colon; English does not.
    return this.c.locale.startsWith('fr') ? ' : ' : ': ';
  }

  summaryBlock(): void {
    const m = this.c.messages.certificate;
    const s = this.c.summary;
    this.paragraph(m.summaryTitle, 11, 'Helvetica-Bold');
    this.paragraph(format(m.deviceCount, { count: s.deviceCount }), 9.5);
    this.paragraph(format(m.disksErased, { count: s.disksErased, total: s.diskCount }), 9.5);
    this.paragraph(format(m.outcomeCounts, { ...s.outcomes }), 9.5);
    if (s.outcomes.in_progress > 0) this.paragraph(format(m.inProgressNotice, { count: s.outcomes.in_progress }), 9);
    if (s.disksErased < s.diskCount) this.paragraph(m.disksNotErasedNotice, 9);
    this.paragraph(format(m.verifyText, { code: this.c.verificationCode, url: this.c.verifyUrl }), 9);
    this.y += 6;
  }

  tableHeader(): void {
    const m = this.c.messages.certificate;
    this.doc.font('Helvetica-Bold');
    let x = MARGIN;
    for (const col of columns) {
      cell(this.doc, m.columns[col.key], x, this.y, col.width - 4, ROW.font);
      x += col.width;
    }
    this.y += ROW.height;
    this.doc
      .moveTo(MARGIN, this.y - 2)
      .lineTo(PAGE.width - MARGIN, this.y - 2)
      .lineWidth(0.6)
      .stroke('black');
  }

  diskText(disk: CertificateDisk): string {
    const m = this.c.messages;
    const name = disk.serial
      ? format(m.certificate.disk, { serial: disk.serial })
      : format(m.certificate.diskWithoutSerial, { name: disk.name ?? '?' });
    if (!disk.record) return `${name} — ${m.certificate.noRecord}`;
    const r = disk.record;
    return `${name} — ${format(m.certificate.diskLine, {
      method: r.method,
      level: m.levels[r.nistLevel] ?? r.nistLevel,
      date: this.formatDate(r.endedAt ?? r.startedAt ?? r.createdAt),
      result: m.results[r.result] ?? r.result,
    })}`;
  }

  device(d: CertificateDevice): void {
    const m = this.c.messages;
    const diskLines = d.disks.length > 0 ? d.disks.map((disk) => this.diskText(disk)) : [m.certificate.noDisk];
    const height = ROW.height + diskLines.length * DISK.height + 3;
    if (this.y + height > BOTTOM) {
      this.doc.addPage();
      this.y = MARGIN;
      this.tableHeader();
    }
    const values: Record<(typeof columns)[number]['key'], string> = {
      tag: d.assetTag,
      kind: m.kinds[d.kind as keyof CertificateMessages['kinds']] ?? d.kind,
      make: d.make ?? '—',
      model: d.model ?? '—',
      serial: d.serial ?? '—',
      outcome: m.outcomes[d.outcome],
    };
    let x = MARGIN;
    for (const col of columns) {
      this.doc.font(col.key === 'tag' ? 'Helvetica-Bold' : 'Helvetica');
      cell(this.doc, values[col.key], x, this.y, col.width - 4, ROW.font);
      x += col.width;
    }
    this.y += ROW.height;
    this.doc.font('Helvetica');
    for (const line of diskLines) {
      cell(this.doc, line, MARGIN + DISK.indent, this.y, CONTENT_WIDTH - DISK.indent, DISK.font);
      this.y += DISK.height;
    }
    this.y += 3;
  }

  footers(): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      this.doc.switchToPage(i);
      this.doc.font('Helvetica').fontSize(7.5);
      const text = format(this.c.messages.certificate.footer, {
        code: this.c.verificationCode,
        lot: this.c.summary.lotReference,
        page: i + 1,
        pages: range.count,
      });
      this.doc.text(text, MARGIN, PAGE.height - MARGIN - 8, { lineBreak: false });
    }
  }
}

/** The donor certificate as PDF bytes: header, summary, one block per device, footers. */
export async function renderCertificate(c: CertificateDocument): Promise<Buffer> {
  const w = new CertificateWriter(c);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    w.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    w.doc.on('end', () => resolve(Buffer.concat(chunks)));
    w.doc.on('error', reject);
  });
  w.header();
  w.summaryBlock();
  w.paragraph(c.messages.certificate.devicesTitle, 11, 'Helvetica-Bold');
  w.tableHeader();
  for (const device of c.devices) w.device(device);
  w.footers();
  w.doc.end();
  return done;
}
