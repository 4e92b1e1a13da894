// A meeting read: place, agenda, attendance, minutes, addenda, and the decisions with their
// follow-up status (and, for their owner or the meeting's manager, what can be done with them).
import { STATUS_TL_LABELS } from '../../../domain/rapat/rapat.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { usePdOptions } from '../users/users-api.ts';
import { KeputusanActions } from './keputusan-actions.tsx';
import { useRapatTautan, type RapatDetail } from './rapat-api.ts';

export function RapatRead({ detail }: { detail: RapatDetail }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const pds = usePdOptions();
  const r = detail.rapat;
  const tautan = useRapatTautan(Number(r.tanggal.slice(0, 4)));
  const pdName = (key: string | null) => (key ? (pds.data?.find((p) => p.key === key)?.shortName ?? key) : null);
  return (
    <div className="rp-read">
      <section className="card" aria-labelledby="rp-r-head">
        <h2 id="rp-r-head">{t('rp.header')}</h2>
        <dl className="rp-facts">
          <dt>{t('rp.tempat')}</dt>
          <dd>{r.tempat ?? '–'}</dd>
          {r.tautanDaring && (
            <>
              <dt>{t('rp.tautan')}</dt>
              <dd>
                <a href={r.tautanDaring} rel="noreferrer noopener" target="_blank">
                  {r.tautanDaring}
                </a>
              </dd>
            </>
          )}
          <dt>{t('rp.agenda')}</dt>
          <dd className="pre">{r.agenda || '–'}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="rp-r-hadir">
        <h2 id="rp-r-hadir">{t('rp.hadir')}</h2>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('rp.nama')}</th>
                <th scope="col">{t('rp.jabatan')}</th>
                <th scope="col">{t('rp.kehadiran')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.hadir.map((h, i) => (
                <tr key={i}>
                  <th scope="row">{h.nama}</th>
                  <td>{h.jabatan}</td>
                  <td>
                    {t(`rp.k.${h.status}`)}
                    {h.alasan ? ` (${h.alasan})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="rp-r-notulen">
        <h2 id="rp-r-notulen">{t('rp.notulen')}</h2>
        <p className="pre">{r.notulen || '–'}</p>
        {detail.addendum.map((a, i) => (
          <div key={i} className="rp-addendum-item">
            <h3>{t('rp.addendumN', { n: i + 1, at: fmt.dateTime(a.at), by: a.actor })}</h3>
            <p className="pre">{a.isi}</p>
          </div>
        ))}
      </section>
      <section className="card" aria-labelledby="rp-r-keputusan">
        <h2 id="rp-r-keputusan">{t('rp.keputusan')}</h2>
        {detail.keputusan.length === 0 ? (
          <p className="muted">{t('rp.noKeputusan')}</p>
        ) : (
          <ol className="rp-keputusan">
            {detail.keputusan.map((k) => (
              <li key={k.id} data-keputusan={k.uraian}>
                <p>
                  <strong>{k.uraian}</strong>
                </p>
                <p className="small">
                  {[pdName(k.pemilikPdKey), k.pemilikNama].filter(Boolean).join(' · ')} · {t('rp.tenggat')}{' '}
                  {fmt.date(k.tenggat)}{' '}
                  <span className={`badge kp-${k.status}`}>{pick(STATUS_TL_LABELS[k.status])}</span>
                  {k.overdue && <span className="badge sla-overdue">{t('rp.kp.overdue')}</span>}
                </p>
                {k.tautanJenis && k.tautanId && (
                  <p className="small">
                    {t('rp.terkait', {
                      kind: t(`rp.tj.${k.tautanJenis}`),
                      name: tautan.data?.[k.tautanJenis].find((o) => o.id === k.tautanId)?.label ?? k.tautanId,
                    })}
                  </p>
                )}
                <KeputusanActions k={k} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
