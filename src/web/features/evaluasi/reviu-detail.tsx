// One subject of a review opened: what the reviewer looks at (target, the period's realisasi with
// kendala and solusi, a plan changed since it was judged), the judgement per dimension — edited by
// a judge while the status allows, read otherwise — the earlier rounds, the PD's answer to a
// returned review, and the sanggah (sanggah-section.tsx).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sanggahDeadline } from '../../../domain/evaluasi/sanggah.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import { returnReasonProblem } from '../../../domain/monitoring/verification.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ConfirmDialog } from '../../shared/confirm-dialog.tsx';
import { Field } from '../../shared/field.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { reviuApi, reviuKeys, type ReviuList, type ReviuRow } from './reviu-api.ts';
import { complete, draftOf, draftProblems, evaluatorMoves, judgeBodyOf, type ReviuDraft } from './reviu-form-state.ts';
import { PenilaianEditor, PenilaianView } from './penilaian-editor.tsx';
import { SanggahSection } from './sanggah-section.tsx';

export function ReviuDetail({ list, row }: { list: ReviuList; row: ReviuRow }) {
  const { t } = useT();
  const fmt = useFormat();
  const r = row.reviu;
  const moves = evaluatorMoves(row);
  const changed = r?.planRowVersion != null && row.planRowVersion != null && row.planRowVersion !== r.planRowVersion;
  return (
    <div className="rv-detail">
      <dl className="facts">
        {row.sasaran && (
          <>
            <dt>{t('rv.sasaran')}</dt>
            <dd>{row.sasaran}</dd>
          </>
        )}
        <dt>{t('rv.target')}</dt>
        <dd>
          {row.target ?? '—'} <span className="muted small">{row.detail}</span>
        </dd>
        {list.tahap === 'on_going' && <RealisasiFacts row={row} />}
      </dl>
      {changed && (
        <p className="notice notice-info">
          {t('rv.planChanged', { from: r!.planRowVersion!, to: row.planRowVersion! })}
        </p>
      )}
      {row.judgeRefusal && row.judgeRefusal !== 'NOT_EVALUATOR' && (
        <p className="muted small">{t(`rv.refusal.${row.judgeRefusal}`)}</p>
      )}
      {moves.includes('nilai') ? (
        <JudgeForm key={`${r?.id ?? 'new'}-${r?.putaran ?? 0}-${r?.status ?? ''}`} list={list} row={row} />
      ) : (
        r && (
          <div>
            <p className="small">
              {t('rv.putaran', { n: r.putaran })}
              {r.evaluator && <> · {t('rv.by', { name: r.evaluator })}</>}
            </p>
            <PenilaianView penilaian={r.penilaian} dimensi={list.dimensi} />
            {r.rekomendasi && (
              <p>
                <strong>{t('rv.rekomendasi')}:</strong> {r.rekomendasi}
              </p>
            )}
          </div>
        )
      )}
      {r?.tanggapan && (
        <p>
          <strong>{t('rv.tanggapan')}:</strong> {r.tanggapan}
        </p>
      )}
      {row.mayRespond && r && <AnswerForm id={r.id} rowVersion={r.rowVersion} />}
      {r && r.riwayat.length > 0 && (
        <details>
          <summary>{t('rv.riwayat')}</summary>
          {r.riwayat.map((h) => (
            <div key={h.putaran} className="rv-round">
              <p className="small">
                {t('rv.putaran', { n: h.putaran })} · {fmt.dateTime(h.at)}
                {h.evaluator && <> · {t('rv.by', { name: h.evaluator })}</>}
              </p>
              <PenilaianView penilaian={h.penilaian} dimensi={list.dimensi} />
              {h.rekomendasi && <p className="small">{h.rekomendasi}</p>}
              {h.tanggapan && (
                <p className="small">
                  <strong>{t('rv.tanggapan')}:</strong> {h.tanggapan}
                </p>
              )}
            </div>
          ))}
        </details>
      )}
      {r?.sanggahSampai && <p className="hint">{t('rv.sanggahSampai', { date: fmt.date(r.sanggahSampai) })}</p>}
      {r && (row.sanggah.length > 0 || row.maySanggah) && <SanggahSection list={list} row={row} />}
    </div>
  );
}

function RealisasiFacts({ row }: { row: ReviuRow }) {
  const { t } = useT();
  const fmt = useFormat();
  const x = row.realisasi;
  if (!x)
    return (
      <>
        <dt>{t('rv.realisasi')}</dt>
        <dd>{t('rv.noRealisasi')}</dd>
      </>
    );
  const value = !x.value ? '—' : x.value.kind === 'number' ? fmt.number(x.value.value) : x.value.code;
  return (
    <>
      <dt>{t('rv.realisasi')}</dt>
      <dd>
        {value} · {t(`mon.rs.${x.status}`)} · {t('rv.evidence', { n: x.evidence })}
      </dd>
      {x.narrative && (
        <>
          <dt>{t('rv.narrative')}</dt>
          <dd>{x.narrative}</dd>
        </>
      )}
      <dt>{t('rv.kendala')}</dt>
      <dd>{x.kendala || '—'}</dd>
      <dt>{t('rv.solusi')}</dt>
      <dd>{x.solusi || '—'}</dd>
    </>
  );
}

