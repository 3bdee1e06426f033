import { createHash } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditActor, UserActor } from '../../platform/auth/actor.js';
import { grantsWith } from '../../platform/auth/policies.js';
import { bucketKey, hit } from '../../platform/auth/rate-limit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import type { Programme } from '../programmes/programmes.model.js';
import { type CertificateSummary, buildCertificateContent } from './certificate-content.js';
import { certificateMessages, programmeLanguage } from './certificate-messages.js';
import { renderCertificate } from './certificate.pdf.js';
import {
  type CertificateLotRow,
  type CertificateMeta,
  findCertificateByCode,
  findCertificateLot,
  findLotCertificate,
  insertCertificate,
  isVerificationCodeTaken,
  listCertificateDevices,
  listLotCertificates,
  listLotErasureRecords,
  listLotInventoryDisks,
} from './certificates.repository.js';
import { newVerificationCode, parseVerificationCode } from './verification-code.js';

export interface Certificate {
  id: string;
  lotId: string;
  verificationCode: string;
  verifyUrl: string;
  issuedAt: string;
  sha256: string;
  summary: CertificateSummary;
}

export function verifyUrlFor(publicBaseUrl: string, code: string): string {
  return `${publicBaseUrl}/verifier/${code}`;
}

function toCertificate(row: CertificateMeta, publicBaseUrl: string): Certificate {
  return {
    id: row.id,
    lotId: row.lot_id,
    verificationCode: row.verification_code,
    verifyUrl: verifyUrlFor(publicBaseUrl, row.verification_code),
    issuedAt: row.issued_at,
    sha256: row.content_sha256,
    summary: JSON.parse(row.summary) as CertificateSummary,
  };
}

/**
 * A donor reads the certificates of its own organisation's lots only; staff holding lot.read
 * read every lot of the programme. Anybody else is told the lot does not exist.
 */
export async function findReadableLot(
  db: Executor,
  actor: UserActor,
  programmeId: string,
  lotId: string,
): Promise<CertificateLotRow> {
  const lot = await findCertificateLot(db, programmeId, lotId);
  const readable =
    lot !== undefined &&
    grantsWith(actor, programmeId, 'lot.read').some((g) => g.role !== 'donor' || g.organisationId === lot.donor_id);
  if (!lot || !readable) throw new AppError('LOT_NOT_FOUND');
  return lot;
}

export interface PreparedCertificate {
  id: string;
  lot: CertificateLotRow;
  verificationCode: string;
  summary: CertificateSummary;
  pdf: Buffer;
  sha256: string;
}

/**
 * Reads the lot and builds the PDF, outside any transaction: rendering a large lot takes a
 * moment and must not hold the database. The snapshot is the state at issue time.
 */
export async function prepareCertificate(
  db: Executor,
  programme: Programme,
  publicBaseUrl: string,
  lotId: string,
): Promise<PreparedCertificate> {
  const lot = await findCertificateLot(db, programme.id, lotId);
  if (!lot) throw new AppError('LOT_NOT_FOUND');
  const devices = await listCertificateDevices(db, programme.id, lotId);
  if (devices.length === 0) throw new AppError('LOT_HAS_NO_DEVICES');
  const disks = await listLotInventoryDisks(db, programme.id, lotId);
  const records = await listLotErasureRecords(db, programme.id, lotId);
  const content = buildCertificateContent({
    lotReference: lot.reference,
    programmeName: programme.name,
    issuedAt: nowIso(),
    devices,
    disks,
    records,
  });
  let verificationCode = newVerificationCode();
  // 31^9 codes: a collision is next to impossible, and the unique index stops the rest.
  while (await isVerificationCodeTaken(db, verificationCode)) verificationCode = newVerificationCode();
  const pdf = await renderCertificate({
    messages: certificateMessages(programmeLanguage(programme)),
    locale: programme.locale,
    timeZone: programme.timeZone,
    donorName: lot.donor_name,
    receivedAt: lot.received_at,
    verificationCode,
    verifyUrl: verifyUrlFor(publicBaseUrl, verificationCode),
    summary: content.summary,
    devices: content.devices,
  });
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  return { id: newId(), lot, verificationCode, summary: content.summary, pdf, sha256 };
}

