// The import's working state: the base document (from Metadata, or placeholders) being overlaid by
// the visible table rows, with key allocation and lookups shared by the row and indicator passes.
import { findScale } from '../../../domain/catalogue/scales.ts';
import type {
  PdKind,
  PerangkatDaerah,
  Placement,
  ResultNode,
  Scale,
  TableCode,
} from '../../../domain/roadmap/types.ts';
import { closestName } from '../../../domain/text/closest-name.ts';
import { normaliseName, problem, slugify, uniqueKey } from './roadmap-xlsx.cells.ts';
import type { XlsxProblem } from './roadmap-xlsx.layout.ts';
import type { BaseDocument } from './roadmap-xlsx.meta-doc.ts';
import type { TableRow, TableSheet } from './roadmap-xlsx.read-table.ts';

/** One table row that shows an indicator, tied to the placement it stands for. */
export interface Observation {
  table: TableSheet;
  row: TableRow;
  placement: Placement;
  /** The placement as the metadata had it: its printed overrides decide which cells are canonical. */
  fromMeta: Placement | null;
  indicatorKey: string;
}

/** A node name or number as read from a cell, applied once all rows are read. */
export interface NodeSighting {
  name: string;
  number: string | null;
  sheet: string;
  row: number;
}

/** Whitespace-insensitive equality: a cell equal to the metadata text keeps the metadata text exactly. */
export const sameSpacing = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
export const keepIfSame = (original: string | undefined, cell: string): string =>
  original !== undefined && sameSpacing(original, cell) ? original : cell;

const PD_KIND: [RegExp, PdKind][] = [
  [/^sekretariat\b/i, 'sekretariat'],
  [/^bagian\b/i, 'bagian'],
  [/^dinas\b/i, 'dinas'],
  [/^badan\b/i, 'badan'],
  [/^inspektorat\b/i, 'inspektorat'],
  [/^kecamatan\b/i, 'kecamatan'],
];

export class Workspace {
  readonly problems: XlsxProblem[] = [];
  readonly nodes: ResultNode[];
  readonly nodeByKey = new Map<string, ResultNode>();
  readonly nodeSightings = new Map<string, NodeSighting>();
  readonly indicatorKeys = new Set<string>();
  readonly indicatorByName = new Map<string, string>();
  /** Keys of indicators first seen in the tables, in the order met. */
  readonly newIndicators: string[] = [];
  readonly newPlacements: Placement[] = [];
  readonly claimed = new Set<Placement>();
  readonly observations: Observation[] = [];
  readonly pds: PerangkatDaerah[];
  readonly scales: Scale[];
  private readonly nodeKeys = new Set<string>();
  private readonly pdKeys = new Set<string>();
  private readonly reportedPd = new Set<string>();
  /** PD names met that no PD has and the request did not list as new, in the order met. */
  readonly unknownPds: string[] = [];

  /** `newPd`: names (normalised) the user chose to create as new PDs. */
  constructor(
    readonly base: BaseDocument,
    private readonly newPd: ReadonlySet<string> = new Set(),
  ) {
    const doc = base.doc;
    this.nodes = doc.nodes.map((n) => ({ ...n }));
    for (const n of this.nodes) {
      this.nodeByKey.set(n.key, n);
      this.nodeKeys.add(n.key);
    }
    for (const i of doc.indicators) {
      this.indicatorKeys.add(i.key);
      if (!this.indicatorByName.has(normaliseName(i.name))) this.indicatorByName.set(normaliseName(i.name), i.key);
    }
    this.pds = doc.perangkatDaerah.map((p) => ({ ...p }));
    for (const p of this.pds) this.pdKeys.add(p.key);
    this.scales = [...doc.scales];
  }

  report(p: XlsxProblem): void {
    this.problems.push(p);
  }

  warn(sheet: string, row: number | null, column: string | null, code: string, id: string, en: string): void {
    this.problems.push(problem(sheet, row, column, code, 'warning', id, en));
  }

  error(sheet: string, row: number | null, column: string | null, code: string, id: string, en: string): void {
    this.problems.push(problem(sheet, row, column, code, 'error', id, en));
  }

  createNode(fields: Omit<ResultNode, 'key' | 'order'>): ResultNode {
    const siblings = this.nodes.filter((n) => n.kind === fields.kind && n.parentKey === fields.parentKey);
    const order = siblings.reduce((m, n) => Math.max(m, n.order), 0) + 1;
    const node: ResultNode = { key: uniqueKey(slugify(fields.name), this.nodeKeys), order, ...fields };
    this.nodes.push(node);
    this.nodeByKey.set(node.key, node);
    return node;
  }

  /** Key of the indicator with this name, creating one (by slug) when none exists yet. */
  indicatorKeyFor(name: string): string {
    const known = this.indicatorByName.get(normaliseName(name));
    if (known) return known;
    const key = uniqueKey(slugify(name), this.indicatorKeys);
    this.indicatorByName.set(normaliseName(name), key);
    this.newIndicators.push(key);
    return key;
  }

  nextPlacementOrder(table: TableCode, nodeKey: string): number {
    const all = [...this.base.doc.placements, ...this.newPlacements].filter(
      (p) => p.tableCode === table && p.nodeKey === nodeKey,
    );
    return all.reduce((m, p) => Math.max(m, p.order), 0) + 1;
  }

  scale(code: string): Scale | undefined {
    return this.scales.find((s) => s.code === code) ?? findScale(code);
  }

  useScale(scale: Scale): void {
    if (!this.scales.some((s) => s.code === scale.code)) this.scales.push(scale);
  }

  pdNames(): string[] {
    return this.pds.flatMap((p) => [p.name, p.shortName]);
  }

  /**
   * The PD printed under this name. A name no PD has is an error (UNKNOWN_PD, with the closest known
   * name as a suggestion: a typo must not create a PD silently), unless the request listed it as a new
   * PD: then it is created, with a warning (NEW_PD). Reported once per name.
   */
  resolvePd(name: string, sheet: string, row: number, column: string): PerangkatDaerah {
    const n = normaliseName(name);
    const found =
      this.pds.find((p) => normaliseName(p.name) === n) ?? this.pds.find((p) => normaliseName(p.shortName) === n);
    if (found) return found;
    const known = this.pdNames();
    const kind = PD_KIND.find(([re]) => re.test(name))?.[1] ?? 'lainnya';
    const pd: PerangkatDaerah = { key: uniqueKey(slugify(name), this.pdKeys), name, shortName: name, kind };
    this.pds.push(pd);
    if (this.reportedPd.has(n)) return pd;
    this.reportedPd.add(n);
    if (this.newPd.has(n)) {
      this.warn(
        sheet,
        row,
        column,
        'NEW_PD',
        `Perangkat daerah baru "${name}" akan dibuat (jenis: ${kind}).`,
        `New perangkat daerah "${name}" will be created (kind: ${kind}).`,
      );
      return pd;
    }
    this.unknownPds.push(name);
    const guess = closestName(name, known);
    this.error(
      sheet,
      row,
      column,
      'UNKNOWN_PD',
      `Perangkat daerah "${name}" tidak dikenal.${guess ? ` Maksud Anda "${guess}"?` : ''} Perbaiki ejaannya, atau centang "Buat perangkat daerah baru" untuk nama ini.`,
      `Unknown perangkat daerah "${name}".${guess ? ` Did you mean "${guess}"?` : ''} Fix the spelling, or tick "Create new perangkat daerah" for this name.`,
    );
    return pd;
  }
}
