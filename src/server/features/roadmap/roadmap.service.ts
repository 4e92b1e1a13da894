// Road-map use cases: load, import a whole document as a version, edit an indicator, create an
// amendment version, activate it, compare versions. Each command is one transaction that also
// writes its audit events.
import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../../db/client.ts';
import type {
  Finding,
  Indikator,
  PerangkatDaerah,
  RoadMapDocument,
  RoadMapStatus,
  Regulasi,
} from '../../../domain/roadmap/types.ts';
import type {
  DiffResponse,
  IndicatorUpdateResult,
  RoadMapSummary,
  VersionDetail,
  VersionRecord,
} from '../../../domain/contracts/roadmap.ts';
import type { InstansiItem } from '../../../domain/contracts/meta.ts';
import { validateRoadMap } from '../../../domain/roadmap/validate.ts';
import { diffRoadMaps } from '../../../domain/roadmap/diff.ts';
import { AppError, appError, notFound, staleWrite } from '../../errors.ts';
import { isDraftRegulasi } from '../../../domain/roadmap/new-period.ts';
import { withCarriedFacts } from '../../../domain/roadmap/carried-facts.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import * as repo from './roadmap.repository.ts';
import { checkIndicatorInput } from './indicator-input.ts';
import { findScale } from '../../../domain/catalogue/scales.ts';
import { isVersionEditable } from '../../../domain/roadmap/version-rules.ts';
import { indicatorInYear } from '../../../domain/roadmap/year-scope.ts';

const VERSION = { id: 'Versi road map', en: 'Road map version' };
const INDICATOR = { id: 'Indikator', en: 'Indicator' };
const ROAD_MAP = { id: 'Road map', en: 'Road map' };

/** The instansi of a `?instansi=` code; without a code, the first (a single-instansi installation). */
export async function resolveInstansi(db: Db, code: string | undefined): Promise<string> {
  if (code) {
    const row = await repo.findInstansiByCode(db, code);
    if (!row) throw new AppError('NOT_FOUND', `Instansi "${code}" tidak ditemukan.`, `Instansi "${code}" not found.`);
    return row.id;
  }
  const first = await firstInstansiId(db);
  if (!first)
    throw new AppError('NO_INSTANSI', 'Belum ada instansi. Impor road map terlebih dahulu.', 'No instansi yet.');
  return first;
}

/** The instansi an account sees: its own; a deployment-wide account (no instansi) sees all. */
export async function listInstansi(db: Db, own: string | null): Promise<InstansiItem[]> {
  const rows = (await repo.listInstansi(db)).filter((r) => own === null || r.id === own);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as InstansiItem['kind'],
    region: r.region,
  }));
}

export async function listRoadMapsWithVersions(db: Db, instansiId: string): Promise<RoadMapSummary[]> {
  const maps = await repo.listRoadMaps(db, instansiId);
  const versions = await repo.listVersions(
    db,
    maps.map((m) => m.id),
  );
  const regs = new Map<string, Regulasi | null>();
  for (const v of versions) {
    if (!regs.has(v.regulasiKey)) regs.set(v.regulasiKey, await repo.findRegulasi(db, instansiId, v.regulasiKey));
  }
  return maps.map((m) => ({
    id: m.id,
    title: m.title,
    periodStart: m.periodStart,
    periodEnd: m.periodEnd,
    versions: versions
      .filter((v) => v.roadMapId === m.id)
      .map((v) => ({
        id: v.id,
        versionNo: v.versionNo,
        versionLabel: v.versionLabel,
        status: v.status as RoadMapStatus,
        basedOnVersionId: v.basedOnVersionId,
        createdAt: v.createdAt.toISOString(),
        regulasi: regs.get(v.regulasiKey) ?? null,
      })),
  }));
}

export async function getVersion(db: Db | Tx, versionId: string) {
  const loaded = await repo.loadVersion(db, versionId);
  if (!loaded) throw notFound(VERSION, versionId);
  return loaded;
}

