// The tree of instansi on one server (issue #10): a kabupaten/kota is under its province, a province
// may be under a national hub, and a reviewer (pembina) reads the instansi below its own. Pure rules:
// which parent a kind may have, whether a new parent would make a loop, and the descendants of an
// instansi in reading order. The server checks every change of a parent with them.
import type { InstansiKind } from '../roadmap/types.ts';

export interface InstansiNode {
  id: string;
  name: string;
  kind: InstansiKind;
  parentId: string | null;
}

/**
 * The kinds a kind may be under. A kabupaten or kota is under its province; a province, a ministry
 * or agency may be under a national hub (recorded as a kementerian_lembaga, e.g. KemenPANRB).
 */
export const PARENT_KINDS: Record<InstansiKind, readonly InstansiKind[]> = {
  kabupaten: ['provinsi'],
  kota: ['provinsi'],
  provinsi: ['kementerian_lembaga'],
  kementerian_lembaga: ['kementerian_lembaga'],
};

export const KIND_LABELS: Record<InstansiKind, { id: string; en: string }> = {
  kabupaten: { id: 'Kabupaten', en: 'Regency' },
  kota: { id: 'Kota', en: 'City' },
  provinsi: { id: 'Provinsi', en: 'Province' },
  kementerian_lembaga: { id: 'Kementerian/Lembaga', en: 'Ministry/agency' },
};

export type ParentProblem = 'PARENT_KIND' | 'PARENT_LOOP' | 'PARENT_SELF';

/**
 * Why `parentId` cannot be the parent of `childId` (null: it can). `childId` is null for an
 * instansi not created yet; `nodes` is every instansi on the server.
 */
export function parentProblem(
  nodes: readonly InstansiNode[],
  child: { id: string | null; kind: InstansiKind },
  parentId: string,
): ParentProblem | null {
  if (child.id !== null && parentId === child.id) return 'PARENT_SELF';
  const parent = nodes.find((n) => n.id === parentId);
  if (!parent || !PARENT_KINDS[child.kind].includes(parent.kind)) return 'PARENT_KIND';
  if (child.id !== null && isDescendant(nodes, parentId, child.id)) return 'PARENT_LOOP';
  return null;
}

/** The message of a parent problem, for the field `parentId`. */
export function parentProblemMessage(problem: ParentProblem, kind: InstansiKind): string {
  if (problem === 'PARENT_SELF') return 'Instansi tidak dapat menjadi induk dirinya sendiri.';
  if (problem === 'PARENT_LOOP') return 'Induk ini berada di bawah instansi ini: susunannya akan berputar.';
  const allowed = PARENT_KINDS[kind].map((k) => KIND_LABELS[k].id.toLowerCase()).join(' atau ');
  return `Induk ${KIND_LABELS[kind].id.toLowerCase()} harus ${allowed} yang terdaftar di server ini.`;
}

/** Whether `id` is below `ancestorId` (at any depth). */
export function isDescendant(nodes: readonly InstansiNode[], id: string, ancestorId: string): boolean {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const seen = new Set<string>();
  let at = parentOf.get(id) ?? null;
  while (at !== null && !seen.has(at)) {
    if (at === ancestorId) return true;
    seen.add(at);
    at = parentOf.get(at) ?? null;
  }
  return false;
}

export interface Descendant<N extends InstansiNode> {
  node: N;
  /** 1 for a direct child, 2 for a grandchild, … */
  depth: number;
  /** The name of the instansi it is directly under. */
  parentName: string;
}

/** The instansi below `rootId`, depth first, each level by name (Indonesian collation). */
export function descendantsOf<N extends InstansiNode>(nodes: readonly N[], rootId: string): Descendant<N>[] {
  const out: Descendant<N>[] = [];
  const nameOf = new Map(nodes.map((n) => [n.id, n.name]));
  const visit = (parentId: string, depth: number, seen: Set<string>) => {
    const children = nodes
      .filter((n) => n.parentId === parentId && !seen.has(n.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'id'));
    for (const c of children) {
      out.push({ node: c, depth, parentName: nameOf.get(parentId) ?? '' });
      visit(c.id, depth + 1, new Set([...seen, c.id]));
    }
  };
  visit(rootId, 1, new Set([rootId]));
  return out;
}
