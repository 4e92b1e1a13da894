// Grading the quality of the rencana aksi as the Evaluator Nasional does: each criterion of the
// configuration as a percentage graded A–E live (or YA/TIDAK), the app's own measurements offered
// with "Pakai", and the resulting raw value of the rencana aksi line; saving a complete grading sets
// that line's value on the server.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lineMap } from '../../../domain/evaluasi/lke-tree.ts';
import type { RenaksiCriterion } from '../../../domain/evaluasi/lke-types.ts';
import {
  GRADE_SCORE,
  gradeOfPercent,
  scoreRenaksi,
  type CriterionAnswer,
} from '../../../domain/evaluasi/renaksi-grade.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { evaluasiApi, evaluasiKeys, type Worksheet } from './evaluasi-api.ts';
import { lineLabel, numberToText } from './lke-inputs.ts';

type Answer = { kind: 'percent'; text: string } | { kind: 'yes_no'; value: '' | 'yes' | 'no' };

function initial(c: RenaksiCriterion, a: CriterionAnswer | undefined): Answer {
  if (c.kind === 'yes_no') return { kind: 'yes_no', value: a && 'yes' in a ? (a.yes ? 'yes' : 'no') : '' };
  return { kind: 'percent', text: a && 'percent' in a ? numberToText(a.percent) : '' };
}

/** The answer to send, null when not given, 'bad' when the text is not a percentage 0–100. */
function toAnswer(a: Answer): CriterionAnswer | null | 'bad' {
  if (a.kind === 'yes_no') return a.value === '' ? null : { yes: a.value === 'yes' };
  if (a.text.trim() === '') return null;
  const r = readNumberId(a.text);
  if (!r.ok || r.value < 0 || r.value > 100) return 'bad';
  return { percent: r.value };
}

