// A table of findings (what, where, why, how to fix), used by the findings list, the indicator page,
// the edit form and the import preview.
import { Link } from 'react-router';
import type { Finding } from '../../domain/roadmap/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { SeverityBadge } from './severity.tsx';

export function FindingsTable({
  findings,
  linkOf,
  caption,
  showCode = true,
}: {
  findings: Finding[];
  /** App path of the finding's entity, or '' for none. */
  linkOf?: (f: Finding) => string;
  caption?: string;
  showCode?: boolean;
}) {
  const { t, pick } = useT();
  return (
    <div className="table-wrap">
      <table className="data findings">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('finding.severity')}</th>
            {showCode && <th scope="col">{t('finding.code')}</th>}
            <th scope="col">{t('finding.where')}</th>
            <th scope="col">{t('finding.why')}</th>
            <th scope="col">{t('finding.fix')}</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f, i) => {
            const href = linkOf?.(f) ?? '';
            return (
              <tr
                key={`${f.code}-${f.entityKey}-${f.field ?? ''}-${i}`}
                className={`row-${f.severity}`}
                data-code={f.code}
              >
                <td>
                  <SeverityBadge severity={f.severity} />
                </td>
                {showCode && (
                  <td>
                    <code>{f.code}</code>
                  </td>
                )}
                <td>{href ? <Link to={href}>{pick(f.where)}</Link> : pick(f.where)}</td>
                <td>{pick(f.why)}</td>
                <td>{pick(f.fix)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function countBySeverity(findings: readonly { severity: Finding['severity'] }[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
