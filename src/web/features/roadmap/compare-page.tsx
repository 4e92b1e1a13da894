// Compare two versions (Bandingkan): what was added, removed or changed — sasaran, kegiatan, tema,
// indicators (targets, baseline, responsible PDs), table rows, perangkat daerah and narrative — with
// before/after columns and a text marker beside the colour for each change. The items come from
// compare-items.tsx, the tables from compare-parts.tsx.
import { Link, useSearchParams } from 'react-router';
import { kindLabel } from '../../../domain/roadmap/locate.ts';
import { useDiff, useVersion } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import { compareItems } from './compare-items.tsx';
import { ChangeMarker, ChangeTable, NODE_KINDS } from './compare-parts.tsx';

export function ComparePage() {
  const { t, pick, locale } = useT();
  const fmt = useFormat();
  const { href } = useVersionView();
  const [params] = useSearchParams();
  const from = params.get('dari');
  const to = params.get('ke');
  usePageTitle(t('compare.title'));
  const dq = useDiff(from, to);
  const fq = useVersion(from ?? undefined);
  const tq = useVersion(to ?? undefined);

  if (!from || !to) {
    return (
      <Empty>
        {t('compare.pick')} <Link to={href('versi')}>{t('nav.versions')}</Link>
      </Empty>
    );
  }
  const failed = dq.error ?? fq.error ?? tq.error;
  if (failed)
    return <ErrorBox error={failed} onRetry={() => void Promise.all([dq.refetch(), fq.refetch(), tq.refetch()])} />;
  if (!dq.data || !fq.data || !tq.data) return <Loading />;

  const { diff } = dq.data;
  const before = fq.data.document;
  const after = tq.data.document;
  const beforeLabel = t('diff.beforeOf', { label: `${before.roadMap.versionLabel} (v${fq.data.versionNo})` });
  const afterLabel = t('diff.afterOf', { label: `${after.roadMap.versionLabel} (v${tq.data.versionNo})` });
  const s = diff.summary;

  const { headerItems, nodeItems, indicatorItems, placementItems, pdItems, narrativeItems } = compareItems(
    { t, pick, locale, fmt, href },
    diff,
    before,
    after,
  );

  const summaryRows: [string, { added: number; removed: number; changed: number }][] = [
    ...NODE_KINDS.map((k) => [pick(kindLabel(k)), s.nodesByKind[k]] as [string, typeof s.nodes]),
    [t('count.indicators'), s.indicators],
    [t('count.placements'), s.placements],
    [t('count.pd'), s.perangkatDaerah],
    [t('overview.narrative'), s.narrative],
  ];

  return (
    <article>
      <header className="page-head">
        <h1>{t('compare.title')}</h1>
        <p className="lead">
          {beforeLabel} → {afterLabel}
        </p>
        <p>
          <Link to={href('versi')}>{t('compare.back')}</Link>
        </p>
      </header>
      {s.identical ? (
        <Empty>{t('compare.identical')}</Empty>
      ) : (
        <>
          <section className="card">
            <h2>{t('compare.summary', { n: s.totalChanges })}</h2>
            <table className="data compact">
              <thead>
                <tr>
                  <th scope="col">{t('diff.item')}</th>
                  <th scope="col">
                    <ChangeMarker change="added" />
                  </th>
                  <th scope="col">
                    <ChangeMarker change="removed" />
                  </th>
                  <th scope="col">
                    <ChangeMarker change="changed" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {summaryRows
                  .filter(([, c]) => c.added + c.removed + c.changed > 0)
                  .map(([label, c]) => (
                    <tr key={label}>
                      <th scope="row">{label}</th>
                      <td className="num">{c.added}</td>
                      <td className="num">{c.removed}</td>
                      <td className="num">{c.changed}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
          <ChangeTable
            caption={t('diff.header')}
            items={headerItems}
            beforeLabel={beforeLabel}
            afterLabel={afterLabel}
          />
          {NODE_KINDS.map((k) => (
            <ChangeTable
              key={k}
              caption={pick(kindLabel(k))}
              items={nodeItems(k)}
              beforeLabel={beforeLabel}
              afterLabel={afterLabel}
            />
          ))}
          <ChangeTable
            caption={t('count.indicators')}
            items={indicatorItems}
            beforeLabel={beforeLabel}
            afterLabel={afterLabel}
          />
          <ChangeTable
            caption={t('diff.placements')}
            items={placementItems}
            beforeLabel={beforeLabel}
            afterLabel={afterLabel}
          />
          <ChangeTable caption={t('count.pd')} items={pdItems} beforeLabel={beforeLabel} afterLabel={afterLabel} />
          <ChangeTable
            caption={t('overview.narrative')}
            items={narrativeItems}
            beforeLabel={beforeLabel}
            afterLabel={afterLabel}
          />
        </>
      )}
    </article>
  );
}
