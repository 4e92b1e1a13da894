// The STU links a report to the pleno meeting where it was presented (or unlinks it).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { laporanApi, laporanKeys, type LaporanDetail } from './laporan-api.ts';

export function LaporanPleno({ d }: { d: LaporanDetail }) {
  const { t } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const l = d.laporan;
  const [rapatId, setRapatId] = useState(l.rapatId ?? '');
  const save = useMutation({
    mutationFn: () => laporanApi.pleno(l.id, rapatId || null, l.rowVersion),
    onSuccess: (out) => qc.setQueryData(laporanKeys.one(l.id), out),
  });
  return (
    <form
      className="card lk-pleno"
      aria-labelledby="lk-pleno-h"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="lk-pleno-h">{t('lk.pleno')}</h2>
      {d.plenoOptions.length === 0 ? (
        <p className="muted">{t('lk.noPleno', { year: d.periode.year })}</p>
      ) : (
        <div className="inline-form">
          <label htmlFor="lk-pleno">{t('lk.plenoLabel')}</label>
          <select id="lk-pleno" value={rapatId} onChange={(e) => setRapatId(e.target.value)}>
            <option value="">{t('lk.plenoNone')}</option>
            {d.plenoOptions.map((m) => (
              <option key={m.id} value={m.id}>
                {m.judul} ({fmt.date(m.tanggal)})
              </option>
            ))}
          </select>
          <button type="submit" disabled={save.isPending || rapatId === (l.rapatId ?? '')}>
            {t('lk.plenoSave')}
          </button>
        </div>
      )}
      {save.isError && <ErrorBox error={save.error} />}
    </form>
  );
}
