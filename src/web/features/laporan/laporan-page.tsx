// Laporan kemajuan: a period's progress reports (per pokja, per PD, the instansi's), each compiled
// from the data: a year and period picker over the list.
import { useSearchParams } from 'react-router';
import { periodLabelOf } from '../../../domain/periods/periods.ts';
import { useYearGovernance } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { defaultYearOf } from '../../shared/governed-years.ts';
import { Empty, Loading, usePageTitle } from '../../shared/states.tsx';
import { YearSelect } from '../../shared/year-select.tsx';
import { usePeriods } from '../monitoring/monitoring-api.ts';
import { LaporanList } from './laporan-list.tsx';
import './laporan.css';

export function LaporanPage() {
  const { t, pick } = useT();
  usePageTitle(t('lk.title'));
  const [params, setParams] = useSearchParams();
  const gov = useYearGovernance();
  const years = (gov.data ?? []).filter((g) => g.roadMapId).map((g) => g.year);
  const year = Number(params.get('tahun')) || defaultYearOf(years);
  const periods = usePeriods(year);
  const list = periods.data ?? [];
  const periode =
    list.find((p) => p.id === params.get('periode')) ?? list.find((p) => p.code.startsWith('S')) ?? list[0];
  return (
    <div className="laporan">
      <div className="page-head">
        <h1>{t('lk.title')}</h1>
        <p className="lead">{t('lk.lead')}</p>
      </div>
      <div className="filters">
        <YearSelect
          id="lk-year"
          label={t('lk.year')}
          years={years.length ? years : [year]}
          value={year}
          onChange={(y) => setParams({ tahun: y })}
        />
        <div className="field">
          <label htmlFor="lk-periode">{t('lk.periode')}</label>
          <select
            id="lk-periode"
            value={periode?.id ?? ''}
            onChange={(e) => setParams({ tahun: String(year), periode: e.target.value })}
          >
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {pick(periodLabelOf(p.year, p.code))}
              </option>
            ))}
          </select>
        </div>
      </div>
      {periods.isPending ? (
        <Loading />
      ) : !periode ? (
        <Empty>{t('lk.noPeriode', { year })}</Empty>
      ) : (
        <LaporanList periode={periode} />
      )}
    </div>
  );
}
