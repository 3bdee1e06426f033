import { createHash } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { AppError } from '../../platform/errors.js';
import { format, type Language } from '../../platform/i18n/i18n.js';
import { markContentVerified } from './resources.repository.js';
import { type Resource, getResourceRow, toResource } from './resources.service.js';
import { resourcesMessages } from './resources.messages.js';

/** A server that sends nothing for this long is given up on (a large file may take hours, so no total limit). */
const IDLE_SECONDS = 60;

export interface ExpectedFile {
  url: string;
  sha256: string;
  bytes: number;
}

/**
 * Downloads `expected.url` and checks it is exactly the announced file. The body is hashed as
 * it streams (a Wikipedia ZIM is several GB: it is never held in memory), and the download
 * stops as soon as more bytes than announced arrive, or at once when the announced length
 * (Content-Length) already differs. Throws CATALOGUE_CONTENT_SIZE_MISMATCH,
 * CATALOGUE_CONTENT_CHECKSUM_MISMATCH or CATALOGUE_CONTENT_FETCH_FAILED with the reason in words.
 */
export async function checkRemoteFile(expected: ExpectedFile, lang: Language): Promise<void> {
  const m = resourcesMessages(lang);
  const controller = new AbortController();
  let idle = false;
  let timer: NodeJS.Timeout | undefined;
  const armIdleTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      idle = true;
      controller.abort();
    }, IDLE_SECONDS * 1000);
  };
  const fetchFailed = (cause?: unknown) =>
    new AppError('CATALOGUE_CONTENT_FETCH_FAILED', {
      detail: format(idle ? m.fetch_idle : m.fetch_network, { url: expected.url, seconds: IDLE_SECONDS }),
      cause,
    });
  const sizeMismatch = (actual: number | null) =>
    new AppError('CATALOGUE_CONTENT_SIZE_MISMATCH', {
      detail:
        actual === null
          ? format(m.size_too_big, { expected: expected.bytes })
          : format(m.size_mismatch, { expected: expected.bytes, actual }),
    });

  armIdleTimer();
  try {
    let response: Response;
    try {
      response = await fetch(expected.url, { signal: controller.signal, redirect: 'follow' });
    } catch (error) {
      throw fetchFailed(error);
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      throw new AppError('CATALOGUE_CONTENT_FETCH_FAILED', {
        detail: format(m.fetch_http_status, { status: response.status, url: expected.url }),
      });
    }
    const declared = response.headers.get('content-length');
    if (declared !== null && /^\d+$/.test(declared) && Number(declared) !== expected.bytes) {
      controller.abort();
      throw sizeMismatch(Number(declared));
    }
    const hash = createHash('sha256');
    let received = 0;
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        armIdleTimer();
        received += chunk.byteLength;
        if (received > expected.bytes) {
          controller.abort();
          throw sizeMismatch(null);
        }
        hash.update(chunk);
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw fetchFailed(error);
    }
    if (received !== expected.bytes) throw sizeMismatch(received);
    const actual = hash.digest('hex');
    if (actual !== expected.sha256) {
      throw new AppError('CATALOGUE_CONTENT_CHECKSUM_MISMATCH', {
        detail: format(m.checksum_mismatch, { expected: expected.sha256, actual }),
      });
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Verifies an offline content's file and, when it matches, records when. The download runs
 * outside any transaction (it may take long); the short transaction that follows marks the
 * resource only if its file was not changed meanwhile. On any failure nothing changes.
 */
export async function verifyResourceContent(
  db: Db,
  programmeId: string,
  actor: AuditActor,
  id: string,
  lang: Language,
): Promise<Resource> {
  const resource = toResource(await getResourceRow(db, programmeId, id));
  if (resource.kind !== 'content' || !resource.content) {
    throw new AppError('UNPROCESSABLE', { detail: resourcesMessages(lang).not_content });
  }
  const expected = { url: resource.content.url, sha256: resource.content.sha256, bytes: resource.content.bytes };
  await checkRemoteFile(expected, lang);
  return transactionWithRetry(db, async (trx) => {
    const at = nowIso();
    if (!(await markContentVerified(trx, programmeId, id, expected, at))) {
      throw new AppError('CONFLICT', { detail: resourcesMessages(lang).content_changed });
    }
    await recordAudit(trx, {
      programmeId,
      actor,
      entityType: 'catalogue_resource',
      entityId: id,
      action: 'content_verified',
      summary: { url: expected.url, sha256: expected.sha256, bytes: expected.bytes },
    });
    return toResource(await getResourceRow(trx, programmeId, id));
  });
}
