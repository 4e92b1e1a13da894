// What changed between two versions of a road map (e.g. Perbup 20/2023 → Perbup 17/2024), entity by
// entity, matched on stable keys, with field-level before/after values for a side-by-side view. Lists
// follow the Lampiran order of the newer version, with removed entries shown where they used to be.
// Pure reordering is not reported (a renumbered sasaran shows through its printed number).

import { comparePositions, indexDocument, indicatorsInTableOrder, placementKey, type DocumentIndex } from './locate.ts';
import type {
  Baseline,
  Indikator,
  NarrativeSection,
  NodeKind,
  PerangkatDaerah,
  Placement,
  ResponsibilityRole,
  ResultNode,
  RoadMapDocument,
  RoadMapHeader,
  Target,
} from './types.ts';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** A plain field; null when absent on that side. */
export interface ScalarChange<F extends string> {
  field: F;
  before: string | number | null;
  after: string | number | null;
}

export type IndicatorFieldChange =
  | ScalarChange<'name' | 'unit' | 'scaleCode' | 'polarity' | 'sourceAgency' | 'nationalIndicatorCode' | 'note'>
  | { field: 'baseline'; before: Baseline; after: Baseline }
  | { field: 'target'; year: number; before: Target | null; after: Target | null }
  | { field: 'responsible'; pdKey: string; before: ResponsibilityRole | null; after: ResponsibilityRole | null };

export type NodeFieldChange = ScalarChange<
  'kind' | 'parentKey' | 'number' | 'name' | 'element' | 'formerName' | 'nationalKegiatanCode' | 'digitalPolicyCode'
>;

export type PlacementFieldChange =
  | ScalarChange<'printedName' | 'printedUnit'>
  | { field: 'printedBaseline'; before: Baseline | null; after: Baseline | null }
  | { field: 'printedTargets'; before: Target[] | null; after: Target[] | null };

export type PerangkatDaerahFieldChange = ScalarChange<
  'name' | 'shortName' | 'kind' | 'validFrom' | 'validTo' | 'predecessorKey'
>;

export type NarrativeFieldChange = ScalarChange<'title' | 'body'>;

export type HeaderFieldChange = ScalarChange<keyof RoadMapHeader>;

/** One entity across the two versions. `fields` is filled for 'changed' only. */
export interface EntityChange<T, F> {
  key: string;
  change: ChangeKind;
  before: T | null;
  after: T | null;
  fields: F[];
}

export type NodeChange = EntityChange<ResultNode, NodeFieldChange> & { kind: NodeKind };
export type IndicatorChange = EntityChange<Indikator, IndicatorFieldChange>;
export type PlacementChange = EntityChange<Placement, PlacementFieldChange>;
export type PerangkatDaerahChange = EntityChange<PerangkatDaerah, PerangkatDaerahFieldChange>;
export type NarrativeChange = EntityChange<NarrativeSection, NarrativeFieldChange>;

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
}

export interface DiffSummary {
  /** Added + removed + changed entities, plus 1 when the header changed. */
  totalChanges: number;
  identical: boolean;
  headerChanged: boolean;
  nodes: ChangeCounts;
  /** Node counts per kind (sasaran, kegiatan, tema…), every kind present. */
  nodesByKind: Record<NodeKind, ChangeCounts>;
  indicators: ChangeCounts;
  placements: ChangeCounts;
  perangkatDaerah: ChangeCounts;
  narrative: ChangeCounts;
}

export interface RoadMapDiff {
  header: HeaderFieldChange[];
  nodes: NodeChange[];
  indicators: IndicatorChange[];
  placements: PlacementChange[];
  perangkatDaerah: PerangkatDaerahChange[];
  narrative: NarrativeChange[];
  summary: DiffSummary;
}

// ——— comparison helpers ———

