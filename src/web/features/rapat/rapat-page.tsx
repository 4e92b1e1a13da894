// Rapat: the meetings of the semester round (BAB IV.B) — pokja meetings, the pleno and PD-internal
// meetings — and the follow-up items their decisions became. A year picker, then two tabs.
import { Link, useSearchParams } from 'react-router';
import { useYearGovernance } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { defaultYearOf } from '../../shared/governed-years.ts';
import { usePageTitle } from '../../shared/states.tsx';
import { YearSelect } from '../../shared/year-select.tsx';
import { KeputusanList } from './keputusan-list.tsx';
import { RapatList } from './rapat-list.tsx';
import './rapat.css';

type Tab = 'rapat' | 'tindak-lanjut';

export function RapatPage() {
  const { t } = useT();
  usePageTitle(t('rp.title'));
  const [params, setParams] = useSearchParams();
  const gov = useYearGovernance();
  const years = (gov.data ?? []).filter((g) => g.roadMapId).map((g) => g.year);
  const year = Number(params.get('tahun')) || defaultYearOf(years);
  const tab: Tab = params.get('tab') === 'tindak-lanjut' ? 'tindak-lanjut' : 'rapat';
  const tabHref = (name: Tab) => `?${new URLSearchParams({ tahun: String(year), tab: name }).toString()}`;
  return (
    <div className="rapat">
      <div className="page-head">
        <h1>{t('rp.title')}</h1>
        <p className="lead">{t('rp.lead')}</p>
      </div>
      <div className="filters">
        <YearSelect
          id="rp-year"
          label={t('rp.year')}
          years={years.length ? years : [year]}
          value={year}
          onChange={(y) => setParams({ tahun: y, tab })}
        />
      </div>
      <nav className="tabs" aria-label={t('rp.tabs')}>
        {(['rapat', 'tindak-lanjut'] as const).map((name) => (
          <Link key={name} to={tabHref(name)} aria-current={tab === name ? 'page' : undefined} className="tab">
            {t(`rp.tab.${name}`)}
          </Link>
        ))}
      </nav>
      {tab === 'tindak-lanjut' ? <KeputusanList year={year} /> : <RapatList year={year} />}
    </div>
  );
}
