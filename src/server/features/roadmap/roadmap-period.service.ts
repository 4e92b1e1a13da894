// Road-map use cases across time: start the road map of a new period as a draft (from scratch, the
// national catalogue and/or indicators carried over with their last verified realisasi as
// baseline), say which road map governs each year, re-base an indicator onto a newer scale from a
// year on, and list the versions of the national reference data. One transaction per command,
// audited in it.
import type { Db } from '../../../db/client.ts';
import type { Indikator, Regulasi } from '../../../domain/roadmap/types.ts';
import type { IndicatorUpdateResult, YearGovernance } from '../../../domain/contracts/roadmap.ts';
import { findScale } from '../../../domain/catalogue/scales.ts';
import { REFERENCE_VERSIONS } from '../../../domain/catalogue/succession.ts';
import { buildNewPeriodDocument, isDraftRegulasi, periodProblems } from '../../../domain/roadmap/new-period.ts';
import { governanceByYear } from '../../../domain/roadmap/transition.ts';
import { rebaseIndicator as planRebase, type RebaseRequest } from '../../../domain/roadmap/rebase.ts';
import { validateRoadMap } from '../../../domain/roadmap/validate.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import { AppError, appError, invalidData, notFound, staleWrite } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { lastVerifiedValues } from '../monitoring/realisasi.service.ts';
import * as repo from './roadmap.repository.ts';
import { assertEditable, getVersion, importDocumentTx } from './roadmap.service.ts';

export interface NewPeriodInput {
  title: string;
  periodStart: number;
  periodEnd: number;
  versionLabel: string;
  catalogue: boolean;
  carryFromVersionId?: string | undefined;
  carryIndicatorKeys: string[];
}

const VERSION = { id: 'Versi road map', en: 'Road map version' };

/** Starts a new road map (period) of the instansi as a draft version; nothing of the old one changes. */
export async function startRoadMapPeriod(db: Db, audit: AuditContext, instansiId: string, input: NewPeriodInput) {
  return db.transaction(async (tx) => {
    const inst = await repo.findInstansiById(tx, instansiId);
    if (!inst) throw notFound({ id: 'Instansi', en: 'Instansi' }, instansiId);
    const maps = await repo.listRoadMaps(tx, instansiId);
    const problems = periodProblems(input, maps);
    if (problems.length) {
      const overlap = problems.some((p) => p.code === 'PERIOD_OVERLAPS');
      throw new AppError(
        overlap ? 'ROAD_MAP_PERIOD_OVERLAP' : 'ROAD_MAP_PERIOD_INVALID',
        problems[0]!.message,
        undefined,
        problems,
      );
    }
    let carry: Parameters<typeof buildNewPeriodDocument>[0]['carry'];
    if (input.carryFromVersionId) {
      const from = await getVersion(tx, input.carryFromVersionId);
      if (from.version.instansiId !== instansiId) throw notFound(VERSION, input.carryFromVersionId);
      const known = new Set(from.document.indicators.map((i) => i.key));
      const unknown = input.carryIndicatorKeys.filter((k) => !known.has(k));
      if (unknown.length) {
        throw invalidData(
          unknown.map((k) => ({
            field: 'carryIndicatorKeys',
            code: 'UNKNOWN_INDICATOR',
            message: `Indikator "${k}" tidak ada pada versi asal.`,
          })),
        );
      }
      const lastRealisasi = await lastVerifiedValues(tx, from.roadMap.id, input.carryIndicatorKeys);
      carry = { from: from.document, indicatorKeys: input.carryIndicatorKeys, lastRealisasi };
    } else if (input.carryIndicatorKeys.length) {
      throw invalidData([
        { field: 'carryFromVersionId', code: 'REQUIRED', message: 'Pilih versi asal indikator yang dibawa.' },
      ]);
    }
    const pds = (await repo.listPerangkatDaerah(tx, instansiId)).map(repo.pdFromRow);
    const doc = buildNewPeriodDocument({
      ...input,
      instansi: { code: inst.code, name: inst.name, kind: inst.kind as 'kabupaten', region: inst.region },
      perangkatDaerah: pds,
      ...(carry ? { carry } : {}),
      scaleOf: findScale,
    });
    const created = await importDocumentTx(tx, audit, doc, { status: 'draft' });
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'road_map.create',
      entityType: 'road_map',
      entityId: created.roadMapId,
      before: null,
      after: {
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        catalogue: input.catalogue,
        carriedFrom: input.carryFromVersionId ?? null,
        carried: input.carryIndicatorKeys,
      },
    });
    return created;
  });
}

