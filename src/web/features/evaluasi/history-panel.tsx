// Indeks RB over the years beside this year's worksheet: the regulation's own figure (2023: 52,94
// CC), national results and closed internal evaluations, as a table with bars; the evaluator
// records a past year's index (the server derives or checks the predikat against the bands).
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LkeResult } from '../../../domain/evaluasi/lke-score.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox, Loading } from '../../shared/states.tsx';
import { HistoryForm } from './history-form.tsx';
import { evaluasiApi, evaluasiKeys, useIndeksHistory, type HistoryEntry, type HistorySource } from './evaluasi-api.ts';
import { ConfirmDialog } from '../../shared/confirm-dialog.tsx';

const SOURCE_LABEL: Record<HistorySource | 'current', MessageKey> = {
  regulasi: 'ev.hist.src.regulasi',
  nasional: 'ev.hist.src.nasional',
  internal: 'ev.hist.src.internal',
  current: 'ev.hist.src.current',
};

interface Row {
  key: string;
  year: number;
  source: HistorySource | 'current';
  indeks: number;
  predikat: string;
  note: string;
  entry: HistoryEntry | null;
}

export function HistoryPanel({
  year,
  config,
  current,
  closed,
  editable,
}: {
  year: number;
  config: LkeConfig | null;
  /** This year's live result, shown until the year is closed (then it is in the history itself). */
  current: LkeResult | null;
  closed: boolean;
  editable: boolean;
}) {
  const { t } = useT();
  const fmt = useFormat();
  const q = useIndeksHistory();
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => evaluasiApi.removeHistory(id),
    onSuccess: () => qc.invalidateQueries({ queryKey: evaluasiKeys.history }),
  });
  const [confirming, setConfirming] = useState<string | null>(null);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const rows: Row[] = q.data.map((h) => ({
    key: h.id,
    year: h.year,
    source: h.source,
    indeks: h.indeks,
    predikat: h.predikat,
    note: h.note,
    entry: h,
  }));
  if (current && !closed)
    rows.push({
      key: 'current',
      year,
      source: 'current',
      indeks: current.indeks,
      predikat: current.predikat?.code ?? '—',
      note: '',
      entry: null,
    });
  const order: Record<Row['source'], number> = { regulasi: 0, nasional: 1, internal: 2, current: 3 };
  rows.sort((a, b) => a.year - b.year || order[a.source] - order[b.source]);
  const top = Math.max(120, ...rows.map((r) => r.indeks));

  return (
    <section className="card ev-history" aria-labelledby="ev-hist-title">
      <h2 id="ev-hist-title">{t('ev.hist.title')}</h2>
      <table className="data ev-history-table">
        <thead>
          <tr>
            <th scope="col">{t('ev.hist.year')}</th>
            <th scope="col">{t('ev.hist.source')}</th>
            <th scope="col" className="num">
              {t('ev.hist.indeks')}
            </th>
            <th scope="col">{t('ev.hist.predikat')}</th>
            <th scope="col" className="ev-bar-col">
              <span className="visually-hidden">{t('ev.hist.bar')}</span>
            </th>
            {editable && <th scope="col">{t('ev.ws.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-history={`${r.year}-${r.source}`} className={r.source === 'current' ? 'current' : ''}>
              <th scope="row">{r.year}</th>
              <td>
                {t(SOURCE_LABEL[r.source])}
                {r.note && <p className="small muted">{r.note}</p>}
              </td>
              <td className="num">{fmt.number(r.indeks, { decimals: 2 })}</td>
              <td>
                <strong>{r.predikat}</strong>
              </td>
              <td className="ev-bar-col" aria-hidden="true">
                <span className={`ev-bar src-${r.source}`} style={{ width: `${(r.indeks / top) * 100}%` }} />
              </td>
              {editable && (
                <td className="actions-cell">
                  {r.entry && r.entry.source !== 'internal' && (
                    <>
                      {confirming === r.key ? (
                        <ConfirmDialog
                          question={t('ev.hist.removeConfirm', { year: r.year })}
                          showQuestion={false}
                          confirmLabel={t('ev.hist.removeYes')}
                          pending={remove.isPending}
                          onConfirm={() => remove.mutate(r.key)}
                          onCancel={() => setConfirming(null)}
                        />
                      ) : (
                        <button type="button" className="link" onClick={() => setConfirming(r.key)}>
                          {t('action.remove')}
                        </button>
                      )}
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {remove.isError && <ErrorBox error={remove.error} />}
      {editable && <HistoryForm config={config} />}
    </section>
  );
}