export function RenaksiGrading({ ws, editable }: { ws: Worksheet; editable: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const config = ws.config.definition;
  const criteria = config.renaksiCriteria;
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(criteria.map((c) => [c.code, initial(c, ws.evaluasi.renaksiAnswers[c.code])])),
  );
  const line = ws.renaksi ? lineMap(config).get(ws.renaksi.lineCode)?.line : undefined;
  const parsed = Object.fromEntries(criteria.map((c) => [c.code, toAnswer(answers[c.code]!)]));
  const valid: Record<string, CriterionAnswer> = {};
  for (const [code, a] of Object.entries(parsed)) if (a && a !== 'bad') valid[code] = a;
  const anyBad = Object.values(parsed).includes('bad');
  const live = scoreRenaksi(criteria, { answers: valid }, line?.max ?? 1);
  const save = useMutation({
    mutationFn: () =>
      evaluasiApi.update(ws.evaluasi.year, {
        koefisien: ws.evaluasi.koefisien,
        renaksiAnswers: valid,
        rowVersion: ws.evaluasi.rowVersion,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: evaluasiKeys.all }),
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'STALE_WRITE') void qc.invalidateQueries({ queryKey: evaluasiKeys.all });
    },
  });
  const serverMsg = (code: string) =>
    save.error instanceof ApiError
      ? (save.error.fields.find((f) => f.field.replace(/^body\./, '') === `renaksiAnswers.${code}`)?.message ?? null)
      : null;
  const set = (code: string, a: Answer) => {
    save.reset();
    setAnswers((x) => ({ ...x, [code]: a }));
  };
  const groups: { group: RenaksiCriterion['group']; title: string }[] = [
    { group: 'kegiatan_utama', title: t('ev.rg.groupKu') },
    { group: 'rencana_aksi', title: t('ev.rg.groupRa') },
  ];

  return (
    <section className="card ev-renaksi" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('ev.rg.title')}</h2>
      <p className="hint">{t('ev.rg.intro')}</p>
      {line && <p>{t('ev.rg.line', { line: lineLabel(line), max: fmt.number(line.max) })}</p>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!anyBad) save.mutate();
        }}
      >
        {groups.map((g) => (
          <fieldset key={g.group}>
            <legend>{g.title}</legend>
            {criteria
              .filter((c) => c.group === g.group)
              .map((c) => {
                const a = answers[c.code]!;
                const p = parsed[c.code];
                const id = `${uid}-${c.code}`;
                const suggestion = ws.suggestions.renaksi[c.code];
                const err = p === 'bad' ? t('ev.rg.percentBad') : serverMsg(c.code);
                const grade =
                  p && p !== 'bad' ? ('percent' in p ? gradeOfPercent(p.percent) : p.yes ? 'YA' : 'TIDAK') : null;
                return (
                  <div key={c.code} className="ev-criterion" data-criterion={c.code}>
                    <div className="field">
                      <label htmlFor={id}>
                        {c.name}{' '}
                        <span className="muted small">
                          ({t('ev.rg.weight', { n: fmt.percent(c.weight * 100, { maxDecimals: 2 }) })})
                        </span>
                      </label>
                      <div className="ev-criterion-input">
                        {a.kind === 'yes_no' ? (
                          <select
                            id={id}
                            value={a.value}
                            disabled={!editable}
                            onChange={(e) =>
                              set(c.code, { kind: 'yes_no', value: e.target.value as '' | 'yes' | 'no' })
                            }
                          >
                            <option value="">{t('ev.rg.notAssessed')}</option>
                            <option value="yes">{t('ev.rg.yes')}</option>
                            <option value="no">{t('ev.rg.no')}</option>
                          </select>
                        ) : (
                          <>
                            <input
                              id={id}
                              className="lke-raw"
                              inputMode="decimal"
                              value={a.text}
                              readOnly={!editable}
                              aria-invalid={!!err}
                              aria-describedby={err ? `${id}-err` : undefined}
                              onChange={(e) => set(c.code, { kind: 'percent', text: e.target.value })}
                            />
                            <span aria-hidden="true">%</span>
                          </>
                        )}
                        <span className={`badge ev-grade grade-${grade ?? 'none'}`} data-role="grade">
                          {grade
                            ? grade === 'YA' || grade === 'TIDAK'
                              ? t(grade === 'YA' ? 'ev.rg.yes' : 'ev.rg.no')
                              : t('ev.rg.grade', { grade, score: fmt.number(GRADE_SCORE[grade]) })
                            : t('ev.rg.notAssessed')}
                        </span>
                      </div>
                      {err && (
                        <p className="field-error" id={`${id}-err`}>
                          {err}
                        </p>
                      )}
                    </div>
                    {suggestion && (
                      <p className="hint ev-rg-suggestion">
                        {t('ev.rg.suggestion', { percent: fmt.percent(suggestion.percent) })} {suggestion.detail}{' '}
                        {editable && a.kind === 'percent' && (
                          <button
                            type="button"
                            className="link"
                            aria-label={t('ev.rg.useFor', { code: c.code })}
                            onClick={() =>
                              set(c.code, {
                                kind: 'percent',
                                text: numberToText(Math.round(suggestion.percent * 100) / 100),
                              })
                            }
                          >
                            {t('ev.rg.use')}
                          </button>
                        )}
                      </p>
                    )}
                  </div>
                );
              })}
          </fieldset>
        ))}
        <p className="ev-rg-result" role="status">
          {live.raw === null
            ? t('ev.rg.incomplete', { n: live.criteria.filter((x) => x.score === null).length })
            : t('ev.rg.raw', { raw: fmt.number(live.raw, { maxDecimals: 4 }), max: fmt.number(line?.max ?? 1) })}
        </p>
        {save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0) && (
          <ErrorBox error={save.error} />
        )}
        {editable && (
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending || anyBad}>
              {save.isPending ? t('state.working') : t('ev.rg.save')}
            </button>
            {save.isSuccess && (
              <span className="muted small" role="status">
                {live.raw === null ? t('ev.rg.savedPartial') : t('ev.rg.saved')}
              </span>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
