// One instansi under the reader's, read-only (/pembinaan/:code): the road map governing the year,
// its Indeks RB history, each indicator with target and verified realisasi only, and reporting per
// perangkat daerah. There is no control that writes: the server would refuse it anyway.
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { STATUS_LABELS } from '../../../domain/capaian/status.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { regulasiName } from '../../shared/regulasi.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { usePembinaanDetail, type PembinaanDetail } from './pembinaan-api.ts';
import { PembinaanFilters } from './pembinaan-filters.tsx';
import { readView, writeView } from './pembinaan-query.ts';
import './pembinaan.css';

export function PembinaanDetailPage() {
  const { t } = useT();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const view = readView(params);
  const q = usePembinaanDetail(code, view);
  usePageTitle(q.data?.name ?? t('pb.title'));
  return (
    <article className="pembinaan-page">
      <p>
        <Link to={`/pembinaan?${writeView(view)}`}>← {t('pb.back')}</Link>
      </p>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Detail
          d={q.data}
          filters={<PembinaanFilters view={view} onChange={(v) => setParams(writeView(v), { replace: true })} />}
        />
      )}
    </article>
  );
}

function Detail({ d, filters }: { d: PembinaanDetail; filters: ReactNode }) {
  const { t, locale, pick } = useT();
  const fmt = useFormat();
  const entry = (s: PembinaanDetail['indicators'][number]['realisasiStatus']) =>
    s === 'verified' ? '' : t(`pb.entryStatus.${s ?? 'none'}`);
  return (
    <>
      <header className="page-head">
        <h1>{d.name}</h1>
        <p className="lead">{t('pb.detailLead', { name: d.name })}</p>
        <p>
          {d.governing ? (
            <>
              {d.governing.title} —{' '}
              {d.governing.regulasi
                ? regulasiName(d.governing.regulasi, { name: d.name }, locale)
                : d.governing.versionLabel}
              {d.governing.transition && <span className="badge">{t('pb.transition')}</span>}
            </>
          ) : (
            t('pb.noRoadMap')
          )}
        </p>
      </header>
      {filters}
      <section>
        <h2>{t('pb.history')}</h2>
        {d.indeks.length === 0 ? (
          <Empty>{t('pb.noHistory')}</Empty>
        ) : (
          <ul>
            {d.indeks.map((i) => (
              <li key={i.year}>
                {i.year}: {fmt.number(i.indeks, { maxDecimals: 2 })} ({i.predikat})
              </li>
            ))}
          </ul>
        )}
      </section>
      {d.governing && !d.periode ? (
        <p className="notice">{t('pb.noPeriode')}</p>
      ) : (
        d.governing && (
          <>
            <section>
              <h2>
                {t('pb.indicators')} · {d.periode?.code}
              </h2>
              <div className="table-wrap">
                <table className="data compact">
                  <thead>
                    <tr>
                      <th scope="col">{t('pb.indicator')}</th>
                      <th scope="col">{t('pb.pd')}</th>
                      <th scope="col">{t('pb.target')}</th>
                      <th scope="col">{t('pb.value')}</th>
                      <th scope="col">{t('pb.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.indicators.map((i) => (
                      <tr key={i.key}>
                        <th scope="row">
                          {i.name}
                          {i.mandatory && <span className="badge">{t('pb.wajib')}</span>}
                        </th>
                        <td>{i.pdName}</td>
                        <td className="num">{i.target ?? t('pb.noValue')}</td>
                        <td className="num">
                          {i.value ?? t('pb.noValue')}
                          {entry(i.realisasiStatus) && <span className="small block">{entry(i.realisasiStatus)}</span>}
                        </td>
                        <td>
                          <span className={`badge cs-${i.status}`}>{pick(STATUS_LABELS[i.status])}</span>
                          {i.capaian.kind === 'dinilai' && (
                            <span className="small block">{fmt.percent(i.capaian.percent)}</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <section>
              <h2>{t('pb.reportingByPd')}</h2>
              <div className="table-wrap">
                <table className="data compact">
                  <thead>
                    <tr>
                      <th scope="col">{t('pb.pd')}</th>
                      <th scope="col">{t('pb.expected')}</th>
                      <th scope="col">{t('pb.entered')}</th>
                      <th scope="col">{t('pb.submitted')}</th>
                      <th scope="col">{t('pb.returned')}</th>
                      <th scope="col">{t('pb.verified')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.reportingByPd.map((r) => (
                      <tr key={r.pdName}>
                        <th scope="row">{r.pdName}</th>
                        <td className="num">{r.expected}</td>
                        <td className="num">{r.entered}</td>
                        <td className="num">{r.submitted}</td>
                        <td className="num">{r.returned}</td>
                        <td className="num">{r.verified}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )
      )}
    </>
  );
}
