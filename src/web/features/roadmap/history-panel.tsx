// Riwayat (history) of one indicator in one version: the audit events, newest first, each with who,
// when and which fields changed from what to what.
import type { Indikator } from '../../../domain/roadmap/types.ts';
import { useAudit } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import { IndicatorChanges } from './indicator-changes.tsx';

function asIndicator(x: unknown): Partial<Indikator> | null {
  return typeof x === 'object' && x !== null ? (x as Partial<Indikator>) : null;
}

/** The reason of an erratum, which the server records beside the indicator's new state. */
function erratumReason(after: unknown): string {
  const e = (after as { erratum?: { reason?: unknown } } | null)?.erratum;
  return typeof e?.reason === 'string' ? e.reason : '';
}

export function HistoryPanel({ indicatorKey }: { indicatorKey: string }) {
  const { t } = useT();
  const fmt = useFormat();
  const { version, doc } = useVersionView();
  const q = useAudit(`${version.id}:${indicatorKey}`);

  return (
    <section className="card" aria-labelledby="riwayat" id="riwayat-section">
      <h2 id="riwayat">{t('history.title')}</h2>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <Empty>{t('history.empty')}</Empty>
      ) : (
        <ol className="history">
          {q.data.map((ev) => {
            const before = asIndicator(ev.before);
            const after = asIndicator(ev.after);
            const erratum = ev.action === 'indikator.erratum' ? erratumReason(ev.after) : null;
            return (
              <li key={String(ev.id)} className="history-item">
                <p>
                  <strong>
                    {ev.action === 'indikator.update'
                      ? t('history.updated')
                      : erratum !== null
                        ? t('history.erratum')
                        : ev.action}
                  </strong>{' '}
                  <span className="muted">{t('history.byAt', { actor: ev.actor, at: fmt.dateTime(ev.at) })}</span>
                </p>
                {erratum !== null && (
                  <p className="small erratum-reason">{t('history.erratumReason', { reason: erratum })}</p>
                )}
                <IndicatorChanges from={before} to={after} doc={doc} headers={['diff.before', 'diff.after']} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
