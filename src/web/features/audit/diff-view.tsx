// Before and after of one audit event, field by field: only the changed fields unless the reader
// asks for all. Used by the audit log and by the history panel of every editable record.
import { useId, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { diffSnapshots } from './audit-api.ts';

/** A value as one readable line: text as is, anything else as compact JSON, absent as "(kosong)". */
function Value({ present, value }: { present: boolean; value: unknown }) {
  const { t } = useT();
  if (!present || value === null || value === undefined || value === '')
    return <span className="muted">{t('audit.empty')}</span>;
  return <span className="audit-value">{typeof value === 'string' ? value : JSON.stringify(value)}</span>;
}

export function DiffView({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useT();
  const fmt = useFormat();
  const uid = useId();
  const [all, setAll] = useState(false);
  const lines = diffSnapshots(before, after);
  if (lines.length === 0) return <p className="muted">{t('audit.noData')}</p>;
  const changed = lines.filter((l) => l.changed);
  const shown = all ? lines : changed;
  return (
    <div className="audit-diff">
      <div className="actions">
        <span>{t('audit.changedCount', { n: fmt.number(changed.length) })}</span>
        {changed.length < lines.length && (
          <label className="choice" htmlFor={`${uid}-all`}>
            <input id={`${uid}-all`} type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />{' '}
            {t('audit.showUnchanged')}
          </label>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('audit.noChange')}</p>
      ) : (
        <table className="data compact diff">
          <thead>
            <tr>
              <th scope="col">{t('audit.field')}</th>
              <th scope="col">{t('audit.before')}</th>
              <th scope="col">{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((l) => (
              <tr key={l.path} className={l.changed ? 'diff-changed' : 'diff-same'}>
                <th scope="row">
                  <code>{l.path || '·'}</code>
                </th>
                <td className={l.changed ? 'before' : undefined}>
                  <Value present={l.hasBefore} value={l.before} />
                </td>
                <td className={l.changed ? 'after' : undefined}>
                  <Value present={l.hasAfter} value={l.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
