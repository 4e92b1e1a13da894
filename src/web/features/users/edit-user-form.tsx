// "Ubah pengguna": name, email, disabled and roles at the row version the edit started from; a
// 409 shows the account as it is now and offers to start over from it.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoleAssignment } from '../../../domain/permissions.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { RecordHistory } from '../audit/record-history.tsx';
import { RolesEditor, useRoleText } from './roles-editor.tsx';
import { EmailField, NameField } from './user-fields.tsx';
import {
  NO_SERVER_ERRORS,
  emailProblem,
  rowProblems,
  serverErrors,
  toAssignments,
  toRows,
  type RoleRow,
  type ServerErrors,
} from './user-form-state.ts';
import { usersApi, usersKeys, type Account, type PdOption, type StaleAccountDetails } from './users-api.ts';

export function EditUserForm({
  account,
  pds,
  onSaved,
  onCancel,
}: {
  account: Account;
  pds: PdOption[];
  onSaved: (account: Account) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const qc = useQueryClient();
  const uid = useId();
  const roleText = useRoleText(pds);
  // The account as the edit started from: its rowVersion goes with the save.
  const [base, setBase] = useState(account);
  const [displayName, setDisplayName] = useState(account.displayName);
  const [email, setEmail] = useState(account.email ?? '');
  const [disabled, setDisabled] = useState(account.disabled);
  const [rows, setRows] = useState<RoleRow[]>(() => toRows(account.roles));
  const [conflict, setConflict] = useState<Account | null>(null);
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<ServerErrors>(NO_SERVER_ERRORS);
  const m = useMutation({
    mutationFn: () =>
      usersApi.update(base.id, {
        rowVersion: base.rowVersion,
        displayName: displayName.trim(),
        email: email.trim() || null,
        disabled,
        roles: toAssignments(rows),
      }),
    onSuccess: (res) => {
      qc.setQueryData<Account[]>(usersKeys.list, (old) => old?.map((u) => (u.id === res.user.id ? res.user : u)));
      void qc.invalidateQueries({ queryKey: usersKeys.list });
      void qc.invalidateQueries({ queryKey: ['audit'] });
      onSaved(res.user);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'STALE_WRITE') {
        const current = (err.details as StaleAccountDetails | undefined)?.current?.user;
        if (current) {
          setConflict(current);
          void qc.invalidateQueries({ queryKey: usersKeys.list });
          return;
        }
      }
      setServer(serverErrors(err));
    },
  });
  const local = rowProblems(rows, t);
  const problems = { ...server.roles, ...(tried ? local : {}) };
  const nameErr = server.displayName ?? (tried && !displayName.trim() ? t('users.required') : undefined);

  /** Starts over from what the server has now, dropping the local edit. */
  const reload = (current: Account) => {
    setBase(current);
    setDisplayName(current.displayName);
    setEmail(current.email ?? '');
    setDisabled(current.disabled);
    setRows(toRows(current.roles));
    setConflict(null);
    setServer(NO_SERVER_ERRORS);
    setTried(false);
    m.reset();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!displayName.trim() || Object.keys(local).length > 0 || emailProblem(email)) return;
    setServer(NO_SERVER_ERRORS);
    setConflict(null);
    m.mutate();
  };

  return (
    <form className="user-form user-edit" aria-labelledby={`${uid}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${uid}-title`}>{t('users.editTitle', { username: account.username })}</h2>
      {conflict ? (
        <ConflictNotice current={conflict} roleText={roleText} onReload={() => reload(conflict)} />
      ) : (
        m.isError && <ErrorBox error={m.error} />
      )}
      <div className="field-row">
        <NameField
          id={`${uid}-name`}
          value={displayName}
          error={nameErr}
          onChange={(v) => {
            setDisplayName(v);
            setServer((s) => ({ ...s, displayName: undefined }));
          }}
        />
        <EmailField
          id={`${uid}-email`}
          value={email}
          error={server.email ?? (tried ? emailProblem(email) : undefined)}
          onChange={(v) => {
            setEmail(v);
            setServer((s) => ({ ...s, email: undefined }));
          }}
        />
      </div>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} />
          {t('users.disabledLabel')}
        </label>
      </div>
      <RolesEditor
        rows={rows}
        pds={pds}
        problems={problems}
        onChange={(next) => {
          setRows(next);
          setServer((s) => ({ ...s, roles: {} }));
        }}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending}>
          {m.isPending ? t('state.working') : t('action.save')}
        </button>
        <button type="button" onClick={onCancel} disabled={m.isPending}>
          {t('action.cancel')}
        </button>
      </div>
      <RecordHistory entityType="user_account" entityId={account.id} />
    </form>
  );
}

/** The account as another admin left it, and the way back to editing from there. */
function ConflictNotice({
  current,
  roleText,
  onReload,
}: {
  current: Account;
  roleText: (r: RoleAssignment) => string;
  onReload: () => void;
}) {
  const { t } = useT();
  return (
    <div className="notice notice-warning conflict" role="alert">
      <p>
        <strong>{t('users.conflictTitle')}</strong> {t('users.conflictHint')}
      </p>
      <p>{t('users.conflictCurrent')}</p>
      <dl className="conflict-values">
        <dt>{t('users.displayName')}</dt>
        <dd>{current.displayName}</dd>
        <dt>{t('users.status')}</dt>
        <dd>{t(current.disabled ? 'users.disabled' : 'users.active')}</dd>
        <dt>{t('users.roles')}</dt>
        <dd>{current.roles.length ? current.roles.map(roleText).join('; ') : '—'}</dd>
      </dl>
      <button type="button" className="primary" onClick={onReload}>
        {t('users.conflictReload')}
      </button>
    </div>
  );
}
