// How kegiatan utama / sasaran tematik and perangkat daerah are written in the action-plan sheet, and
// read back: by name as users know them, with the key added only where two share a name.
import type { ResultNode, RoadMapDocument } from '../../../domain/roadmap/types.ts';

/** A perangkat daerah as the instansi's PD table holds it (the version document's PDs fit too). */
export interface PdName {
  key: string;
  name: string;
  shortName: string;
}

export type PlanNodeKind = 'kegiatan_utama' | 'sasaran_tematik';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The nodes a plan may hang under, RB General first, in the road map's order. */
export function planNodes(doc: RoadMapDocument): ResultNode[] {
  return doc.nodes.filter((n) => n.kind === 'kegiatan_utama' || n.kind === 'sasaran_tematik');
}

export const jenisOf = (kind: string): string => (kind === 'sasaran_tematik' ? 'RB Tematik' : 'RB General');

function labelsBy<T>(items: T[], name: (x: T) => string, key: (x: T) => string): Map<string, string> {
  const count = new Map<string, number>();
  for (const x of items) count.set(norm(name(x)), (count.get(norm(name(x))) ?? 0) + 1);
  return new Map(items.map((x) => [key(x), count.get(norm(name(x)))! > 1 ? `${name(x)} [${key(x)}]` : name(x)]));
}

/** Cell text per node key: the name, or "name [key]" when another node has the same name. */
export const nodeLabels = (doc: RoadMapDocument): Map<string, string> =>
  labelsBy(
    planNodes(doc),
    (n) => n.name,
    (n) => n.key,
  );

/** Cell text per PD key: the short name the PD is known by, else the full name, else the key. */
export function pdLabels(pds: PdName[]): Map<string, string> {
  const short = new Map<string, number>();
  for (const p of pds) short.set(norm(p.shortName), (short.get(norm(p.shortName)) ?? 0) + 1);
  const full = labelsBy(
    pds,
    (p) => p.name,
    (p) => p.key,
  );
  return new Map(pds.map((p) => [p.key, short.get(norm(p.shortName)) === 1 ? p.shortName : full.get(p.key)!]));
}

export type Lookup = { ok: true; key: string } | { ok: false; reason: 'unknown' | 'ambiguous' };

function lookup<T>(items: T[], text: string, key: (x: T) => string, names: ((x: T) => string)[]): Lookup {
  const bracket = /\[([^\]]+)\]\s*$/.exec(text);
  const wanted = bracket ? bracket[1]!.trim() : text.trim();
  const byKey = items.find((x) => key(x) === wanted);
  if (byKey) return { ok: true, key: key(byKey) };
  for (const name of names) {
    const hits = items.filter((x) => norm(name(x)) === norm(wanted));
    if (hits.length === 1) return { ok: true, key: key(hits[0]!) };
    if (hits.length > 1) return { ok: false, reason: 'ambiguous' };
  }
  return { ok: false, reason: 'unknown' };
}

export const findNode = (doc: RoadMapDocument, text: string): Lookup =>
  lookup(planNodes(doc), text, (n) => n.key, [(n) => n.name]);

export const findPd = (pds: PdName[], text: string): Lookup =>
  lookup(pds, text, (p) => p.key, [(p) => p.name, (p) => p.shortName]);