/**
 * One indicator of a version and its scale (null when the version has no such indicator); with a
 * year, as measured in that year (a re-based indicator carries its new scale from then on).
 */
export async function getIndicatorWithScale(db: Db | Tx, versionId: string, key: string, year?: number) {
  const found = await repo.loadIndicatorWithScale(db, versionId, key);
  if (!found || year === undefined || !found.indicator.scaleChanges?.length) return found;
  const indicator = indicatorInYear(found.indicator, year);
  if (indicator.scaleCode === found.indicator.scaleCode) return { ...found, indicator };
  return { indicator, scale: await repo.findVersionScale(db, versionId, indicator.scaleCode) };
}

// Findings depend on the document alone, so they are kept per version with a hash of the document
// they came from: any change, by whatever audited write, gives a new hash and a fresh validation,
// and an unchanged version (every GET of it) skips validateRoadMap. Bounded to a few versions.
const FINDINGS_CACHE_SIZE = 16;
const findingsCache = new Map<string, { hash: string; findings: Finding[] }>();

function findingsOf(versionId: string, doc: RoadMapDocument): Finding[] {
  const hash = createHash('sha256').update(JSON.stringify(doc)).digest('base64');
  const hit = findingsCache.get(versionId);
  findingsCache.delete(versionId);
  const findings = hit && hit.hash === hash ? hit.findings : validateRoadMap(doc);
  findingsCache.set(versionId, { hash, findings });
  if (findingsCache.size > FINDINGS_CACHE_SIZE) findingsCache.delete(findingsCache.keys().next().value!);
  return findings;
}

export async function getVersionWithFindings(db: Db, versionId: string) {
  const loaded = await getVersion(db, versionId);
  return { ...loaded, findings: findingsOf(versionId, loaded.document) };
}

/** One version as the API shows it: its document, the row versions of its indicators, and its findings. */
export async function presentVersion(db: Db, versionId: string): Promise<VersionDetail> {
  const v = await getVersionWithFindings(db, versionId);
  return {
    id: v.version.id,
    roadMapId: v.roadMap.id,
    versionNo: v.version.versionNo,
    status: v.version.status as RoadMapStatus,
    basedOnVersionId: v.version.basedOnVersionId,
    document: v.document,
    indicatorRowVersions: v.indicatorRowVersions,
    nodeRowVersions: v.nodeRowVersions,
    findings: v.findings,
  };
}

/** The version's document as a JSON attachment. */
export async function exportVersionJson(db: Db, versionId: string) {
  const v = await getVersion(db, versionId);
  return {
    body: Buffer.from(JSON.stringify(v.document)),
    fileName: `road-map-${v.document.instansi.code}-v${v.version.versionNo}.json`,
  };
}

/** The perangkat daerah of an instansi, with the row version that guards their edits. */
export async function listPerangkatDaerahWithRowVersions(db: Db | Tx, instansiId: string) {
  const rows = await repo.listPerangkatDaerah(db, instansiId);
  return rows.map((r) => ({ pd: repo.pdFromRow(r), rowVersion: r.rowVersion }));
}

export async function findPerangkatDaerah(db: Db | Tx, instansiId: string, key: string) {
  const row = await repo.findPerangkatDaerah(db, instansiId, key);
  return row ? { pd: repo.pdFromRow(row), rowVersion: row.rowVersion } : null;
}

/** Stores a PD if its row version still matches; false when someone else changed it first. */
export async function savePerangkatDaerah(
  tx: Tx,
  instansiId: string,
  pd: PerangkatDaerah,
  rowVersion: number,
): Promise<boolean> {
  return repo.updatePerangkatDaerah(tx, instansiId, pd, rowVersion);
}

