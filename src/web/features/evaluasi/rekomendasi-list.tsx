// The year's recommendations: the evaluator issues new ones; PD staff see those addressed to their
// PD (the server narrows the list); a filter shows only the overdue ones.
import { useCan } from '../auth/auth.tsx';
import { useState } from 'react';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { usePdOptions } from '../users/users-api.ts';
import { useCanFollowUp, useRekomendasi } from './evaluasi-api.ts';
import { RekomendasiCard } from './rekomendasi-card.tsx';
import { RekomendasiForm } from './rekomendasi-form.tsx';

export function RekomendasiList({ year, config }: { year: number; config: LkeConfig }) {
  const { t } = useT();
  const [overdue, setOverdue] = useState(false);
  const [creating, setCreating] = useState(false);
  const canManage = useCan('rekomendasi:manage');
  const canFollowUp = useCanFollowUp();
  const q = useRekomendasi(year, overdue, true);
  const pds = usePdOptions();
  const pdList = pds.data ?? [];

  return (
    <section className="ev-rekomendasi" aria-labelledby="ev-rek-title">
      <h2 id="ev-rek-title">{t('ev.rek.title', { year })}</h2>
      <div className="filters">
        <label className="choice">
          <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />
          {t('ev.rek.onlyOverdue')}
        </label>
        {canManage && !creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('ev.rek.add')}
          </button>
        )}
      </div>
      {pds.isError && <ErrorBox error={pds.error} onRetry={() => void pds.refetch()} />}
      {creating && <RekomendasiForm year={year} config={config} pds={pdList} onDone={() => setCreating(false)} />}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <Empty>{overdue ? t('ev.rek.noneOverdue') : t('ev.rek.none')}</Empty>
      ) : (
        <>
          <p className="muted small">{t('ev.rek.count', { n: q.data.length })}</p>
          {q.data.map((r) => (
            <RekomendasiCard
              key={r.id}
              r={r}
              config={config}
              pds={pdList}
              canManage={canManage}
              canFollowUp={canFollowUp(r.pdKey)}
            />
          ))}
        </>
      )}
    </section>
  );
}
