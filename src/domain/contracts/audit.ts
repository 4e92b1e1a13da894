// Contract of the audit feature: the full audit log with its filters (admins, STU) and the history
// of one record (anyone who may read the road map). Both answer audit_event rows, newest first.
import { z } from 'zod';
import { isoDay } from './iso-day.ts';
import { defineRoute } from './http.ts';

/** A WITA day, YYYY-MM-DD (the server reads "to" as the whole day). */
const day = isoDay;
const limit = z.coerce.number().int().min(1).max(500).default(100);

/** One event as the server records it (a row of audit_event; `at` an ISO instant). */
export const auditRowSchema = z.object({
  id: z.number().int(),
  instansiId: z.string().nullable(),
  at: z.string(),
  actor: z.string(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  pdKey: z.string().nullable(),
  /** The hash chain (set by the database): this event's hash and its predecessor's. */
  prevHash: z.string(),
  hash: z.string(),
});

export const listAudit = defineRoute({
  method: 'GET',
  path: '/audit',
  querystring: z.object({
    entityType: z.string().min(1).max(60).optional(),
    entityId: z.string().min(1).max(300).optional(),
    actor: z.string().min(1).max(100).optional(),
    pdKey: z.string().min(1).max(100).optional(),
    from: day.optional(),
    to: day.optional(),
    beforeId: z.coerce.number().int().min(1).optional(),
    limit,
  }),
  response: z.array(auditRowSchema),
});

export const recordHistory = defineRoute({
  method: 'GET',
  path: '/history',
  querystring: z.object({
    entityType: z.string().min(1).max(60),
    entityId: z.string().min(1).max(300),
    limit,
  }),
  response: z.array(auditRowSchema),
});

export type AuditRow = z.output<typeof auditRowSchema>;
