// Finding one's way around a road-map document: which nodes belong to which Lampiran table, children
// in printed order, the indicators of a node, the flat rows of a table (shared by the web tables and
// the Excel export) and human locations ("Tabel 2 › Sasaran 9 › …") for messages. Lookups tolerate
// broken documents (dangling keys, duplicates): they skip what they cannot resolve, and validation
// reports it.

import type {
  Baseline,
  Indikator,
  LocalizedText,
  NodeKind,
  PerangkatDaerah,
  Placement,
  ResponsibilityRole,
  ResultNode,
  RoadMapDocument,
  Scale,
  TableCode,
  Target,
} from './types.ts';

export const TABLES: readonly TableCode[] = ['tabel1', 'tabel2', 'tabel3'];

/** The Lampiran table each node kind is printed in. */
export const TABLE_OF_KIND: Record<NodeKind, TableCode> = {
  tujuan: 'tabel1',
  sasaran_strategis: 'tabel1',
  sasaran_general: 'tabel2',
  kegiatan_utama: 'tabel2',
  tema: 'tabel3',
  sasaran_tematik: 'tabel3',
};

/** The kind a node must hang under; null for the roots of each table. */
export const PARENT_KIND: Record<NodeKind, NodeKind | null> = {
  tujuan: null,
  sasaran_strategis: 'tujuan',
  sasaran_general: null,
  kegiatan_utama: 'sasaran_general',
  tema: null,
  sasaran_tematik: 'tema',
};

export const ROOT_KIND: Record<TableCode, NodeKind> = {
  tabel1: 'tujuan',
  tabel2: 'sasaran_general',
  tabel3: 'tema',
};

// ——— lookups ———

export function nodeByKey(doc: RoadMapDocument, key: string): ResultNode | undefined {
  return doc.nodes.find((n) => n.key === key);
}

export function indicatorByKey(doc: RoadMapDocument, key: string): Indikator | undefined {
  return doc.indicators.find((i) => i.key === key);
}

export function scaleByCode(doc: RoadMapDocument, code: string): Scale | undefined {
  return doc.scales.find((s) => s.code === code);
}

export function pdByKey(doc: RoadMapDocument, key: string): PerangkatDaerah | undefined {
  return doc.perangkatDaerah.find((p) => p.key === key);
}

/** Identity of a placement (placements have no key of their own): "tabel2/kegiatan-9-1/itkp". */
export function placementKey(p: Pick<Placement, 'tableCode' | 'nodeKey' | 'indicatorKey'>): string {
  return `${p.tableCode}/${p.nodeKey}/${p.indicatorKey}`;
}

function byOrder<T extends { order: number }>(items: readonly T[]): T[] {
  // Array.prototype.sort is stable, so equal orders keep document order.
  return [...items].sort((a, b) => a.order - b.order);
}

/** Nodes directly under `parentKey` (null: the roots), in printed order. */
export function childrenOf(doc: RoadMapDocument, parentKey: string | null): ResultNode[] {
  return byOrder(doc.nodes.filter((n) => n.parentKey === parentKey));
}

/** Root nodes of a table (tujuan, sasaran general or tema), in printed order. */
export function rootNodes(doc: RoadMapDocument, table: TableCode): ResultNode[] {
  return byOrder(doc.nodes.filter((n) => n.parentKey === null && n.kind === ROOT_KIND[table]));
}

/** The node and its ancestors, root first. Stops at unknown parents and cycles. */
export function nodePath(doc: RoadMapDocument, key: string, nodes?: Map<string, ResultNode>): ResultNode[] {
  const find = (k: string) => (nodes ? nodes.get(k) : nodeByKey(doc, k));
  const path: ResultNode[] = [];
  const seen = new Set<string>();
  let current = find(key);
  while (current && !seen.has(current.key)) {
    seen.add(current.key);
    path.unshift(current);
    current = current.parentKey === null ? undefined : find(current.parentKey);
  }
  return path;
}

/** Placements under a node, in printed order; restricted to one table when given. */
export function placementsOfNode(doc: RoadMapDocument, nodeKey: string, table?: TableCode): Placement[] {
  return byOrder(doc.placements.filter((p) => p.nodeKey === nodeKey && (table === undefined || p.tableCode === table)));
}

