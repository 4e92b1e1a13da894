// What the comparison page lists, section by section: header, nodes of each kind, indicators, table
// rows, perangkat daerah and narrative, each change as an item with its before/after rows.
import { Link } from 'react-router';
import type { NodeChange, RoadMapDiff } from '../../../domain/roadmap/diff.ts';
import type { NodeKind, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { shortName, wherePlacement } from '../../../domain/roadmap/locate.ts';
import type { MessageKey, useT } from '../../i18n/i18n.tsx';
import type { Formatter } from '../../shared/format.ts';
import { regulasiName } from '../../shared/regulasi.ts';
import { indicatorPath, type useVersionView } from '../../shared/version-context.tsx';
import { entityItems, indicatorRows, text, type DetailRow, type Item } from './compare-parts.tsx';

/** What the page's hooks provide (read before the page's early returns, so hooks keep their order). */
export interface CompareContext {
  t: ReturnType<typeof useT>['t'];
  pick: ReturnType<typeof useT>['pick'];
  locale: ReturnType<typeof useT>['locale'];
  fmt: Formatter;
  href: ReturnType<typeof useVersionView>['href'];
}

export function compareItems(
  { t, pick, locale, fmt, href }: CompareContext,
  diff: RoadMapDiff,
  before: RoadMapDocument,
  after: RoadMapDocument,
) {
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
                : f.field === 'printedUnit'
                  ? 'diff.printedUnit'
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

  return { headerItems, nodeItems, indicatorItems, placementItems, pdItems, narrativeItems };
}
