// The report's narrative: read-only once submitted; while a draft, edited by its owner, with the
// system's draft (built only from the computed figures) one click away.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { laporanApi, laporanKeys, type LaporanDetail } from './laporan-api.ts';

export function LaporanNarasi({ d }: { d: LaporanDetail }) {
  const { t } = useT();
  const qc = useQueryClient();
  const l = d.laporan;
  const [text, setText] = useState(l.narasi);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => laporanApi.update(l.id, text, l.rowVersion),
    onSuccess: (out) => {
      setSaved(true);
      qc.setQueryData(laporanKeys.one(l.id), out);
    },
  });
  if (!d.mayManage)
    return (
      <section className="card" aria-labelledby="lk-narasi-h">
        <h2 id="lk-narasi-h">{t('lk.narasi')}</h2>
        <p className="pre">{l.narasi || '–'}</p>
      </section>
    );
  const fieldErr = save.error instanceof ApiError ? (save.error.fields[0]?.message ?? null) : null;
  return (
    <form
      className="card"
      aria-labelledby="lk-narasi-h"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.mutate();
      }}
    >
      <h2 id="lk-narasi-h">{t('lk.narasi')}</h2>
      <Field id="lk-narasi" label={t('lk.narasiLabel')} error={fieldErr} hint={t('lk.narasiHint')}>
        {(c) => <textarea {...c} rows={8} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      {save.isError && !fieldErr && <ErrorBox error={save.error} />}
      {saved && (
        <p className="notice notice-success" role="status">
          {t('lk.saved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('lk.saveNarasi')}
        </button>
        <button type="button" className="link" onClick={() => setText(d.draftNarasi)}>
          {t('lk.useDraft')}
        </button>
      </div>
    </form>
  );
}
