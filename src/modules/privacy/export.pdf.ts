import PDFDocument from 'pdfkit';
import { format } from '../../platform/i18n/i18n.js';
import type { PrivacyMessages } from './privacy.messages.js';
import type { HouseholdExport } from './privacy.schemas.js';

export interface ExportDocument {
  data: HouseholdExport;
  messages: PrivacyMessages['pdf'];
  /** BCP 47 locale and IANA time zone of the programme, for dates. */
  locale: string;
  timeZone: string;
}

const MARGIN = 48;
const PAGE = { width: 595.28, height: 841.89 };
const WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN - 20;

class ExportWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly m: PrivacyMessages['pdf'];
  private readonly dateFormat: Intl.DateTimeFormat;
  private readonly timeFormat: Intl.DateTimeFormat;

  constructor(private readonly c: ExportDocument) {
    this.m = c.messages;
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: { Title: format(this.m.title, { reference: c.data.household.reference }), Creator: 'Cartable' },
    });
    this.dateFormat = new Intl.DateTimeFormat(c.locale, { timeZone: c.timeZone, dateStyle: 'long' });
    this.timeFormat = new Intl.DateTimeFormat(c.locale, {
      timeZone: c.timeZone,
      dateStyle: 'short',
      timeStyle: 'short',
    });
  }

  /** A calendar date (YYYY-MM-DD) as written, an instant in the programme's time zone; "—" when absent. */
  when(value: string | null, withTime = false): string {
    if (!value) return this.m.empty;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return this.dateFormat.format(new Date(`${value}T12:00:00Z`));
    return (withTime ? this.timeFormat : this.dateFormat).format(new Date(value));
  }

  colon(): string {
    return this.c.locale.startsWith('fr') ? ' : ' : ': ';
  }

  text(value: string, size = 10, font = 'Helvetica', indent = 0): void {
    this.doc.font(font).fontSize(size);
    const height = this.doc.heightOfString(value, { width: WIDTH - indent });
    if (this.doc.y + height > BOTTOM) this.doc.addPage();
    this.doc.text(value, MARGIN + indent, this.doc.y, { width: WIDTH - indent });
  }

  field(label: string, value: string | null): void {
    this.text(`${label}${this.colon()}${value ?? this.m.empty}`);
  }

  section(title: string, lines: string[]): void {
    this.doc.moveDown(0.6);
    this.text(title, 12, 'Helvetica-Bold');
    this.doc.moveDown(0.2);
    if (lines.length === 0) this.text(this.m.none, 10, 'Helvetica-Oblique');
    for (const line of lines) this.text(`• ${line}`, 10, 'Helvetica', 8);
  }

  /** "label: value" pairs of one item, on one line; empty values left out. */
  item(parts: [string | null, string | number | null][]): string {
    return parts
      .filter(([, v]) => v !== null && v !== '')
      .map(([label, v]) => (label ? `${label} ${String(v)}` : String(v)))
      .join(' — ');
  }

  yesNo(value: boolean): string {
    return value ? this.m.yes : this.m.no;
  }

  footers(): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      this.doc.switchToPage(i);
      this.doc.font('Helvetica').fontSize(8);
      const text = format(this.m.footer, {
        reference: this.c.data.household.reference,
        page: i + 1,
        pages: range.count,
      });
      this.doc.text(text, MARGIN, PAGE.height - MARGIN - 8, { lineBreak: false });
    }
  }
}

