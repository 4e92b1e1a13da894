// The instansi of a server and their tree (issue #10): the super-administrator (UI and CLI) creates
// an instansi with its kind, region and parent — a province for a kabupaten/kota — and its first
// admin in one transaction, changes its name, region or parent, and adds admin accounts. Every
// change is audited under the instansi it concerns.
import type { Db, Tx } from '../../../db/client.ts';
import type { FieldError } from '../../../domain/contracts/http.ts';
import type { InstansiRecord } from '../../../domain/contracts/instansi.ts';
import { instansiCodeSchema } from '../../../domain/contracts/instansi.ts';
import { parentProblem, parentProblemMessage, type InstansiNode } from '../../../domain/instansi/hierarchy.ts';
import { instansiKindSchema } from '../../../domain/roadmap/schema.ts';
import type { InstansiKind } from '../../../domain/roadmap/types.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { invalidData, notFound } from '../../errors.ts';
import { insertPreparedAccountTx, prepareAccount, type PreparedAccount } from '../users/users.service.ts';
import * as repo from './instansi.repository.ts';

const INSTANSI = { id: 'Instansi', en: 'Instansi' };

export interface NewInstansi {
  code: string;
  name: string;
  kind: string;
  region: string;
  parentId: string | null;
  admin: { username: string; displayName: string; email?: string | null | undefined } | null;
}

function present(r: repo.InstansiRow, counts: Awaited<ReturnType<typeof repo.countsByInstansi>>): InstansiRecord {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as InstansiKind,
    region: r.region,
    parentId: r.parentId,
    createdAt: r.createdAt.toISOString(),
    accounts: counts.accounts.get(r.id) ?? 0,
    admins: counts.admins.get(r.id) ?? 0,
    roadMaps: counts.roadMaps.get(r.id) ?? 0,
  };
}

const nodesOf = (rows: repo.InstansiRow[]): InstansiNode[] =>
  rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as InstansiKind, parentId: r.parentId }));

export async function listServerInstansi(db: Db | Tx): Promise<InstansiRecord[]> {
  const [rows, counts] = [await repo.listInstansi(db), await repo.countsByInstansi(db)];
  return rows.map((r) => present(r, counts));
}

async function recordOf(db: Db | Tx, id: string): Promise<InstansiRecord> {
  const found = (await listServerInstansi(db)).find((r) => r.id === id);
  if (!found) throw notFound(INSTANSI, id);
  return found;
}

/** The instansi of a code (the CLI names a parent by code), or null. */
export async function instansiIdByCode(db: Db, code: string): Promise<string | null> {
  return (await repo.findInstansiByCode(db, code))?.id ?? null;
}

/** Field errors of the shape rules the API's schema also states (the CLI passes raw text). */
function shapeProblems(input: { code: string; name: string; kind: string }): FieldError[] {
  const fields: FieldError[] = [];
  if (!instansiKindSchema.safeParse(input.kind).success)
    fields.push({
      field: 'kind',
      code: 'INVALID_KIND',
      message: 'Jenis: kabupaten, kota, provinsi atau kementerian_lembaga.',
    });
  if (!instansiCodeSchema.safeParse(input.code).success)
    fields.push({ field: 'code', code: 'INVALID_CODE', message: 'Kode: huruf kecil, angka dan tanda hubung (2–63).' });
  if (!input.name.trim()) fields.push({ field: 'name', code: 'REQUIRED', message: 'Nama instansi wajib diisi.' });
  return fields;
}

function parentField(nodes: InstansiNode[], child: { id: string | null; kind: InstansiKind }, parentId: string | null) {
  if (parentId === null) return null;
  const problem = parentProblem(nodes, child, parentId);
  return problem
    ? { field: 'parentId', code: `INSTANSI_${problem}`, message: parentProblemMessage(problem, child.kind) }
    : null;
}

/**
 * A new instansi and, when named, its first admin (a temporary password, shown once), in one
 * transaction: a refused admin leaves no instansi behind.
 */