/** Structural equality of plain data; a key holding undefined equals a missing key. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!sameData(ra[k], rb[k])) return false;
  return true;
}

function scalarChanges<T extends object, F extends keyof T & string>(
  before: T,
  after: T,
  fields: readonly F[],
): ScalarChange<F>[] {
  const out: ScalarChange<F>[] = [];
  for (const field of fields) {
    const b = (before[field] ?? null) as string | number | null;
    const a = (after[field] ?? null) as string | number | null;
    if (b !== a) out.push({ field, before: b, after: a });
  }
  return out;
}

/** Keys in the newer order, each removed key placed right after its nearest surviving predecessor. */
export function mergeOrder(beforeKeys: readonly string[], afterKeys: readonly string[]): string[] {
  const inAfter = new Set(afterKeys);
  const trailing = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const k of beforeKeys) {
    if (inAfter.has(k)) anchor = k;
    else {
      const list = trailing.get(anchor);
      if (list) list.push(k);
      else trailing.set(anchor, [k]);
    }
  }
  const out = [...(trailing.get(null) ?? [])];
  for (const k of afterKeys) out.push(k, ...(trailing.get(k) ?? []));
  return [...new Set(out)];
}

function diffEntities<T, F>(
  before: readonly T[],
  after: readonly T[],
  key: (t: T) => string,
  fields: (b: T, a: T) => F[],
): EntityChange<T, F>[] {
  const mapB = new Map<string, T>();
  const mapA = new Map<string, T>();
  for (const t of before) if (!mapB.has(key(t))) mapB.set(key(t), t);
  for (const t of after) if (!mapA.has(key(t))) mapA.set(key(t), t);
  const out: EntityChange<T, F>[] = [];
  for (const k of mergeOrder([...mapB.keys()], [...mapA.keys()])) {
    const b = mapB.get(k);
    const a = mapA.get(k);
    if (b !== undefined && a !== undefined) {
      const f = fields(b, a);
      if (f.length > 0) out.push({ key: k, change: 'changed', before: b, after: a, fields: f });
    } else if (a !== undefined) {
      out.push({ key: k, change: 'added', before: null, after: a, fields: [] });
    } else if (b !== undefined) {
      out.push({ key: k, change: 'removed', before: b, after: null, fields: [] });
    }
  }
  return out;
}

// ——— per entity ———

const NODE_FIELDS = [
  'kind',
  'parentKey',
  'number',
  'name',
  'element',
  'formerName',
  'nationalKegiatanCode',
  'digitalPolicyCode',
] as const;

const INDICATOR_FIELDS = [
  'name',
  'unit',
  'scaleCode',
  'polarity',
  'sourceAgency',
  'nationalIndicatorCode',
  'note',
] as const;

function indicatorFields(b: Indikator, a: Indikator): IndicatorFieldChange[] {
  const out: IndicatorFieldChange[] = scalarChanges(b, a, INDICATOR_FIELDS);
  if (!sameData(b.baseline, a.baseline)) out.push({ field: 'baseline', before: b.baseline, after: a.baseline });
  const years = [...new Set([...b.targets, ...a.targets].map((t) => t.year))].sort((x, y) => x - y);
  for (const year of years) {
    const tb = b.targets.find((t) => t.year === year) ?? null;
    const ta = a.targets.find((t) => t.year === year) ?? null;
    if (!sameData(tb, ta)) out.push({ field: 'target', year, before: tb, after: ta });
  }
  const roleB = new Map(b.responsible.map((r) => [r.pdKey, r.role]));
  const roleA = new Map(a.responsible.map((r) => [r.pdKey, r.role]));
  for (const pdKey of mergeOrder([...roleB.keys()], [...roleA.keys()])) {
    const rb = roleB.get(pdKey) ?? null;
    const ra = roleA.get(pdKey) ?? null;
    if (rb !== ra) out.push({ field: 'responsible', pdKey, before: rb, after: ra });
  }
  return out;
}