/** The version in force (else the newest) of the instansi's road maps; null when there is none. */
export async function currentVersionId(db: Db, instansiId: string): Promise<string | null> {
  const maps = await repo.listRoadMaps(db, instansiId);
  const versions = await repo.listVersions(
    db,
    maps.map((m) => m.id),
  );
  return versions.filter((v) => v.status === 'active').at(-1)?.id ?? versions.at(-1)?.id ?? null;
}

export interface ImportTarget {
  /** Add as a new version of this road map; otherwise the road map is found (or created) by period. */
  roadMapId?: string;
  status: 'draft' | 'active';
  basedOnVersionId?: string | null;
}

/**
 * Stores a whole document as a new version, creating the instansi, road map, PDs and regulasi it
 * needs. Runs inside the caller's transaction.
 */
export async function importDocumentTx(
  tx: Tx,
  audit: AuditContext,
  doc: RoadMapDocument,
  target: ImportTarget,
): Promise<{ instansiId: string; roadMapId: string; versionId: string }> {
  let inst = await repo.findInstansiByCode(tx, doc.instansi.code);
  const instansiId = inst ? inst.id : await repo.insertInstansi(tx, doc.instansi);
  if (!inst) {
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'instansi.create',
      entityType: 'instansi',
      entityId: instansiId,
      before: null,
      after: doc.instansi,
    });
    inst = await repo.findInstansiById(tx, instansiId);
  }
  await repo.insertMissingPerangkatDaerah(tx, instansiId, doc.perangkatDaerah);
  await repo.insertMissingRegulasi(tx, instansiId, doc.regulasi);

  let roadMapId = target.roadMapId;
  if (roadMapId) {
    const rm = await repo.findRoadMap(tx, roadMapId);
    if (!rm || rm.instansiId !== instansiId) throw notFound(ROAD_MAP, roadMapId);
    if (rm.periodStart !== doc.roadMap.periodStart || rm.periodEnd !== doc.roadMap.periodEnd) {
      throw new AppError(
        'ROAD_MAP_YEARS_MISMATCH',
        `Periode dokumen (${doc.roadMap.periodStart}–${doc.roadMap.periodEnd}) berbeda dengan periode road map (${rm.periodStart}–${rm.periodEnd}).`,
        `The document's period differs from the road map's period.`,
      );
    }
  } else {
    const existing = await repo.findRoadMapByPeriod(tx, instansiId, doc.roadMap.periodStart, doc.roadMap.periodEnd);
    roadMapId = existing
      ? existing.id
      : await repo.insertRoadMap(tx, instansiId, doc.roadMap.title, doc.roadMap.periodStart, doc.roadMap.periodEnd);
  }
  const versionNo = await repo.nextVersionNo(tx, roadMapId);
  if (target.status === 'active') await supersedeActive(tx, audit, roadMapId);
  const versionId = await repo.insertVersionContent(tx, doc, {
    instansiId,
    roadMapId,
    versionNo,
    status: target.status,
    basedOnVersionId: target.basedOnVersionId ?? null,
  });
  await insertAuditEvent(tx, audit, {
    instansiId,
    action: 'road_map_version.create',
    entityType: 'road_map_version',
    entityId: versionId,
    before: null,
    after: {
      versionNo,
      versionLabel: doc.roadMap.versionLabel,
      status: target.status,
      basedOnVersionId: target.basedOnVersionId ?? null,
      counts: { nodes: doc.nodes.length, indicators: doc.indicators.length, placements: doc.placements.length },
    },
  });
  return { instansiId, roadMapId, versionId };
}

async function supersedeActive(tx: Tx, audit: AuditContext, roadMapId: string) {
  const versions = await repo.listVersions(tx, [roadMapId]);
  for (const v of versions.filter((x) => x.status === 'active')) {
    await repo.setVersionStatus(tx, v.id, 'superseded');
    await insertAuditEvent(tx, audit, {
      instansiId: v.instansiId,
      action: 'road_map_version.supersede',
      entityType: 'road_map_version',
      entityId: v.id,
      before: { status: 'active' },
      after: { status: 'superseded' },
    });
  }
}

