// The year's result as the LKE computes it: Indeks RB and predikat shown big, RB General, the
// koefisien (editable by the evaluator, −10…1), bobot penyesuaian, adjusted RB General, RB Tematik
// per theme, and the applicable lines still without a value.
import { checkKoefisien } from '../../../domain/evaluasi/lke-raw-check.ts';
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LkeResult } from '../../../domain/evaluasi/lke-score.ts';
import { lineMap } from '../../../domain/evaluasi/lke-tree.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { evaluasiApi, evaluasiKeys, type Worksheet } from './evaluasi-api.ts';
import { numberToText } from './lke-inputs.ts';

const two = { decimals: 2 } as const;

/** Indeks RB and predikat, big: the figure the regency is judged by. */
export function IndeksSummary({
  result,
  title,
  previous,
  testId,
}: {
  result: LkeResult;
  title: string;
  /** The saved index, to show how far a simulation moved it. */
  previous?: number;
  testId: string;
}) {
  const { t } = useT();
  const fmt = useFormat();
  const delta = previous === undefined ? null : result.indeks - previous;
  return (
    <div className="ev-indeks" data-testid={testId}>
      <div className="ev-indeks-figure">
        <span className="ev-indeks-label">{title}</span>
        <span className="ev-indeks-value" data-role="indeks">
          {fmt.number(result.indeks, two)}
        </span>
        {delta !== null && Math.abs(delta) > 0.0049 && (
          <span className={`ev-delta ${delta > 0 ? 'up' : 'down'}`}>
            {delta > 0 ? '▲ +' : '▼ '}
            {fmt.number(delta, two)}
          </span>
        )}
      </div>
      <div className="ev-indeks-figure">
        <span className="ev-indeks-label">{t('ev.res.predikat')}</span>
        <span
          className={`ev-predikat-value predikat-${(result.predikat?.code ?? 'none').replace('-', 'min')}`}
          data-role="predikat"
        >
          {result.predikat?.code ?? '—'}
        </span>
        <span className="ev-predikat-label">{result.predikat?.label ?? t('ev.res.noPredikat')}</span>
      </div>
      {result.missing.length > 0 && (
        <p className="ev-missing small">{t('ev.res.missing', { n: result.missing.length })}</p>
      )}
    </div>
  );
}

export function ResultTable({ config, result }: { config: LkeConfig; result: LkeResult }) {
  const { t } = useT();
  const fmt = useFormat();
  return (
    <dl className="facts ev-result-facts">
      <dt>{t('ev.res.rbGeneral')}</dt>
      <dd>
        {fmt.number(result.rbGeneral, two)}{' '}
        <span className="muted small">{t('ev.res.ofMax', { max: fmt.number(config.general.weight) })}</span>
      </dd>
      <dt>{t('ev.res.koefisien')}</dt>
      <dd>{fmt.number(result.koefisien, two)}</dd>
      <dt>{t('ev.res.bobot')}</dt>
      <dd>{fmt.number(result.bobotPenyesuaian, two)}</dd>
      <dt>{t('ev.res.rbGeneralAdj')}</dt>
      <dd>{fmt.number(result.rbGeneralPenyesuaian, two)}</dd>
      <dt>{t('ev.res.rbTematik')}</dt>
      <dd>
        {fmt.number(result.rbTematik, two)}{' '}
        <span className="muted small">{t('ev.res.ofMax', { max: fmt.number(config.tematik.weight) })}</span>
      </dd>
      <dt>{t('ev.res.indeks')}</dt>
      <dd>
        <strong>{fmt.number(result.indeks, two)}</strong>
      </dd>
    </dl>
  );
}

