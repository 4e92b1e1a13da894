// Compare two versions (Bandingkan): what was added, removed or changed — sasaran, kegiatan, tema,
// indicators (targets, baseline, responsible PDs), table rows, perangkat daerah and narrative — with
// before/after columns and a text marker beside the colour for each change.
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type {
  ChangeKind,
  EntityChange,
  IndicatorChange,
  IndicatorFieldChange,
  NodeChange,
} from '../../../domain/roadmap/diff.ts';
import type { NodeKind, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { kindLabel, shortName, wherePlacement } from '../../../domain/roadmap/locate.ts';
import { useDiff, useVersion } from '../../api/endpoints.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat, type Formatter } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { indicatorPath, useVersionView } from '../../shared/version-context.tsx';
import { POLARITY } from './indicator-text.ts';
import { regulasiName } from '../../shared/regulasi.ts';

const NODE_KINDS: NodeKind[] = [
  'tujuan',
  'sasaran_strategis',
  'sasaran_general',
  'kegiatan_utama',
  'tema',
  'sasaran_tematik',
];

const CHANGE: Record<ChangeKind, { key: MessageKey; icon: string }> = {
  added: { key: 'diff.added', icon: '+' },
  removed: { key: 'diff.removed', icon: '−' },
  changed: { key: 'diff.changed', icon: '✎' },
};

function ChangeMarker({ change }: { change: ChangeKind }) {
  const { t } = useT();
  return (
    <span className={`chg chg-${change}`}>
      <span aria-hidden="true">{CHANGE[change].icon}</span> {t(CHANGE[change].key)}
    </span>
  );
}

interface DetailRow {
  label: string;
  before: ReactNode;
  after: ReactNode;
}

interface Item {
  key: string;
  change: ChangeKind;
  title: ReactNode;
  rows: DetailRow[];
}

function ChangeTable({
  caption,
  items,
  beforeLabel,
  afterLabel,
}: {
  caption: string;
  items: Item[];
  beforeLabel: string;
  afterLabel: string;
}) {
  const { t } = useT();
  if (items.length === 0) return null;
  return (
    <section className="card diff-section">
      <div className="table-wrap">
        <table className="data diff">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diff.change')}</th>
              <th scope="col">{t('diff.item')}</th>
              <th scope="col">{t('diff.detail')}</th>
              <th scope="col">{beforeLabel}</th>
              <th scope="col">{afterLabel}</th>
            </tr>
          </thead>
          {items.map((it) => {
            const rows = it.rows.length > 0 ? it.rows : [{ label: '', before: '', after: '' }];
            return (
              <tbody key={it.key} className={`chg-group chg-group-${it.change}`} data-key={it.key}>
                {rows.map((r, i) => (
                  <tr key={i}>
                    {i === 0 && (
                      <td rowSpan={rows.length}>
                        <ChangeMarker change={it.change} />
                      </td>
                    )}
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={rows.length}>
                        {it.title}
                      </th>
                    )}
                    <td>{r.label}</td>
                    <td className="before">{r.before}</td>
                    <td className="after">{r.after}</td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}

const text = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '–' : String(v));

function indicatorRows(
  c: IndicatorChange,
  before: RoadMapDocument,
  after: RoadMapDocument,
  fmt: Formatter,
  t: (k: MessageKey, v?: Record<string, string | number>) => string,
): DetailRow[] {
  const sb = before.scales.find((s) => s.code === c.before?.scaleCode);
  const sa = after.scales.find((s) => s.code === c.after?.scaleCode);
  const ub = c.before?.unit;
  const ua = c.after?.unit;
  const pdName = (key: string) =>
    after.perangkatDaerah.find((p) => p.key === key)?.name ??
    before.perangkatDaerah.find((p) => p.key === key)?.name ??
    key;
  const role = (r: 'lead' | 'supporting' | null) =>
    r === null ? '–' : t(r === 'lead' ? 'role.lead' : 'role.supporting');
  return c.fields.map((f: IndicatorFieldChange): DetailRow => {
    switch (f.field) {
      case 'baseline':
        return {
          label: t('ind.baseline'),
          before:
            f.before.status === 'not_available'
              ? `${f.before.year}: N/A`
              : `${f.before.year}: ${fmt.baseline(f.before, sb, ub)}`,
          after:
            f.after.status === 'not_available'
              ? `${f.after.year}: N/A`
              : `${f.after.year}: ${fmt.baseline(f.after, sa, ua)}`,
        };
      case 'target':
        return {
          label: t('diff.targetYear', { year: f.year }),
          before: f.before ? fmt.target(f.before, sb, ub) : '–',
          after: f.after ? fmt.target(f.after, sa, ua) : '–',
        };
      case 'responsible':
        return { label: t('diff.pd', { name: pdName(f.pdKey) }), before: role(f.before), after: role(f.after) };
      case 'scaleCode':
        return {
          label: t('ind.scale'),
          before: before.scales.find((s) => s.code === f.before)?.name ?? text(f.before),
          after: after.scales.find((s) => s.code === f.after)?.name ?? text(f.after),
        };
      case 'polarity': {
        const p = (v: string | number | null) =>
          typeof v === 'string' && v in POLARITY ? t(POLARITY[v as keyof typeof POLARITY]) : text(v);
        return { label: t('ind.polarity'), before: p(f.before), after: p(f.after) };
      }
      default: {
        const labels: Record<string, MessageKey> = {
          name: 'ind.name',
          unit: 'ind.unit',
          sourceAgency: 'ind.sourceAgency',
          nationalIndicatorCode: 'ind.nationalCode',
          note: 'ind.note',
        };
        return { label: t(labels[f.field] ?? 'ind.name'), before: text(f.before), after: text(f.after) };
      }
    }
  });
}

function scalarRows<F extends { field: string; before: unknown; after: unknown }>(
  fields: F[],
  label: (f: string) => string,
): DetailRow[] {
  return fields.map((f) => ({
    label: label(f.field),
    before:
      typeof f.before === 'object' && f.before !== null ? JSON.stringify(f.before) : text(f.before as string | null),
    after: typeof f.after === 'object' && f.after !== null ? JSON.stringify(f.after) : text(f.after as string | null),
  }));
}

function entityItems<T, F extends { field: string; before: unknown; after: unknown }>(
  changes: EntityChange<T, F>[],
  title: (x: T) => ReactNode,
  label: (f: string) => string,
  describe?: (x: T) => string,
): Item[] {
  return changes.map((c) => {
    const x = (c.after ?? c.before) as T;
    const rows =
      c.change === 'changed'
        ? scalarRows(c.fields, label)
        : describe
          ? [
              {
                label: '',
                before: c.change === 'removed' ? describe(x) : '',
                after: c.change === 'added' ? describe(x) : '',
              },
            ]
          : [];
    return { key: c.key, change: c.change, title: title(x), rows };
  });
}

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

  const nodeLabelKey: Record<string, MessageKey> = {
    kind: 'diff.field.kind',
    parentKey: 'diff.field.parent',
    number: 'diff.field.number',
    name: 'ind.name',
    element: 'diff.field.element',
    formerName: 'overview.formerName',
    nationalKegiatanCode: 'diff.field.nationalCode',
    digitalPolicyCode: 'diff.field.digitalPolicy',
  };
  const nodeItems = (kind: NodeKind): Item[] =>
    entityItems(
      diff.nodes.filter((n: NodeChange) => n.kind === kind),
      (n) => (
        <>
          {n.number && <span className="node-no">{n.number}. </span>}
          {shortName(n.name, 120)}
        </>
      ),
      (f) => t(nodeLabelKey[f] ?? 'diff.detail'),
    );

  const indicatorItems: Item[] = diff.indicators.map((c) => {
    const x = c.after ?? c.before;
    const name = x?.name ?? c.key;
    const rows: DetailRow[] =
      c.change === 'changed'
        ? indicatorRows(c, before, after, fmt, t)
        : [
            {
              label: t('ind.targets'),
              before: c.before
                ? c.before.targets
                    .map(
                      (tg) =>
                        `${tg.year}: ${fmt.target(
                          tg,
                          before.scales.find((sc) => sc.code === c.before?.scaleCode),
                          c.before?.unit,
                        )}`,
                    )
                    .join('; ')
                : '',
              after: c.after
                ? c.after.targets
                    .map(
                      (tg) =>
                        `${tg.year}: ${fmt.target(
                          tg,
                          after.scales.find((sc) => sc.code === c.after?.scaleCode),
                          c.after?.unit,
                        )}`,
                    )
                    .join('; ')
                : '',
            },
          ];
    return {
      key: c.key,
      change: c.change,
      title: c.after ? <Link to={href(indicatorPath(c.key))}>{name}</Link> : name,
      rows,
    };
  });

  const placementItems: Item[] = diff.placements.map((c) => {
    const p = (c.after ?? c.before)!;
    const where = pick(wherePlacement(c.after ? after : before, p));
    const rows: DetailRow[] =
      c.change === 'changed'
        ? c.fields.map((f) => ({
            label: t(
              f.field === 'printedName'
                ? 'diff.printedName'
                : f.field === 'printedBaseline'
                  ? 'diff.printedBaseline'
                  : 'diff.printedTargets',
            ),
            before: f.before === null ? '–' : typeof f.before === 'string' ? f.before : JSON.stringify(f.before),
            after: f.after === null ? '–' : typeof f.after === 'string' ? f.after : JSON.stringify(f.after),
          }))
        : [];
    return { key: c.key, change: c.change, title: where, rows };
  });

  const pdLabel: Record<string, MessageKey> = { name: 'pd.name', shortName: 'pd.shortName', kind: 'pd.kind' };
  const pdItems = entityItems(
    diff.perangkatDaerah,
    (p) => p.name,
    (f) => (pdLabel[f] ? t(pdLabel[f]) : f),
    (p) => p.shortName,
  );
  const narrativeItems: Item[] = diff.narrative.map((c) => {
    const n = (c.after ?? c.before)!;
    return {
      key: c.key,
      change: c.change,
      title: n.title,
      rows:
        c.change === 'changed'
          ? c.fields.map((f) => ({
              label: t(f.field === 'title' ? 'diff.field.title' : 'diff.field.body'),
              before: shortName(String(f.before ?? ''), 300),
              after: shortName(String(f.after ?? ''), 300),
            }))
          : [],
    };
  });
  const headerItems: Item[] = diff.header.length
    ? [
        {
          key: 'header',
          change: 'changed',
          title: t('diff.header'),
          rows: diff.header.map((h) => headerRow(h.field, h.before, h.after)),
        },
      ]
    : [];

  function headerRow(field: string, b: string | number | null, a: string | number | null): DetailRow {
    const reg = (doc: RoadMapDocument, key: string | number | null) => {
      const r = doc.regulasi.find((x) => x.key === key);
      return r ? regulasiName(r, doc.instansi, locale) : text(key);
    };
    const status = (v: string | number | null) =>
      v === 'draft' || v === 'active' || v === 'superseded' ? t(`status.${v}`) : text(v);
    switch (field) {
      case 'regulasiKey':
        return { label: t('overview.setBy'), before: reg(before, b), after: reg(after, a) };
      case 'status':
        return { label: t('versions.status'), before: status(b), after: status(a) };
      case 'versionLabel':
        return { label: t('amend.versionLabel'), before: text(b), after: text(a) };
      case 'title':
        return { label: t('import.roadMapTitle'), before: text(b), after: text(a) };
      default:
        return { label: t('import.period'), before: text(b), after: text(a) };
    }
  }

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
