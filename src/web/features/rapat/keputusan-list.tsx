// The follow-up items of the year's meetings, by due date: overdue ones flagged and filterable, each
// with its meeting, owner, status, evidence, and what the reader may do with it.
import { useState } from 'react';
import { Link } from 'react-router';
import {
  STATUS_TINDAK_LANJUT_RAPAT,
  STATUS_TL_LABELS,
  type StatusTindakLanjutRapat,
} from '../../../domain/rapat/rapat.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { usePdOptions } from '../users/users-api.ts';
import { KeputusanActions } from './keputusan-actions.tsx';
import { useKeputusanYear } from './rapat-api.ts';

export function KeputusanList({ year }: { year: number }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const q = useKeputusanYear(year);
  const pds = usePdOptions();
  const [status, setStatus] = useState<StatusTindakLanjutRapat | ''>('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const pdName = (key: string | null) => (key ? (pds.data?.find((p) => p.key === key)?.shortName ?? key) : null);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const rows = q.data.filter((k) => (!status || k.status === status) && (!overdueOnly || k.overdue));
  return (
    <div className="kp-list">
      <div className="filters">
        <div className="field">
          <label htmlFor="kp-status">{t('rp.kp.status')}</label>
          <select
            id="kp-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as StatusTindakLanjutRapat | '')}
          >
            <option value="">{t('rp.kp.all')}</option>
            {STATUS_TINDAK_LANJUT_RAPAT.map((s) => (
              <option key={s} value={s}>
                {pick(STATUS_TL_LABELS[s])}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />{' '}
          {t('rp.kp.overdueOnly', { n: q.data.filter((k) => k.overdue).length })}
        </label>
      </div>
      {q.data.length === 0 ? (
        <Empty>{t('rp.kp.empty', { year })}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="data kp-table stack-on-phone">
            <caption>{t('rp.kp.caption', { n: rows.length, year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rp.uraian')}</th>
                <th scope="col">{t('rp.kp.pemilik')}</th>
                <th scope="col">{t('rp.tenggat')}</th>
                <th scope="col">{t('rp.kp.status')}</th>
                <th scope="col">{t('rp.kp.tindak')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((k) => (
                <tr key={k.id} data-keputusan={k.uraian}>
                  <th scope="row" className="kp-uraian">
                    {k.uraian}
                    <span className="muted small block">
                      <Link to={`/rapat/${k.rapatId}`}>{k.rapatJudul}</Link> · {fmt.date(k.rapatTanggal)}
                    </span>
                  </th>
                  <td data-label={t('rp.kp.pemilik')}>
                    {[pdName(k.pemilikPdKey), k.pemilikNama].filter(Boolean).join(' · ')}
                  </td>
                  <td data-label={t('rp.tenggat')}>
                    {fmt.date(k.tenggat)}
                    {k.overdue && <span className="badge sla-overdue block">{t('rp.kp.overdue')}</span>}
                  </td>
                  <td data-label={t('rp.kp.status')}>
                    <span className={`badge kp-${k.status}`}>{pick(STATUS_TL_LABELS[k.status])}</span>
                  </td>
                  <td data-label={t('rp.kp.tindak')}>
                    <KeputusanActions k={k} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
