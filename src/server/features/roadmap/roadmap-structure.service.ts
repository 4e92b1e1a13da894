// Editing the structure of a version: add, rename and remove sasaran/kegiatan/tema nodes; add and
// remove indicators; place an existing indicator in another table. Used mostly on amendment drafts,
// so that a diff can show what an amending regulation adds and removes. One transaction and audit
// events per command; superseded versions are read-only.
import { nodeYearProblems } from '../../../domain/roadmap/year-scope.ts';
import type { Db, Tx } from '../../../db/client.ts';
import type {
  Indikator,
  NodeKind,
  Placement,
  ResultNode,
  RoadMapDocument,
  TableCode,
  Finding,
} from '../../../domain/roadmap/types.ts';
import { validateRoadMap } from '../../../domain/roadmap/validate.ts';
import { findScale } from '../../../domain/catalogue/scales.ts';
import { AppError, notFound, staleWrite, invalidData } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import * as repo from './roadmap.repository.ts';
import * as structure from './roadmap-structure.repository.ts';
import { assertEditable, getVersion } from './roadmap.service.ts';
import { checkIndicatorInput } from './indicator-input.ts';

const NODE = { id: 'Simpul', en: 'Node' };
const INDICATOR = { id: 'Indikator', en: 'Indicator' };

/** Which parent kind each node kind hangs under (null: a root). */
const PARENT_KIND: Record<NodeKind, NodeKind | null> = {
  tujuan: null,
  sasaran_strategis: 'tujuan',
  sasaran_general: null,
  kegiatan_utama: 'sasaran_general',
  tema: null,
  sasaran_tematik: 'tema',
};

/** Which nodes may carry indicators in which table. */
const TABLE_NODE_KINDS: Record<TableCode, NodeKind[]> = {
  tabel1: ['tujuan', 'sasaran_strategis'],
  tabel2: ['sasaran_general', 'kegiatan_utama'],
  tabel3: ['tema', 'sasaran_tematik'],
};

export function slugKey(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'baru';
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  return key;
}

async function loadEditable(tx: Tx, versionId: string) {
  const loaded = await getVersion(tx, versionId);
  assertEditable(loaded.version.status);
  return loaded;
}

function findingsFor(doc: RoadMapDocument, key: string): Finding[] {
  return validateRoadMap(doc).filter((f) => f.entityKey === key);
}

export interface NodeInput {
  kind: NodeKind;
  parentKey: string | null;
  number: string;
  name: string;
  element?: 'hard' | 'soft';
  formerName?: string;
  nationalKegiatanCode?: string;
  digitalPolicyCode?: string;
  validFrom?: number;
  validTo?: number;
}

function checkNodeShape(doc: RoadMapDocument, input: NodeInput, selfKey: string | null) {
  const wantParent = PARENT_KIND[input.kind];
  if (wantParent === null && input.parentKey !== null) {
    throw invalidData([
      { field: 'parentKey', code: 'WRONG_PARENT_KIND', message: 'Simpul jenis ini tidak memiliki induk.' },
    ]);
  }
  if (wantParent !== null) {
    const parent = doc.nodes.find((n) => n.key === input.parentKey);
    if (!parent || parent.key === selfKey) {
      throw invalidData([{ field: 'parentKey', code: 'UNKNOWN_PARENT', message: 'Induk simpul tidak ditemukan.' }]);
    }
    if (parent.kind !== wantParent) {
      throw invalidData([
        {
          field: 'parentKey',
          code: 'WRONG_PARENT_KIND',
          message: `Simpul ini harus berada di bawah simpul jenis "${wantParent}".`,
        },
      ]);
    }
  }
  const yearProblems = nodeYearProblems(input, doc.roadMap);
  if (yearProblems.length) throw invalidData(yearProblems);
  if (input.element && input.kind !== 'sasaran_strategis') {
    throw invalidData([
      { field: 'element', code: 'ELEMENT_NOT_ALLOWED', message: 'Elemen hard/soft hanya untuk sasaran strategis.' },
    ]);
  }
}

export async function createNode(db: Db, audit: AuditContext, versionId: string, input: NodeInput) {
  return db.transaction(async (tx) => {
    const loaded = await loadEditable(tx, versionId);
    const doc = loaded.document;
    checkNodeShape(doc, input, null);
    const node: ResultNode = {
      ...input,
      key: slugKey(input.name, new Set(doc.nodes.map((n) => n.key))),
      order: await structure.nextNodeOrder(tx, versionId),
    };
    await structure.insertNode(tx, loaded.version.instansiId, versionId, node);
    await insertAuditEvent(tx, audit, {
      instansiId: loaded.version.instansiId,
      action: 'result_node.create',
      entityType: 'result_node',
      entityId: `${versionId}:${node.key}`,
      before: null,
      after: node,
    });
    return { node, rowVersion: 1, findings: findingsFor({ ...doc, nodes: [...doc.nodes, node] }, node.key) };
  });
}