/** Indicators placed under a node, in printed order (unknown indicator keys are skipped). */
export function indicatorsOfNode(doc: RoadMapDocument, nodeKey: string, table?: TableCode): Indikator[] {
  return placementsOfNode(doc, nodeKey, table)
    .map((p) => indicatorByKey(doc, p.indicatorKey))
    .filter((i): i is Indikator => i !== undefined);
}

// ——— printed order ———

/** A sortable position: compare element by element, a shorter prefix first. */
export type Position = readonly number[];

export function comparePositions(a: Position, b: Position): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Nodes and placements that cannot be reached from a table root sort after the reachable ones. */
const UNREACHABLE = 1_000_000;

export interface DocumentOrder {
  /** [table, root, 1 + child] for nodes reachable from a root. */
  node: Map<string, Position>;
  /** Node position + [0, index] so that a node's own rows come before its children. */
  placement: Map<Placement, Position>;
}

/** Positions of nodes and placements in Lampiran order: table, root, child, row. */
export function documentOrder(doc: RoadMapDocument): DocumentOrder {
  const node = new Map<string, Position>();
  const placement = new Map<Placement, Position>();
  const byNode = new Map<string, Placement[]>();
  for (const p of doc.placements) {
    const list = byNode.get(p.nodeKey) ?? [];
    list.push(p);
    byNode.set(p.nodeKey, list);
  }
  const children = new Map<string, ResultNode[]>();
  for (const n of doc.nodes) {
    if (n.parentKey === null) continue;
    const list = children.get(n.parentKey) ?? [];
    list.push(n);
    children.set(n.parentKey, list);
  }
  const place = (n: ResultNode, pos: Position) => {
    if (node.has(n.key)) return;
    node.set(n.key, pos);
    byOrder(byNode.get(n.key) ?? []).forEach((p, i) => placement.set(p, [...pos, 0, i]));
  };
  TABLES.forEach((table, t) => {
    rootNodes(doc, table).forEach((root, r) => {
      place(root, [t, r]);
      byOrder(children.get(root.key) ?? []).forEach((child, c) => place(child, [t, r, 1 + c]));
    });
  });
  doc.nodes.forEach((n, i) => place(n, [TABLES.indexOf(TABLE_OF_KIND[n.kind]), UNREACHABLE + i]));
  doc.placements.forEach((p, i) => {
    if (!placement.has(p)) placement.set(p, [TABLES.indexOf(p.tableCode), UNREACHABLE * 2 + i]);
  });
  return { node, placement };
}

/**
 * Lookups built once for code that walks a whole document (validation, table rows, diff): keyed maps
 * (first occurrence of a duplicated key wins) and the printed order. The plain functions above are
 * fine for one-off questions; these keep whole-document work linear on national-sized documents.
 */
export interface DocumentIndex {
  doc: RoadMapDocument;
  nodes: Map<string, ResultNode>;
  indicators: Map<string, Indikator>;
  scales: Map<string, Scale>;
  pds: Map<string, PerangkatDaerah>;
  order: DocumentOrder;
  /** Placements per indicator key, in Lampiran order. */
  placementsByIndicator: Map<string, Placement[]>;
  /** Placements per node key, in printed order. */
  placementsByNode: Map<string, Placement[]>;
  /** Children per parent key, in printed order. */
  children: Map<string, ResultNode[]>;
}

function firstByKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function indexDocument(doc: RoadMapDocument): DocumentIndex {
  const order = documentOrder(doc);
  const pos = (p: Placement) => order.placement.get(p) ?? [];
  const placementsByIndicator = groupBy(doc.placements, (p) => p.indicatorKey);
  for (const list of placementsByIndicator.values()) list.sort((a, b) => comparePositions(pos(a), pos(b)));
  const placementsByNode = groupBy(doc.placements, (p) => p.nodeKey);
  for (const [k, list] of placementsByNode) placementsByNode.set(k, byOrder(list));
  const children = groupBy(doc.nodes, (n) => n.parentKey);
  for (const [k, list] of children) children.set(k, byOrder(list));
  return {
    doc,
    nodes: firstByKey(doc.nodes, (n) => n.key),
    indicators: firstByKey(doc.indicators, (i) => i.key),
    scales: firstByKey(doc.scales, (s) => s.code),
    pds: firstByKey(doc.perangkatDaerah, (p) => p.key),
    order,
    placementsByIndicator,
    placementsByNode,
    children,
  };
}

