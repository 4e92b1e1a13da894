// The year's meetings, newest first, with their kind, body, attendance, decisions still open and
// whether the minutes are final; "Catat rapat" opens the form that starts a new one.
import { useState } from 'react';
import { Link } from 'react-router';
import { JENIS_RAPAT_LABELS } from '../../../domain/rapat/rapat.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import { usePdOptions } from '../users/users-api.ts';
import { useRapatYear } from './rapat-api.ts';
import { RapatNewForm } from './rapat-new-form.tsx';

export function RapatList({ year }: { year: number }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const q = useRapatYear(year);
  const pds = usePdOptions();
  const mayRecord = useCan('rapat:manage');
  const [creating, setCreating] = useState(false);
  const pdName = (key: string | null) => (key ? (pds.data?.find((p) => p.key === key)?.shortName ?? key) : '');
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const rows = [...q.data].sort((a, b) => b.tanggal.localeCompare(a.tanggal));
  return (
    <div className="rp-list">
      {mayRecord && !creating && (
        <p className="actions">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('rp.new')}
          </button>
        </p>
      )}
      {creating && <RapatNewForm year={year} pds={pds.data ?? []} onCancel={() => setCreating(false)} />}
      {rows.length === 0 ? (
        <Empty>{t(mayRecord ? 'rp.empty.manage' : 'rp.empty.read', { year })}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption>{t('rp.caption', { n: rows.length, year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rp.tanggal')}</th>
                <th scope="col">{t('rp.judul')}</th>
                <th scope="col">{t('rp.jenis')}</th>
                <th scope="col" className="num">
                  {t('rp.hadirN')}
                </th>
                <th scope="col" className="num">
                  {t('rp.terbukaN')}
                </th>
                <th scope="col">{t('rp.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{fmt.date(r.tanggal)}</td>
                  <th scope="row">
                    <Link to={`/rapat/${r.id}`}>{r.judul}</Link>
                  </th>
                  <td>
                    {pick(JENIS_RAPAT_LABELS[r.jenis])}
                    <span className="muted small block">{r.pokjaNama ?? pdName(r.pdKey)}</span>
                  </td>
                  <td className="num">{r.hadir}</td>
                  <td className="num">
                    {r.terbuka} / {r.keputusan}
                  </td>
                  <td>
                    <span className={`badge rp-${r.status}`}>{t(`rp.st.${r.status}`)}</span>
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
