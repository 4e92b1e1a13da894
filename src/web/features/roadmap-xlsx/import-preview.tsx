// What an import preview shows: whether the workbook can be saved, what it holds, every problem by
// sheet, row and column, and the findings the road map would have.
import type { ImportPreview, XlsxProblem } from '../../../domain/contracts/roadmap-xlsx.ts';
import { useT } from '../../i18n/i18n.tsx';
import { countBySeverity, FindingsTable } from '../../shared/findings-table.tsx';
import { SeverityBadge } from '../../shared/severity.tsx';

export function ProblemsTable({ problems }: { problems: XlsxProblem[] }) {
  const { t, pick } = useT();
  return (
    <div className="table-wrap">
      <table className="data problems">
        <caption>{t('import.problems', { n: problems.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('finding.severity')}</th>
            <th scope="col">{t('import.sheet')}</th>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className={`row-${p.severity}`} data-code={p.code}>
              <td>
                <SeverityBadge severity={p.severity} />
              </td>
              <td>{p.sheet}</td>
              <td className="num">{p.row ?? '–'}</td>
              <td>{p.column ?? '–'}</td>
              <td>{pick(p.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PreviewResult({ preview }: { preview: ImportPreview }) {
  const { t } = useT();
  const counts = {
    problems: countBySeverity(preview.problems),
    findings: countBySeverity(preview.summary?.findings ?? []),
  };
  return (
    <>
      {preview.ok ? (
        <p className="notice notice-success" role="status">
          {counts.problems.warnings === 0
            ? t('import.okClean')
            : t('import.okWarnings', { n: counts.problems.warnings })}
        </p>
      ) : (
        <p className="notice notice-error" role="alert">
          {t('import.hasErrors', { n: counts.problems.errors })}
        </p>
      )}
      {preview.summary && (
        <dl className="facts">
          <dt>{t('import.instansi')}</dt>
          <dd>{preview.summary.instansi}</dd>
          <dt>{t('import.roadMapTitle')}</dt>
          <dd>{preview.summary.title}</dd>
          <dt>{t('import.period')}</dt>
          <dd>{preview.summary.period}</dd>
          <dt>{t('overview.versionLabel')}</dt>
          <dd>{preview.summary.versionLabel}</dd>
          <dt>{t('overview.counts')}</dt>
          <dd>
            {t('import.counts', {
              nodes: preview.summary.counts.nodes,
              indicators: preview.summary.counts.indicators,
              placements: preview.summary.counts.placements,
              pd: preview.summary.counts.perangkatDaerah,
            })}
          </dd>
        </dl>
      )}
      {preview.problems.length > 0 ? <ProblemsTable problems={preview.problems} /> : <p>{t('import.noProblems')}</p>}
      {preview.summary && (
        <>
          <h3>{t('import.findings', { errors: counts.findings.errors, warnings: counts.findings.warnings })}</h3>
          {preview.summary.findings.length > 0 && <FindingsTable findings={preview.summary.findings} />}
        </>
      )}
    </>
  );
}

/**
 * The PD names of the workbook that no PD has: each is an error until the user ticks it here to
 * create it as a new PD (a typo must be fixed in the file instead, following the suggestion).
 */
export function NewPdChoice({
  names,
  chosen,
  disabled,
  onToggle,
}: {
  names: string[];
  chosen: string[];
  disabled: boolean;
  onToggle(name: string, on: boolean): void;
}) {
  const { t } = useT();
  if (names.length === 0) return null;
  return (
    <fieldset className="new-pd">
      <legend>{t('import.newPd')}</legend>
      <p className="hint">{t('import.newPdHint')}</p>
      {names.map((name) => (
        <label key={name} className="choice">
          <input
            type="checkbox"
            checked={chosen.includes(name)}
            disabled={disabled}
            onChange={(e) => onToggle(name, e.target.checked)}
          />{' '}
          {name}
        </label>
      ))}
    </fieldset>
  );
}
