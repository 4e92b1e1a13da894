// The six fokus intervensi of an RB Tematik action plan (the governance aspects the Evaluator
// Nasional expects a thematic plan to address), shared by server and browser: codes in the
// national order, Indonesian labels, and the canonical form of a plan's set of foci.
export const FOKUS_INTERVENSI = [
  'perencanaan_penganggaran',
  'proses_bisnis_sop',
  'sdm',
  'pengawasan',
  'teknologi_informasi',
  'inovasi',
] as const;

export type FokusIntervensi = (typeof FOKUS_INTERVENSI)[number];

export const FOKUS_LABELS: Record<FokusIntervensi, string> = {
  perencanaan_penganggaran: 'Perencanaan dan penganggaran',
  proses_bisnis_sop: 'Proses bisnis dan SOP',
  sdm: 'Sumber daya manusia (SDM)',
  pengawasan: 'Pengawasan',
  teknologi_informasi: 'Teknologi dan informasi',
  inovasi: 'Inovasi',
};

export function isFokus(s: string): s is FokusIntervensi {
  return (FOKUS_INTERVENSI as readonly string[]).includes(s);
}

/** A set of foci in the national order without duplicates, so equal sets compare equal. */
export function canonicalFokus(list: readonly string[]): FokusIntervensi[] {
  return FOKUS_INTERVENSI.filter((f) => list.includes(f));
}
