// The audit log's filter form: user (with username suggestions for account admins), perangkat
// daerah, entity type and a WITA day range (the "to" day may not precede the "from" day).
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useCan } from '../auth/auth.tsx';
import { useAccounts, usePdOptions } from '../users/users-api.ts';
import { ENTITY_TYPES, NO_FILTERS, isKnownEntityType, type AuditFilters } from './audit-api.ts';
import { useEntityLabel } from './entity-label.ts';

export function AuditFilterForm({ initial, onApply }: { initial: AuditFilters; onApply: (f: AuditFilters) => void }) {
  const { t } = useT();
  const uid = useId();
  const entityLabel = useEntityLabel();
  const [f, setF] = useState<AuditFilters>(initial);
  const [tried, setTried] = useState(false);
  const pds = usePdOptions();
  // Only administrators may list accounts: for them the user field suggests usernames.
  const mayListUsers = useCan('user:manage');
  const accounts = useAccounts(mayListUsers);
  const badRange = !!f.from && !!f.to && f.from > f.to;
  const set = (patch: Partial<AuditFilters>) => setF((old) => ({ ...old, ...patch }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!badRange) onApply(f);
  };
  return (
    <form className="card audit-filters" aria-labelledby={`${uid}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${uid}-title`} className="visually-hidden">
        {t('audit.filters')}
      </h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${uid}-actor`}>{t('audit.actor')}</label>
          <input
            id={`${uid}-actor`}
            value={f.actor}
            autoComplete="off"
            spellCheck={false}
            list={accounts.data ? `${uid}-actors` : undefined}
            onChange={(e) => set({ actor: e.target.value })}
          />
          {accounts.data && (
            <datalist id={`${uid}-actors`}>
              {accounts.data.map((a) => (
                <option key={a.id} value={a.username}>
                  {a.displayName}
                </option>
              ))}
            </datalist>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-pd`}>{t('audit.pd')}</label>
          <select id={`${uid}-pd`} value={f.pdKey} onChange={(e) => set({ pdKey: e.target.value })}>
            <option value="">{t('audit.pdAll')}</option>
            {f.pdKey && !pds.data?.some((p) => p.key === f.pdKey) && <option value={f.pdKey}>{f.pdKey}</option>}
            {pds.data?.map((p) => (
              <option key={p.key} value={p.key}>
                {p.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-entity`}>{t('audit.entityType')}</label>
          <select id={`${uid}-entity`} value={f.entityType} onChange={(e) => set({ entityType: e.target.value })}>
            <option value="">{t('audit.entityAll')}</option>
            {f.entityType && !isKnownEntityType(f.entityType) && <option value={f.entityType}>{f.entityType}</option>}
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {entityLabel(type)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field narrow">
          <label htmlFor={`${uid}-from`}>{t('audit.from')}</label>
          <input
            id={`${uid}-from`}
            type="date"
            value={f.from}
            max={f.to || undefined}
            onChange={(e) => set({ from: e.target.value })}
          />
        </div>
        <div className="field narrow">
          <label htmlFor={`${uid}-to`}>{t('audit.to')}</label>
          <input
            id={`${uid}-to`}
            type="date"
            value={f.to}
            min={f.from || undefined}
            aria-invalid={tried && badRange}
            aria-describedby={tried && badRange ? `${uid}-range` : undefined}
            onChange={(e) => set({ to: e.target.value })}
          />
        </div>
        <div className="form-actions audit-filter-actions">
          <button type="submit" className="primary">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            onClick={() => {
              setF(NO_FILTERS);
              onApply(NO_FILTERS);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </div>
      {tried && badRange && (
        <p className="field-error" id={`${uid}-range`}>
          {t('audit.dateOrder')}
        </p>
      )}
    </form>
  );
}
