// Message keys of the fokus intervensi and of the target periods, for the form and the list.
import type { FokusIntervensi } from '../../../domain/rencana-aksi/fokus.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';

export const FOKUS_LABEL: Record<FokusIntervensi, MessageKey> = {
  perencanaan_penganggaran: 'ra.fokus.perencanaan_penganggaran',
  proses_bisnis_sop: 'ra.fokus.proses_bisnis_sop',
  sdm: 'ra.fokus.sdm',
  pengawasan: 'ra.fokus.pengawasan',
  teknologi_informasi: 'ra.fokus.teknologi_informasi',
  inovasi: 'ra.fokus.inovasi',
};

export const PERIOD_LABEL: Record<string, MessageKey> = {
  S1: 'ra.period.S1',
  S2: 'ra.period.S2',
  TW1: 'ra.period.TW1',
  TW2: 'ra.period.TW2',
  TW3: 'ra.period.TW3',
  TW4: 'ra.period.TW4',
};