/** Placements of an indicator in Lampiran order (e.g. SKM: Tabel 1 first, then Tabel 2). */
export function placementsOfIndicator(
  doc: RoadMapDocument,
  indicatorKey: string,
  ix = indexDocument(doc),
): Placement[] {
  return ix.placementsByIndicator.get(indicatorKey) ?? [];
}

/** All indicators by their first appearance in the tables; unplaced ones last, in document order. */
export function indicatorsInTableOrder(doc: RoadMapDocument, ix = indexDocument(doc)): Indikator[] {
  const rank = (i: Indikator): Position => {
    const first = ix.placementsByIndicator.get(i.key)?.[0];
    return first ? (ix.order.placement.get(first) ?? []) : [TABLES.length];
  };
  return [...doc.indicators].sort((a, b) => comparePositions(rank(a), rank(b)));
}

// ——— what a table row prints ———

/** The baseline a placement prints: its own when the table differs, else the indicator's. */
export function printedBaseline(p: Placement, ind: Indikator): Baseline {
  return p.printedBaseline ?? ind.baseline;
}

/** The targets a placement prints. */
export function printedTargets(p: Placement, ind: Indikator): Target[] {
  return p.printedTargets ?? ind.targets;
}

/** Target for one year, if any. */
export function targetFor(targets: readonly Target[], year: number): Target | undefined {
  return targets.find((t) => t.year === year);
}

export interface RowResponsibility {
  pdKey: string;
  role: ResponsibilityRole;
  /** Undefined when the key is dangling (validation reports UNKNOWN_PD). */
  pd: PerangkatDaerah | undefined;
}

export interface TableRow {
  table: TableCode;
  /** Number printed in the first column: that of the root node (sasaran "9", tema "4"). */
  number: string;
  /** tujuan, sasaran general or tema. */
  level1: ResultNode;
  /** sasaran strategis, kegiatan utama or sasaran tematik; null when the row hangs on the root. */
  level2: ResultNode | null;
  /** null for a node without indicators, printed as an empty row so it stays visible. */
  placement: Placement | null;
  indicator: Indikator | null;
  /** Name as the table prints it. */
  indicatorName: string;
  unit: string;
  scale: Scale | undefined;
  baseline: Baseline | null;
  targets: Target[];
  responsible: RowResponsibility[];
  /** Full names of the responsible PDs, lead first (dangling keys print as the key). */
  pdNames: string[];
  /** First row of its level-1 / level-2 group: where merged cells start. */
  firstOfLevel1: boolean;
  firstOfLevel2: boolean;
}

function rowFor(
  ix: DocumentIndex,
  table: TableCode,
  level1: ResultNode,
  level2: ResultNode | null,
  placement: Placement | null,
): TableRow {
  const indicator = placement ? (ix.indicators.get(placement.indicatorKey) ?? null) : null;
  const responsible: RowResponsibility[] = indicator
    ? [...indicator.responsible]
        .sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1))
        .map((r) => ({ pdKey: r.pdKey, role: r.role, pd: ix.pds.get(r.pdKey) }))
    : [];
  return {
    table,
    number: level1.number,
    level1,
    level2,
    placement,
    indicator,
    indicatorName: indicator && placement ? (placement.printedName ?? indicator.name) : '',
    unit: indicator ? (placement?.printedUnit ?? indicator.unit) : '',
    scale: indicator ? ix.scales.get(indicator.scaleCode) : undefined,
    baseline: indicator && placement ? printedBaseline(placement, indicator) : null,
    targets: indicator && placement ? printedTargets(placement, indicator) : [],
    responsible,
    pdNames: responsible.map((r) => r.pd?.name ?? r.pdKey),
    firstOfLevel1: false,
    firstOfLevel2: false,
  };
}

/**
 * The flat rows of a Lampiran table in printed order: for each root, its own indicators, then each
 * child with its indicators; nodes without indicators give one empty row. Placements whose indicator
 * is unknown are skipped (validation reports them).
 */
