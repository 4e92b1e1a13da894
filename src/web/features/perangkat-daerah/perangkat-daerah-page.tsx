// Perangkat daerah (regional agencies): each unit with short name, kind, how many indicators it
// leads or supports in the viewed version, the list of those indicators (expandable, linked), and
// its people in this year's STU and pokja.
import { RecordHistory } from '../audit/record-history.tsx';
import { StuPdPeople } from '../stu/stu-pd-people.tsx';
import { Link } from 'react-router';
import type { PdKind } from '../../../domain/roadmap/types.ts';
import { usePerangkatDaerah } from '../../api/endpoints.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { indicatorPath, useVersionView } from '../../shared/version-context.tsx';

const KIND: Record<PdKind, MessageKey> = {
  sekretariat: 'pdKind.sekretariat',
  bagian: 'pdKind.bagian',
  dinas: 'pdKind.dinas',
  badan: 'pdKind.badan',
  inspektorat: 'pdKind.inspektorat',
  kecamatan: 'pdKind.kecamatan',
  lainnya: 'pdKind.lainnya',
};

export function PerangkatDaerahPage() {
  const { t } = useT();
  const { version, href } = useVersionView();
  usePageTitle(t('nav.pd'));
  const q = usePerangkatDaerah(version.id);
  const tableNo = (code: string) => code.replace('tabel', '');

  return (
    <article>
      <header className="page-head">
        <h1>{t('pd.title')}</h1>
        <p className="lead">{t('pd.lead')}</p>
      </header>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('pd.empty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="data pd-list">
            <thead>
              <tr>
                <th scope="col">{t('pd.shortName')}</th>
                <th scope="col">{t('pd.kind')}</th>
                <th scope="col" className="num">
                  {t('pd.leadCount')}
                </th>
                <th scope="col" className="num">
                  {t('pd.supportingCount')}
                </th>
                <th scope="col">{t('pd.indicators')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((item) => (
                <tr key={item.pd.key} id={`pd-${item.pd.key}`}>
                  <th scope="row">
                    {item.pd.shortName}
                    <div className="muted small">{item.pd.name}</div>
                    <StuPdPeople pdKey={item.pd.key} />
                    <RecordHistory entityType="perangkat_daerah" entityId={item.pd.key} />
                  </th>
                  <td>{t(KIND[item.pd.kind] ?? 'pdKind.lainnya')}</td>
                  <td className="num">{item.lead}</td>
                  <td className="num">{item.supporting}</td>
                  <td>
                    {item.items.length === 0 ? (
                      <span className="muted">{t('pd.none')}</span>
                    ) : (
                      <details>
                        <summary>{t('pd.showIndicators', { n: item.items.length })}</summary>
                        <ul className="pd-indicators">
                          {item.items.map((r) => (
                            <li key={r.indicatorKey}>
                              <Link to={href(indicatorPath(r.indicatorKey))}>{r.indicatorName}</Link>{' '}
                              <span className={`badge role-${r.role}`}>
                                {t(r.role === 'lead' ? 'role.lead' : 'role.supporting')}
                              </span>{' '}
                              <span className="muted small">
                                {r.tables.map((c) => t('table.short', { n: tableNo(c) })).join(', ')}
                              </span>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
