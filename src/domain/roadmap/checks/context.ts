// What every check needs: indexes over the document (first occurrence of a key wins, duplicates are
// reported separately), printed-order positions so findings come out in Lampiran order, and a
// collector that stamps each finding with its code's severity.

import { formatBaseline, formatTarget } from '../../format/value.ts';
import { FINDING_CODES, type FindingCode } from '../finding-codes.ts';
import { classifyUnit } from '../units.ts';
import {
  comparePositions,
  indexDocument,
  whereIndicator,
  wherePlacement,
  whereNode,
  type DocumentIndex,
  type Position,
} from '../locate.ts';
import type {
  Baseline,
  Finding,
  Indikator,
  LocalizedText,
  PerangkatDaerah,
  Placement,
  ResultNode,
  RoadMapDocument,
  Scale,
  Target,
} from '../types.ts';

export type FindingBody = Omit<Finding, 'code' | 'severity'>;

interface Collected {
  finding: Finding;
  position: Position;
  seq: number;
}

/** Position of road-map-wide findings (first), of PD findings, of indicators placed nowhere (last). */
export const ROAD_MAP_POSITION: Position = [-2];
export const pdPosition = (i: number): Position => [-1, i];
const UNPLACED = 3;

export class CheckContext {
  readonly ix: DocumentIndex;
  readonly nodes: Map<string, ResultNode>;
  readonly indicators: Map<string, Indikator>;
  readonly scales: Map<string, Scale>;
  readonly pds: Map<string, PerangkatDaerah>;
  private readonly indicatorIndex = new Map<string, number>();
  private readonly whereCache = new Map<Indikator, LocalizedText>();
  private names: Map<string, Indikator[]> | undefined;
  private readonly out: Collected[] = [];

  constructor(readonly doc: RoadMapDocument) {
    this.ix = indexDocument(doc);
    this.nodes = this.ix.nodes;
    this.indicators = this.ix.indicators;
    this.scales = this.ix.scales;
    this.pds = this.ix.pds;
    doc.indicators.forEach((ind, i) => {
      if (!this.indicatorIndex.has(ind.key)) this.indicatorIndex.set(ind.key, i);
    });
  }

  add(code: FindingCode, position: Position, body: FindingBody): void {
    this.out.push({ finding: { code, severity: FINDING_CODES[code], ...body }, position, seq: this.out.length });
  }

  /** Findings in Lampiran order; ties keep the order in which the checks produced them. */
  findings(): Finding[] {
    return [...this.out]
      .sort((a, b) => comparePositions(a.position, b.position) || a.seq - b.seq)
      .map((c) => c.finding);
  }

  placementsOf(indicatorKey: string): Placement[] {
    return this.ix.placementsByIndicator.get(indicatorKey) ?? [];
  }

  nodePosition(node: ResultNode): Position {
    return this.ix.order.node.get(node.key) ?? [];
  }

  placementPosition(p: Placement): Position {
    return this.ix.order.placement.get(p) ?? [];
  }

  /** Where an indicator's findings sort: at its first row in the tables, then by document order. */
  indicatorPosition(ind: Indikator, placement?: Placement): Position {
    const idx = this.indicatorIndex.get(ind.key) ?? 0;
    const p = placement ?? this.placementsOf(ind.key)[0];
    return p ? [...this.placementPosition(p), idx] : [UNPLACED, idx];
  }

  whereIndicator(ind: Indikator): LocalizedText {
    let where = this.whereCache.get(ind);
    if (!where) {
      where = whereIndicator(this.doc, ind, this.ix);
      this.whereCache.set(ind, where);
    }
    return where;
  }

  wherePlacement(p: Placement): LocalizedText {
    return wherePlacement(this.doc, p, this.ix);
  }

  whereNode(node: ResultNode): LocalizedText {
    return whereNode(this.doc, node, this.ix);
  }

  /** Indicators (first of each key) sharing a normalised name, in document order. */
  indicatorsNamed(name: string): Indikator[] {
    if (!this.names) {
      this.names = new Map();
      for (const ind of this.indicators.values()) {
        const k = normaliseName(ind.name);
        const list = this.names.get(k);
        if (list) list.push(ind);
        else this.names.set(k, [ind]);
      }
    }
    return this.names.get(normaliseName(name)) ?? [];
  }
}

// ——— bilingual value text for messages ———

/** Only units that change how a number reads ("%", "Rp") are shown in messages; "76,49 Angka" is noise. */
function messageUnit(unit: string): string | undefined {
  const cls = classifyUnit(unit);
  return cls === 'percent' || cls === 'currency' ? unit : undefined;
}

export function bothBaseline(b: Baseline, scale: Scale | undefined, unit: string): LocalizedText {
  const year = `(${b.year})`;
  const u = messageUnit(unit);
  return {
    id: `${formatBaseline(b, scale, 'id', u)} ${year}`,
    en: `${formatBaseline(b, scale, 'en', u)} ${year}`,
  };
}

export function bothTarget(t: Target, scale: Scale | undefined, unit: string): LocalizedText {
  const u = messageUnit(unit);
  return { id: formatTarget(t, scale, 'id', u), en: formatTarget(t, scale, 'en', u) };
}

/** Names compared for duplicates: case, accents, punctuation and spacing do not make a different name. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const ROAD_MAP_WHERE: LocalizedText = { id: 'Road map › Kepala dokumen', en: 'Road map › Header' };
