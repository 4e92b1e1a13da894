// The role picker of the account forms (a role, and the perangkat daerah where the role is
// PD-scoped) and the readable text of a role assignment.
import { useId } from 'react';
import { ROLE_LABELS, ROLES, type Role, type RoleAssignment } from '../../../domain/permissions.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { PdOption } from './users-api.ts';
import { isScoped, type RoleRow } from './user-form-state.ts';

/** The role label with its PD: "Operator perangkat daerah · BKPSDM". */
export function useRoleText(pds: PdOption[] | undefined): (r: RoleAssignment) => string {
  const { pick } = useT();
  return (r) => {
    const label = pick(ROLE_LABELS[r.role] ?? { id: r.role, en: r.role });
    if (!r.pdKey) return label;
    const pd = pds?.find((p) => p.key === r.pdKey);
    return `${label} · ${pd?.shortName ?? r.pdKey}`;
  };
}

export function RolesEditor({
  rows,
  onChange,
  pds,
  problems,
}: {
  rows: RoleRow[];
  onChange: (rows: RoleRow[]) => void;
  pds: PdOption[];
  problems: Record<number, string>;
}) {
  const { t, pick } = useT();
  const uid = useId();
  const update = (i: number, patch: Partial<RoleRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="roles-editor">
      <legend>{t('users.roles')}</legend>
      {rows.length === 0 && <p className="hint">{t('users.noRoles')}</p>}
      {rows.map((r, i) => {
        const scoped = isScoped(r.role);
        const err = problems[i];
        const errId = `${uid}-err-${i}`;
        return (
          <div className="role-row" key={i} role="group" aria-label={t('users.roleN', { n: i + 1 })}>
            <div className="field">
              <label htmlFor={`${uid}-role-${i}`}>{t('users.role')}</label>
              <select
                id={`${uid}-role-${i}`}
                value={r.role}
                aria-invalid={!!err}
                aria-describedby={err ? errId : undefined}
                onChange={(e) => update(i, { role: e.target.value as Role | '' })}
              >
                <option value="">{t('users.rolePick')}</option>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {pick(ROLE_LABELS[role])}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${uid}-pd-${i}`}>{t('users.pd')}</label>
              <select
                id={`${uid}-pd-${i}`}
                value={scoped ? r.pdKey : ''}
                disabled={!scoped}
                aria-invalid={scoped && !!err}
                onChange={(e) => update(i, { pdKey: e.target.value })}
              >
                <option value="">{scoped ? t('users.pdPick') : t('users.pdWhole')}</option>
                {scoped &&
                  pds.map((pd) => (
                    <option key={pd.key} value={pd.key}>
                      {`${pd.shortName} — ${pd.name}`}
                    </option>
                  ))}
              </select>
            </div>
            <button
              type="button"
              className="link-button role-remove"
              aria-label={t('users.removeRole', { n: i + 1 })}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('action.remove')}
            </button>
            {err && (
              <p className="field-error role-error" id={errId}>
                {err}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, { role: '', pdKey: '' }])}>
        {t('users.addRole')}
      </button>
    </fieldset>
  );
}
