import { z } from 'zod';

export const auditListQuery = z.object({
  entityType: z.string().min(1).max(64).optional(),
  entityId: z.string().min(1).max(128).optional(),
  /** Sequence number from the previous page's nextBefore. */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditEventSchema = z
  .object({
    seq: z.number().int(),
    occurredAt: z.string(),
    actorLabel: z.string(),
    actorRole: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    summary: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = z.object({
  items: z.array(auditEventSchema),
  /** Pass as `before` to get the next (older) page; null on the last page. */
  nextBefore: z.number().int().nullable(),
});

export const auditVerifySchema = z
  .object({
    ok: z.boolean(),
    chains: z.number().int(),
    events: z.number().int(),
    problems: z.array(
      z.object({
        chainId: z.string(),
        seq: z.number().int(),
        problem: z.enum(['hash_mismatch', 'broken_link', 'missing_event', 'head_mismatch']),
      }),
    ),
  })
  .meta({ id: 'AuditVerifyReport' });
