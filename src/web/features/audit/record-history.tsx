// "Riwayat perubahan" of one editable record (an action plan, a realisasi, a worksheet line, an
// account, a recommendation…): who changed what and when, from the append-only audit trail, loaded
// only when the reader opens it.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ROLE_LABELS, type Role } from '../../../domain/permissions.ts';
import { recordHistory } from '../../../domain/contracts/audit.ts';
import { apiCall } from '../../api/call.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { DiffView } from './diff-view.tsx';
import { useWitaDateTime } from './wita.ts';

export function RecordHistory({ entityType, entityId }: { entityType: string; entityId: string }) {
  const { t, pick } = useT();
  const at = useWitaDateTime();
  const [open, setOpen] = useState(false);
  const q = useQuery({
    queryKey: ['audit', entityType, entityId],
    queryFn: ({ signal }) => apiCall(recordHistory, { query: { entityType, entityId } }, signal),
    enabled: open,
    staleTime: 0,
  });
  const role = (r: string | null) => (r && r in ROLE_LABELS ? pick(ROLE_LABELS[r as Role]) : (r ?? '—'));
  return (
    <details className="record-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('audit.recordHistory')}</summary>
      {!open ? null : q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <Empty>{t('audit.recordHistoryEmpty')}</Empty>
      ) : (
        <ol className="history">
          {q.data.map((ev) => (
            <li key={ev.id} className="history-item">
              <p className="small">
                {t('audit.recordHistoryBy', {
                  action: ev.action,
                  actor: ev.actor,
                  role: role(ev.actorRole),
                  at: at(ev.at),
                })}
              </p>
              <DiffView before={ev.before} after={ev.after} />
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
