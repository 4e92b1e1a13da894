// Building blocks of the comparison page: the change marker (text beside the colour), the table of
// changes with before/after columns, and the rows of an indicator's or another entity's changes.
import type { ReactNode } from 'react';
import type { ChangeKind, EntityChange, IndicatorChange, IndicatorFieldChange } from '../../../domain/roadmap/diff.ts';
import type { NodeKind, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import type { Formatter } from '../../shared/format.ts';
import { POLARITY } from './indicator-text.ts';

export const NODE_KINDS: NodeKind[] = [
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

export function ChangeMarker({ change }: { change: ChangeKind }) {
  const { t } = useT();
  return (
    <span className={`chg chg-${change}`}>
      <span aria-hidden="true">{CHANGE[change].icon}</span> {t(CHANGE[change].key)}
    </span>
  );
}

export interface DetailRow {
  label: string;
  before: ReactNode;
  after: ReactNode;
}

export interface Item {
  key: string;
  change: ChangeKind;
  title: ReactNode;
  rows: DetailRow[];
}

export function ChangeTable({
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

export const text = (v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? '–' : String(v);

export function indicatorRows(
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

export function scalarRows<F extends { field: string; before: unknown; after: unknown }>(
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

export function entityItems<T, F extends { field: string; before: unknown; after: unknown }>(
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