export function tableRows(doc: RoadMapDocument, table: TableCode, ix = indexDocument(doc)): TableRow[] {
  const rows: TableRow[] = [];
  const placementsHere = (nodeKey: string) =>
    (ix.placementsByNode.get(nodeKey) ?? []).filter((p) => p.tableCode === table && ix.indicators.has(p.indicatorKey));
  for (const root of rootNodes(doc, table)) {
    const start = rows.length;
    placementsHere(root.key).forEach((p) => rows.push(rowFor(ix, table, root, null, p)));
    for (const child of ix.children.get(root.key) ?? []) {
      if (TABLE_OF_KIND[child.kind] !== table) continue;
      const childStart = rows.length;
      const placed = placementsHere(child.key);
      if (placed.length === 0) rows.push(rowFor(ix, table, root, child, null));
      placed.forEach((p) => rows.push(rowFor(ix, table, root, child, p)));
      const firstChildRow = rows[childStart];
      if (firstChildRow) firstChildRow.firstOfLevel2 = true;
    }
    if (rows.length === start) rows.push(rowFor(ix, table, root, null, null));
    const firstRow = rows[start];
    if (firstRow) firstRow.firstOfLevel1 = true;
  }
  return rows;
}

// ——— human locations ———

const TABLE_LABEL: Record<TableCode, LocalizedText> = {
  tabel1: { id: 'Tabel 1', en: 'Table 1' },
  tabel2: { id: 'Tabel 2', en: 'Table 2' },
  tabel3: { id: 'Tabel 3', en: 'Table 3' },
};

const KIND_LABEL: Record<NodeKind, LocalizedText> = {
  tujuan: { id: 'Tujuan', en: 'Goal' },
  sasaran_strategis: { id: 'Sasaran strategis', en: 'Strategic objective' },
  sasaran_general: { id: 'Sasaran', en: 'Objective' },
  kegiatan_utama: { id: 'Kegiatan utama', en: 'Main activity' },
  tema: { id: 'Tema', en: 'Theme' },
  sasaran_tematik: { id: 'Sasaran tematik', en: 'Thematic objective' },
};

export function tableLabel(table: TableCode): LocalizedText {
  return TABLE_LABEL[table];
}

export function kindLabel(kind: NodeKind): LocalizedText {
  return KIND_LABEL[kind];
}

/** A long name cut at a word boundary, for locations: "Terciptanya tata kelola pemerintahan…". */
export function shortName(name: string, max = 40): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** "Sasaran 9", or "Kegiatan utama «Penguatan pengadaan…»" when the node has no printed number. */
export function nodeLabel(node: ResultNode): LocalizedText {
  const kind = KIND_LABEL[node.kind];
  const tail = node.number.trim() !== '' ? node.number.trim() : `«${shortName(node.name)}»`;
  return { id: `${kind.id} ${tail}`, en: `${kind.en} ${tail}` };
}

const SEP = ' › ';

function join(parts: LocalizedText[]): LocalizedText {
  return { id: parts.map((p) => p.id).join(SEP), en: parts.map((p) => p.en).join(SEP) };
}

function same(text: string): LocalizedText {
  return { id: text, en: text };
}

/** "Tabel 2 › Sasaran 9 › Kegiatan utama «…»": a node within its table. */
export function whereNode(doc: RoadMapDocument, node: ResultNode, ix?: DocumentIndex): LocalizedText {
  const path = nodePath(doc, node.key, ix?.nodes);
  return join([TABLE_LABEL[TABLE_OF_KIND[node.kind]], ...path.map(nodeLabel)]);
}

/** "Tabel 2 › Sasaran 9 › Indeks kelola pengadaan": the row of a placement, named by its numbered root. */
export function wherePlacement(doc: RoadMapDocument, p: Placement, ix?: DocumentIndex): LocalizedText {
  const ind = ix ? ix.indicators.get(p.indicatorKey) : indicatorByKey(doc, p.indicatorKey);
  const name = p.printedName ?? ind?.name ?? p.indicatorKey;
  const root = nodePath(doc, p.nodeKey, ix?.nodes)[0];
  return join([TABLE_LABEL[p.tableCode], ...(root ? [nodeLabel(root)] : []), same(name)]);
}

/** Where an indicator is seen first in the tables, or "Indikator › name" when it is not placed. */
export function whereIndicator(doc: RoadMapDocument, ind: Indikator, ix = indexDocument(doc)): LocalizedText {
  const first = placementsOfIndicator(doc, ind.key, ix)[0];
  if (first) return wherePlacement(doc, first, ix);
  return join([{ id: 'Indikator', en: 'Indicator' }, same(ind.name)]);
}
