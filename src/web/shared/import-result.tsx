// What an import answers, shown the same way for every import (action plans, complaint registers):
// the counts of rows created, updated, unchanged and refused, and each problem by row and column.
import type { ImportProblemOut } from '../../domain/contracts/import-problem.ts';
import { useT } from '../i18n/i18n.tsx';

interface ImportCountsOut {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  errors: number;
}

export function ImportProblemTable({ problems }: { problems: ImportProblemOut[] }) {
  const { t } = useT();
  return (
    <div className="table-wrap">
      <table className="data compact import-problems">
        <caption>{t('ra.imp.problems', { n: problems.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ra.imp.row')}</th>
            <th scope="col">{t('ra.imp.column')}</th>
            <th scope="col">{t('ra.imp.message')}</th>
            <th scope="col">{t('ra.imp.code')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className={`row-${p.severity}`} data-code={p.code} data-row={p.row ?? ''}>
              <td className="num">{p.row ?? '–'}</td>
              <td>
                {p.column ?? '–'}
                {p.header && <span className="muted small block">{p.header}</span>}
              </td>
              <td>{p.message}</td>
              <td>
                <code>{p.code}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportCounts({ result }: { result: { counts: ImportCountsOut } }) {
  const { t } = useT();
  return (
    <dl className="counts import-counts">
      <div>
        <dt>{t('ra.imp.rows')}</dt>
        <dd data-count="rows">{result.counts.rows}</dd>
      </div>
      <div>
        <dt>{t('ra.imp.create')}</dt>
        <dd data-count="create">{result.counts.create}</dd>
      </div>
      <div>
        <dt>{t('ra.imp.update')}</dt>
        <dd data-count="update">{result.counts.update}</dd>
      </div>
      <div>
        <dt>{t('ra.imp.unchanged')}</dt>
        <dd data-count="unchanged">{result.counts.unchanged}</dd>
      </div>
      <div>
        <dt>{t('ra.imp.errorRows')}</dt>
        <dd data-count="errors">{result.counts.errors}</dd>
      </div>
    </dl>
  );
}
