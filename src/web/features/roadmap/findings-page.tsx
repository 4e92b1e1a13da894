// Findings (Temuan) of the viewed version: every problem of the road map with severity, where, why
// and how to fix it, linked to the record; filtered by severity and code (kept in the address).
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { FindingSeverity } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { countBySeverity, FindingsTable } from '../../shared/findings-table.tsx';
import { Empty, usePageTitle } from '../../shared/states.tsx';
import { findingPath, useVersionView } from '../../shared/version-context.tsx';

export function FindingsPage() {
  const { t } = useT();
  const { doc, findings, href } = useVersionView();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('nav.findings'));
  const severity = (params.get('severity') ?? '') as FindingSeverity | '';
  const code = params.get('code') ?? '';
  const codes = useMemo(() => [...new Set(findings.map((f) => f.code))].sort(), [findings]);
  const shown = findings.filter((f) => (!severity || f.severity === severity) && (!code || f.code === code));
  const all = countBySeverity(findings);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <article>
      <header className="page-head">
        <h1>{t('findings.title')}</h1>
        <p className="lead">{t('findings.lead', { errors: all.errors, warnings: all.warnings })}</p>
      </header>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field inline">
          <label htmlFor="f-sev">{t('finding.severity')}</label>
          <select id="f-sev" value={severity} onChange={(e) => setFilter('severity', e.target.value)}>
            <option value="">{t('findings.all')}</option>
            <option value="error">{t('severity.error')}</option>
            <option value="warning">{t('severity.warning')}</option>
          </select>
        </div>
        <div className="field inline">
          <label htmlFor="f-code">{t('finding.code')}</label>
          <select id="f-code" value={code} onChange={(e) => setFilter('code', e.target.value)}>
            <option value="">{t('findings.all')}</option>
            {codes.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <p className="muted" aria-live="polite">
          {t('findings.shown', { n: shown.length, total: findings.length })}
        </p>
      </form>
      {shown.length === 0 ? (
        <Empty>{findings.length === 0 ? t('overview.noFindings') : t('findings.none')}</Empty>
      ) : (
        <FindingsTable
          findings={shown}
          linkOf={(f) => {
            const p = findingPath(f, doc);
            return p ? href(p) : '';
          }}
        />
      )}
    </article>
  );
}