export async function importDocument(db: Db, audit: AuditContext, doc: RoadMapDocument, target: ImportTarget) {
  return db.transaction((tx) => importDocumentTx(tx, audit, doc, target));
}

/** Every write on a version's content goes through here: the enacted text is read-only. */
export function assertEditable(status: string) {
  if (!isVersionEditable(status)) {
    throw new AppError(
      'VERSION_ENACTED',
      status === 'active'
        ? 'Versi ini sedang berlaku: teks yang ditetapkan tidak dapat diubah. Koreksi melalui versi perubahan (draf).'
        : 'Versi ini sudah digantikan: teks yang pernah berlaku tidak dapat diubah.',
      status === 'active'
        ? 'This version is in force: the enacted text cannot be changed. Correct it through an amendment draft.'
        : 'This version is superseded: text that was in force cannot be changed.',
    );
  }
}

export interface IndicatorUpdate {
  rowVersion: number;
  indicator: Omit<Indikator, 'key'>;
  /** Marks the edit as a correction of a data-entry error against the printed text (audited with its reason). */
  erratum?: { reason: string } | undefined;
}

export async function updateIndicator(
  db: Db,
  audit: AuditContext,
  versionId: string,
  key: string,
  input: IndicatorUpdate,
): Promise<IndicatorUpdateResult> {
  return db.transaction(async (tx) => {
    const loaded = await getVersion(tx, versionId);
    assertEditable(loaded.version.status);
    const before = loaded.document.indicators.find((i) => i.key === key);
    if (!before) throw notFound(INDICATOR, key);
    const next = withCarriedFacts(before, input.indicator, key);
    const instansiId = loaded.version.instansiId;
    const scale = loaded.document.scales.find((s) => s.code === next.scaleCode) ?? findScale(next.scaleCode);
    const pdRows = await repo.listPerangkatDaerah(tx, instansiId);
    checkIndicatorInput(scale, before, next, new Set(pdRows.map((p) => p.key)));
    const current = loaded.indicatorRowVersions[key]!;
    if (current !== input.rowVersion) throw staleWrite({ indicator: before, rowVersion: current });
    const ok = await repo.updateIndicator(tx, instansiId, versionId, next, input.rowVersion);
    if (!ok) throw staleWrite({ indicator: before, rowVersion: current });
    // A scale or PD new to this version joins the version, so the document stays self-contained.
    let doc0 = loaded.document;
    if (scale && !doc0.scales.some((s) => s.code === scale.code)) {
      await repo.addVersionScale(tx, instansiId, versionId, scale, doc0.scales.length);
      doc0 = { ...doc0, scales: [...doc0.scales, scale] };
    }
    for (const r of next.responsible) {
      if (!doc0.perangkatDaerah.some((p) => p.key === r.pdKey)) {
        const row = pdRows.find((p) => p.key === r.pdKey)!;
        await repo.addVersionPerangkatDaerah(tx, instansiId, versionId, r.pdKey, doc0.perangkatDaerah.length);
        doc0 = { ...doc0, perangkatDaerah: [...doc0.perangkatDaerah, repo.pdFromRow(row)] };
      }
    }
    // An erratum is its own action, so that the history and the audit log tell a correction of
    // the transcription apart from a change of content; its reason travels with the new state.
    await insertAuditEvent(tx, audit, {
      instansiId: loaded.version.instansiId,
      action: input.erratum ? 'indikator.erratum' : 'indikator.update',
      entityType: 'indikator',
      entityId: `${versionId}:${key}`,
      before,
      after: input.erratum ? { ...next, erratum: { reason: input.erratum.reason } } : next,
      pdKey: (next.responsible.find((r) => r.role === 'lead') ?? next.responsible[0])?.pdKey ?? null,
    });
    const doc: RoadMapDocument = {
      ...doc0,
      indicators: doc0.indicators.map((i) => (i.key === key ? next : i)),
    };
    const findings = validateRoadMap(doc).filter((f) => f.entityType === 'indicator' && f.entityKey === key);
    return { indicator: next, rowVersion: input.rowVersion + 1, findings };
  });
}

