// Instants shown in Kupang's time (WITA, UTC+8) whatever the reader's browser zone, because audit
// times and sign-in times are compared with office records kept in WITA.
import { useCallback } from 'react';
import { formatDateTime } from '../../../domain/format/date.ts';
import { useT } from '../../i18n/i18n.tsx';

export const WITA = 'Asia/Makassar';

/** "8 Mei 2024 pukul 14.30" in WITA, in the reader's language. */
export function useWitaDateTime(): (iso: string) => string {
  const { locale } = useT();
  return useCallback((iso: string) => formatDateTime(iso, locale, { timeZone: WITA }), [locale]);
}
