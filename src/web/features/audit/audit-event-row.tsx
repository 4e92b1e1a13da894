// One event of the audit log as a table row, expandable into its before/after fields.
import { Fragment, useId, useState } from 'react';
import { ROLE_LABELS, type Role } from '../../../domain/permissions.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { AuditRow } from './audit-api.ts';
import { DiffView } from './diff-view.tsx';
import { useEntityLabel } from './entity-label.ts';
import { useWitaDateTime } from './wita.ts';

export function AuditEventRow({ row: r }: { row: AuditRow }) {
  const { t, pick } = useT();
  const when = useWitaDateTime();
  const entityLabel = useEntityLabel();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const roles = (r.actorRole ?? '')
    .split(',')
    .filter(Boolean)
    .map((role) => (role in ROLE_LABELS ? pick(ROLE_LABELS[role as Role]) : role));
  return (
    <Fragment>
      <tr className="audit-row" data-event-id={r.id} data-action={r.action} data-entity-type={r.entityType}>
        <td className="audit-time">
          <time dateTime={r.at}>{when(r.at)}</time>
        </td>
        <td>
          <code>{r.actor}</code>
        </td>
        <td>{roles.length ? roles.join(', ') : <span className="muted">—</span>}</td>
        <td>
          <code className="audit-action">{r.action}</code>
        </td>
        <td className="audit-entity">
          <span className="audit-entity-type">{entityLabel(r.entityType)}</span>
          <code className="audit-entity-id">{r.entityId}</code>
          {r.pdKey && <span className="small muted">{`${t('audit.pd')}: ${r.pdKey}`}</span>}
        </td>
        <td>{r.ip ? <code>{r.ip}</code> : <span className="muted">—</span>}</td>
        <td className="audit-request">{r.requestId ? <code>{r.requestId}</code> : <span className="muted">—</span>}</td>
        <td>
          <button
            type="button"
            className="link"
            aria-expanded={open}
            aria-controls={`${uid}-diff`}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('audit.hide') : t('audit.show')}
            {/* Read out as "Lihat perubahan kejadian 12", seen as "Lihat". */}
            <span className="visually-hidden"> {t('audit.showLabel', { id: r.id })}</span>
          </button>
        </td>
      </tr>
      {open && (
        <tr className="audit-diff-row" id={`${uid}-diff`}>
          <td colSpan={8}>
            <DiffView before={r.before} after={r.after} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
