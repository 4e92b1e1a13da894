// "Tim evaluasi": the year's Tim Evaluasi Internal — who is in it (ketua, pengendali teknis, anggota,
// with their PD) and who evaluates which PD and sasaran. The evaluator edits it; a member is not
// offered for a PD they belong to, and the server refuses it too (EVALUATOR_OWN_PD).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PERAN_TIM, PERAN_TIM_LABELS, type PeranTim } from '../../../domain/evaluasi/tim.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import { timApi, timKeys, useTim, type Tim } from './tim-api.ts';
import { draftOfTim, knownOf, timBodyOf, timDraftProblems, type TimDraft } from './tim-form-state.ts';
import { TimTugas } from './tim-tugas.tsx';

export function TimPanel({ year }: { year: number }) {
  const { t } = useT();
  const q = useTim(year);
  const canEdit = useCan('evaluasi:score');
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  if (!canEdit && !q.data.exists) return <Empty>{t('tim.emptyRead', { year })}</Empty>;
  return <TimForm key={q.data.year} tim={q.data} editable={canEdit} />;
}

function TimForm({ tim, editable }: { tim: Tim; editable: boolean }) {
  const { t, pick } = useT();
  const qc = useQueryClient();
  const [d, setD] = useState<TimDraft>(() => draftOfTim(tim));
  const [tried, setTried] = useState(false);
  const known = knownOf(tim);
  const save = useMutation({
    mutationFn: () => timApi.save(tim.year, timBodyOf(d, tim.rowVersion)),
    onSuccess: (out) => {
      setD(draftOfTim(out));
      qc.setQueryData(timKeys.year(tim.year), out);
    },
  });
  const local = tried ? timDraftProblems(d, known) : new Map<string, string>();
  const server = new Map<string, string>();
  if (save.error instanceof ApiError) for (const e of save.error.fields) server.set(e.field, e.message);
  const msg = (f: string) => local.get(f) ?? (save.isError ? server.get(f) : undefined) ?? null;
  const free = tim.pilihan.akun.filter((a) => !d.anggota.some((m) => m.userId === a.id));
  const setMember = (i: number, patch: Partial<TimDraft['anggota'][number]>) =>
    setD({ ...d, anggota: d.anggota.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const name = (id: string) => tim.pilihan.akun.find((a) => a.id === id)?.displayName ?? id;
  return (
    <form
      className="card tim-form"
      aria-labelledby="tim-h"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (timDraftProblems(d, known).size === 0) save.mutate();
      }}
    >
      <h2 id="tim-h">{t('tim.title', { year: tim.year })}</h2>
      <p className="muted">{t('tim.lead')}</p>
      {!tim.exists && <p className="notice notice-info">{t('tim.empty', { year: tim.year })}</p>}
      <Field id="tim-sk" label={t('tim.sk')}>
        {(c) => (
          <input
            {...c}
            value={d.skNomor}
            disabled={!editable}
            onChange={(e) => setD({ ...d, skNomor: e.target.value })}
          />
        )}
      </Field>
      <fieldset className="tim-members">
        <legend>{t('tim.anggota')}</legend>
        {msg('anggota') && <p className="field-error">✖ {msg('anggota')}</p>}
        {d.anggota.map((m, i) => (
          <div key={m.userId} className="field-row" data-anggota={name(m.userId)}>
            <p className="tim-name">
              <strong>{name(m.userId)}</strong>
            </p>
            <Field id={`tim-peran-${i}`} label={t('tim.peran')} error={msg(`anggota.${i}.peran`)}>
              {(c) => (
                <select
                  {...c}
                  value={m.peran}
                  disabled={!editable}
                  onChange={(e) => setMember(i, { peran: e.target.value as PeranTim })}
                >
                  {PERAN_TIM.map((p) => (
                    <option key={p} value={p}>
                      {pick(PERAN_TIM_LABELS[p])}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`tim-pd-${i}`} label={t('tim.pd')} error={msg(`anggota.${i}.pdKey`)}>
              {(c) => (
                <select
                  {...c}
                  value={m.pdKey}
                  disabled={!editable}
                  onChange={(e) => setMember(i, { pdKey: e.target.value })}
                >
                  <option value="">{t('tim.noPd')}</option>
                  {tim.pilihan.pd.map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {editable && (
              <button
                type="button"
                className="link"
                onClick={() => setD({ ...d, anggota: d.anggota.filter((_, j) => j !== i) })}
              >
                {t('tim.remove', { name: name(m.userId) })}
              </button>
            )}
          </div>
        ))}
        {editable && free.length > 0 && (
          <div className="actions">
            {free.map((a) => (
              <button
                key={a.id}
                type="button"
                onClick={() =>
                  setD({
                    ...d,
                    anggota: [...d.anggota, { userId: a.id, peran: d.anggota.length ? 'anggota' : 'ketua', pdKey: '' }],
                  })
                }
              >
                {t('tim.add', { name: a.displayName })}
              </button>
            ))}
          </div>
        )}
      </fieldset>
      <TimTugas tim={tim} draft={d} onChange={setD} editable={editable} msg={msg} />
      {save.isError && server.size === 0 && <ErrorBox error={save.error} title={t('tim.saveFailed')} />}
      {save.isSuccess && (
        <p className="notice notice-success" role="status">
          {t('tim.saved')}
        </p>
      )}
      {editable && (
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('tim.save')}
        </button>
      )}
    </form>
  );
}
