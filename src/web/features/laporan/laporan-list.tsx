// The reports of one period, each linked, and the scopes the user may still start a report for
// ("Susun laporan"): started, the new report opens.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { STATUS_LAPORAN_LABELS } from '../../../domain/laporan/laporan.ts';
import { periodLabelOf } from '../../../domain/periods/periods.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import type { Periode } from '../monitoring/monitoring-api.ts';
import { laporanApi, laporanKeys, useLaporanList } from './laporan-api.ts';

export function LaporanList({ periode }: { periode: Periode }) {
  const { t, pick } = useT();
  const q = useLaporanList(periode.id);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: laporanApi.create,
    onSuccess: async (d) => {
      await qc.invalidateQueries({ queryKey: laporanKeys.all });
      void navigate(`/laporan/${d.laporan.id}`);
    },
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <>
      {q.data.items.length === 0 ? (
        <Empty>{t('lk.empty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="data lk-list">
            <caption>{t('lk.caption', { period: pick(periodLabelOf(periode.year, periode.code)) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lk.lingkup')}</th>
                <th scope="col">{t('lk.jenis')}</th>
                <th scope="col">{t('lk.status')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/laporan/${r.id}`}>{r.lingkupNama}</Link>
                  </th>
                  <td>{t(`lk.j.${r.jenis}`)}</td>
                  <td>
                    <span className={`badge lk-${r.status}`}>{pick(STATUS_LAPORAN_LABELS[r.status])}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {q.data.available.length > 0 && (
        <section className="card" aria-labelledby="lk-start-h">
          <h2 id="lk-start-h">{t('lk.start')}</h2>
          <p className="muted">{t('lk.startHint')}</p>
          <ul className="lk-available">
            {q.data.available.map((a) => (
              <li key={`${a.jenis}:${a.pokjaId ?? a.pdKey ?? ''}`}>
                <button
                  type="button"
                  disabled={start.isPending}
                  onClick={() =>
                    start.mutate({ periodeId: periode.id, jenis: a.jenis, pokjaId: a.pokjaId, pdKey: a.pdKey })
                  }
                >
                  {t('lk.startOne', { name: a.nama })}
                </button>{' '}
                <span className="muted small">{t(`lk.j.${a.jenis}`)}</span>
              </li>
            ))}
          </ul>
          {start.isError && <ErrorBox error={start.error} title={t('lk.startFailed')} />}
        </section>
      )}
    </>
  );
}
