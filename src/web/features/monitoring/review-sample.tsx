// "Sampel reviu": for the APIP evaluator, the period's verified realisasi to look at again — every
// flagged row (with why) and at least a tenth of each verifier's others, chosen the same way each
// time (riskSample in src/domain/monitoring/verification.ts).
import { FLAG_LABELS } from '../../../domain/monitoring/verification.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { useReviewSample, type Periode } from './monitoring-api.ts';

export function ReviewSample({ periode, doc }: { periode: Periode; doc: RoadMapDocument }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const q = useReviewSample(periode.id);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const indicatorOf = new Map(doc.indicators.map((i) => [i.key, i]));
  const pdName = new Map(doc.perangkatDaerah.map((p) => [p.key, p.shortName || p.name]));
  return (
    <section aria-labelledby="sample-title">
      <h2 id="sample-title">{t('mon.sample.title')}</h2>
      <p className="hint">
        {t('mon.sample.lead', {
          n: q.data.rows.length,
          verified: q.data.verified,
          rate: fmt.percent(q.data.rate * 100),
        })}
      </p>
      {q.data.rows.length === 0 ? (
        <Empty>{t('mon.sample.empty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="data compact">
            <thead>
              <tr>
                <th scope="col">{t('mon.sample.subject')}</th>
                <th scope="col">{t('mon.sample.pd')}</th>
                <th scope="col">{t('mon.value')}</th>
                <th scope="col">{t('mon.sample.verifier')}</th>
                <th scope="col">{t('mon.sample.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.rows.map(({ realisasi: r, reason, verifiedBy }) => {
                const ind = indicatorOf.get(r.subjectKey);
                const scale = ind ? doc.scales.find((s) => s.code === ind.scaleCode) : undefined;
                return (
                  <tr key={r.id}>
                    <th scope="row">{ind?.name ?? t('mon.sample.plan')}</th>
                    <td>{pdName.get(r.pdKey) ?? r.pdKey}</td>
                    <td className="num">{r.value ? fmt.valueWithUnit(r.value, ind?.unit ?? '', scale) : '—'}</td>
                    <td>{verifiedBy}</td>
                    <td>
                      {reason === 'flagged'
                        ? r.flags.map((f) => pick(FLAG_LABELS[f])).join('; ')
                        : t('mon.sample.random')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
