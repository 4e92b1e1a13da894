// Where the next points are, recomputed in the browser from the inputs shown (saved or simulated):
// lines ranked by the index points still available, and the smallest change of one line's raw
// value that lifts the index into the next predikat.
import { useMemo } from 'react';
import { nextPredikatSteps, pointsAvailable } from '../../../domain/evaluasi/lke-priorities.ts';
import { lineMap } from '../../../domain/evaluasi/lke-tree.ts';
import type { LkeConfig, LkeInputs } from '../../../domain/evaluasi/lke-types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';

const TOP = 10;

export function Priorities({
  config,
  inputs,
  simulated,
}: {
  config: LkeConfig;
  inputs: LkeInputs;
  simulated: boolean;
}) {
  const { t } = useT();
  const fmt = useFormat();
  const { points, next } = useMemo(
    () => ({ points: pointsAvailable(config, inputs), next: nextPredikatSteps(config, inputs) }),
    [config, inputs],
  );
  const entries = lineMap(config);
  const valueText = (code: string, v: number | null, level?: string) => {
    if (level) return level;
    if (v === null) return '—';
    const line = entries.get(code)?.line;
    // A level line's value is the level's number: name the level instead.
    const named = line?.levels?.find((l) => Math.abs(l.value - v) < 1e-9);
    return named ? named.code : fmt.number(v, { maxDecimals: 2 });
  };
  return (
    <section className="card ev-priorities" aria-labelledby="ev-prio-title">
      <h2 id="ev-prio-title">{t('ev.prio.title')}</h2>
      <p className="hint">{simulated ? t('ev.prio.fromSimulation') : t('ev.prio.fromSaved')}</p>
      <div className="ev-prio-grid">
        <div>
          <h3>{t('ev.prio.pointsTitle')}</h3>
          {points.length === 0 ? (
            <p className="muted">{t('ev.prio.pointsNone')}</p>
          ) : (
            <ol className="ev-prio-list">
              {points.slice(0, TOP).map((p) => (
                <li key={p.code} data-priority={p.code}>
                  <strong>{p.code}</strong> {p.name}{' '}
                  <span className="ev-gain">{t('ev.prio.gain', { n: fmt.number(p.indeksGain, { decimals: 2 }) })}</span>
                  <br />
                  <span className="muted small">
                    {t('ev.prio.scoreOf', {
                      score: fmt.number(p.score, { maxDecimals: 2 }),
                      max: fmt.number(p.maxScore, { maxDecimals: 2 }),
                    })}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h3>
            {next.target
              ? t('ev.prio.nextTitle', { code: next.target.code, label: next.target.label })
              : t('ev.prio.nextTop')}
          </h3>
          {next.target && next.steps.length === 0 && <p className="muted">{t('ev.prio.nextNone')}</p>}
          {next.steps.length > 0 && (
            <table className="data compact ev-next-steps">
              <thead>
                <tr>
                  <th scope="col">{t('ev.ws.line')}</th>
                  <th scope="col" className="num">
                    {t('ev.prio.from')}
                  </th>
                  <th scope="col" className="num">
                    {t('ev.prio.needed')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {next.steps.slice(0, TOP).map((s) => (
                  <tr key={s.code} data-step={s.code}>
                    <th scope="row">
                      <strong>{s.code}</strong> {s.name}
                    </th>
                    <td className="num">{valueText(s.code, s.from)}</td>
                    <td className="num">
                      <strong>{valueText(s.code, s.needed, s.neededLevel)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </section>
  );
}