/** Which road map governs each year up to next year, with the draft waiting for enactment. */
export async function yearGovernance(db: Db, instansiId: string): Promise<YearGovernance[]> {
  const maps = await repo.listRoadMaps(db, instansiId);
  const versions = await repo.listVersions(
    db,
    maps.map((m) => m.id),
  );
  const periods = maps.map((m) => ({
    id: m.id,
    periodStart: m.periodStart,
    periodEnd: m.periodEnd,
    hasActive: versions.some((v) => v.roadMapId === m.id && v.status === 'active'),
  }));
  const title = new Map(maps.map((m) => [m.id, m.title]));
  const nextYear = Number(todayWita(new Date()).slice(0, 4)) + 1;
  return governanceByYear(periods, nextYear).map((g) => ({
    ...g,
    roadMapTitle: g.roadMapId ? (title.get(g.roadMapId) ?? null) : null,
  }));
}

/** Re-bases an indicator of a draft onto another scale from a year on (history and old years kept). */
export async function rebaseIndicator(
  db: Db,
  audit: AuditContext,
  versionId: string,
  key: string,
  input: RebaseRequest & { rowVersion: number },
): Promise<IndicatorUpdateResult> {
  return db.transaction(async (tx) => {
    const loaded = await getVersion(tx, versionId);
    assertEditable(loaded.version.status);
    const doc = loaded.document;
    const before = doc.indicators.find((i) => i.key === key);
    if (!before) throw notFound({ id: 'Indikator', en: 'Indicator' }, key);
    const current = loaded.indicatorRowVersions[key]!;
    if (current !== input.rowVersion) throw staleWrite({ indicator: before, rowVersion: current });
    const fromCode = before.scaleChanges?.at(-1)?.scaleCode ?? before.scaleCode;
    const scaleOf = (code: string) => doc.scales.find((s) => s.code === code) ?? findScale(code);
    const planned = planRebase(before, input, { from: scaleOf(fromCode), to: scaleOf(input.scaleCode) }, doc.roadMap);
    if (!planned.ok) throw appError('SCALE_REBASE_INVALID', { fields: planned.fields });
    const next: Indikator = planned.indicator;
    const instansiId = loaded.version.instansiId;
    if (!(await repo.updateIndicator(tx, instansiId, versionId, next, input.rowVersion))) {
      throw staleWrite({ indicator: before, rowVersion: current });
    }
    const newScale = scaleOf(input.scaleCode)!;
    let scales = doc.scales;
    if (!scales.some((s) => s.code === newScale.code)) {
      await repo.addVersionScale(tx, instansiId, versionId, newScale, scales.length);
      scales = [...scales, newScale];
    }
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'indikator.rebase',
      entityType: 'indikator',
      entityId: `${versionId}:${key}`,
      before,
      after: { ...next, rebase: planned.change },
      pdKey: (next.responsible.find((r) => r.role === 'lead') ?? next.responsible[0])?.pdKey ?? null,
    });
    const findings = validateRoadMap({
      ...doc,
      scales,
      indicators: doc.indicators.map((i) => (i.key === key ? next : i)),
    }).filter((f) => f.entityType === 'indicator' && f.entityKey === key);
    return { indicator: next, rowVersion: input.rowVersion + 1, findings };
  });
}

/** The national reference data versions, named by the scale registry where they are scales. */
export function referenceVersions() {
  return REFERENCE_VERSIONS.map((v) => ({
    ...v,
    name: v.kind === 'scale' ? (findScale(v.code)?.name ?? v.code) : 'Kegiatan utama dan indikator nasional (wajib)',
  }));
}

/**
 * The regulation that enacts a draft, once it is signed: its number, date and place replace the
 * "rancangan" a new period was prepared under (an amendment draft's own regulation can be corrected
 * the same way). Only on a draft, and only while no enacted version cites that regulation; audited.
 */
export async function setEnactingRegulasi(
  db: Db,
  audit: AuditContext,
  versionId: string,
  input: Omit<Regulasi, 'key' | 'amendsKey' | 'replacesKey'>,
): Promise<Regulasi> {
  if (isDraftRegulasi(input))
    throw invalidData([
      {
        field: 'number',
        code: 'REGULASI_NUMBER_DRAFT',
        message: `Isi nomor peraturan yang ditetapkan, bukan "${input.number}".`,
      },
    ]);
  return db.transaction(async (tx) => {
    const v = await repo.findVersion(tx, versionId);
    if (!v) throw notFound(VERSION, versionId);
    assertEditable(v.status);
    const before = await repo.findRegulasi(tx, v.instansiId, v.regulasiKey);
    if (!before) throw notFound({ id: 'Regulasi', en: 'Regulation' }, v.regulasiKey);
    // An enacted version citing it would see its law change under it.
    if ((await repo.enactedVersionsCiting(tx, v.instansiId, v.regulasiKey)) > 0) assertEditable('active');
    await repo.updateRegulasi(tx, v.instansiId, v.regulasiKey, input);
    const after = (await repo.findRegulasi(tx, v.instansiId, v.regulasiKey))!;
    await insertAuditEvent(tx, audit, {
      instansiId: v.instansiId,
      action: 'regulasi.update',
      entityType: 'regulasi',
      entityId: `${versionId}:${v.regulasiKey}`,
      before,
      after,
    });
    return after;
  });
}