export interface AmendmentInput {
  basedOnVersionId: string;
  versionLabel: string;
  regulasi: Omit<Regulasi, 'key' | 'amendsKey'> & { key?: string };
}

/** An amendment: a new draft version copied from an existing one, set by a new regulasi that amends the old. */
export async function createAmendment(db: Db, audit: AuditContext, roadMapId: string, input: AmendmentInput) {
  return db.transaction(async (tx) => {
    const base = await getVersion(tx, input.basedOnVersionId);
    if (base.roadMap.id !== roadMapId) {
      throw new AppError(
        'VERSION_NOT_IN_ROAD_MAP',
        'Versi dasar bukan bagian dari road map ini.',
        'The base version does not belong to this road map.',
        [
          {
            field: 'basedOnVersionId',
            code: 'VERSION_NOT_IN_ROAD_MAP',
            message: 'Versi dasar bukan bagian dari road map ini.',
          },
        ],
      );
    }
    const key =
      input.regulasi.key ??
      `${input.regulasi.type}-${input.regulasi.number}-${input.regulasi.year}`
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-');
    if (await repo.findRegulasi(tx, base.version.instansiId, key)) {
      throw new AppError(
        'REGULASI_EXISTS',
        `Regulasi ${input.regulasi.type} ${input.regulasi.number}/${input.regulasi.year} sudah terdaftar.`,
        'This regulation is already registered.',
        [
          {
            field: 'regulasi.number',
            code: 'REGULASI_EXISTS',
            message: 'Nomor dan tahun regulasi ini sudah terdaftar.',
          },
        ],
      );
    }
    const reg: Regulasi = { ...input.regulasi, key, amendsKey: base.document.roadMap.regulasiKey };
    const doc: RoadMapDocument = {
      ...base.document,
      roadMap: { ...base.document.roadMap, regulasiKey: key, status: 'draft', versionLabel: input.versionLabel },
      regulasi: [reg, ...base.document.regulasi],
    };
    await insertAuditEvent(tx, audit, {
      instansiId: base.version.instansiId,
      action: 'regulasi.create',
      entityType: 'regulasi',
      entityId: key,
      before: null,
      after: reg,
    });
    return importDocumentTx(tx, audit, doc, { roadMapId, status: 'draft', basedOnVersionId: base.version.id });
  });
}

export async function activateVersion(
  db: Db,
  audit: AuditContext,
  versionId: string,
): Promise<{ versionId: string; status: 'active' }> {
  return db.transaction(async (tx) => {
    const v = await repo.findVersion(tx, versionId);
    if (!v) throw notFound(VERSION, versionId);
    if (v.status === 'active') return { versionId, status: 'active' as const };
    if (v.status === 'superseded') {
      throw new AppError(
        'VERSION_SUPERSEDED',
        'Versi yang sudah digantikan tidak dapat diberlakukan kembali.',
        'A superseded version cannot be activated again.',
      );
    }
    const enacting = await repo.findRegulasi(tx, v.instansiId, v.regulasiKey);
    if (enacting && isDraftRegulasi(enacting)) throw appError('VERSION_REGULASI_DRAFT');
    await supersedeActive(tx, audit, v.roadMapId);
    await repo.setVersionStatus(tx, versionId, 'active');
    await insertAuditEvent(tx, audit, {
      instansiId: v.instansiId,
      action: 'road_map_version.activate',
      entityType: 'road_map_version',
      entityId: versionId,
      before: { status: v.status },
      after: { status: 'active' },
    });
    return { versionId, status: 'active' as const };
  });
}

/**
 * Deletes a draft (an amendment not wanted, an import made by mistake) with its content, and its
 * own regulasi when no other version cites it. The audit keeps what was deleted.
 */
