// What a pokja's report covers: the indicators and rencana aksi under the sasaran, kegiatan utama
// and tema the pokja answers for (the nodes themselves and everything beneath them).

export interface NodeLike {
  key: string;
  parentKey: string | null;
}

/** The given nodes and all their descendants. */
export function nodesUnder(nodes: readonly NodeLike[], roots: readonly string[]): Set<string> {
  const out = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes)
      if (n.parentKey && out.has(n.parentKey) && !out.has(n.key)) {
        out.add(n.key);
        grew = true;
      }
  }
  return out;
}

/** Indicators placed (in any table) under those nodes, in placement order, each once. */
export function indicatorsUnder(
  nodes: readonly NodeLike[],
  placements: readonly { nodeKey: string; indicatorKey: string }[],
  roots: readonly string[],
): string[] {
  const under = nodesUnder(nodes, roots);
  return [...new Set(placements.filter((p) => under.has(p.nodeKey)).map((p) => p.indicatorKey))];
}
