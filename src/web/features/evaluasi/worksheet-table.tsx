// The LKE worksheet as one table grouped by component (RB General, then RB Tematik): component rows
// with their weight and score, and a LineRow per line that the evaluator fills and saves one by one.
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import type { Worksheet } from './evaluasi-api.ts';
import { LineRow } from './line-row.tsx';
import { treeRows } from './lke-inputs.ts';

export function WorksheetTable({ ws, editable }: { ws: Worksheet; editable: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const config = ws.config.definition;
  const saved = new Map(ws.lines.map((l) => [l.lineCode, l]));
  const columns = editable ? 8 : 7;
  return (
    <div className="table-wrap">
      <table className="data lke-table">
        <caption>{t('ev.ws.caption', { label: ws.config.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ev.ws.code')}</th>
            <th scope="col">{t('ev.ws.line')}</th>
            <th scope="col" className="num">
              {t('ev.ws.weight')}
            </th>
            <th scope="col">{t('ev.ws.value')}</th>
            <th scope="col">{t('ev.ws.source')}</th>
            <th scope="col" className="num">
              {t('ev.ws.score')}
            </th>
            <th scope="col">{t('ev.ws.status')}</th>
            {editable && <th scope="col">{t('ev.ws.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {treeRows(config).map((row) => {
            if (row.kind === 'component') {
              const c = ws.result.components[row.component.code];
              return (
                <tr key={`c-${row.component.code}`} className={`lke-component depth-${Math.min(row.depth, 4)}`}>
                  <th scope="rowgroup" colSpan={2}>
                    {row.component.code} {row.component.name}
                  </th>
                  <td className="num">{fmt.number(row.component.weight)}</td>
                  <td colSpan={2} />
                  <td className="num lke-score">
                    {c ? (
                      <>
                        {fmt.number(c.score, { maxDecimals: 2 })}
                        <span className="muted"> / {fmt.number(c.applicableWeight, { maxDecimals: 2 })}</span>
                      </>
                    ) : null}
                  </td>
                  <td colSpan={editable ? 2 : 1} />
                </tr>
              );
            }
            const line = saved.get(row.line.code);
            if (!line)
              return (
                <tr key={row.line.code} data-line={row.line.code}>
                  <th scope="row">{row.line.code}</th>
                  <td colSpan={columns - 1}>
                    {row.line.name} <span className="muted small">{t('ev.ws.noRow')}</span>
                  </td>
                </tr>
              );
            return (
              <LineRow
                key={row.line.code}
                year={ws.evaluasi.year}
                evaluasiId={ws.evaluasi.id}
                line={row.line}
                saved={line}
                score={ws.result.lines[row.line.code]}
                evidence={ws.evidence}
                editable={editable}
                depth={row.depth}
                columns={columns}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
