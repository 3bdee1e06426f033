import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import type { Programme } from '../programmes/programmes.model.js';
import { type CertificateMessages, certificateMessages, programmeLanguage } from './certificate-messages.js';
import { findCertificateLot } from './certificates.repository.js';
import { type LabelFormat, MAX_LABELS_PER_DOCUMENT } from './label-layout.js';
import { type LabelContent, renderLabels } from './labels.pdf.js';
import { type LabelDeviceRow, countLotDevices, findLabelDevices, listLotLabelDevices } from './labels.repository.js';

/**
 * Label PDFs. Printing a label changes nothing and is not recorded as a device event: people
 * reprint torn labels freely, and a history full of prints would hide the moves that matter.
 */
export interface LabelContext {
  programme: Programme;
  publicBaseUrl: string;
  /** Language of error details (the request's); the labels print in the programme's. */
  lang: Language;
}

export interface LabelsPdf {
  doc: PDFKit.PDFDocument;
  fileName: string;
  totalPages: number;
}

function toLabel(ctx: LabelContext, m: CertificateMessages, row: LabelDeviceRow): LabelContent {
  const kind = m.kinds[row.kind as keyof CertificateMessages['kinds']] ?? row.kind;
  const makeModel = [row.make, row.model].filter((v) => v && v.trim() !== '').join(' ');
  return {
    assetTag: row.asset_tag,
    detailLine: makeModel ? `${kind} · ${makeModel}` : kind,
    programmeName: ctx.programme.name,
    url: `${ctx.publicBaseUrl}/atelier/appareils/${row.id}`,
  };
}

function render(ctx: LabelContext, rows: readonly LabelDeviceRow[], labelFormat: LabelFormat, skip: number) {
  const m = certificateMessages(programmeLanguage(ctx.programme));
  return renderLabels(
    rows.map((row) => toLabel(ctx, m, row)),
    labelFormat,
    skip,
    `${m.labelsTitle} — ${ctx.programme.name}`,
  );
}

function assertSkipFits(ctx: LabelContext, labelFormat: LabelFormat, skip: number, field: string): void {
  if (labelFormat === 'roll' && skip > 0) {
    const message = certificateMessages(ctx.lang).errors.skipRoll;
    throw new AppError('VALIDATION_FAILED', { fields: [{ field, code: 'skip_on_roll', message }] });
  }
}

export async function deviceLabelPdf(
  db: Executor,
  ctx: LabelContext,
  deviceId: string,
  labelFormat: LabelFormat,
  skip: number,
): Promise<LabelsPdf> {
  assertSkipFits(ctx, labelFormat, skip, 'query.skip');
  const [row] = await findLabelDevices(db, ctx.programme.id, [deviceId]);
  if (!row) throw new AppError('DEVICE_NOT_FOUND');
  return { doc: render(ctx, [row], labelFormat, skip), fileName: `etiquette-${row.asset_tag}.pdf`, totalPages: 1 };
}

/**
 * Labels of a whole lot, one page of at most MAX_LABELS_PER_DOCUMENT at a time: a lot of
 * 10,000 devices is 42 documents, never one built in memory.
 */
export async function lotLabelsPdf(
  db: Executor,
  ctx: LabelContext,
  lotId: string,
  labelFormat: LabelFormat,
  page: number,
): Promise<LabelsPdf> {
  const lot = await findCertificateLot(db, ctx.programme.id, lotId);
  if (!lot) throw new AppError('LOT_NOT_FOUND');
  const count = await countLotDevices(db, ctx.programme.id, lotId);
  if (count === 0) throw new AppError('LOT_HAS_NO_DEVICES');
  const totalPages = Math.ceil(count / MAX_LABELS_PER_DOCUMENT);
  if (page > totalPages) {
    const message = format(certificateMessages(ctx.lang).errors.labelPageBeyond, {
      pages: totalPages,
      count,
      limit: MAX_LABELS_PER_DOCUMENT,
    });
    throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'query.page', code: 'page_beyond_last', message }] });
  }
  const rows = await listLotLabelDevices(
    db,
    ctx.programme.id,
    lotId,
    (page - 1) * MAX_LABELS_PER_DOCUMENT,
    MAX_LABELS_PER_DOCUMENT,
  );
  const suffix = totalPages > 1 ? `-${page}-sur-${totalPages}` : '';
  return { doc: render(ctx, rows, labelFormat, 0), fileName: `etiquettes-${lot.reference}${suffix}.pdf`, totalPages };
}

/** Labels of chosen devices, in the order given (a device listed twice prints twice). */
export async function selectedLabelsPdf(
  db: Executor,
  ctx: LabelContext,
  deviceIds: readonly string[],
  labelFormat: LabelFormat,
  skip: number,
): Promise<LabelsPdf> {
  // Checked before any query: a request for 10,000 labels costs nothing.
  if (deviceIds.length > MAX_LABELS_PER_DOCUMENT) {
    const message = format(certificateMessages(ctx.lang).errors.labelLimit, {
      limit: MAX_LABELS_PER_DOCUMENT,
      count: deviceIds.length,
    });
    throw new AppError('LABEL_LIMIT_EXCEEDED', {
      detail: message,
      fields: [{ field: 'body.deviceIds', code: 'too_many_labels', message }],
    });
  }
  assertSkipFits(ctx, labelFormat, skip, 'body.skip');
  const rows = await findLabelDevices(db, ctx.programme.id, deviceIds);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = deviceIds.flatMap((id, i) => (byId.has(id) ? [] : [i]));
  if (missing.length > 0) {
    const message = certificateMessages(ctx.lang).errors.unknownDevices;
    throw new AppError('DEVICE_NOT_FOUND', {
      fields: missing.map((i) => ({ field: `body.deviceIds.${i}`, code: 'device_not_found', message })),
    });
  }
  const ordered = deviceIds.map((id) => byId.get(id)!);
  return { doc: render(ctx, ordered, labelFormat, skip), fileName: 'etiquettes.pdf', totalPages: 1 };
}