/** Stores the issued certificate and its audit event, in the caller's transaction. */
export async function recordCertificate(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  prepared: PreparedCertificate,
  publicBaseUrl: string,
): Promise<Certificate> {
  const row = {
    id: prepared.id,
    programme_id: programmeId,
    lot_id: prepared.lot.id,
    verification_code: prepared.verificationCode,
    summary: JSON.stringify(prepared.summary),
    content_sha256: prepared.sha256,
    pdf: prepared.pdf,
    issued_by: actor.label,
    issued_at: prepared.summary.issuedAt,
  };
  await insertCertificate(trx, row);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'donor_certificate',
    entityId: row.id,
    action: 'issued',
    summary: {
      lotId: prepared.lot.id,
      lotReference: prepared.lot.reference,
      verificationCode: prepared.verificationCode,
      sha256: prepared.sha256,
      deviceCount: prepared.summary.deviceCount,
      disksErased: prepared.summary.disksErased,
      outcomes: prepared.summary.outcomes,
    },
  });
  return toCertificate(row, publicBaseUrl);
}

export async function listCertificates(
  db: Executor,
  programmeId: string,
  lotId: string,
  publicBaseUrl: string,
): Promise<Certificate[]> {
  return (await listLotCertificates(db, programmeId, lotId)).map((row) => toCertificate(row, publicBaseUrl));
}

export async function getCertificatePdf(
  db: Executor,
  programmeId: string,
  lot: CertificateLotRow,
  certificateId: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  const row = await findLotCertificate(db, programmeId, lot.id, certificateId);
  if (!row) throw new AppError('CERTIFICATE_NOT_FOUND');
  return { pdf: Buffer.from(row.pdf), fileName: `certificat-${lot.reference}-${row.verification_code}.pdf` };
}

/** Lookups per address per minute on the public check: enough for people, useless for guessing. */
export const VERIFY_LIMIT = { limit: 30, windowSeconds: 60 };

export type PublicCertificate = { valid: true } & CertificateSummary;

/**
 * The public check of a code. Counted per address before anything else, so a wrong code costs
 * the same as a right one. Answers only the stored summary: lot reference, programme, date and
 * counts, nothing about the donor or any person.
 */
export async function verifyCertificate(
  db: Executor,
  rawCode: string,
  address: string,
  lang: Language,
): Promise<PublicCertificate> {
  const verdict = await hit(
    db,
    bucketKey('certificate-verify:ip', address),
    VERIFY_LIMIT.limit,
    VERIFY_LIMIT.windowSeconds,
  );
  if (!verdict.allowed) {
    throw new AppError('RATE_LIMITED', { retryAfter: verdict.retryAfter, params: { seconds: verdict.retryAfter } });
  }
  const parsed = parseVerificationCode(rawCode);
  const errors = certificateMessages(lang).errors;
  if (!parsed.ok) {
    throw new AppError('CERTIFICATE_NOT_FOUND', {
      detail: parsed.reason === 'format' ? errors.codeFormat : errors.codeCheck,
    });
  }
  const row = await findCertificateByCode(db, parsed.code);
  if (!row) throw new AppError('CERTIFICATE_NOT_FOUND');
  const summary = JSON.parse(row.summary) as CertificateSummary;
  return {
    valid: true,
    lotReference: summary.lotReference,
    programmeName: summary.programmeName,
    issuedAt: summary.issuedAt,
    deviceCount: summary.deviceCount,
    diskCount: summary.diskCount,
    disksErased: summary.disksErased,
    outcomes: summary.outcomes,
  };
}
