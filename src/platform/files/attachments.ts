import { createHash } from 'node:crypto';
import path from 'node:path';
import type { FastifyReply } from 'fastify';
import type { Executor } from '../db/database.js';
import { newId, nowIso } from '../db/ids.js';
import { AppError } from '../errors.js';
import { type Language, defaultLanguage, format } from '../i18n/i18n.js';
import { filesMessages } from './files.messages.js';

/**
 * Files people upload (grant proofs, drawn signatures). What a file is comes from its first
 * bytes only: the declared Content-Type and the file name are whatever the sender chose, so
 * they never decide. Only types a browser cannot run as a page are accepted (no SVG, no HTML),
 * and files are served back as downloads, never inline.
 */
export const attachmentMediaTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

const extensions: Record<AttachmentMediaType, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

function startsWith(bytes: Uint8Array, magic: Buffer): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The type the bytes really are, from their magic number at offset 0; null for anything else. */
export function sniffMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  if (startsWith(bytes, PDF_MAGIC)) return 'application/pdf';
  if (startsWith(bytes, PNG_MAGIC)) return 'image/png';
  if (startsWith(bytes, JPEG_MAGIC)) return 'image/jpeg';
  return null;
}

/**
 * A stored name that is safe to echo back: no directory, no control or quote characters, at
 * most 120 characters, and the extension of the type the bytes really are ("facture.png" that
 * is a PDF is kept as "facture.pdf", so the family's computer opens it with the right program).
 */
export function attachmentFileName(raw: string | null | undefined, mediaType: AttachmentMediaType): string {
  const base = path.posix.basename((raw ?? '').replaceAll('\\', '/'));
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}"]/gu, '')
    .trim()
    .normalize('NFC');
  const stem = cleaned.replace(/\.[^.]{0,10}$/, '').slice(0, 110) || 'fichier';
  return `${stem}${extensions[mediaType]}`;
}

export interface StoreAttachmentInput {
  /** What the file belongs to, e.g. 'grant_claim', and that row's id. */
  ownerType: string;
  ownerId: string;
  fileName: string | null | undefined;
  bytes: Buffer;
  /** Who uploaded it, as the audit trail names people (the actor's label). */
  createdBy: string;
  allowed: readonly AttachmentMediaType[];
  maxBytes: number;
  /** Language of the field error's message (French by default). */
  lang?: Language;
}

export interface StoredAttachment {
  id: string;
  sha256: string;
  mediaType: AttachmentMediaType;
  size: number;
  fileName: string;
}

/**
 * Checks and stores an uploaded file in the caller's transaction. Throws PAYLOAD_TOO_LARGE
 * (413) above maxBytes and FILE_TYPE_NOT_ALLOWED (415) when the bytes are none of `allowed`;
 * both name the field `body`. Nothing is written when it throws.
 */
export async function storeAttachment(
  trx: Executor,
  programmeId: string,
  input: StoreAttachmentInput,
): Promise<StoredAttachment> {
  const m = filesMessages(input.lang ?? defaultLanguage);
  if (input.bytes.length === 0) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'body', code: 'required', message: m.empty }] });
  }
  if (input.bytes.length > input.maxBytes) {
    const megabytes = Math.round((input.maxBytes / (1024 * 1024)) * 10) / 10;
    const message = format(m.too_large, { megabytes });
    throw new AppError('PAYLOAD_TOO_LARGE', {
      detail: message,
      fields: [{ field: 'body', code: 'too_large', message }],
    });
  }
  const mediaType = sniffMediaType(input.bytes);
  if (!mediaType || !input.allowed.includes(mediaType)) {
    const allowed = input.allowed.map((t) => m.typeNames[t]).join(m.or);
    const message = format(m.type_not_allowed, { allowed });
    throw new AppError('FILE_TYPE_NOT_ALLOWED', {
      detail: message,
      fields: [{ field: 'body', code: 'type_not_allowed', message }],
    });
  }
  const row = {
    id: newId(),
    programme_id: programmeId,
    owner_type: input.ownerType,
    owner_id: input.ownerId,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    file_name: attachmentFileName(input.fileName, mediaType),
    media_type: mediaType,
    size: input.bytes.length,
    content: input.bytes,
    created_by: input.createdBy,
    created_at: nowIso(),
  };
  await trx.insertInto('attachments').values(row).execute();
  return { id: row.id, sha256: row.sha256, mediaType, size: row.size, fileName: row.file_name };
}

export interface Attachment {
  id: string;
  ownerType: string;
  ownerId: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  size: number;
  content: Buffer;
  createdBy: string;
  createdAt: string;
}

/** One attachment of the programme with its bytes; undefined when it is not in this programme. */
export async function findAttachment(db: Executor, programmeId: string, id: string): Promise<Attachment | undefined> {
  const row = await db
    .selectFrom('attachments')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    ownerType: row.owner_type,
    ownerId: row.owner_id,
    sha256: row.sha256,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: Number(row.size),
    content: Buffer.from(row.content),
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** RFC 6266: an ASCII fallback name and the UTF-8 name every current browser reads. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Sends a stored file as a download: its checked type, never inline, no type sniffing by the
 * browser, and a sandbox policy in case a browser renders it anyway.
 */
export function sendAttachment(reply: FastifyReply, attachment: Attachment): FastifyReply {
  return reply
    .type(attachment.mediaType)
    .header('content-disposition', contentDisposition(attachment.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .header('content-length', String(attachment.content.length))
    .send(attachment.content);
}
