// STU dan pokja: a year's Strategic Transformation Unit and its working groups (BAB IV.B). Everyone
// who reads the road map sees who answers for what; the STU (koordinator) sets the structure up,
// from an empty year or by copying the previous year's.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useYearGovernance } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { defaultYearOf } from '../../shared/governed-years.ts';
import { ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { YearSelect } from '../../shared/year-select.tsx';
import { useCan } from '../auth/auth.tsx';
import { usePdOptions } from '../users/users-api.ts';
import { useLingkup, useStruktur } from './stu-api.ts';
import { StuEditor } from './stu-editor.tsx';
import { StuEmpty } from './stu-empty.tsx';
import { StuView } from './stu-view.tsx';
import './stu.css';

export function StuPage() {
  const { t } = useT();
  usePageTitle(t('stu.title'));
  const [params, setParams] = useSearchParams();
  const gov = useYearGovernance();
  const years = (gov.data ?? []).filter((g) => g.roadMapId).map((g) => g.year);
  const year = Number(params.get('tahun')) || defaultYearOf(years);
  const mayManage = useCan('stu:manage');
  const q = useStruktur(year);
  const lingkup = useLingkup(year);
  const pds = usePdOptions();
  const [editingYear, setEditingYear] = useState<number | null>(null);
  const editing = editingYear === year;
  return (
    <div className="stu">
      <div className="page-head">
        <h1>{t('stu.title')}</h1>
        <p className="lead">{t('stu.lead')}</p>
      </div>
      <div className="filters">
        <YearSelect
          id="stu-year"
          label={t('stu.year')}
          years={years.length ? years : [year]}
          value={year}
          onChange={(y) => setParams({ tahun: y })}
        />
      </div>
      {q.isPending || lingkup.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : editing ? (
        <StuEditor
          struktur={q.data}
          lingkup={lingkup.data ?? []}
          pds={pds.data ?? []}
          onDone={() => setEditingYear(null)}
        />
      ) : !q.data.exists ? (
        <StuEmpty year={year} years={years} mayManage={mayManage} onStart={() => setEditingYear(year)} />
      ) : (
        <>
          {mayManage && (
            <p className="actions">
              <button type="button" className="primary" onClick={() => setEditingYear(year)}>
                {t('stu.edit')}
              </button>
            </p>
          )}
          <StuView struktur={q.data} lingkup={lingkup.data ?? []} pds={pds.data ?? []} />
        </>
      )}
    </div>
  );
}
