// Recomputes the audit trail's hash chain (migration 0007) and reports the first event that breaks
// it: a changed row (its hash no longer matches its content), a deleted row (the next event's
// prev_hash points to a hash that is not the previous row's) or an inserted row (either of the two).
// The canonical text is rebuilt here from the column values, not by the database's own function, so
// a replaced function in the database is also caught. Rows are read in batches by id.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from './client.ts';
import { queryRows } from './sql-rows.ts';

const BATCH = 1000;

interface ChainRow {
  id: string;
  prev_hash: string;
  hash: string;
  fields: (string | null)[];
}

export type AuditVerifyResult =
  | { ok: true; count: number; headId: number | null; headHash: string }
  | {
      ok: false;
      count: number;
      brokenId: number;
      reason: 'hash_mismatch' | 'prev_hash_mismatch';
    };

/** One field as the database's audit_event_field() renders it: byte length, ':', text; '~' for NULL. */
function field(v: string | null): string {
  return v === null ? '~' : `${Buffer.byteLength(v, 'utf8')}:${v}`;
}

/** sha256 of the canonical text documented in docs/security.md ("Audit hash chain"). */
export function auditEventHash(prevHash: string, fields: (string | null)[]): string {
  const text = `peta-rb-audit-v1|${field(prevHash)}${fields.map(field).join('')}`;
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function readBatch(tx: Tx, afterId: string): Promise<ChainRow[]> {
  // Every value as text, in the canonical order after prev_hash (id first). Order by the column,
  // not the text alias ("10" < "2").
  return queryRows<ChainRow>(
    tx,
    sql`select id::text as id, prev_hash, hash, array[
          id::text,
          to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          instansi_id::text, actor, actor_role, action, entity_type, entity_id,
          before::text, after::text, ip, request_id, pd_key
        ] as fields
        from audit_event where audit_event.id > ${afterId}::bigint order by audit_event.id limit ${BATCH}`,
  );
}

export async function verifyAuditChain(tx: Tx): Promise<AuditVerifyResult> {
  let prev = '';
  let afterId = '0';
  let count = 0;
  let headId: number | null = null;
  for (;;) {
    const rows = await readBatch(tx, afterId);
    for (const row of rows) {
      const id = Number(row.id);
      if (row.prev_hash !== prev) return { ok: false, count, brokenId: id, reason: 'prev_hash_mismatch' };
      if (auditEventHash(row.prev_hash, row.fields) !== row.hash) {
        return { ok: false, count, brokenId: id, reason: 'hash_mismatch' };
      }
      prev = row.hash;
      headId = id;
      count++;
    }
    if (rows.length < BATCH) return { ok: true, count, headId, headHash: prev };
    afterId = rows[rows.length - 1]!.id;
  }
}
