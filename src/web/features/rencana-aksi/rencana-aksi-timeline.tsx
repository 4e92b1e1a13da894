// Timeline (Gantt-like) of the year's action plans: a CSS grid of the twelve months, one bar per plan
// over its waktu pelaksanaan, grouped per PD or per kegiatan, coloured by the workflow status of its
// latest realisasi and filled to the output realised so far.
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { INTL_LOCALE } from '../../../domain/format/number.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty } from '../../shared/states.tsx';
import { REALISASI_STATUS } from '../monitoring/entry-card.tsx';
import type { PlanProgress, RencanaAksi } from './rencana-aksi-api.ts';

export type TimelineGrouping = 'pd' | 'kegiatan';

const monthOf = (iso: string) => Number(iso.slice(5, 7));

interface Group {
  key: string;
  title: string;
  plans: RencanaAksi[];
}

function groupsOf(doc: RoadMapDocument, plans: RencanaAksi[], by: TimelineGrouping): Group[] {
  const keyOf = (p: RencanaAksi) => (by === 'pd' ? p.pelaksanaPdKey : p.nodeKey);
  const order =
    by === 'pd'
      ? doc.perangkatDaerah.map((p) => ({ key: p.key, title: p.name }))
      : doc.nodes.map((n) => ({ key: n.key, title: n.name }));
  const out: Group[] = [];
  for (const o of order) {
    const list = plans.filter((p) => keyOf(p) === o.key);
    if (list.length) out.push({ ...o, plans: [...list].sort((a, b) => a.startDate.localeCompare(b.startDate)) });
  }
  const known = new Set(out.map((g) => g.key));
  for (const p of plans) {
    if (known.has(keyOf(p))) continue;
    known.add(keyOf(p));
    out.push({ key: keyOf(p), title: keyOf(p), plans: plans.filter((x) => keyOf(x) === keyOf(p)) });
  }
  return out;
}

export function PlanTimeline({
  plans,
  doc,
  year,
  progress,
  groupBy,
  onGroupBy,
}: {
  plans: RencanaAksi[];
  doc: RoadMapDocument;
  year: number;
  progress: Map<string, PlanProgress>;
  groupBy: TimelineGrouping;
  onGroupBy(g: TimelineGrouping): void;
}) {
  const { t, locale } = useT();
  const fmt = useFormat();
  const monthName = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'short', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => monthName.format(new Date(Date.UTC(year, i, 1))));
  const now = new Date();
  const currentMonth = now.getFullYear() === year ? now.getMonth() + 1 : null;
  const groups = groupsOf(doc, plans, groupBy);
  const other = (p: RencanaAksi) =>
    groupBy === 'pd'
      ? (doc.nodes.find((n) => n.key === p.nodeKey)?.name ?? p.nodeKey)
      : (doc.perangkatDaerah.find((x) => x.key === p.pelaksanaPdKey)?.name ?? p.pelaksanaPdKey);

  return (
    <div className="timeline-view">
      <fieldset className="timeline-grouping">
        <legend>{t('ra.tl.groupBy')}</legend>
        {(['pd', 'kegiatan'] as const).map((g) => (
          <label key={g} className="choice">
            <input type="radio" name="tl-group" checked={groupBy === g} onChange={() => onGroupBy(g)} />
            {t(g === 'pd' ? 'ra.tl.byPd' : 'ra.tl.byKegiatan')}
          </label>
        ))}
      </fieldset>
      {!plans.length ? (
        <Empty>{t('ra.list.empty')}</Empty>
      ) : (
        <div className="timeline" role="table" aria-label={t('ra.tl.caption', { year })}>
          <div className="tl-row tl-head" role="row">
            <div className="tl-label" role="columnheader">
              {t('ra.field.rincian')}
            </div>
            {months.map((m, i) => (
              <div
                key={m}
                role="columnheader"
                className={`tl-month${currentMonth === i + 1 ? ' tl-now' : ''}`}
                aria-current={currentMonth === i + 1 ? 'date' : undefined}
              >
                {m}
              </div>
            ))}
          </div>
          {groups.map((g) => (
            <div key={g.key} role="rowgroup" className="tl-group" data-group={g.key}>
              <div className="tl-row tl-group-head" role="row">
                <div className="tl-group-title" role="rowheader">
                  {g.title} <span className="muted small">{t('ra.list.count', { n: g.plans.length })}</span>
                </div>
              </div>
              {g.plans.map((p) => {
                const pr = progress.get(p.id);
                const start = p.startDate.startsWith(`${year}`) ? monthOf(p.startDate) : 1;
                const end = p.endDate.startsWith(`${year}`) ? monthOf(p.endDate) : 12;
                const statusKey: MessageKey = pr ? REALISASI_STATUS[pr.status] : 'ra.tl.noRealisasi';
                const fill = pr?.percent == null ? 0 : Math.max(0, Math.min(100, pr.percent));
                const label = t('ra.tl.bar', {
                  name: p.rincianKegiatan,
                  from: fmt.date(p.startDate),
                  to: fmt.date(p.endDate),
                  status: t(statusKey),
                  progress: pr?.percent == null ? '—' : fmt.percent(pr.percent),
                });
                return (
                  <div key={p.id} className="tl-row" role="row" data-plan={p.id}>
                    <div className="tl-label" role="rowheader">
                      {p.rincianKegiatan}
                      <span className="muted small block">{other(p)}</span>
                    </div>
                    <div className="tl-track" role="cell">
                      <div
                        className={`tl-bar tl-${pr?.status ?? 'none'}`}
                        style={{ gridColumn: `${start} / ${end + 1}` }}
                        title={label}
                        data-start-month={start}
                        data-end-month={end}
                      >
                        <span className="tl-fill" style={{ width: `${fill}%` }} aria-hidden="true" />
                        <span className="tl-text">{pr?.percent == null ? '' : fmt.percent(pr.percent)}</span>
                        <span className="visually-hidden">{label}</span>
                      </div>
                    </div>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
      <ul className="tl-legend" aria-label={t('ra.tl.legend')}>
        {(['none', 'draft', 'submitted', 'returned', 'verified'] as const).map((s) => (
          <li key={s}>
            <span className={`tl-swatch tl-${s}`} aria-hidden="true" />
            {t(s === 'none' ? 'ra.tl.noRealisasi' : REALISASI_STATUS[s])}
          </li>
        ))}
        <li>{t('ra.tl.fillHint')}</li>
      </ul>
    </div>
  );
}