export async function deleteVersion(db: Db, audit: AuditContext, versionId: string): Promise<{ deleted: string }> {
  return db.transaction(async (tx) => {
    const loaded = await getVersion(tx, versionId);
    const v = loaded.version;
    // Same rule as editing (isVersionDeletable = isVersionEditable): only a draft goes.
    assertEditable(v.status);
    const dependents = await repo.versionsBasedOn(tx, versionId);
    if (dependents.length) {
      throw new AppError(
        'VERSION_IS_BASE',
        `Versi ${dependents.map((d) => `"${d.versionLabel}"`).join(', ')} dibuat dari draf ini; hapus versi tersebut terlebih dahulu.`,
        'Another version is based on this draft; delete it first.',
      );
    }
    await repo.deleteVersion(tx, versionId);
    await insertAuditEvent(tx, audit, {
      instansiId: v.instansiId,
      action: 'road_map_version.delete',
      entityType: 'road_map_version',
      entityId: versionId,
      before: {
        versionNo: v.versionNo,
        versionLabel: v.versionLabel,
        status: v.status,
        regulasiKey: v.regulasiKey,
        basedOnVersionId: v.basedOnVersionId,
        document: loaded.document,
      },
      after: null,
    });
    const reg = await repo.deleteRegulasiIfUnused(tx, v.instansiId, v.regulasiKey);
    if (reg) {
      await insertAuditEvent(tx, audit, {
        instansiId: v.instansiId,
        action: 'regulasi.delete',
        entityType: 'regulasi',
        entityId: reg.key,
        before: reg,
        after: null,
      });
    }
    return { deleted: versionId };
  });
}

function versionRecord(v: repo.LoadedVersion['version']): VersionRecord {
  return { ...v, status: v.status as RoadMapStatus, createdAt: v.createdAt.toISOString() };
}

export async function diffVersions(db: Db, fromId: string, toId: string): Promise<DiffResponse> {
  const [a, b] = await Promise.all([getVersion(db, fromId), getVersion(db, toId)]);
  return { from: versionRecord(a.version), to: versionRecord(b.version), diff: diffRoadMaps(a.document, b.document) };
}

/** An instansi's road maps with their versions (rows), for features that pick the version in force for a year. */
export async function roadMapRowsWithVersions(tx: Db | Tx, instansiId: string) {
  const maps = await repo.listRoadMaps(tx, instansiId);
  const versions = await repo.listVersions(
    tx,
    maps.map((m) => m.id),
  );
  return { maps, versions };
}

// ——— Reads for other features (users, rencana aksi), which may not import this repository ———

/** Every instansi, by name. */
export function listAllInstansi(db: Db | Tx) {
  return repo.listInstansi(db);
}

/** The perangkat daerah of an instansi, by name. */
export function listPerangkatDaerahOf(db: Db | Tx, instansiId: string) {
  return repo.listPerangkatDaerah(db, instansiId);
}

// ——— read access for other features (evaluasi) ———

/** The instansi row, or null. */
export const findInstansi = (db: Db | Tx, id: string) => repo.findInstansiById(db, id);

/** The perangkat daerah of an instansi, as stored. */
export const perangkatDaerahOf = (db: Db | Tx, instansiId: string) => repo.listPerangkatDaerah(db, instansiId);

/** Whether the installation has no road map at all yet (the seed's test). */
export async function hasNoRoadMap(db: Db | Tx): Promise<boolean> {
  return (await repo.countAllVersions(db)) === 0;
}

/**
 * The installation's first instansi: the one created first (Kupang in embedded mode), not the first
 * by name, so adding "Kabupaten Alor" does not change what an unnamed request means.
 */
export async function firstInstansiId(db: Db | Tx): Promise<string | null> {
  const all = await repo.listInstansi(db);
  return all.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0]?.id ?? null;
}
