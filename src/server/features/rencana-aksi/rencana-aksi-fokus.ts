// The six fokus intervensi of an RB Tematik action plan: codes, Indonesian labels, and how the foci a
// plan addresses (one or several) are kept in its one text column and read back from an Excel cell.
import { FOKUS_INTERVENSI, type FokusIntervensi } from './rencana-aksi.service.ts';

export const FOKUS_LABELS: Record<FokusIntervensi, string> = {
  perencanaan_penganggaran: 'Perencanaan dan penganggaran',
  proses_bisnis_sop: 'Proses bisnis dan SOP',
  sdm: 'Sumber daya manusia (SDM)',
  pengawasan: 'Pengawasan',
  teknologi_informasi: 'Teknologi dan informasi',
  inovasi: 'Inovasi',
};

const isFokus = (s: string): s is FokusIntervensi => (FOKUS_INTERVENSI as readonly string[]).includes(s);

/**
 * Several foci are stored comma-joined in the regulation's order ("sdm,inovasi"), so the same set
 * always gives the same text (and an unchanged plan compares equal). None is null.
 */
export function encodeFokus(value: FokusIntervensi | readonly FokusIntervensi[] | null): string | null {
  if (value === null) return null;
  const list = typeof value === 'string' ? [value] : value;
  const out = FOKUS_INTERVENSI.filter((f) => list.includes(f));
  return out.length ? out.join(',') : null;
}

export function decodeFokus(text: string | null): FokusIntervensi[] {
  if (!text) return [];
  return text.split(',').filter(isFokus);
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** What users type for each focus: the label, the code, and the short words the issue uses. */
const SPELLINGS = new Map<string, FokusIntervensi>();
for (const f of FOKUS_INTERVENSI) {
  SPELLINGS.set(norm(FOKUS_LABELS[f]), f);
  SPELLINGS.set(norm(f.replace(/_/g, ' ')), f);
}
for (const [text, f] of [
  ['sdm', 'sdm'],
  ['sumber daya manusia', 'sdm'],
  ['perencanaan penganggaran', 'perencanaan_penganggaran'],
  ['perencanaan', 'perencanaan_penganggaran'],
  ['proses bisnis', 'proses_bisnis_sop'],
  ['proses bisnis sop', 'proses_bisnis_sop'],
  ['sop', 'proses_bisnis_sop'],
  ['teknologi informasi', 'teknologi_informasi'],
  ['ti', 'teknologi_informasi'],
  ['tik', 'teknologi_informasi'],
] as const) {
  SPELLINGS.set(norm(text), f);
}

/** Reads "SDM; Inovasi" (semicolons or line breaks between foci); unknown words come back separately. */
export function readFokusCell(text: string): { foci: FokusIntervensi[]; unknown: string[] } {
  const foci: FokusIntervensi[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[;\n\r]+/)) {
    const p = part.trim();
    if (!p) continue;
    const f = SPELLINGS.get(norm(p));
    if (f) foci.push(f);
    else unknown.push(p);
  }
  return { foci, unknown };
}

/** The cell text of a plan's foci: labels separated by "; ". */
export function fokusCellText(text: string | null): string {
  return decodeFokus(text)
    .map((f) => FOKUS_LABELS[f])
    .join('; ');
}
