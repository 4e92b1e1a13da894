// The LKE configuration's tree as a table (code, name, weight, range, levels/multiplier/evaluator),
// each row with its findings; and the predikat bands. The cells come from the detail, which knows
// whether they are being edited.
import type { ReactNode } from 'react';
import type { PredikatBand } from '../../../domain/evaluasi/lke-types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import type { NodeText } from './lke-config-texts.ts';
import type { TreeRow } from './lke-inputs.ts';

export type CellOf = (code: string, field: keyof NodeText, label: string, text: string) => ReactNode;

export function ConfigTree({
  rows,
  findings,
  cell,
}: {
  rows: TreeRow[];
  findings: Map<string, string[]>;
  cell: CellOf;
}) {
  const { t } = useT();
  const fmt = useFormat();
  return (
    <div className="table-wrap">
      <table className="data ev-cfg-tree">
        <thead>
          <tr>
            <th scope="col">{t('ev.ws.code')}</th>
            <th scope="col">{t('ev.cfg.name')}</th>
            <th scope="col" className="num">
              {t('ev.ws.weight')}
            </th>
            <th scope="col" className="num">
              {t('ev.cfg.min')}
            </th>
            <th scope="col" className="num">
              {t('ev.cfg.max')}
            </th>
            <th scope="col">{t('ev.cfg.more')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const code = row.kind === 'component' ? row.component.code : row.line.code;
            const msgs = findings.get(code);
            const name = row.kind === 'component' ? row.component.name : row.line.name;
            return (
              <tr
                key={code}
                data-cfg-row={code}
                className={`${row.kind === 'component' ? 'lke-component' : 'lke-line'} depth-${Math.min(row.depth, 4)}`}
              >
                <th scope="row">{code}</th>
                <td className={`lke-name depth-${Math.min(row.depth, 4)}`}>
                  {cell(code, 'name', t('ev.cfg.name'), name)}
                  {msgs && (
                    <p className="field-error" role="alert">
                      {msgs.join(' ')}
                    </p>
                  )}
                </td>
                <td className="num">
                  {cell(
                    code,
                    'weight',
                    t('ev.ws.weight'),
                    fmt.number(row.kind === 'component' ? row.component.weight : row.line.weight),
                  )}
                </td>
                <td className="num">
                  {row.kind === 'line' ? cell(code, 'min', t('ev.cfg.min'), fmt.number(row.line.min)) : ''}
                </td>
                <td className="num">
                  {row.kind === 'line' ? cell(code, 'max', t('ev.cfg.max'), fmt.number(row.line.max)) : ''}
                </td>
                <td className="small">
                  {row.kind === 'line' &&
                    [
                      row.line.levels?.length ? row.line.levels.map((l) => l.code).join(' / ') : '',
                      row.line.multiplier ? t('ev.line.multiplier', { code: row.line.multiplier }) : '',
                      row.line.evaluator ?? '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function BandsTable({ bands }: { bands: PredikatBand[] }) {
  const { t } = useT();
  const fmt = useFormat();
  return (
    <>
      <h3>{t('ev.cfg.bands')}</h3>
      <table className="data compact">
        <thead>
          <tr>
            <th scope="col">{t('ev.res.predikat')}</th>
            <th scope="col">{t('ev.cfg.bandRange')}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((b) => (
            <tr key={`${b.code}-${b.condition ?? ''}`}>
              <th scope="row">
                {b.code} <span className="muted small">{b.label}</span>
              </th>
              <td>
                {b.minInclusive ? '≥' : '>'} {fmt.number(b.min)} · {b.maxInclusive ? '≤' : '<'} {fmt.number(b.max)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