function placementFields(b: Placement, a: Placement): PlacementFieldChange[] {
  const out: PlacementFieldChange[] = scalarChanges(b, a, ['printedName', 'printedUnit'] as const);
  if (!sameData(b.printedBaseline, a.printedBaseline)) {
    out.push({ field: 'printedBaseline', before: b.printedBaseline ?? null, after: a.printedBaseline ?? null });
  }
  if (!sameData(b.printedTargets, a.printedTargets)) {
    out.push({ field: 'printedTargets', before: b.printedTargets ?? null, after: a.printedTargets ?? null });
  }
  return out;
}

function nodesInOrder(ix: DocumentIndex): ResultNode[] {
  const pos = (n: ResultNode) => ix.order.node.get(n.key) ?? [];
  return [...ix.doc.nodes].sort((x, y) => comparePositions(pos(x), pos(y)));
}

function placementsInOrder(ix: DocumentIndex): Placement[] {
  const pos = (p: Placement) => ix.order.placement.get(p) ?? [];
  return [...ix.doc.placements].sort((x, y) => comparePositions(pos(x), pos(y)));
}

const byOrder = <T extends { order: number }>(items: readonly T[]) => [...items].sort((x, y) => x.order - y.order);

function count<T, F>(changes: readonly EntityChange<T, F>[]): ChangeCounts {
  const c: ChangeCounts = { added: 0, removed: 0, changed: 0 };
  for (const ch of changes) c[ch.change]++;
  return c;
}

const NODE_KINDS: readonly NodeKind[] = [
  'tujuan',
  'sasaran_strategis',
  'sasaran_general',
  'kegiatan_utama',
  'tema',
  'sasaran_tematik',
];

/** Differences from `a` (older) to `b` (newer). */
export function diffRoadMaps(a: RoadMapDocument, b: RoadMapDocument): RoadMapDiff {
  const ia = indexDocument(a);
  const ib = indexDocument(b);

  const header = scalarChanges(a.roadMap, b.roadMap, [
    'title',
    'periodStart',
    'periodEnd',
    'regulasiKey',
    'status',
    'versionLabel',
  ] as const);

  const nodes: NodeChange[] = diffEntities(
    nodesInOrder(ia),
    nodesInOrder(ib),
    (n) => n.key,
    (x, y) => scalarChanges(x, y, NODE_FIELDS),
  ).map((c) => ({ ...c, kind: (c.after ?? c.before)?.kind ?? 'tujuan' }));

  const indicators = diffEntities(
    indicatorsInTableOrder(a, ia),
    indicatorsInTableOrder(b, ib),
    (i) => i.key,
    indicatorFields,
  );
  const placements = diffEntities(placementsInOrder(ia), placementsInOrder(ib), placementKey, placementFields);
  const perangkatDaerah = diffEntities(
    a.perangkatDaerah,
    b.perangkatDaerah,
    (p) => p.key,
    (x, y) => scalarChanges(x, y, ['name', 'shortName', 'kind', 'validFrom', 'validTo', 'predecessorKey'] as const),
  );
  const narrative = diffEntities(
    byOrder(a.narrative),
    byOrder(b.narrative),
    (n) => n.key,
    (x, y) => scalarChanges(x, y, ['title', 'body'] as const),
  );

  const nodesByKind = Object.fromEntries(
    NODE_KINDS.map((k) => [k, count(nodes.filter((n) => n.kind === k))]),
  ) as Record<NodeKind, ChangeCounts>;
  const parts = {
    nodes: count(nodes),
    indicators: count(indicators),
    placements: count(placements),
    perangkatDaerah: count(perangkatDaerah),
    narrative: count(narrative),
  };
  const totalChanges =
    Object.values(parts).reduce((s, c) => s + c.added + c.removed + c.changed, 0) + (header.length > 0 ? 1 : 0);

  return {
    header,
    nodes,
    indicators,
    placements,
    perangkatDaerah,
    narrative,
    summary: {
      totalChanges,
      identical: totalChanges === 0,
      headerChanged: header.length > 0,
      ...parts,
      nodesByKind,
    },
  };
}
