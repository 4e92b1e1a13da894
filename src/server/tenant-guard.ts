// The tenant guard (issue #10): before any handler runs, every object a request names by id — in
// its path, query or body — must belong to the instansi the request acts for. An id of another
// instansi's object answers 404, exactly like an id that does not exist, so ids reveal nothing.
// One table maps the id names of the route table to the objects they name; a test checks that every
// id parameter of every route is in it, so a new route cannot slip past.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isDescendant } from '../domain/instansi/hierarchy.ts';
import { appError, notFound } from './errors.ts';
import { instansiOf } from './instansi.ts';
import { instansiTree, otherOwners, type OwnedKind } from './tenant-guard.repository.ts';

/** Id names that mean the same object on every route. */
const NAMED_IDS: Record<string, OwnedKind> = {
  versionId: 'version',
  fromId: 'version',
  toId: 'version',
  carryFromVersionId: 'version',
  roadMapId: 'roadMap',
  periodeId: 'periode',
  pokjaId: 'pokja',
  rapatId: 'rapat',
  realisasiId: 'realisasi',
  sha256: 'evidence',
};

/** What `:id` names, by the route's first path segment below /api. */
const ID_BY_RESOURCE: Record<string, OwnedKind> = {
  realisasi: 'realisasi',
  periode: 'periode',
  rekomendasi: 'rekomendasi',
  'rencana-aksi': 'rencanaAksi',
  pengaduan: 'pengaduan',
  rapat: 'rapat',
  keputusan: 'keputusan',
  laporan: 'laporan',
  'tindak-lanjut': 'tindakLanjut',
  users: 'user',
  notifications: 'notification',
  'indeks-history': 'indeksHistory',
  reviu: 'reviu',
  sanggah: 'sanggah',
};

/**
 * Ids that name no instansi's object: the national LKE configurations (shared by every instansi of a
 * kind), an indicator or node key (scoped by the version it is under), a worksheet line code.
 */
export const UNOWNED_PARAMS: Record<string, string[]> = {
  'lke-configs': ['id'],
  // The super-administrator's instansi screen names any instansi of the server.
  server: ['id'],
};
const KEY_PARAMS = new Set(['key', 'code', 'year']);

/** How the refused object is named in the 404: as a missing one would be. */
const KIND_LABEL: Record<OwnedKind, { id: string; en: string }> = {
  version: { id: 'Versi road map', en: 'Road-map version' },
  roadMap: { id: 'Road map', en: 'Road map' },
  periode: { id: 'Periode', en: 'Period' },
  realisasi: { id: 'Realisasi', en: 'Realisasi' },
  rekomendasi: { id: 'Rekomendasi', en: 'Recommendation' },
  rencanaAksi: { id: 'Rencana aksi', en: 'Action plan' },
  tindakLanjut: { id: 'Tindak lanjut', en: 'Follow-up' },
  user: { id: 'Pengguna', en: 'User' },
  notification: { id: 'Notifikasi', en: 'Notification' },
  indeksHistory: { id: 'Riwayat indeks', en: 'Index history entry' },
  evidence: { id: 'Berkas bukti', en: 'Evidence file' },
  pengaduan: { id: 'Pengaduan', en: 'Complaint' },
  rapat: { id: 'Rapat', en: 'Meeting' },
  keputusan: { id: 'Tindak lanjut rapat', en: 'Meeting follow-up' },
  pokja: { id: 'Pokja', en: 'Working group' },
  laporan: { id: 'Laporan kemajuan', en: 'Progress report' },
  reviu: { id: 'Reviu', en: 'Review' },
  sanggah: { id: 'Sanggah', en: 'Appeal' },
};

/** The kind of object a route's path parameter names, or null when it names none of an instansi. */
export function ownedKindOf(url: string, param: string): OwnedKind | null | undefined {
  if (KEY_PARAMS.has(param)) return null;
  const resource = url.replace(/^\/api\//, '').split('/')[0] ?? '';
  if (UNOWNED_PARAMS[resource]?.includes(param)) return null;
  if (param in NAMED_IDS) return NAMED_IDS[param];
  if (param === 'id') return ID_BY_RESOURCE[resource];
  return undefined;
}

function namedIds(req: FastifyRequest): [OwnedKind, string[]][] {
  const url = req.routeOptions.url ?? '';
  const out: [OwnedKind, string[]][] = [];
  const params = (req.params ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(params)) {
    const kind = ownedKindOf(url, name);
    if (kind && typeof value === 'string') out.push([kind, [value]]);
  }
  for (const source of [req.query, req.body]) {
    if (!source || typeof source !== 'object' || Buffer.isBuffer(source)) continue;
    for (const [name, value] of Object.entries(source as Record<string, unknown>)) {
      const kind = NAMED_IDS[name];
      if (kind && typeof value === 'string') out.push([kind, [value]]);
    }
  }
  // Bulk verification names realisasi by a list of ids.
  if (url === '/api/realisasi/verify') {
    const ids = (req.body as { ids?: unknown } | undefined)?.ids;
    if (Array.isArray(ids)) out.push(['realisasi', ids.filter((i): i is string => typeof i === 'string')]);
  }
  return out;
}

/** Whether every owner is an instansi below the reader's (a province's kabupaten/kota). */
async function allBelow(app: FastifyInstance, owners: (string | null)[], instansiId: string): Promise<boolean> {
  if (owners.some((o) => o === null)) return false;
  const tree = (await instansiTree(app.database.db)).map((n) => ({ ...n, name: '', kind: 'kabupaten' as const }));
  return owners.every((o) => isDescendant(tree, o!, instansiId));
}

const READ_METHODS = new Set(['GET', 'HEAD']);

async function tenantGuard(app: FastifyInstance) {
  app.addHook('preHandler', async (req) => {
    // Public routes act for no account; anonymous requests were refused by the permission check.
    if (!req.user) return;
    const named = namedIds(req);
    if (named.length === 0) return;
    const instansiId = await instansiOf(req);
    for (const [kind, ids] of named) {
      if (!ids.length) continue;
      const owners = await otherOwners(app.database.db, kind, ids, instansiId);
      if (owners.length === 0) continue;
      // A province reads the instansi under it through pembinaan only; a write into one of them is
      // refused by name (its reader knows it exists), every other foreign id is simply not found.
      if (!READ_METHODS.has(req.method) && (await allBelow(app, owners, instansiId)))
        throw appError('TENANT_READ_ONLY');
      throw notFound(KIND_LABEL[kind], ids.length === 1 ? ids[0]! : `${ids.length} id`);
    }
  });
}

export default fp(tenantGuard, { name: 'peta-rb-tenant-guard', dependencies: ['peta-rb-auth'] });
