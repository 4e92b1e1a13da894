// Pengaduan: the complaint register of BAB IV.B (pengelolaan pengaduan). A year picker, then three
// tabs: the register (record, answer, forward, with working-day deadlines), the SP4N-LAPOR! import,
// and the period's "Tingkat tindak lanjut pengaduan" computed from the register.
import { Link, useSearchParams } from 'react-router';
import { useYearGovernance } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { defaultYearOf } from '../../shared/governed-years.ts';
import { usePageTitle } from '../../shared/states.tsx';
import { YearSelect } from '../../shared/year-select.tsx';
import { useCan } from '../auth/auth.tsx';
import { PengaduanImport } from './pengaduan-import.tsx';
import { PengaduanRegister } from './pengaduan-register.tsx';
import { TindakLanjutPanel } from './tindak-lanjut-panel.tsx';
import './pengaduan.css';

type Tab = 'register' | 'impor' | 'tindak-lanjut';

export function PengaduanPage() {
  const { t } = useT();
  usePageTitle(t('pg.title'));
  const [params, setParams] = useSearchParams();
  const gov = useYearGovernance();
  const years = (gov.data ?? []).filter((g) => g.roadMapId).map((g) => g.year);
  const year = Number(params.get('tahun')) || defaultYearOf(years);
  const mayManage = useCan('pengaduan:manage');
  const tabs: Tab[] = mayManage ? ['register', 'impor', 'tindak-lanjut'] : ['register', 'tindak-lanjut'];
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && tabs.includes(asked) ? asked : 'register';
  const tabHref = (name: Tab) => {
    const next = new URLSearchParams(params);
    next.set('tab', name);
    next.set('tahun', String(year));
    return `?${next.toString()}`;
  };
  return (
    <div className="pengaduan">
      <div className="page-head">
        <h1>{t('pg.title')}</h1>
        <p className="lead">{t('pg.lead')}</p>
      </div>
      <div className="filters">
        <YearSelect
          id="pg-year"
          label={t('pg.year')}
          years={years.length ? years : [year]}
          value={year}
          onChange={(y) => {
            const next = new URLSearchParams(params);
            next.set('tahun', y);
            next.delete('periode');
            setParams(next);
          }}
        />
      </div>
      <nav className="tabs" aria-label={t('pg.tabs')}>
        {tabs.map((name) => (
          <Link key={name} to={tabHref(name)} aria-current={tab === name ? 'page' : undefined} className="tab">
            {t(`pg.tab.${name}`)}
          </Link>
        ))}
      </nav>
      {tab === 'impor' ? (
        <PengaduanImport year={year} />
      ) : tab === 'tindak-lanjut' ? (
        <TindakLanjutPanel year={year} />
      ) : (
        <PengaduanRegister year={year} importHref={mayManage ? tabHref('impor') : null} />
      )}
    </div>
  );
}