export async function createInstansi(
  db: Db,
  audit: AuditContext,
  input: NewInstansi,
): Promise<{ instansi: InstansiRecord; admin: { username: string; temporaryPassword: string } | null }> {
  const fields = shapeProblems(input);
  if (fields.length) throw invalidData(fields);
  const kind = input.kind as InstansiKind;
  // Checked and hashed before the transaction, so none holds a connection while hashing.
  let admin: PreparedAccount | null = null;
  try {
    admin = input.admin
      ? await prepareAccount(
          db,
          null,
          {
            username: input.admin.username,
            displayName: input.admin.displayName,
            email: input.admin.email ?? null,
            roles: [{ role: 'admin', pdKey: null }],
          },
          { pending: true },
        )
      : null;
  } catch (err) {
    throw prefixFields(err, 'admin');
  }
  const id = await db.transaction(async (tx) => {
    const all = await repo.listInstansi(tx);
    const problems: FieldError[] = [];
    if (all.some((i) => i.code === input.code))
      problems.push({ field: 'code', code: 'CODE_TAKEN', message: `Kode instansi "${input.code}" sudah dipakai.` });
    const parent = parentField(nodesOf(all), { id: null, kind }, input.parentId);
    if (parent) problems.push(parent);
    if (problems.length) throw invalidData(problems);
    const row = {
      code: input.code,
      name: input.name.trim(),
      kind,
      region: input.region.trim(),
      parentId: input.parentId,
    };
    const id = await repo.insertInstansi(tx, row);
    await insertAuditEvent(tx, audit, {
      instansiId: id,
      action: 'instansi.create',
      entityType: 'instansi',
      entityId: id,
      before: null,
      after: { ...row, parentCode: all.find((i) => i.id === input.parentId)?.code ?? null },
    });
    if (admin) await insertPreparedAccountTx(tx, audit, { ...admin, instansiId: id });
    return id;
  });
  return {
    instansi: await recordOf(db, id),
    admin: admin ? { username: admin.username, temporaryPassword: admin.temporaryPassword! } : null,
  };
}

/** Field errors of the nested admin named under `admin.` in the create form. */
function prefixFields(err: unknown, prefix: string): unknown {
  if (!(err instanceof Error) || !('fields' in err) || !Array.isArray(err.fields)) return err;
  return invalidData((err.fields as FieldError[]).map((f) => ({ ...f, field: `${prefix}.${f.field}` })));
}

/** Name, region and parent of an instansi (its code and kind are its identity and stay). */
export async function updateInstansi(
  db: Db,
  audit: AuditContext,
  id: string,
  patch: { name: string; region: string; parentId: string | null },
): Promise<InstansiRecord> {
  await db.transaction(async (tx) => {
    const all = await repo.listInstansi(tx);
    const row = all.find((i) => i.id === id);
    if (!row) throw notFound(INSTANSI, id);
    const parent = parentField(nodesOf(all), { id, kind: row.kind as InstansiKind }, patch.parentId);
    if (parent) throw invalidData([parent]);
    const next = { name: patch.name.trim(), region: patch.region.trim(), parentId: patch.parentId };
    await repo.updateInstansi(tx, id, next);
    await insertAuditEvent(tx, audit, {
      instansiId: id,
      action: 'instansi.update',
      entityType: 'instansi',
      entityId: id,
      before: { name: row.name, region: row.region, parentId: row.parentId },
      after: next,
    });
  });
  return recordOf(db, id);
}

/** Another admin account for an instansi (its first, when the CLI created it without one). */
export async function addInstansiAdmin(
  db: Db,
  audit: AuditContext,
  id: string,
  input: { username: string; displayName: string; email?: string | null | undefined },
): Promise<{ username: string; temporaryPassword: string }> {
  if (!(await repo.findInstansiById(db, id))) throw notFound(INSTANSI, id);
  const prepared = await prepareAccount(db, id, {
    username: input.username,
    displayName: input.displayName,
    email: input.email ?? null,
    roles: [{ role: 'admin', pdKey: null }],
  });
  await db.transaction((tx) => insertPreparedAccountTx(tx, audit, prepared));
  return { username: prepared.username, temporaryPassword: prepared.temporaryPassword! };
}
