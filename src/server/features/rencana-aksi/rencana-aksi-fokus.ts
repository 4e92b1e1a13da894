// Fokus intervensi in an Excel cell: what users type for each focus (labels, codes, short words),
// read back into codes, and the cell text written on export.
import { FOKUS_INTERVENSI, FOKUS_LABELS, type FokusIntervensi } from '../../../domain/rencana-aksi/fokus.ts';

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
export function fokusCellText(foci: readonly FokusIntervensi[]): string {
  return foci.map((f) => FOKUS_LABELS[f]).join('; ');
}
