// "Terlambat" on the Pemantauan dashboard: meeting follow-ups past their due day (each linked to its
// meeting) and complaints past their working-day deadline per PD, with the STU's reminder to every
// owner. Shown only when something is overdue, so a clean round stays quiet.
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import { usePdOptions } from '../users/users-api.ts';
import { terlambatApi, useTerlambat } from './terlambat-api.ts';

export function TerlambatPanel() {
  const { t } = useT();
  const fmt = useFormat();
  const q = useTerlambat(useCan('rapat:read'));
  const pds = usePdOptions();
  const mayRemind = useCan('stu:manage');
  const remind = useMutation({ mutationFn: () => terlambatApi.remind() });
  if (!q.data) return q.isError ? <ErrorBox error={q.error} onRetry={() => void q.refetch()} /> : null;
  const { keputusan, pengaduan } = q.data;
  const complaints = pengaduan.perPd.reduce((n, p) => n + p.count, 0);
  if (keputusan.length === 0 && complaints === 0) return null;
  const pdName = (key: string | null) => (key ? (pds.data?.find((p) => p.key === key)?.shortName ?? key) : null);
  return (
    <section className="card terlambat" aria-labelledby="terlambat-h" data-card="terlambat">
      <h3 id="terlambat-h">{t('tl.title')}</h3>
      {keputusan.length > 0 && (
        <>
          <p>
            <strong>{t('tl.keputusan', { n: keputusan.length })}</strong>{' '}
            <Link to="/rapat?tab=tindak-lanjut">{t('tl.openList')}</Link>
          </p>
          <ul className="terlambat-list">
            {keputusan.slice(0, 10).map((k) => (
              <li key={k.id}>
                {k.uraian} — {[pdName(k.pemilikPdKey), k.pemilikNama].filter(Boolean).join(' · ')},{' '}
                <span className="badge sla-overdue">{t('tl.due', { date: fmt.date(k.tenggat) })}</span>{' '}
                <Link to={`/rapat/${k.rapatId}`} className="small">
                  {k.rapatJudul}
                </Link>
              </li>
            ))}
          </ul>
          {keputusan.length > 10 && <p className="muted small">{t('tl.more', { n: keputusan.length - 10 })}</p>}
        </>
      )}
      {complaints > 0 && (
        <p>
          <strong>{t('tl.pengaduan', { n: complaints })}</strong>{' '}
          {pengaduan.perPd.map((p) => `${pdName(p.pdKey)} ${p.count}`).join(', ')}.{' '}
          <Link to="/pengaduan">{t('tl.openRegister')}</Link>
        </p>
      )}
      {mayRemind && (
        <div className="remind">
          <button type="button" onClick={() => remind.mutate()} disabled={remind.isPending}>
            {remind.isPending ? t('state.working') : t('tl.remind')}
          </button>
          {remind.isSuccess && (
            <p role="status" className="hint">
              {t('tl.reminded', { n: remind.data.reminded.length })}
            </p>
          )}
          {remind.isError && <ErrorBox error={remind.error} />}
        </div>
      )}
    </section>
  );
}