export function ResultsPanel({ ws, editable }: { ws: Worksheet; editable: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const config = ws.config.definition;
  const entries = lineMap(config);
  const r = ws.result;
  return (
    <section className="card ev-results" aria-labelledby="ev-res-title">
      <h2 id="ev-res-title">{t('ev.res.title', { year: ws.evaluasi.year })}</h2>
      <ResultTable config={config} result={r} />
      <p className="hint">
        {t('ev.res.bounds', { min: fmt.number(ws.bounds.min, two), max: fmt.number(ws.bounds.max, two) })}
      </p>
      {editable ? (
        <KoefisienForm ws={ws} />
      ) : (
        <p className="hint">
          {t('ev.res.koefRange', { min: fmt.number(config.koefisien.min), max: fmt.number(config.koefisien.max) })}
        </p>
      )}
      <h3>{t('ev.res.themes')}</h3>
      <table className="data compact ev-themes">
        <thead>
          <tr>
            <th scope="col">{t('ev.res.theme')}</th>
            <th scope="col" className="num">
              {t('ev.ws.score')}
            </th>
            <th scope="col" className="num">
              {t('ev.res.max')}
            </th>
          </tr>
        </thead>
        <tbody>
          {r.themes.map((th) => (
            <tr key={th.code}>
              <th scope="row">{th.name}</th>
              <td className="num">{fmt.number(th.score, two)}</td>
              <td className="num">{fmt.number(th.max, two)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.missing.length === 0 ? (
        <>
          <h3>{t('ev.res.missingTitle', { n: 0 })}</h3>
          <p className="muted">{t('ev.res.noneMissing')}</p>
        </>
      ) : (
        // A fresh worksheet misses most lines: the list stays folded until asked for.
        <details className="ev-missing-details" open={r.missing.length <= 8}>
          <summary>{t('ev.res.missingTitle', { n: r.missing.length })}</summary>
          <ul className="ev-missing-list small">
            {r.missing.map((code) => (
              <li key={code}>
                <strong>{code}</strong> {entries.get(code)?.line.name}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function KoefisienForm({ ws }: { ws: Worksheet }) {
  const { t } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const k = ws.config.definition.koefisien;
  const [text, setText] = useState(ws.evaluasi.koefisien === null ? '' : numberToText(ws.evaluasi.koefisien));
  const read = text.trim() === '' ? null : readNumberId(text);
  const value = read === null ? null : read.ok ? read.value : undefined;
  const localErr = value === undefined ? t('ev.res.koefNotNumber') : (checkKoefisien(k, value)[0]?.message ?? null);
  const save = useMutation({
    mutationFn: () =>
      evaluasiApi.update(ws.evaluasi.year, {
        koefisien: value ?? null,
        renaksiAnswers: ws.evaluasi.renaksiAnswers,
        rowVersion: ws.evaluasi.rowVersion,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: evaluasiKeys.all }),
    // Someone saved the evaluation meanwhile: fetch its new version so the next try can succeed.
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'STALE_WRITE') void qc.invalidateQueries({ queryKey: evaluasiKeys.all });
    },
  });
  const serverErr =
    save.error instanceof ApiError ? save.error.fields.find((f) => f.field.endsWith('koefisien'))?.message : undefined;
  const err = localErr ?? serverErr ?? null;
  return (
    <form
      className="ev-koef"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!localErr) save.mutate();
      }}
    >
      <div className="field-row">
        <div className="field narrow">
          <label htmlFor={`${uid}-k`}>{t('ev.res.koefisien')}</label>
          <input
            id={`${uid}-k`}
            inputMode="decimal"
            value={text}
            aria-invalid={!!err}
            aria-describedby={`${uid}-k-hint${err ? ` ${uid}-k-err` : ''}`}
            onChange={(e) => {
              save.reset();
              setText(e.target.value);
            }}
          />
        </div>
        <button type="submit" disabled={save.isPending || !!localErr}>
          {t('ev.res.koefSave')}
        </button>
      </div>
      <p className="hint" id={`${uid}-k-hint`}>
        {t('ev.res.koefRange', { min: fmt.number(k.min), max: fmt.number(k.max) })}
      </p>
      {err && (
        <p className="field-error" id={`${uid}-k-err`}>
          {err}
        </p>
      )}
      {save.isError && !serverErr && <ErrorBox error={save.error} />}
      {save.isSuccess && (
        <p className="muted small" role="status">
          {t('ev.res.koefSaved')}
        </p>
      )}
    </form>
  );
}
