import PDFDocument from 'pdfkit';
import { format } from '../../platform/i18n/i18n.js';
import { A4, CONTENT_WIDTH, MARGIN, colon, renderToBuffer } from '../handover/pdf-document.js';
import {
  type StatementDocument,
  type StatementLine,
  formatHours,
  formatMoney,
  formatMonth,
} from './statement-document.js';
import type { StatementsMessages } from './statements.messages.js';

const BOTTOM = A4.height - MARGIN - 20; // room for the footer
const ROW = { font: 9, height: 14 };
const columns = [
  { key: 'date', width: 64, align: 'left' },
  { key: 'theme', width: 168, align: 'left' },
  { key: 'card', width: 92, align: 'left' },
  { key: 'hours', width: 42, align: 'right' },
  { key: 'rate', width: 58, align: 'right' },
  { key: 'amount', width: CONTENT_WIDTH - 64 - 168 - 92 - 42 - 58, align: 'right' },
] as const;
type ColumnKey = (typeof columns)[number]['key'];

/** Text on one line within the width: a smaller size first (down to 6 pt), then an ellipsis. */
function cell(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, align: 'left' | 'right') {
  let size = ROW.font;
  doc.fontSize(size);
  while (size > 6 && doc.widthOfString(text) > width) {
    size -= 0.5;
    doc.fontSize(size);
  }
  let shown = text;
  while (shown.length > 1 && doc.widthOfString(shown) > width) shown = `${shown.slice(0, -2)}…`;
  doc.text(shown, x, y, { width, align, lineBreak: false });
}

class StatementWriter {
  readonly doc: PDFKit.PDFDocument;
  y = MARGIN;
  private readonly shortDate: Intl.DateTimeFormat;
  private readonly longInstant: Intl.DateTimeFormat;

  constructor(
    private readonly s: StatementDocument,
    private readonly m: StatementsMessages['pdf'],
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: {
        Title: `${m.title} — ${s.venue.name} — ${s.month}`,
        Creator: 'Cartable',
        CreationDate: new Date(s.issuedAt ?? Date.now()),
      },
    });
    this.shortDate = new Intl.DateTimeFormat(s.locale, { timeZone: 'UTC', dateStyle: 'short' });
    this.longInstant = new Intl.DateTimeFormat(s.locale, { timeZone: s.timeZone, dateStyle: 'long' });
  }

  paragraph(text: string, size: number, font = 'Helvetica'): void {
    this.doc.font(font).fontSize(size).fillColor('black');
    this.doc.text(text, MARGIN, this.y, { width: CONTENT_WIDTH });
    this.y = this.doc.y + 4;
  }

  header(): void {
    const { s, m } = this;
    this.paragraph(m.title, 16, 'Helvetica-Bold');
    if (s.status === 'draft') this.paragraph(m.draftNotice, 10, 'Helvetica-Bold');
    const facts: [string, string][] = [
      [m.programme, s.programmeName],
      [m.venue, [s.venue.name, ...s.venue.address].join(', ')],
      [m.month, formatMonth(s.month, s.locale)],
    ];
    if (s.reference) facts.push([m.reference, s.reference]);
    if (s.issuedAt) facts.push([m.issuedOn, this.longInstant.format(new Date(s.issuedAt))]);
    for (const [label, value] of facts) {
      this.doc.font('Helvetica-Bold').fontSize(10).fillColor('black');
      this.doc.text(`${label}${colon(s.locale)}`, MARGIN, this.y, { width: CONTENT_WIDTH, continued: true });
      this.doc.font('Helvetica').text(value);
      this.y = this.doc.y + 2;
    }
    this.y += 6;
    this.paragraph(m.intro, 9);
    this.y += 6;
  }

  tableHeader(): void {
    this.doc.font('Helvetica-Bold').fillColor('black');
    let x = MARGIN;
    for (const col of columns) {
      cell(this.doc, this.m.columns[col.key], x, this.y, col.width - 4, col.align);
      x += col.width;
    }
    this.y += ROW.height;
    this.rule(0.6);
  }

  rule(width: number): void {
    this.doc
      .moveTo(MARGIN, this.y - 3)
      .lineTo(A4.width - MARGIN, this.y - 3)
      .lineWidth(width)
      .stroke('black');
  }

  line(l: StatementLine): void {
    const { s } = this;
    if (this.y + ROW.height > BOTTOM) {
      this.doc.addPage();
      this.y = MARGIN;
      this.tableHeader();
    }
    const values: Record<ColumnKey, string> = {
      date: this.shortDate.format(new Date(`${l.sessionDate}T00:00:00Z`)),
      theme: l.kind === 'reversal' ? `${this.m.reversal} — ${l.themeTitle}` : l.themeTitle,
      card: l.cardNumber,
      hours: formatHours(l.hours, s.locale),
      rate: formatMoney(l.hourlyRateMinor, s.currency, s.locale),
      amount: formatMoney(l.amountMinor, s.currency, s.locale),
    };
    let x = MARGIN;
    this.doc.font('Helvetica').fillColor('black');
    for (const col of columns) {
      cell(this.doc, values[col.key], x, this.y, col.width - 4, col.align);
      x += col.width;
    }
    this.y += ROW.height;
  }

  total(): void {
    const { s, m } = this;
    if (this.y + 2 * ROW.height > BOTTOM) {
      this.doc.addPage();
      this.y = MARGIN;
    }
    this.y += 4;
    this.rule(0.8);
    this.doc.font('Helvetica-Bold').fillColor('black');
    const amountColumn = columns[columns.length - 1]!;
    const labelWidth = CONTENT_WIDTH - amountColumn.width;
    cell(
      this.doc,
      `${m.total} (${format(m.lineCount, { count: s.lines.length })})`,
      MARGIN,
      this.y,
      labelWidth - 4,
      'left',
    );
    cell(
      this.doc,
      formatMoney(s.totalMinor, s.currency, s.locale),
      MARGIN + labelWidth,
      this.y,
      amountColumn.width - 4,
      'right',
    );
    this.y += ROW.height;
  }

  /** Page footers, and on drafts a large grey mark across every page. */
  finishPages(): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      this.doc.switchToPage(i);
      if (this.s.status === 'draft') {
        this.doc.save();
        this.doc.rotate(-35, { origin: [A4.width / 2, A4.height / 2] });
        this.doc.font('Helvetica-Bold').fontSize(90).fillColor('#d8d8d8').fillOpacity(0.5);
        this.doc.text(this.m.draftMark, 0, A4.height / 2 - 45, { width: A4.width, align: 'center', lineBreak: false });
        this.doc.restore();
      }
      this.doc.font('Helvetica').fontSize(7.5).fillColor('black').fillOpacity(1);
      const text = format(this.m.footer, {
        reference: this.s.reference ?? this.m.draftMark,
        page: i + 1,
        pages: range.count,
      });
      this.doc.text(text, MARGIN, A4.height - MARGIN - 8, { width: CONTENT_WIDTH, lineBreak: false });
    }
  }
}

/** The statement as PDF bytes: header, one line per credit (or reversal), the total, footers. */
export async function renderStatementPdf(s: StatementDocument, m: StatementsMessages['pdf']): Promise<Buffer> {
  const w = new StatementWriter(s, m);
  return renderToBuffer(w.doc, () => {
    w.header();
    if (s.lines.length === 0) w.paragraph(m.empty, 10);
    else {
      w.tableHeader();
      for (const line of s.lines) w.line(line);
    }
    w.total();
    w.finishPages();
  });
}
