// "Tingkat tindak lanjut pengaduan" of a period, computed from the register: the figures and the
// rule, the indicators filled from it (entered in Pemantauan with "Isi dari register"), the list
// behind the number and its download; the STU chooses which indicators come from the register.
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import { usePeriods } from '../monitoring/monitoring-api.ts';
import { rateListHref, useTindakLanjut } from './pengaduan-api.ts';
import { RegisterIndicators } from './register-indicators.tsx';
import { STATUS_LABELS } from '../../../domain/pengaduan/status.ts';

export function TindakLanjutPanel({ year }: { year: number }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const periods = usePeriods(year);
  const list = periods.data ?? [];
  const chosen = list.find((p) => p.id === params.get('periode')) ?? list[0];
  const rate = useTindakLanjut(chosen?.id);
  const mayConfigure = useCan('periode:manage');
  if (periods.isPending) return <Loading />;
  if (periods.isError) return <ErrorBox error={periods.error} onRetry={() => void periods.refetch()} />;
  if (!chosen) return <Empty>{t('mon.noPeriods')}</Empty>;
  const r = rate.data;
  return (
    <div className="pg-rate">
      <div className="filters">
        <div className="field">
          <label htmlFor="pg-period">{t('pg.rate.period')}</label>
          <select
            id="pg-period"
            value={chosen.id}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              next.set('periode', e.target.value);
              setParams(next);
            }}
          >
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.code} ${p.year}`}
              </option>
            ))}
          </select>
        </div>
      </div>
      {rate.isPending ? (
        <Loading />
      ) : rate.isError ? (
        <ErrorBox error={rate.error} onRetry={() => void rate.refetch()} />
      ) : (
        r && (
          <>
            <section className="card" aria-labelledby="pg-rate-title">
              <h2 id="pg-rate-title">{t('pg.rate.title', { period: `${r.periode.code} ${r.periode.year}` })}</h2>
              <dl className="counts">
                <div>
                  <dt>{t('pg.rate.value')}</dt>
                  <dd data-count="value">{r.value === null ? '–' : fmt.percent(r.value, { maxDecimals: 2 })}</dd>
                </div>
                <div>
                  <dt>{t('pg.rate.numerator')}</dt>
                  <dd data-count="numerator">{r.numerator}</dd>
                </div>
                <div>
                  <dt>{t('pg.rate.denominator')}</dt>
                  <dd data-count="denominator">{r.denominator}</dd>
                </div>
              </dl>
              <p className="pg-narasi">{r.narasi}</p>
              <p className="muted small">{t('pg.rate.rule')}</p>
              <p>
                <a className="button" href={rateListHref(r.periode.id)} download>
                  {t('pg.rate.download')}
                </a>
              </p>
              {r.indikator.length > 0 ? (
                <p>
                  {t('pg.rate.indicators')}{' '}
                  {r.indikator.map((i) => (
                    <strong key={i.key} className="pg-indicator">
                      {i.name}
                    </strong>
                  ))}
                </p>
              ) : (
                <p className="muted">{t('pg.rate.noIndicators')}</p>
              )}
            </section>
            {mayConfigure && <RegisterIndicators year={year} chosen={r.indikator.map((i) => i.key)} />}
            <div className="table-wrap">
              <table className="data compact">
                <caption>{t('pg.rate.list', { n: r.rows.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('pg.ticket')}</th>
                    <th scope="col">{t('pg.received')}</th>
                    <th scope="col">{t('pg.pd')}</th>
                    <th scope="col">{t('pg.status')}</th>
                    <th scope="col">{t('pg.responseDate')}</th>
                    <th scope="col">{t('pg.rate.counted')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.rows.map((row) => (
                    <tr key={row.id} data-counted={row.counted}>
                      <th scope="row">{row.nomorTiket ?? '–'}</th>
                      <td>{fmt.date(row.tanggalDiterima)}</td>
                      <td>{row.pdKey}</td>
                      <td>{pick(STATUS_LABELS[row.status])}</td>
                      <td>{row.tanggalTanggapan ? fmt.date(row.tanggalTanggapan) : '–'}</td>
                      <td>{row.counted ? t('pg.rate.yes') : t('pg.rate.no')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )
      )}
    </div>
  );
}
