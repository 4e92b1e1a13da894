// Rencana Aksi: the action plans of a year under the road map's kegiatan utama (RB General) and sasaran
// tematik (RB Tematik). Filters by year and PD, then three tabs: the list with the create/edit form,
// the timeline per PD or per kegiatan, and Excel export/import. PD staff see their own PD's plans.
import { useGovernedYears } from '../../shared/governed-years.ts';
import { YearSelect } from '../../shared/year-select.tsx';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import { usePlanProgress, usePlans, type RencanaAksi } from './rencana-aksi-api.ts';
import { PlanExcel } from './rencana-aksi-excel.tsx';
import { PlanFormCard } from './rencana-aksi-form.tsx';
import { PlanList } from './rencana-aksi-list.tsx';
import { usePlanRights } from './rencana-aksi-rights.ts';
import { PlanTimeline, type TimelineGrouping } from './rencana-aksi-timeline.tsx';
import './rencana-aksi.css';

type Tab = 'daftar' | 'linimasa' | 'excel';
const TABS: Tab[] = ['daftar', 'linimasa', 'excel'];

export function RencanaAksiPage() {
  const { t } = useT();
  const { doc } = useVersionView();
  usePageTitle(t('ra.title'));
  const [params, setParams] = useSearchParams();
  const rights = usePlanRights();
  const { years, defaultYear } = useGovernedYears();
  const year = Number(params.get('tahun')) || defaultYear;
  const pd = params.get('pd') ?? '';
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'daftar';
  const grouping: TimelineGrouping = params.get('kelompok') === 'kegiatan' ? 'kegiatan' : 'pd';

  const q = usePlans(year);
  const { progress, periods } = usePlanProgress(year, q.data);
  const [editing, setEditing] = useState<RencanaAksi | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (editing) formRef.current?.scrollIntoView({ block: 'start' });
  }, [editing]);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
    setParams(next);
  };
  const tabHref = (name: Tab) => {
    const next = new URLSearchParams(params);
    next.set('tab', name);
    return `?${next.toString()}`;
  };

  const plans = (q.data ?? []).filter((p) => !pd || p.pelaksanaPdKey === pd || p.koordinatorPdKey === pd);
  // PD staff only ever receive their own PD's plans: the filter offers their PDs alone.
  const pdChoices = rights.ownPds
    ? doc.perangkatDaerah.filter((p) => rights.ownPds!.includes(p.key))
    : doc.perangkatDaerah;
  const quarterly = (periods.data ?? []).some((p) => p.code.startsWith('TW'));

  return (
    <div className="rencana-aksi">
      <div className="page-head with-actions">
        <div>
          <h1>{t('ra.title')}</h1>
          <p className="lead">{t('ra.lead')}</p>
        </div>
        {rights.canManage && tab === 'daftar' && !editing && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              setSaved(null);
              setEditing('new');
            }}
          >
            {t('ra.add')}
          </button>
        )}
      </div>
      <div className="filters">
        <YearSelect
          id="ra-year"
          className="field inline"
          label={t('ra.filter.year')}
          years={years}
          value={year}
          onChange={(y) => {
            setEditing(null);
            setParam('tahun', y);
          }}
        />
        <div className="field inline">
          <label htmlFor="ra-pd">{t('ra.filter.pd')}</label>
          <select id="ra-pd" value={pd} onChange={(e) => setParam('pd', e.target.value)}>
            <option value="">{rights.ownPds ? t('ra.filter.ownPd') : t('ra.filter.allPd')}</option>
            {pdChoices.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {q.data && (
          <p className="muted small" role="status">
            {t('ra.filter.shown', { n: plans.length, total: q.data.length })}
          </p>
        )}
      </div>

      <nav className="tabs" aria-label={t('ra.tabs')}>
        {TABS.map((name) => (
          <Link key={name} to={tabHref(name)} aria-current={tab === name ? 'page' : undefined} className="tab">
            {t(`ra.tab.${name}`)}
          </Link>
        ))}
      </nav>

      {saved && tab === 'daftar' && (
        <p className="notice notice-success" role="status">
          {t('ra.saved', { name: saved })}
        </p>
      )}
      {editing && tab === 'daftar' && (
        <div ref={formRef}>
          <PlanFormCard
            key={editing === 'new' ? 'new' : `${editing.id}:${editing.rowVersion}`}
            year={year}
            plan={editing === 'new' ? null : editing}
            doc={doc}
            rights={rights}
            defaultScheme={quarterly ? 'quarter' : 'semester'}
            onDone={(p) => {
              setEditing(null);
              setSaved(p.rincianKegiatan);
            }}
            onCancel={() => setEditing(null)}
          />
        </div>
      )}

      {tab === 'excel' ? (
        <PlanExcel year={year} pdKey={pd || undefined} canImport={rights.canManage} />
      ) : q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : tab === 'linimasa' ? (
        <PlanTimeline
          plans={plans}
          doc={doc}
          year={year}
          progress={progress}
          groupBy={grouping}
          onGroupBy={(g) => setParam('kelompok', g === 'pd' ? null : g)}
        />
      ) : (
        <PlanList
          plans={plans}
          doc={doc}
          progress={progress}
          rights={rights}
          onEdit={(p) => {
            setSaved(null);
            setEditing(p);
          }}
        />
      )}
    </div>
  );
}
