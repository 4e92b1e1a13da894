// Indeks RB over the years beside this year's worksheet: the regulation's own figure (2023: 52,94
// CC), national results and closed internal evaluations, as a table with bars; the evaluator
// records a past year's index (the server derives or checks the predikat against the bands).
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LkeResult } from '../../../domain/evaluasi/lke-score.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import { ApiError } from '../../api/client.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox, Loading } from '../../shared/states.tsx';
import { evaluasiApi, evaluasiKeys, useIndeksHistory, type HistoryEntry, type HistorySource } from './evaluasi-api.ts';

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
                        <span className="confirm">
                          <button type="button" className="danger" onClick={() => remove.mutate(r.key)}>
                            {t('ev.hist.removeYes')}
                          </button>
                          <button type="button" onClick={() => setConfirming(null)}>
                            {t('action.cancel')}
                          </button>
                        </span>
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

function HistoryForm({ config }: { config: LkeConfig | null }) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState('');
  const [source, setSource] = useState<'regulasi' | 'nasional'>('nasional');
  const [indeks, setIndeks] = useState('');
  const [predikat, setPredikat] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const yearNum = Number(year);
  const yearErr =
    tried && !(Number.isInteger(yearNum) && yearNum >= 2000 && yearNum <= 2100) ? t('ev.hist.yearBad') : null;
  const read = readNumberId(indeks);
  const indeksErr =
    indeks.trim() === ''
      ? tried
        ? t('ev.hist.indeksRequired')
        : null
      : !read.ok || read.value < 0 || read.value > 130
        ? t('ev.hist.indeksBad')
        : null;
  const add = useMutation({
    mutationFn: () =>
      evaluasiApi.addHistory({
        year: yearNum,
        source,
        indeks: read.ok ? read.value : 0,
        predikat: predikat || null,
        note: note.trim(),
      }),
    onSuccess: () => {
      setYear('');
      setIndeks('');
      setPredikat('');
      setNote('');
      setTried(false);
      setOpen(false);
      return qc.invalidateQueries({ queryKey: evaluasiKeys.history });
    },
  });
  const serverField = (name: string) =>
    add.error instanceof ApiError
      ? (add.error.fields.find((f) => f.field.replace(/^body\./, '') === name)?.message ?? null)
      : null;
  const fieldErrors = add.error instanceof ApiError && add.error.fields.length > 0;
  const codes = [...new Set(config?.bands.map((b) => b.code) ?? [])];
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('ev.hist.add')}
      </button>
    );
  const err = (id: string, m: string | null) =>
    m ? (
      <p className="field-error" id={id}>
        {m}
      </p>
    ) : null;
  return (
    <form
      className="ev-history-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!(Number.isInteger(yearNum) && yearNum >= 2000 && yearNum <= 2100) || indeks.trim() === '' || indeksErr)
          return;
        add.mutate();
      }}
    >
      <h3>{t('ev.hist.addTitle')}</h3>
      {add.isError && !fieldErrors && <ErrorBox error={add.error} />}
      <div className="field-row">
        <div className="field narrow">
          <label htmlFor={`${uid}-y`}>{t('ev.hist.year')}</label>
          <input
            id={`${uid}-y`}
            inputMode="numeric"
            value={year}
            aria-invalid={!!(yearErr ?? serverField('year'))}
            onChange={(e) => setYear(e.target.value)}
          />
          {err(`${uid}-y-err`, yearErr ?? serverField('year'))}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-s`}>{t('ev.hist.source')}</label>
          <select
            id={`${uid}-s`}
            value={source}
            onChange={(e) => setSource(e.target.value === 'regulasi' ? 'regulasi' : 'nasional')}
          >
            <option value="nasional">{t('ev.hist.src.nasional')}</option>
            <option value="regulasi">{t('ev.hist.src.regulasi')}</option>
          </select>
        </div>
        <div className="field narrow">
          <label htmlFor={`${uid}-i`}>{t('ev.hist.indeks')}</label>
          <input
            id={`${uid}-i`}
            inputMode="decimal"
            value={indeks}
            aria-invalid={!!(indeksErr ?? serverField('indeks'))}
            onChange={(e) => setIndeks(e.target.value)}
          />
          {err(`${uid}-i-err`, indeksErr ?? serverField('indeks'))}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-p`}>{t('ev.hist.predikatOptional')}</label>
          <select
            id={`${uid}-p`}
            value={predikat}
            aria-invalid={!!serverField('predikat')}
            onChange={(e) => setPredikat(e.target.value)}
          >
            <option value="">{t('ev.hist.predikatDerive')}</option>
            {codes.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          {err(`${uid}-p-err`, serverField('predikat'))}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${uid}-n`}>{t('ev.hist.note')}</label>
        <input id={`${uid}-n`} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={add.isPending}>
          {add.isPending ? t('state.working') : t('ev.hist.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
