// The register of a year: filters (PD, status, overdue), the figures, and one row per complaint with
// its working-day deadline. Opening a row shows the complaint to answer or forward; "Catat
// pengaduan" records one that came in person, by phone, social media or letter.
import { useState } from 'react';
import { Link } from 'react-router';
import {
  KANAL_LABELS,
  STATUS_LABELS,
  STATUS_PENGADUAN,
  type StatusPengaduan,
} from '../../../domain/pengaduan/status.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { usePdRights } from '../auth/pd-rights.ts';
import { usePdOptions } from '../users/users-api.ts';
import { usePengaduanYear, type Pengaduan } from './pengaduan-api.ts';
import { PengaduanDetail } from './pengaduan-detail.tsx';
import { PengaduanForm } from './pengaduan-form.tsx';
import { SlaBadge } from './sla-badge.tsx';

export function PengaduanRegister({ year, importHref }: { year: number; importHref: string | null }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const q = usePengaduanYear(year);
  const pds = usePdOptions();
  const rights = usePdRights('pengaduan:manage');
  const [pdKey, setPdKey] = useState('');
  const [status, setStatus] = useState<StatusPengaduan | ''>('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const all = q.data ?? [];
  const rows = all.filter(
    (p) => (!pdKey || p.pdKey === pdKey) && (!status || p.status === status) && (!overdueOnly || p.sla.overdue),
  );
  const pdList = pds.data ?? [];
  const pdName = (key: string) => pdList.find((p) => p.key === key)?.shortName ?? key;
  const pickable = rights.ownPds ? pdList.filter((p) => rights.ownPds!.includes(p.key)) : pdList;
  const count = (f: (p: Pengaduan) => boolean) => all.filter(f).length;

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <div className="pg-register">
      <dl className="counts pg-counts">
        <div>
          <dt>{t('pg.count.total')}</dt>
          <dd data-count="total">{all.length}</dd>
        </div>
        <div>
          <dt>{t('pg.count.open')}</dt>
          <dd data-count="open">{count((p) => p.status === 'diterima' || p.status === 'diproses')}</dd>
        </div>
        <div>
          <dt>{t('pg.count.answered')}</dt>
          <dd data-count="answered">{count((p) => p.status === 'ditindaklanjuti' || p.status === 'selesai')}</dd>
        </div>
        <div>
          <dt>{t('pg.count.overdue')}</dt>
          <dd data-count="overdue" className={count((p) => p.sla.overdue) ? 'warn' : undefined}>
            {count((p) => p.sla.overdue)}
          </dd>
        </div>
      </dl>
      <div className="filters">
        <div className="field">
          <label htmlFor="pg-pd">{t('pg.pd')}</label>
          <select id="pg-pd" value={pdKey} onChange={(e) => setPdKey(e.target.value)}>
            <option value="">{t('pg.pdAll')}</option>
            {pdList.map((p) => (
              <option key={p.key} value={p.key}>
                {p.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pg-status">{t('pg.status')}</label>
          <select id="pg-status" value={status} onChange={(e) => setStatus(e.target.value as StatusPengaduan | '')}>
            <option value="">{t('pg.statusAll')}</option>
            {STATUS_PENGADUAN.map((s) => (
              <option key={s} value={s}>
                {pick(STATUS_LABELS[s])}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />{' '}
          {t('pg.overdueOnly')}
        </label>
        {rights.canManage && !creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('pg.new')}
          </button>
        )}
      </div>
      {creating && <PengaduanForm pds={pickable} editing={null} onDone={() => setCreating(false)} />}
      {all.length === 0 ? (
        <Empty>
          {t('pg.empty', { year })} {importHref && <Link to={importHref}>{t('pg.emptyImport')}</Link>}
        </Empty>
      ) : (
        <div className="table-wrap">
          <table className="data pg-table">
            <caption>{t('pg.caption', { n: rows.length, year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pg.received')}</th>
                <th scope="col">{t('pg.ticket')}</th>
                <th scope="col">{t('pg.summary')}</th>
                <th scope="col">{t('pg.pd')}</th>
                <th scope="col">{t('pg.status')}</th>
                <th scope="col">{t('pg.due')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('pg.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} data-ticket={p.nomorTiket ?? ''} className={openId === p.id ? 'selected' : undefined}>
                  <td>{fmt.date(p.tanggalDiterima)}</td>
                  <th scope="row">
                    {p.nomorTiket ?? '–'}
                    <span className="muted small block">{pick(KANAL_LABELS[p.kanal])}</span>
                  </th>
                  <td className="pg-summary">{p.ringkasan}</td>
                  <td>{pdName(p.pdKey)}</td>
                  <td>
                    <span className={`badge pg-${p.status}`}>{pick(STATUS_LABELS[p.status])}</span>
                  </td>
                  <td>
                    <SlaBadge sla={p.sla} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-expanded={openId === p.id}
                      onClick={() => setOpenId(openId === p.id ? null : p.id)}
                    >
                      {t('pg.open')}
                      <span className="visually-hidden"> {p.nomorTiket ?? p.ringkasan.slice(0, 40)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {openId && <PengaduanDetail id={openId} pds={pdList} mayEdit={rights.mayEdit} onClose={() => setOpenId(null)} />}
    </div>
  );
}
