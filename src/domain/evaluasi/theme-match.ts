// Which sasaran tematik of a road map belong to an LKE theme: the theme's keywords found in the
// sasaran's own name or in its tema's name. A kabupaten may put PDN and inflation under one tema
// ("Prioritas Aktual Presiden") while the LKE scores them apart, so sasaran names count too.
import type { ResultNode } from '../roadmap/types.ts';
import type { LkeTheme } from './lke-types.ts';

export function sasaranTematikOfTheme(theme: LkeTheme, nodes: readonly ResultNode[]): string[] {
  const words = (theme.keywords ?? [theme.name]).map((w) => w.toLowerCase());
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  return nodes
    .filter((n) => n.kind === 'sasaran_tematik')
    .filter((n) => {
      const tema = n.parentKey ? byKey.get(n.parentKey) : undefined;
      const names = [n.name, tema?.name ?? ''].map((x) => x.toLowerCase());
      return words.some((w) => names.some((x) => x.includes(w)));
    })
    .map((n) => n.key);
}