export async function updateNode(
  db: Db,
  audit: AuditContext,
  versionId: string,
  key: string,
  input: NodeInput,
  rowVersion: number,
) {
  return db.transaction(async (tx) => {
    const loaded = await loadEditable(tx, versionId);
    const doc = loaded.document;
    const before = doc.nodes.find((n) => n.key === key);
    if (!before) throw notFound(NODE, key);
    if (input.kind !== before.kind) {
      throw invalidData([
        { field: 'kind', code: 'KIND_IMMUTABLE', message: 'Jenis simpul tidak dapat diubah; buat simpul baru.' },
      ]);
    }
    checkNodeShape(doc, input, key);
    const current = loaded.nodeRowVersions[key]!;
    const next: ResultNode = { ...input, key, order: before.order };
    if (current !== rowVersion || !(await structure.updateNode(tx, versionId, next, rowVersion))) {
      throw staleWrite({ node: before, rowVersion: current });
    }
    await insertAuditEvent(tx, audit, {
      instansiId: loaded.version.instansiId,
      action: 'result_node.update',
      entityType: 'result_node',
      entityId: `${versionId}:${key}`,
      before,
      after: next,
    });
    return {
      node: next,
      rowVersion: rowVersion + 1,
      findings: findingsFor({ ...doc, nodes: doc.nodes.map((n) => (n.key === key ? next : n)) }, key),
    };
  });
}

/** Removes a node without children, its placements, and the indicators left placed nowhere. */
export async function deleteNode(db: Db, audit: AuditContext, versionId: string, key: string) {
  return db.transaction(async (tx) => {
    const loaded = await loadEditable(tx, versionId);
    const doc = loaded.document;
    const node = doc.nodes.find((n) => n.key === key);
    if (!node) throw notFound(NODE, key);
    const children = doc.nodes.filter((n) => n.parentKey === key);
    if (children.length) {
      throw new AppError(
        'NODE_HAS_CHILDREN',
        `"${node.name}" masih memiliki ${children.length} simpul di bawahnya; hapus atau pindahkan simpul tersebut terlebih dahulu.`,
        'The node still has children.',
      );
    }
    const placements = doc.placements.filter((p) => p.nodeKey === key);
    const orphaned = [...new Set(placements.map((p) => p.indicatorKey))].filter(
      (ik) => !doc.placements.some((p) => p.indicatorKey === ik && p.nodeKey !== key),
    );
    await structure.deletePlacementsOfNode(tx, versionId, key);
    for (const ik of orphaned) {
      await structure.deleteIndicator(tx, versionId, ik);
      await insertAuditEvent(tx, audit, {
        instansiId: loaded.version.instansiId,
        action: 'indikator.delete',
        entityType: 'indikator',
        entityId: `${versionId}:${ik}`,
        before: doc.indicators.find((i) => i.key === ik) ?? null,
        after: null,
      });
    }
    await structure.deleteNode(tx, versionId, key);
    await insertAuditEvent(tx, audit, {
      instansiId: loaded.version.instansiId,
      action: 'result_node.delete',
      entityType: 'result_node',
      entityId: `${versionId}:${key}`,
      before: { node, placements },
      after: null,
    });
    return { deleted: key, deletedIndicators: orphaned };
  });
}

function checkPlacementTarget(doc: RoadMapDocument, nodeKey: string, tableCode: TableCode) {
  const node = doc.nodes.find((n) => n.key === nodeKey);
  if (!node) throw invalidData([{ field: 'nodeKey', code: 'UNKNOWN_NODE', message: 'Simpul tidak ditemukan.' }]);
  if (!TABLE_NODE_KINDS[tableCode].includes(node.kind)) {
    throw invalidData([
      {
        field: 'tableCode',
        code: 'PLACEMENT_WRONG_TABLE',
        message: `Simpul jenis "${node.kind}" tidak berada di ${tableCode.replace('tabel', 'Tabel ')}.`,
      },
    ]);
  }
}

