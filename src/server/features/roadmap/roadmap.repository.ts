// Persistence of road maps: stores a RoadMapDocument as normalised rows of one version and reads
// it back. Only this file (and the other *.repository.ts) hold SQL.
import { and, asc, eq, max, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import {
  indikator,
  indikatorPd,
  indikatorTarget,
  instansi,
  narrativeSection,
  perangkatDaerah,
  placement,
  regulasi,
  resultNode,
  roadMap,
  roadMapVersion,
  versionPerangkatDaerah,
  versionRegulasi,
  versionScale,
} from '../../../db/schema.ts';
import type {
  Baseline,
  IndicatorValue,
  Indikator,
  Instansi,
  PerangkatDaerah,
  Regulasi,
  RoadMapDocument,
  RoadMapStatus,
  Scale,
  Target,
} from '../../../domain/roadmap/types.ts';
import { groupBy } from '../../../domain/collections.ts';

const num = (v: string | null): number | null => (v === null ? null : Number(v));
const str = (v: number | null | undefined): string | null => (v === null || v === undefined ? null : String(v));

function encodeValue(v: IndicatorValue): { n: string | null; l: string | null } {
  return v.kind === 'number' ? { n: String(v.value), l: null } : { n: null, l: v.code };
}

/** The baseline of a target year, when stored. */
function targetBaselineOf(t: { baselineNumber: string | null; baselineLevel: string | null }) {
  return t.baselineNumber !== null || t.baselineLevel !== null
    ? { baseline: decodeValue(t.baselineNumber, t.baselineLevel) }
    : {};
}

function decodeValue(n: string | null, l: string | null): IndicatorValue {
  return l !== null ? { kind: 'level', code: l } : { kind: 'number', value: Number(n) };
}

// ---------------------------------------------------------------- instansi, PD, regulasi

export async function findInstansiByCode(tx: Tx, code: string) {
  const rows = await tx.select().from(instansi).where(eq(instansi.code, code));
  return rows[0] ?? null;
}

export async function findInstansiById(tx: Tx, id: string) {
  const rows = await tx.select().from(instansi).where(eq(instansi.id, id));
  return rows[0] ?? null;
}

export async function listInstansi(tx: Tx) {
  return tx.select().from(instansi).orderBy(asc(instansi.name));
}

export async function insertInstansi(tx: Tx, i: Instansi, parentId: string | null = null): Promise<string> {
  const rows = await tx
    .insert(instansi)
    .values({ code: i.code, name: i.name, kind: i.kind, region: i.region, parentId })
    .returning({ id: instansi.id });
  return rows[0]!.id;
}

function pdRow(instansiId: string, pd: PerangkatDaerah) {
  return {
    instansiId,
    key: pd.key,
    name: pd.name,
    shortName: pd.shortName,
    kind: pd.kind,
    validFrom: pd.validFrom ?? null,
    validTo: pd.validTo ?? null,
    predecessorKey: pd.predecessorKey ?? null,
  };
}

export function pdFromRow(r: typeof perangkatDaerah.$inferSelect): PerangkatDaerah {
  const pd: PerangkatDaerah = {
    key: r.key,
    name: r.name,
    shortName: r.shortName,
    kind: r.kind as PerangkatDaerah['kind'],
  };
  if (r.validFrom) pd.validFrom = r.validFrom;
  if (r.validTo) pd.validTo = r.validTo;
  if (r.predecessorKey) pd.predecessorKey = r.predecessorKey;
  return pd;
}

/** Inserts PDs that the instansi does not know yet; existing ones keep their current data. */
export async function insertMissingPerangkatDaerah(tx: Tx, instansiId: string, pds: PerangkatDaerah[]) {
  if (pds.length === 0) return;
  await tx
    .insert(perangkatDaerah)
    .values(pds.map((pd) => pdRow(instansiId, pd)))
    .onConflictDoNothing({ target: [perangkatDaerah.instansiId, perangkatDaerah.key] });
}

export async function listPerangkatDaerah(tx: Tx, instansiId: string) {
  return tx
    .select()
    .from(perangkatDaerah)
    .where(eq(perangkatDaerah.instansiId, instansiId))
    .orderBy(asc(perangkatDaerah.name));
}

export async function findPerangkatDaerah(tx: Tx, instansiId: string, key: string) {
  const rows = await tx
    .select()
    .from(perangkatDaerah)
    .where(and(eq(perangkatDaerah.instansiId, instansiId), eq(perangkatDaerah.key, key)));
  return rows[0] ?? null;
}

/** Optimistic update: returns false when the row version no longer matches. */
export async function updatePerangkatDaerah(
  tx: Tx,
  instansiId: string,
  pd: PerangkatDaerah,
  expectedRowVersion: number,
): Promise<boolean> {
  const rows = await tx
    .update(perangkatDaerah)
    .set({ ...pdRow(instansiId, pd), rowVersion: expectedRowVersion + 1 })
    .where(
      and(
        eq(perangkatDaerah.instansiId, instansiId),
        eq(perangkatDaerah.key, pd.key),
        eq(perangkatDaerah.rowVersion, expectedRowVersion),
      ),
    )
    .returning({ id: perangkatDaerah.id });
  return rows.length === 1;
}

function regulasiRow(instansiId: string, r: Regulasi) {
  return {
    instansiId,
    key: r.key,
    type: r.type,
    number: r.number,
    year: r.year,
    title: r.title,
    enactedAt: r.enactedAt ?? null,
    promulgatedAt: r.promulgatedAt ?? null,
    place: r.place ?? null,
    gazette: r.gazette ?? null,
    amendsKey: r.amendsKey ?? null,
    replacesKey: r.replacesKey ?? null,
  };
}

function regulasiFromRow(r: typeof regulasi.$inferSelect): Regulasi {
  const out: Regulasi = {
    key: r.key,
    type: r.type as Regulasi['type'],
    number: r.number,
    year: r.year,
    title: r.title,
  };
  if (r.enactedAt) out.enactedAt = r.enactedAt;
  if (r.promulgatedAt) out.promulgatedAt = r.promulgatedAt;
  if (r.place) out.place = r.place;
  if (r.gazette) out.gazette = r.gazette;
  if (r.amendsKey) out.amendsKey = r.amendsKey;
  if (r.replacesKey) out.replacesKey = r.replacesKey;
  return out;
}

export async function insertMissingRegulasi(tx: Tx, instansiId: string, regs: Regulasi[]) {
  if (regs.length === 0) return;
  await tx
    .insert(regulasi)
    .values(regs.map((r) => regulasiRow(instansiId, r)))
    .onConflictDoNothing({ target: [regulasi.instansiId, regulasi.key] });
}

export async function findRegulasi(tx: Tx, instansiId: string, key: string) {
  const rows = await tx
    .select()
    .from(regulasi)
    .where(and(eq(regulasi.instansiId, instansiId), eq(regulasi.key, key)));
  return rows[0] ? regulasiFromRow(rows[0]) : null;
}

// ---------------------------------------------------------------- road maps and versions

export async function findRoadMapByPeriod(tx: Tx, instansiId: string, start: number, end: number) {
  const rows = await tx
    .select()
    .from(roadMap)
    .where(and(eq(roadMap.instansiId, instansiId), eq(roadMap.periodStart, start), eq(roadMap.periodEnd, end)));
  return rows[0] ?? null;
}

export async function findRoadMap(tx: Tx, id: string) {
  const rows = await tx.select().from(roadMap).where(eq(roadMap.id, id));
  return rows[0] ?? null;
}

export async function insertRoadMap(
  tx: Tx,
  instansiId: string,
  title: string,
  periodStart: number,
  periodEnd: number,
): Promise<string> {
  const rows = await tx
    .insert(roadMap)
    .values({ instansiId, title, periodStart, periodEnd })
    .returning({ id: roadMap.id });
  return rows[0]!.id;
}

export async function listRoadMaps(tx: Tx, instansiId: string) {
  return tx.select().from(roadMap).where(eq(roadMap.instansiId, instansiId)).orderBy(asc(roadMap.periodStart));
}

export async function listVersions(tx: Tx, roadMapIds: string[]) {
  if (roadMapIds.length === 0) return [];
  return tx
    .select()
    .from(roadMapVersion)
    .where(inArray(roadMapVersion.roadMapId, roadMapIds))
    .orderBy(asc(roadMapVersion.roadMapId), asc(roadMapVersion.versionNo));
}

export async function findVersion(tx: Tx, versionId: string) {
  const rows = await tx.select().from(roadMapVersion).where(eq(roadMapVersion.id, versionId));
  return rows[0] ?? null;
}

export async function nextVersionNo(tx: Tx, roadMapId: string): Promise<number> {
  const rows = await tx
    .select({ m: max(roadMapVersion.versionNo) })
    .from(roadMapVersion)
    .where(eq(roadMapVersion.roadMapId, roadMapId));
  return (rows[0]?.m ?? 0) + 1;
}

export async function setVersionStatus(tx: Tx, versionId: string, status: RoadMapStatus) {
  await tx.update(roadMapVersion).set({ status }).where(eq(roadMapVersion.id, versionId));
}

export async function bumpVersionRow(tx: Tx, versionId: string) {
  const v = await findVersion(tx, versionId);
  if (v)
    await tx
      .update(roadMapVersion)
      .set({ rowVersion: v.rowVersion + 1 })
      .where(eq(roadMapVersion.id, versionId));
}

export async function addVersionScale(tx: Tx, instansiId: string, versionId: string, scale: Scale, sortOrder: number) {
  await tx
    .insert(versionScale)
    .values({ versionId, instansiId, code: scale.code, kind: scale.kind, definition: scale, sortOrder });
}

export async function addVersionPerangkatDaerah(
  tx: Tx,
  instansiId: string,
  versionId: string,
  pdKey: string,
  sortOrder: number,
) {
  await tx.insert(versionPerangkatDaerah).values({ versionId, instansiId, pdKey, sortOrder });
}

// ---------------------------------------------------------------- indicators

function baselineColumns(b: Baseline) {
  if (b.status === 'not_available') {
    return {
      baselineYear: b.year,
      baselineStatus: 'not_available',
      baselineNumber: null,
      baselineLevel: null,
      baselineReason: b.reason,
      baselineNote: null,
    };
  }
  const v = encodeValue(b.value);
  return {
    baselineYear: b.year,
    baselineStatus: 'value',
    baselineNumber: v.n,
    baselineLevel: v.l,
    baselineReason: null,
    baselineNote: b.note ?? null,
  };
}

function targetRow(instansiId: string, indikatorId: string, t: Target) {
  const b = t.baseline ? encodeValue(t.baseline) : { n: null, l: null };
  return { ...targetValueRow(instansiId, indikatorId, t), baselineNumber: b.n, baselineLevel: b.l };
}

function targetValueRow(instansiId: string, indikatorId: string, t: Target) {
  if (t.type === 'band') {
    return {
      indikatorId,
      instansiId,
      year: t.year,
      type: 'band',
      valueNumber: null,
      valueLevel: null,
      bandMin: str(t.min),
      bandMax: str(t.max),
      note: t.note ?? null,
    };
  }
  const v = encodeValue(t.value);
  return {
    indikatorId,
    instansiId,
    year: t.year,
    type: 'point',
    valueNumber: v.n,
    valueLevel: v.l,
    bandMin: null,
    bandMax: null,
    note: t.note ?? null,
  };
}

function indicatorColumns(ind: Indikator) {
  return {
    key: ind.key,
    name: ind.name,
    scaleCode: ind.scaleCode,
    unit: ind.unit,
    polarity: ind.polarity,
    sourceAgency: ind.sourceAgency ?? null,
    nationalIndicatorCode: ind.nationalIndicatorCode ?? null,
    note: ind.note ?? null,
    baselineOrigin: ind.baselineOrigin ?? null,
    scaleChanges: ind.scaleChanges?.length ? ind.scaleChanges : null,
    ...baselineColumns(ind.baseline),
  };
}

async function insertIndicatorChildren(tx: Tx, instansiId: string, indikatorId: string, ind: Indikator) {
  if (ind.targets.length > 0) {
    await tx.insert(indikatorTarget).values(ind.targets.map((t) => targetRow(instansiId, indikatorId, t)));
  }
  if (ind.responsible.length > 0) {
    await tx.insert(indikatorPd).values(
      ind.responsible.map((r, i) => ({
        indikatorId,
        instansiId,
        pdKey: r.pdKey,
        role: r.role,
        printedName: r.printedName ?? null,
        sortOrder: i,
      })),
    );
  }
}

export async function insertIndicator(
  tx: Tx,
  instansiId: string,
  versionId: string,
  ind: Indikator,
  sortOrder: number,
) {
  const rows = await tx
    .insert(indikator)
    .values({ instansiId, versionId, sortOrder, ...indicatorColumns(ind) })
    .returning({ id: indikator.id });
  await insertIndicatorChildren(tx, instansiId, rows[0]!.id, ind);
}

export async function findIndicatorRow(tx: Tx, versionId: string, key: string) {
  const rows = await tx
    .select()
    .from(indikator)
    .where(and(eq(indikator.versionId, versionId), eq(indikator.key, key)));
  return rows[0] ?? null;
}

/** Replaces an indicator's data when its row version still matches; false on a stale write. */
export async function updateIndicator(
  tx: Tx,
  instansiId: string,
  versionId: string,
  ind: Indikator,
  expectedRowVersion: number,
): Promise<boolean> {
  const rows = await tx
    .update(indikator)
    .set({ ...indicatorColumns(ind), rowVersion: expectedRowVersion + 1 })
    .where(
      and(eq(indikator.versionId, versionId), eq(indikator.key, ind.key), eq(indikator.rowVersion, expectedRowVersion)),
    )
    .returning({ id: indikator.id });
  const row = rows[0];
  if (!row) return false;
  await tx.delete(indikatorTarget).where(eq(indikatorTarget.indikatorId, row.id));
  await tx.delete(indikatorPd).where(eq(indikatorPd.indikatorId, row.id));
  await insertIndicatorChildren(tx, instansiId, row.id, ind);
  return true;
}

// ---------------------------------------------------------------- whole documents

export interface InsertVersionOptions {
  instansiId: string;
  roadMapId: string;
  versionNo: number;
  status: RoadMapStatus;
  basedOnVersionId: string | null;
}

/** Writes every part of a document as a new version; returns the version id. */
export async function insertVersionContent(tx: Tx, doc: RoadMapDocument, o: InsertVersionOptions): Promise<string> {
  const { instansiId } = o;
  const vRows = await tx
    .insert(roadMapVersion)
    .values({
      instansiId,
      roadMapId: o.roadMapId,
      versionNo: o.versionNo,
      versionLabel: doc.roadMap.versionLabel,
      title: doc.roadMap.title,
      regulasiKey: doc.roadMap.regulasiKey,
      basedOnVersionId: o.basedOnVersionId,
      status: o.status,
      legalBasis: doc.legalBasis,
    })
    .returning({ id: roadMapVersion.id });
  const versionId = vRows[0]!.id;

  if (doc.regulasi.length) {
    await tx
      .insert(versionRegulasi)
      .values(doc.regulasi.map((r, i) => ({ versionId, instansiId, regulasiKey: r.key, sortOrder: i })));
  }
  if (doc.perangkatDaerah.length) {
    await tx
      .insert(versionPerangkatDaerah)
      .values(doc.perangkatDaerah.map((p, i) => ({ versionId, instansiId, pdKey: p.key, sortOrder: i })));
  }
  if (doc.scales.length) {
    await tx
      .insert(versionScale)
      .values(
        doc.scales.map((s, i) => ({ versionId, instansiId, code: s.code, kind: s.kind, definition: s, sortOrder: i })),
      );
  }
  if (doc.narrative.length) {
    await tx.insert(narrativeSection).values(
      doc.narrative.map((n) => ({
        versionId,
        instansiId,
        key: n.key,
        title: n.title,
        body: n.body,
        sortOrder: n.order,
      })),
    );
  }
  if (doc.nodes.length) {
    await tx.insert(resultNode).values(
      doc.nodes.map((n) => ({
        instansiId,
        versionId,
        key: n.key,
        kind: n.kind,
        parentKey: n.parentKey,
        number: n.number,
        sortOrder: n.order,
        name: n.name,
        element: n.element ?? null,
        formerName: n.formerName ?? null,
        nationalKegiatanCode: n.nationalKegiatanCode ?? null,
        digitalPolicyCode: n.digitalPolicyCode ?? null,
        validFrom: n.validFrom ?? null,
        validTo: n.validTo ?? null,
      })),
    );
  }
  if (doc.indicators.length) {
    const ids = await tx
      .insert(indikator)
      .values(doc.indicators.map((ind, i) => ({ instansiId, versionId, sortOrder: i, ...indicatorColumns(ind) })))
      .returning({ id: indikator.id, key: indikator.key });
    const idByKey = new Map(ids.map((r) => [r.key, r.id]));
    const targets = doc.indicators.flatMap((ind) =>
      ind.targets.map((t) => targetRow(instansiId, idByKey.get(ind.key)!, t)),
    );
    if (targets.length) await tx.insert(indikatorTarget).values(targets);
    const pds = doc.indicators.flatMap((ind) =>
      ind.responsible.map((r, i) => ({
        indikatorId: idByKey.get(ind.key)!,
        instansiId,
        pdKey: r.pdKey,
        role: r.role,
        printedName: r.printedName ?? null,
        sortOrder: i,
      })),
    );
    if (pds.length) await tx.insert(indikatorPd).values(pds);
  }
  if (doc.placements.length) {
    await tx.insert(placement).values(
      doc.placements.map((p) => ({
        instansiId,
        versionId,
        tableCode: p.tableCode,
        nodeKey: p.nodeKey,
        indicatorKey: p.indicatorKey,
        sortOrder: p.order,
        printedName: p.printedName ?? null,
        printedUnit: p.printedUnit ?? null,
        printedBaseline: p.printedBaseline ?? null,
        printedTargets: p.printedTargets ?? null,
      })),
    );
  }
  return versionId;
}

/** Indicators decoded from their rows, with their targets and responsible PDs. */
function indicatorsFromRows(
  indRows: (typeof indikator.$inferSelect)[],
  tRows: (typeof indikatorTarget.$inferSelect)[],
  rRows: (typeof indikatorPd.$inferSelect)[],
): Indikator[] {
  // Grouped once: filtering all target/PD rows per indicator was quadratic (issue #14).
  const targetsOf = groupBy(tRows, (t) => t.indikatorId);
  const responsibleOf = groupBy(rRows, (p) => p.indikatorId);
  return indRows.map((r) => {
    const baseline: Baseline =
      r.baselineStatus === 'not_available'
        ? { year: r.baselineYear, status: 'not_available', reason: r.baselineReason ?? '' }
        : {
            year: r.baselineYear,
            status: 'value',
            value: decodeValue(r.baselineNumber, r.baselineLevel),
            ...(r.baselineNote ? { note: r.baselineNote } : {}),
          };
    const targets: Target[] = (targetsOf.get(r.id) ?? []).map((t) =>
      t.type === 'band'
        ? {
            year: t.year,
            type: 'band' as const,
            min: num(t.bandMin)!,
            max: num(t.bandMax)!,
            ...(t.note ? { note: t.note } : {}),
            ...targetBaselineOf(t),
          }
        : {
            year: t.year,
            type: 'point' as const,
            value: decodeValue(t.valueNumber, t.valueLevel),
            ...(t.note ? { note: t.note } : {}),
            ...targetBaselineOf(t),
          },
    );
    const ind: Indikator = {
      key: r.key,
      name: r.name,
      scaleCode: r.scaleCode,
      unit: r.unit,
      polarity: r.polarity as Indikator['polarity'],
      baseline,
      targets,
      responsible: (responsibleOf.get(r.id) ?? []).map((p) => ({
        pdKey: p.pdKey,
        role: p.role as 'lead' | 'supporting',
        ...(p.printedName !== null ? { printedName: p.printedName } : {}),
      })),
    };
    if (r.sourceAgency) ind.sourceAgency = r.sourceAgency;
    if (r.nationalIndicatorCode) ind.nationalIndicatorCode = r.nationalIndicatorCode;
    if (r.note) ind.note = r.note;
    if (r.baselineOrigin) ind.baselineOrigin = r.baselineOrigin;
    if (r.scaleChanges?.length) ind.scaleChanges = r.scaleChanges;
    return ind;
  });
}

function nodeFromRow(n: typeof resultNode.$inferSelect): RoadMapDocument['nodes'][number] {
  const node: RoadMapDocument['nodes'][number] = {
    key: n.key,
    kind: n.kind as RoadMapDocument['nodes'][number]['kind'],
    parentKey: n.parentKey,
    number: n.number,
    order: n.sortOrder,
    name: n.name,
  };
  if (n.element) node.element = n.element as 'hard' | 'soft';
  if (n.formerName) node.formerName = n.formerName;
  if (n.nationalKegiatanCode) node.nationalKegiatanCode = n.nationalKegiatanCode;
  if (n.digitalPolicyCode) node.digitalPolicyCode = n.digitalPolicyCode;
  if (n.validFrom !== null) node.validFrom = n.validFrom;
  if (n.validTo !== null) node.validTo = n.validTo;
  return node;
}

function placementFromRow(p: typeof placement.$inferSelect): RoadMapDocument['placements'][number] {
  const out: RoadMapDocument['placements'][number] = {
    tableCode: p.tableCode as 'tabel1' | 'tabel2' | 'tabel3',
    nodeKey: p.nodeKey,
    indicatorKey: p.indicatorKey,
    order: p.sortOrder,
  };
  if (p.printedName) out.printedName = p.printedName;
  if (p.printedUnit) out.printedUnit = p.printedUnit;
  if (p.printedBaseline) out.printedBaseline = p.printedBaseline as Baseline;
  if (p.printedTargets) out.printedTargets = p.printedTargets as Target[];
  return out;
}

/**
 * One indicator of a version with the version's definition of its scale, without reading the rest
 * of the document: a realisasi write needs only these, whatever the road map's size.
 */
export async function loadIndicatorWithScale(
  tx: Tx,
  versionId: string,
  key: string,
): Promise<{ indicator: Indikator; scale: Scale | null } | null> {
  const row = await findIndicatorRow(tx, versionId, key);
  if (!row) return null;
  const tRows = await tx
    .select()
    .from(indikatorTarget)
    .where(eq(indikatorTarget.indikatorId, row.id))
    .orderBy(asc(indikatorTarget.year));
  const rRows = await tx
    .select()
    .from(indikatorPd)
    .where(eq(indikatorPd.indikatorId, row.id))
    .orderBy(asc(indikatorPd.sortOrder));
  const scale = await findVersionScale(tx, versionId, row.scaleCode);
  return { indicator: indicatorsFromRows([row], tRows, rRows)[0]!, scale };
}

/** A version's copy of one scale definition (null when the version does not carry it). */
export async function findVersionScale(tx: Tx, versionId: string, code: string): Promise<Scale | null> {
  const scaleRows = await tx
    .select()
    .from(versionScale)
    .where(and(eq(versionScale.versionId, versionId), eq(versionScale.code, code)));
  return scaleRows[0] ? (scaleRows[0].definition as Scale) : null;
}

export interface LoadedVersion {
  document: RoadMapDocument;
  version: typeof roadMapVersion.$inferSelect;
  roadMap: typeof roadMap.$inferSelect;
  /** Row versions for optimistic locking, by indicator key and node key. */
  indicatorRowVersions: Record<string, number>;
  nodeRowVersions: Record<string, number>;
}

export async function loadVersion(tx: Tx, versionId: string): Promise<LoadedVersion | null> {
  const version = await findVersion(tx, versionId);
  if (!version) return null;
  const rm = (await findRoadMap(tx, version.roadMapId))!;
  const inst = (await findInstansiById(tx, version.instansiId))!;

  // Sequential on purpose: inside a transaction all queries share one connection, and pg refuses
  // (deprecated, removed in pg 9) queries issued while another is still running on it.
  const regRows = await tx
    .select({ r: regulasi, o: versionRegulasi.sortOrder })
    .from(versionRegulasi)
    .innerJoin(
      regulasi,
      and(eq(regulasi.instansiId, versionRegulasi.instansiId), eq(regulasi.key, versionRegulasi.regulasiKey)),
    )
    .where(eq(versionRegulasi.versionId, versionId))
    .orderBy(asc(versionRegulasi.sortOrder));
  const pdRows = await tx
    .select({ p: perangkatDaerah, o: versionPerangkatDaerah.sortOrder })
    .from(versionPerangkatDaerah)
    .innerJoin(
      perangkatDaerah,
      and(
        eq(perangkatDaerah.instansiId, versionPerangkatDaerah.instansiId),
        eq(perangkatDaerah.key, versionPerangkatDaerah.pdKey),
      ),
    )
    .where(eq(versionPerangkatDaerah.versionId, versionId))
    .orderBy(asc(versionPerangkatDaerah.sortOrder));
  const scaleRows = await tx
    .select()
    .from(versionScale)
    .where(eq(versionScale.versionId, versionId))
    .orderBy(asc(versionScale.sortOrder));
  const narrRows = await tx
    .select()
    .from(narrativeSection)
    .where(eq(narrativeSection.versionId, versionId))
    .orderBy(asc(narrativeSection.sortOrder));
  const nodeRows = await tx
    .select()
    .from(resultNode)
    .where(eq(resultNode.versionId, versionId))
    .orderBy(asc(resultNode.sortOrder));
  const indRows = await tx
    .select()
    .from(indikator)
    .where(eq(indikator.versionId, versionId))
    .orderBy(asc(indikator.sortOrder));
  const plRows = await tx
    .select()
    .from(placement)
    .where(eq(placement.versionId, versionId))
    .orderBy(asc(placement.sortOrder));
  // Joined on the version rather than `indikator_id IN (…every id…)`: one parameter, not thousands.
  const tRows = (
    await tx
      .select({ t: indikatorTarget })
      .from(indikatorTarget)
      .innerJoin(indikator, eq(indikator.id, indikatorTarget.indikatorId))
      .where(eq(indikator.versionId, versionId))
      .orderBy(asc(indikatorTarget.year))
  ).map((x) => x.t);
  const rRows = (
    await tx
      .select({ p: indikatorPd })
      .from(indikatorPd)
      .innerJoin(indikator, eq(indikator.id, indikatorPd.indikatorId))
      .where(eq(indikator.versionId, versionId))
      .orderBy(asc(indikatorPd.sortOrder))
  ).map((x) => x.p);

  const indicators = indicatorsFromRows(indRows, tRows, rRows);

  const document: RoadMapDocument = {
    schemaVersion: 1,
    instansi: { code: inst.code, name: inst.name, kind: inst.kind as Instansi['kind'], region: inst.region },
    roadMap: {
      title: version.title,
      periodStart: rm.periodStart,
      periodEnd: rm.periodEnd,
      regulasiKey: version.regulasiKey,
      status: version.status as RoadMapStatus,
      versionLabel: version.versionLabel,
    },
    regulasi: regRows.map((x) => regulasiFromRow(x.r)),
    legalBasis: version.legalBasis,
    perangkatDaerah: pdRows.map((x) => pdFromRow(x.p)),
    scales: scaleRows.map((s) => s.definition as Scale),
    nodes: nodeRows.map(nodeFromRow),
    indicators,
    placements: plRows.map(placementFromRow),
    narrative: narrRows.map((n) => ({ key: n.key, title: n.title, body: n.body, order: n.sortOrder })),
  };
  return {
    document,
    version,
    roadMap: rm,
    indicatorRowVersions: Object.fromEntries(indRows.map((r) => [r.key, r.rowVersion])),
    nodeRowVersions: Object.fromEntries(nodeRows.map((r) => [r.key, r.rowVersion])),
  };
}

/** How many road map versions exist in the whole installation (0: a fresh database). */
export async function countAllVersions(db: Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(roadMapVersion);
  return row?.n ?? 0;
}

// ---------------------------------------------------------------- deleting a draft

/** The versions built on `versionId` (an amendment keeps the id of its base). */
export async function versionsBasedOn(tx: Tx, versionId: string) {
  return tx
    .select({ id: roadMapVersion.id, versionLabel: roadMapVersion.versionLabel })
    .from(roadMapVersion)
    .where(eq(roadMapVersion.basedOnVersionId, versionId));
}

/** Deletes a version row; its content rows go with it (on delete cascade). */
export async function deleteVersion(tx: Tx, versionId: string) {
  await tx.delete(roadMapVersion).where(eq(roadMapVersion.id, versionId));
}

/** Deletes a regulasi that no version cites any longer; returns what was deleted, or null. */
export async function deleteRegulasiIfUnused(tx: Tx, instansiId: string, key: string): Promise<Regulasi | null> {
  const cited = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(versionRegulasi)
    .where(and(eq(versionRegulasi.instansiId, instansiId), eq(versionRegulasi.regulasiKey, key)));
  const setting = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(roadMapVersion)
    .where(and(eq(roadMapVersion.instansiId, instansiId), eq(roadMapVersion.regulasiKey, key)));
  if ((cited[0]?.n ?? 0) > 0 || (setting[0]?.n ?? 0) > 0) return null;
  const found = await findRegulasi(tx, instansiId, key);
  if (!found) return null;
  await tx.delete(regulasi).where(and(eq(regulasi.instansiId, instansiId), eq(regulasi.key, key)));
  return found;
}

/** How many versions in force or superseded cite a regulasi (as enacting or listed regulation). */
export async function enactedVersionsCiting(tx: Tx, instansiId: string, key: string): Promise<number> {
  const setting = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(roadMapVersion)
    .where(
      and(
        eq(roadMapVersion.instansiId, instansiId),
        eq(roadMapVersion.regulasiKey, key),
        ne(roadMapVersion.status, 'draft'),
      ),
    );
  const listed = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(versionRegulasi)
    .innerJoin(roadMapVersion, eq(roadMapVersion.id, versionRegulasi.versionId))
    .where(
      and(
        eq(versionRegulasi.instansiId, instansiId),
        eq(versionRegulasi.regulasiKey, key),
        ne(roadMapVersion.status, 'draft'),
      ),
    );
  return (setting[0]?.n ?? 0) + (listed[0]?.n ?? 0);
}

/** Replaces what a regulasi says (its key, what it amends or replaces stay). */
export async function updateRegulasi(
  tx: Tx,
  instansiId: string,
  key: string,
  r: Omit<Regulasi, 'key' | 'amendsKey' | 'replacesKey'>,
): Promise<void> {
  const { instansiId: _i, key: _k, amendsKey: _a, replacesKey: _r, ...fields } = regulasiRow(instansiId, { ...r, key });
  await tx
    .update(regulasi)
    .set(fields)
    .where(and(eq(regulasi.instansiId, instansiId), eq(regulasi.key, key)));
}
