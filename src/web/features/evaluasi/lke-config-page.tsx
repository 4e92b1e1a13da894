// Konfigurasi LKE: the versioned LKE configurations (year, label, locked by a closed evaluation,
// used by which years), one configuration's tree with weights and ranges, cloning for a new year,
// and editing an unlocked clone's labels, weights and ranges (admin) with the server's validation
// findings shown by line or component code.
import { useCan } from '../auth/auth.tsx';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useLkeConfigs } from './evaluasi-api.ts';
import { ConfigDetail } from './lke-config-detail.tsx';
import './evaluasi.css';

export function LkeConfigPage() {
  const { t } = useT();
  const fmt = useFormat();
  usePageTitle(t('ev.cfg.title'));
  const q = useLkeConfigs();
  const canConfigure = useCan('lke:configure');
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('id');
  const select = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('id', id);
    setParams(next);
  };
  const selected = q.data?.find((c) => c.id === selectedId) ?? null;
  return (
    <div className="evaluasi lke-config">
      <div className="page-head">
        <p className="eyebrow">
          <Link to="/evaluasi">{t('ev.title')}</Link>
        </p>
        <h1>{t('ev.cfg.title')}</h1>
        <p className="lead">{t('ev.cfg.lead')}</p>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <Empty>{t('ev.cfg.none')}</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data ev-cfg-list">
              <thead>
                <tr>
                  <th scope="col">{t('ev.cfg.year')}</th>
                  <th scope="col">{t('ev.cfg.label')}</th>
                  <th scope="col">{t('ev.cfg.state')}</th>
                  <th scope="col">{t('ev.cfg.usedBy')}</th>
                  <th scope="col">{t('ev.cfg.findings')}</th>
                  <th scope="col">{t('ev.ws.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {[...q.data]
                  .sort((a, b) => b.year - a.year)
                  .map((c) => (
                    <tr key={c.id} data-config={c.year} aria-current={c.id === selectedId ? 'true' : undefined}>
                      <th scope="row">{c.year}</th>
                      <td>{c.label}</td>
                      <td>
                        <span className={`badge ${c.locked ? 'sev-warning' : 'status-active'}`}>
                          {c.locked ? t('ev.cfg.locked') : t('ev.cfg.editable')}
                        </span>
                      </td>
                      <td>
                        {c.usedBy.length === 0
                          ? '—'
                          : c.usedBy
                              .map((u) => `${u.year} (${t(u.status === 'closed' ? 'ev.closedShort' : 'ev.openShort')})`)
                              .join(', ')}
                      </td>
                      <td>{c.findings.length === 0 ? t('ev.cfg.noFindings') : fmt.number(c.findings.length)}</td>
                      <td>
                        <button type="button" className="link" onClick={() => select(c.id)}>
                          {t('ev.cfg.open', { year: c.year })}
                        </button>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          {selected && (
            <ConfigDetail
              key={`${selected.id}:${selected.rowVersion}`}
              c={selected}
              canConfigure={canConfigure}
              onCloned={select}
            />
          )}
        </>
      )}
    </div>
  );
}