export async function createIndicator(
  db: Db,
  audit: AuditContext,
  versionId: string,
  input: { nodeKey: string; tableCode: TableCode; indicator: Omit<Indikator, 'key'> },
) {
  return db.transaction(async (tx) => {
    const loaded = await loadEditable(tx, versionId);
    const doc = loaded.document;
    const instansiId = loaded.version.instansiId;
    checkPlacementTarget(doc, input.nodeKey, input.tableCode);
    const key = slugKey(input.indicator.name, new Set(doc.indicators.map((i) => i.key)));
    const ind: Indikator = { ...input.indicator, key };
    const scale = doc.scales.find((s) => s.code === ind.scaleCode) ?? findScale(ind.scaleCode);
    const pdRows = await repo.listPerangkatDaerah(tx, instansiId);
    // A blank "before" makes every value count as new, so all are checked against the scale.
    const blank: Indikator = {
      ...ind,
      scaleCode: '',
      targets: [],
      baseline: { year: ind.baseline.year, status: 'not_available', reason: '' },
    };
    checkIndicatorInput(scale, blank, ind, new Set(pdRows.map((p) => p.key)));
    if (scale && !doc.scales.some((s) => s.code === scale.code))
      await repo.addVersionScale(tx, instansiId, versionId, scale, doc.scales.length);
    let pdCount = doc.perangkatDaerah.length;
    for (const r of ind.responsible) {
      if (!doc.perangkatDaerah.some((p) => p.key === r.pdKey))
        await repo.addVersionPerangkatDaerah(tx, instansiId, versionId, r.pdKey, pdCount++);
    }
    await repo.insertIndicator(tx, instansiId, versionId, ind, await structure.nextIndicatorOrder(tx, versionId));
    const placement: Placement = {
      tableCode: input.tableCode,
      nodeKey: input.nodeKey,
      indicatorKey: key,
      order: await structure.nextPlacementOrder(tx, versionId),
    };
    await structure.insertPlacement(tx, instansiId, versionId, placement);
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'indikator.create',
      entityType: 'indikator',
      entityId: `${versionId}:${key}`,
      before: null,
      after: { indicator: ind, placement },
    });
    const after = (await getVersion(tx, versionId)).document;
    return { indicator: ind, rowVersion: 1, findings: findingsFor(after, key) };
  });
}

export async function deleteIndicator(db: Db, audit: AuditContext, versionId: string, key: string) {
  return db.transaction(async (tx) => {
    const loaded = await loadEditable(tx, versionId);
    const ind = loaded.document.indicators.find((i) => i.key === key);
    if (!ind) throw notFound(INDICATOR, key);
    const placements = loaded.document.placements.filter((p) => p.indicatorKey === key);
    await structure.deleteIndicator(tx, versionId, key);
    await insertAuditEvent(tx, audit, {
      instansiId: loaded.version.instansiId,
      action: 'indikator.delete',
      entityType: 'indikator',
      entityId: `${versionId}:${key}`,
      before: { indicator: ind, placements },
      after: null,
    });
    return { deleted: key };
  });
}

/** Places an existing indicator under another node/table: one indicator, referenced twice. */
export async function addPlacement(
  db: Db,
  audit: AuditContext,
  versionId: string,
  input: Pick<Placement, 'tableCode' | 'nodeKey' | 'indicatorKey'>,
) {
  return db.transaction(async (tx) => {
    const loaded = await loadEditable(tx, versionId);
    const doc = loaded.document;
    if (!doc.indicators.some((i) => i.key === input.indicatorKey)) throw notFound(INDICATOR, input.indicatorKey);
    checkPlacementTarget(doc, input.nodeKey, input.tableCode);
    if (
      doc.placements.some(
        (p) => p.tableCode === input.tableCode && p.nodeKey === input.nodeKey && p.indicatorKey === input.indicatorKey,
      )
    ) {
      throw new AppError(
        'PLACEMENT_EXISTS',
        'Indikator ini sudah ada di baris tersebut.',
        'The indicator is already placed there.',
      );
    }
    const placement: Placement = { ...input, order: await structure.nextPlacementOrder(tx, versionId) };
    await structure.insertPlacement(tx, loaded.version.instansiId, versionId, placement);
    await insertAuditEvent(tx, audit, {
      instansiId: loaded.version.instansiId,
      action: 'placement.create',
      entityType: 'placement',
      entityId: `${versionId}:${input.tableCode}:${input.nodeKey}:${input.indicatorKey}`,
      before: null,
      after: placement,
    });
    return { placement };
  });
}

export async function removePlacement(
  db: Db,
  audit: AuditContext,
  versionId: string,
  input: Pick<Placement, 'tableCode' | 'nodeKey' | 'indicatorKey'>,
) {
  return db.transaction(async (tx) => {
    const loaded = await loadEditable(tx, versionId);
    const existing = loaded.document.placements.find(
      (p) => p.tableCode === input.tableCode && p.nodeKey === input.nodeKey && p.indicatorKey === input.indicatorKey,
    );
    if (!existing)
      throw notFound(
        { id: 'Penempatan', en: 'Placement' },
        `${input.tableCode}/${input.nodeKey}/${input.indicatorKey}`,
      );
    await structure.deletePlacement(tx, versionId, input);
    await insertAuditEvent(tx, audit, {
      instansiId: loaded.version.instansiId,
      action: 'placement.delete',
      entityType: 'placement',
      entityId: `${versionId}:${input.tableCode}:${input.nodeKey}:${input.indicatorKey}`,
      before: existing,
      after: null,
    });
    return { deleted: existing };
  });
}
