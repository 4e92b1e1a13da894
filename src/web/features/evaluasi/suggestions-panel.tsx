// Values the app already knows for the worksheet (verified realisasi of linked indicators, the
// average output achievement of the action plans) that differ from what the lines hold, each with
// where it comes from and "Terapkan" (POST prefill), plus the ones that cannot be used as they are.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lineMap } from '../../../domain/evaluasi/lke-tree.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { evaluasiApi, evaluasiKeys, type LineSuggestion, type Worksheet } from './evaluasi-api.ts';
import { lineLabel, rawDisplay, sameRaw } from './lke-inputs.ts';

export function SuggestionsPanel({ ws, editable }: { ws: Worksheet; editable: boolean }) {
  const { t, locale } = useT();
  const qc = useQueryClient();
  const entries = lineMap(ws.config.definition);
  const current = new Map(ws.lines.map((l) => [l.lineCode, l]));
  const pending = ws.suggestions.lines.filter(
    (s) => s.raw !== null && entries.has(s.lineCode) && !sameRaw(s.raw, current.get(s.lineCode)?.raw ?? null),
  );
  const problems = ws.suggestions.lines.filter((s) => s.raw === null && s.problem);
  const apply = useMutation({
    mutationFn: (codes: string[]) => evaluasiApi.prefill(ws.evaluasi.year, codes),
    onSuccess: () => qc.invalidateQueries({ queryKey: evaluasiKeys.all }),
  });
  const origin = (s: LineSuggestion) =>
    s.origin.kind === 'realisasi'
      ? t('ev.sug.fromRealisasi', { period: s.origin.periodCode, name: s.origin.indicatorName })
      : t('ev.sug.fromRenaksi', { plans: s.origin.plans, verified: s.origin.withVerifiedOutput });

  return (
    <section className="card ev-suggestions" aria-labelledby="ev-sug-title">
      <h2 id="ev-sug-title">{t('ev.sug.title')}</h2>
      {ws.suggestions.note && <p className="muted small">{ws.suggestions.note}</p>}
      {pending.length === 0 ? (
        <p className="muted">{t('ev.sug.none')}</p>
      ) : (
        <>
          <p className="hint">{t('ev.sug.intro')}</p>
          <ul className="plain ev-sug-list">
            {pending.map((s) => {
              const line = entries.get(s.lineCode)!.line;
              const now = current.get(s.lineCode)?.raw ?? null;
              return (
                <li key={s.lineCode} data-suggestion={s.lineCode}>
                  <strong>{lineLabel(line)}</strong>:{' '}
                  {t('ev.sug.value', {
                    value: rawDisplay(line, s.raw, locale),
                    current: rawDisplay(line, now, locale),
                  })}
                  <br />
                  <span className="muted small">
                    {origin(s)}
                    {s.evidence.length > 0 && ` · ${t('ev.sug.evidence', { n: s.evidence.length })}`}
                  </span>{' '}
                  {editable && (
                    <button
                      type="button"
                      disabled={apply.isPending}
                      aria-label={t('ev.sug.applyLine', { code: s.lineCode })}
                      onClick={() => apply.mutate([s.lineCode])}
                    >
                      {t('ev.sug.apply')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {editable && pending.length > 1 && (
            <button
              type="button"
              disabled={apply.isPending}
              onClick={() => apply.mutate(pending.map((s) => s.lineCode))}
            >
              {t('ev.sug.applyAll', { n: pending.length })}
            </button>
          )}
        </>
      )}
      {apply.isError && <ErrorBox error={apply.error} />}
      {problems.length > 0 && (
        <details className="ev-sug-problems">
          <summary>{t('ev.sug.problems', { n: problems.length })}</summary>
          <ul>
            {problems.map((s) => (
              <li key={s.lineCode}>
                <strong>{s.lineCode}</strong>: {s.problem} <span className="muted small">({origin(s)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