function JudgeForm({ list, row }: { list: ReviuList; row: ReviuRow }) {
  const { t } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const [d, setD] = useState<ReviuDraft>(() => draftOf(row, list.dimensi));
  const [tried, setTried] = useState(false);
  const [asking, setAsking] = useState(false);
  const [returnTried, setReturnTried] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: reviuKeys.all });
  const save = useMutation({ mutationFn: () => reviuApi.judge(judgeBodyOf(list, row, d)), onSuccess: refresh });
  // Returning and finalising act on what is saved: the form is saved first when it changed.
  const step = useMutation({
    mutationFn: async (kind: 'kembalikan' | 'final') => {
      const saved = await reviuApi.judge(judgeBodyOf(list, row, d));
      return kind === 'final'
        ? reviuApi.final(saved.id, saved.rowVersion)
        : reviuApi.kembalikan(saved.id, saved.rowVersion);
    },
    onSettled: refresh,
  });
  const problems = tried ? draftProblems(d, list.dimensi) : new Map<string, string>();
  const serverFields = new Map<string, string>();
  for (const err of [save.error, step.error])
    if (err instanceof ApiError) for (const f of err.fields) serverFields.set(f.field, f.message);
  // A returned plan must tell the PD what to fix: the server's rule, checked before asking it.
  const returnProblem = returnTried ? returnReasonProblem(d.rekomendasi) : null;
  const msg = (field: string) =>
    problems.get(field) ??
    (field === 'rekomendasi' && returnProblem ? `${t('rv.rekomendasi')}: ${returnProblem.message}` : null) ??
    serverFields.get(field) ??
    null;
  const ok = () => {
    setTried(true);
    return draftProblems(d, list.dimensi).size === 0;
  };
  const done = complete(d, list.dimensi);
  const pending = save.isPending || step.isPending;
  return (
    <form
      className="rv-judge"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (ok()) save.mutate();
      }}
    >
      {row.reviu && (
        <p className="small">
          {t('rv.putaran', { n: row.reviu.putaran })}
          {row.reviu.evaluator && <> · {t('rv.by', { name: row.reviu.evaluator })}</>}
        </p>
      )}
      <PenilaianEditor
        idPrefix={`rv-${row.subjectKey}`}
        dimensi={list.dimensi}
        value={d.penilaian}
        onChange={(penilaian) => setD({ ...d, penilaian })}
        messageOf={msg}
      />
      <Field id={`rv-${row.subjectKey}-rek`} label={t('rv.rekomendasi')} error={msg('rekomendasi')}>
        {(a) => (
          <textarea
            {...a}
            rows={2}
            value={d.rekomendasi}
            onChange={(e) => setD({ ...d, rekomendasi: e.target.value })}
          />
        )}
      </Field>
      {(save.isError || step.isError) && <ErrorBox error={(save.error ?? step.error)!} title={t('rv.failed')} />}
      {save.isSuccess && !pending && (
        <p className="notice notice-success" role="status">
          {t('rv.saved')}
        </p>
      )}
      {tried && !done && <p className="hint">{t('rv.incomplete')}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('state.working') : t('rv.save')}
        </button>
        <button
          type="button"
          disabled={pending || !done}
          onClick={() => {
            setReturnTried(true);
            if (ok() && !returnReasonProblem(d.rekomendasi)) step.mutate('kembalikan');
          }}
        >
          {t('rv.kembalikan')}
        </button>
        {asking ? (
          <ConfirmDialog
            question={t('rv.finalConfirm', { date: fmt.date(sanggahDeadline(todayWita(new Date()))) })}
            confirmLabel={t('rv.final')}
            tone="primary"
            pending={pending}
            onConfirm={() => {
              setAsking(false);
              if (ok()) step.mutate('final');
            }}
            onCancel={() => setAsking(false)}
          />
        ) : (
          <button type="button" disabled={pending || !done} onClick={() => setAsking(true)}>
            {t('rv.final')}
          </button>
        )}
      </div>
    </form>
  );
}

function AnswerForm({ id, rowVersion }: { id: string; rowVersion: number }) {
  const { t } = useT();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const m = useMutation({
    mutationFn: () => reviuApi.tanggapi(id, text.trim(), rowVersion),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviuKeys.all }),
  });
  const fieldMsg =
    m.error instanceof ApiError ? (m.error.fields.find((f) => f.field === 'tanggapan')?.message ?? null) : null;
  return (
    <form
      className="rv-answer"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate();
      }}
    >
      <Field id={`rv-${id}-tanggapan`} label={t('rv.tanggapan')} hint={t('rv.tanggapanHint')} error={fieldMsg}>
        {(a) => <textarea {...a} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      {m.isError && !fieldMsg && <ErrorBox error={m.error} title={t('rv.failed')} />}
      <button type="submit" className="primary" disabled={m.isPending}>
        {m.isPending ? t('state.working') : t('rv.tanggapi')}
      </button>
    </form>
  );
}