/** The export as a readable PDF: one section per kind of data, in the household's order of events. */
export async function renderHouseholdExport(c: ExportDocument): Promise<Buffer> {
  const w = new ExportWriter(c);
  const { data: d } = c;
  const m = c.messages;
  const l = m.labels;
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    w.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    w.doc.on('end', () => resolve(Buffer.concat(chunks)));
    w.doc.on('error', reject);
  });
  const h = d.household;
  w.text(format(m.title, { reference: h.reference }), 16, 'Helvetica-Bold');
  w.doc.moveDown(0.3);
  w.text(format(m.intro, { programme: d.programme.name, date: w.when(d.exportedAt) }), 9.5);
  if (h.anonymisedAt) {
    w.doc.moveDown(0.3);
    w.text(format(m.anonymised, { date: w.when(h.anonymisedAt) }), 10, 'Helvetica-Bold');
  }
  w.doc.moveDown(0.6);
  w.text(m.household, 12, 'Helvetica-Bold');
  w.field(l.reference, h.reference);
  w.field(l.address, h.addressLine);
  w.field(l.postalCode, h.postalCode);
  w.field(l.commune, h.communeName ?? h.communeInsee);
  w.field(l.language, h.preferredLanguage);
  w.field(l.noComputerAtHome, w.yesNo(h.noComputerAtHome));
  w.field(l.priorityNeighbourhood, w.yesNo(h.priorityNeighbourhood));
  w.field(l.registeredAt, w.when(h.registeredAt));
  if (h.declinedAt) {
    w.field(l.declinedAt, w.when(h.declinedAt));
    w.field(l.declineReason, h.declineReason);
  }
  w.section(
    m.guardians,
    d.guardians.map((g) => [g.firstName, g.lastName].filter(Boolean).join(' ')),
  );
  w.section(
    m.contacts,
    d.contacts.map((x) => `${x.kind}${w.colon()}${x.value}`),
  );
  w.section(
    m.pupils,
    d.pupils.map((p) =>
      w.item([
        [null, `${p.firstName} ${p.lastName}`],
        [l.birthDate, p.birthDate ? w.when(p.birthDate) : null],
        [l.grade, [p.grade, p.className].filter(Boolean).join(', ')],
        [l.school, p.schoolName],
        [l.year, p.schoolYear],
      ]),
    ),
  );
  w.section(
    m.campaigns,
    d.campaigns.map((x) =>
      w.item([
        [null, x.campaignName],
        [l.school, x.schoolName],
        [l.status, x.status],
        [l.rank, x.rank],
        [l.code, x.invitationCode],
      ]),
    ),
  );
  w.section(
    m.invitations,
    d.invitations.map((x) =>
      w.item([
        [null, w.when(x.sentAt, true)],
        [null, x.channel],
        [null, x.recipient],
      ]),
    ),
  );
  w.section(
    m.appointments,
    d.appointments.map((x) =>
      w.item([
        [null, w.when(x.startsAt, true)],
        [null, x.placeName],
        [l.status, x.status],
      ]),
    ),
  );
  w.section(
    m.allocations,
    d.allocations.map((x) =>
      w.item([
        [l.device, x.assetTag],
        [l.status, x.status],
        [null, w.when(x.reservedAt)],
      ]),
    ),
  );
  w.section(
    m.handovers,
    d.handovers.map((x) =>
      w.item([
        [null, w.when(x.handedOverAt, true)],
        [l.device, x.assetTag],
        [l.signer, x.signerName],
        [l.agreement, x.agreementSha256],
      ]),
    ),
  );
  w.section(
    m.loans,
    d.loans.map((x) =>
      w.item([
        [l.device, x.assetTag],
        [l.status, x.status],
        [l.from, w.when(x.startsOn)],
        [l.to, w.when(x.endsOn)],
        [l.endedAt, x.endedAt ? w.when(x.endedAt) : null],
      ]),
    ),
  );
  w.section(
    m.cards,
    d.cards.map((x) =>
      w.item([
        [null, x.number],
        [l.status, x.status],
        [l.validUntil, w.when(x.validUntil)],
        [l.credits, x.ledger.reduce((sum, e) => sum + e.credits, 0)],
      ]),
    ),
  );
  w.section(
    m.workshops,
    d.workshops.map((x) =>
      w.item([
        [null, `${w.when(x.date)} — ${x.theme}`],
        [l.venue, x.venue],
        [l.status, x.status],
      ]),
    ),
  );
  w.section(
    m.grantClaims,
    d.grantClaims.map((x) =>
      w.item([
        [l.amount, `${(x.amountMinor / 100).toFixed(2)} ${x.currency}`],
        [l.status, x.status],
        [l.provider, x.providerName],
        [l.proof, x.proof?.fileName ?? null],
        [l.paidAt, x.paidAt ? w.when(x.paidAt) : null],
      ]),
    ),
  );
  w.footers();
  w.doc.end();
  return done;
}
