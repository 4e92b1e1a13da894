// The evaluator's form for a past year's Indeks RB (regulation or national result): year and index
// checked by the contract's bounds before sending, the predikat optional (the server derives it
// from the bands or checks it against them), the server's field messages under their field.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addHistoryBody } from '../../../domain/contracts/evaluasi.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { evaluasiApi, evaluasiKeys } from './evaluasi-api.ts';
import { FieldError } from '../../shared/field.tsx';

export function HistoryForm({ config }: { config: LkeConfig | null }) {
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
  // The contract's own bounds decide; the messages are the form's, in the user's language.
  const yearOk = year.trim() !== '' && addHistoryBody.shape.year.safeParse(yearNum).success;
  const yearErr = tried && !yearOk ? t('ev.hist.yearBad') : null;
  const read = readNumberId(indeks);
  const indeksErr =
    indeks.trim() === ''
      ? tried
        ? t('ev.hist.indeksRequired')
        : null
      : !read.ok || !addHistoryBody.shape.indeks.safeParse(read.value).success
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
  const err = (id: string, m: string | null) => <FieldError id={id} message={m} />;
  return (
    <form
      className="ev-history-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!yearOk || indeks.trim() === '' || indeksErr) return;
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
