// Severity of a finding or import problem shown with an icon, a word and a colour (never colour alone).
import type { FindingSeverity } from '../../domain/roadmap/types.ts';
import { useT } from '../i18n/i18n.tsx';

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  const { t } = useT();
  return (
    <span className={`badge sev-${severity}`}>
      <span aria-hidden="true">{severity === 'error' ? '✖' : '⚠'}</span>{' '}
      {t(severity === 'error' ? 'severity.error' : 'severity.warning')}
    </span>
  );
}

export function StatusBadge({ status }: { status: 'draft' | 'active' | 'superseded' }) {
  const { t } = useT();
  const icon = status === 'active' ? '●' : status === 'draft' ? '✎' : '○';
  return (
    <span className={`badge status-${status}`}>
      <span aria-hidden="true">{icon}</span> {t(`status.${status}`)}
    </span>
  );
}
