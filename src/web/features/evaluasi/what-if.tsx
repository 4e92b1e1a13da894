// Simulation ("bagaimana jika"): the evaluator changes any raw value or the koefisien locally,
// nothing is saved, and Indeks RB and predikat move at once — scored in the browser by the same
// domain engine as the server, on a copy of the saved inputs. The priorities follow the simulation.
import { useId, useMemo, useState } from 'react';
import { scoreLke } from '../../../domain/evaluasi/lke-score.ts';
import type { LkeInputs } from '../../../domain/evaluasi/lke-types.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import type { Worksheet } from './evaluasi-api.ts';
import { inputsOfWorksheet, parseRawText, rawDisplay, rawToText, treeRows } from './lke-inputs.ts';
import { Priorities } from './priorities.tsx';
import { IndeksSummary } from './results-panel.tsx';

export function WhatIf({ ws }: { ws: Worksheet }) {
  const { t, locale } = useT();
  const fmt = useFormat();
  const uid = useId();
  const config = ws.config.definition;
  const saved = useMemo(() => inputsOfWorksheet(ws), [ws]);
  /** Texts typed per line code; a line without an entry keeps its saved value. */
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [koefText, setKoefText] = useState<string | null>(null);
  const rows = useMemo(() => treeRows(config), [config]);

  const { inputs, problems } = useMemo(() => {
    const lines: LkeInputs['lines'] = { ...saved.lines };
    const bad = new Set<string>();
    for (const row of rows) {
      if (row.kind !== 'line') continue;
      const text = texts[row.line.code];
      if (text === undefined) continue;
      const p = parseRawText(row.line, text);
      if (!p.ok) bad.add(row.line.code);
      else lines[row.line.code] = { ...saved.lines[row.line.code], raw: p.raw };
    }
    let koefisien = saved.koefisien;
    if (koefText !== null) {
      const r = koefText.trim() === '' ? null : readNumberId(koefText);
      if (r === null) koefisien = null;
      else if (r.ok) koefisien = r.value;
      else bad.add('koefisien');
    }
    return { inputs: { lines, koefisien } as LkeInputs, problems: bad };
  }, [saved, texts, koefText, rows]);
  const changed = Object.keys(texts).length > 0 || koefText !== null;
  const result = useMemo(() => scoreLke(config, inputs), [config, inputs]);
  const reset = () => {
    setTexts({});
    setKoefText(null);
  };

  return (
    <>
      <section className="card ev-whatif" aria-labelledby={`${uid}-title`}>
        <h2 id={`${uid}-title`}>{t('ev.sim.title')}</h2>
        <p className="notice notice-info ev-sim-note" role="note">
          {t('ev.sim.note')}
        </p>
        <div className="ev-sim-compare">
          <IndeksSummary result={ws.result} title={t('ev.sim.saved')} testId="indeks-saved" />
          <IndeksSummary
            result={result}
            title={t('ev.sim.simulated')}
            previous={ws.result.indeks}
            testId="indeks-simulasi"
          />
        </div>
        <div className="actions">
          <button type="button" onClick={reset} disabled={!changed}>
            {t('ev.sim.reset')}
          </button>
          {changed && <span className="muted small">{t('ev.sim.changed', { n: Object.keys(texts).length })}</span>}
        </div>
        <div className="field-row">
          <div className="field narrow">
            <label htmlFor={`${uid}-koef`}>{t('ev.sim.koefisien')}</label>
            <input
              id={`${uid}-koef`}
              inputMode="decimal"
              value={
                koefText ?? (saved.koefisien === null ? '' : rawToText({ kind: 'number', value: saved.koefisien }))
              }
              aria-invalid={problems.has('koefisien')}
              onChange={(e) => setKoefText(e.target.value)}
            />
          </div>
        </div>
        <div className="table-wrap">
          <table className="data compact ev-sim-table">
            <thead>
              <tr>
                <th scope="col">{t('ev.ws.code')}</th>
                <th scope="col">{t('ev.ws.line')}</th>
                <th scope="col" className="num">
                  {t('ev.sim.savedValue')}
                </th>
                <th scope="col">{t('ev.sim.value')}</th>
                <th scope="col" className="num">
                  {t('ev.ws.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                if (row.kind === 'component')
                  return (
                    <tr key={`c-${row.component.code}`} className="lke-component">
                      <th scope="rowgroup" colSpan={5}>
                        {row.component.code} {row.component.name}
                      </th>
                    </tr>
                  );
                const line = row.line;
                const savedRaw = saved.lines[line.code]?.raw ?? null;
                const text = texts[line.code] ?? rawToText(savedRaw);
                const score = result.lines[line.code];
                const id = `${uid}-${line.code}`;
                const setText = (v: string) => setTexts((x) => ({ ...x, [line.code]: v }));
                return (
                  <tr
                    key={line.code}
                    data-sim-line={line.code}
                    className={texts[line.code] !== undefined ? 'changed' : ''}
                  >
                    <th scope="row">{line.code}</th>
                    <td>
                      <label htmlFor={id}>{line.name}</label>
                    </td>
                    <td className="num">{rawDisplay(line, savedRaw, locale)}</td>
                    <td>
                      {line.levels?.length ? (
                        <select id={id} value={text} onChange={(e) => setText(e.target.value)}>
                          <option value="">{t('ev.line.chooseLevel')}</option>
                          {line.levels.map((l) => (
                            <option key={l.code} value={l.code}>
                              {l.code}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input
                          id={id}
                          className="lke-raw"
                          inputMode="decimal"
                          autoComplete="off"
                          value={text}
                          aria-invalid={problems.has(line.code)}
                          onChange={(e) => setText(e.target.value)}
                        />
                      )}
                    </td>
                    <td className="num">
                      {score?.applicable
                        ? fmt.number(score.score, { maxDecimals: 2 })
                        : t('ev.line.notApplicableShort')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <Priorities config={config} inputs={changed ? inputs : saved} simulated={changed} />
    </>
  );
}
