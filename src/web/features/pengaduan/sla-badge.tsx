// A complaint's working-day deadline as a badge: due date and days left, red when overdue, nothing
// in a final status.
import type { Pengaduan } from '../../../domain/contracts/pengaduan.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';

export function SlaBadge({ sla }: { sla: Pengaduan['sla'] }) {
  const { t } = useT();
  const fmt = useFormat();
  if (!sla.dueDate || sla.workingDaysLeft === null) return <span className="muted">–</span>;
  return (
    <span className={sla.overdue ? 'badge sla-overdue' : 'badge sla-ok'} data-overdue={sla.overdue}>
      {fmt.date(sla.dueDate)} ·{' '}
      {sla.overdue ? t('pg.sla.overdue', { n: -sla.workingDaysLeft }) : t('pg.sla.left', { n: sla.workingDaysLeft })}
    </span>
  );
}
