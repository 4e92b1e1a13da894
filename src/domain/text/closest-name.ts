// "Did you mean …?": the known name closest to a typed one, by edit distance on the lower-cased,
// space-normalised text. Used where a name must match an existing record (a PD in an import).

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Levenshtein distance (insert, delete, substitute cost 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The closest candidate, or null when none is near enough to be a plausible typo (distance at most a
 * third of the longer name, so "Dinas Kesehtan" suggests "Dinas Kesehatan" but "BP4D" suggests nothing
 * from a list of dinas).
 */
export function closestName(typed: string, candidates: readonly string[]): string | null {
  const t = norm(typed);
  let best: { name: string; d: number } | null = null;
  for (const c of candidates) {
    const d = editDistance(t, norm(c));
    if (!best || d < best.d) best = { name: c, d };
  }
  return best && best.d <= Math.ceil(Math.max(t.length, best.name.length) / 3) ? best.name : null;
}
