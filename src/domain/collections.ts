// Grouping helpers shared by server and web: one pass over a list into a Map, so code that needs
// "the rows of this key" for every key stays linear instead of filtering the whole list per key.

/** Items by key, each group in the items' original order; items whose key is null are left out. */
export function groupBy<T, K = string>(items: Iterable<T>, key: (t: T) => K | null): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The first item of each key (later duplicates are ignored, as `Array.find` would). */
export function firstByKey<T, K = string>(items: Iterable<T>, key: (t: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}
