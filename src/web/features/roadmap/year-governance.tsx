// "Road map yang berlaku per tahun": which road map each year is planned and monitored under,
// the transition years after a road map's period, and a draft that waits for enactment.
import { useRoadMaps, useYearGovernance } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox, Loading } from '../../shared/states.tsx';

export function YearGovernanceTable() {
  const { t } = useT();
  const q = useYearGovernance();
  const maps = useRoadMaps();
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const titleOf = (id: string | null) => maps.data?.find((m) => m.id === id)?.title;
  return (
    <section className="card" aria-labelledby="gov-title">
      <h2 id="gov-title">{t('gov.title')}</h2>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('gov.year')}</th>
              <th scope="col">{t('gov.roadMap')}</th>
              <th scope="col">{t('gov.note')}</th>
            </tr>
          </thead>
          <tbody>
            {q.data.map((y) => (
              <tr key={y.year} data-year={y.year}>
                <th scope="row" className="num">
                  {y.year}
                </th>
                <td>{y.roadMapTitle ?? <span className="muted">{t('gov.none')}</span>}</td>
                <td>
                  {y.transition && <strong className="small">{t('gov.transition')}</strong>}{' '}
                  {y.pendingRoadMapId && (
                    <span className="muted small">
                      {t('gov.pending')}
                      {titleOf(y.pendingRoadMapId) ? `: ${titleOf(y.pendingRoadMapId)}` : ''}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
