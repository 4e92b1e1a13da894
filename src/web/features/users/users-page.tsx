// Pengguna: the administrator's list of accounts (roles with their PD, status, last sign-in) with
// "add user", inline editing and password reset; temporary passwords are shown once, here.
import { Fragment, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import { useWitaDateTime } from '../audit/wita.ts';
import { usersApi, usersKeys, useAccounts, usePdOptions, type Account, type PdOption } from './users-api.ts';
import { CreateUserForm } from './create-user-form.tsx';
import { EditUserForm } from './edit-user-form.tsx';
import { useRoleText } from './roles-editor.tsx';
import { SecretNotice, type Secret } from '../../shared/secret-notice.tsx';
import './users.css';
import { ConfirmDialog } from '../../shared/confirm-dialog.tsx';

export function UsersPage() {
  const { t } = useT();
  usePageTitle(t('users.title'));
  const may = useCan('user:manage');
  if (!may) {
    return (
      <article className="users-page">
        <h1>{t('users.title')}</h1>
        <p className="notice notice-warning no-access" role="alert">
          {t('users.noAccess')}
        </p>
      </article>
    );
  }
  return <UsersAdmin />;
}

function UsersAdmin() {
  const { t } = useT();
  const accounts = useAccounts();
  const pdq = usePdOptions();
  const pds = pdq.data ?? [];
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [secret, setSecret] = useState<Secret | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const sorted = accounts.data ? [...accounts.data].sort((a, b) => a.username.localeCompare(b.username)) : [];

  return (
    <article className="users-page">
      <header className="page-head with-actions">
        <div>
          <h1>{t('users.title')}</h1>
          <p className="lead">{t('users.lead')}</p>
        </div>
        {!creating && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              setCreating(true);
              setSaved(null);
            }}
          >
            {t('users.add')}
          </button>
        )}
      </header>
      {secret && <SecretNotice secret={secret} onClose={() => setSecret(null)} />}
      {saved && (
        <p className="notice notice-success" role="status">
          {t('users.saved', { username: saved })}
        </p>
      )}
      {pdq.isError && <ErrorBox error={pdq.error} onRetry={() => void pdq.refetch()} />}
      {creating && (
        <CreateUserForm
          pds={pds}
          onCancel={() => setCreating(false)}
          onCreated={(username, password) => {
            setCreating(false);
            if (password) setSecret({ kind: 'created', username, password });
          }}
        />
      )}
      {accounts.isPending ? (
        <Loading />
      ) : accounts.isError ? (
        <ErrorBox error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : sorted.length === 0 ? (
        <Empty>{t('users.empty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="data users-table">
            <caption className="visually-hidden">{t('users.count', { n: sorted.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.username')}</th>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.lastLogin')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((u) => (
                <Fragment key={u.id}>
                  <UserRow
                    account={u}
                    pds={pds}
                    editing={editing === u.id}
                    onEdit={() => {
                      setEditing(u.id);
                      setSaved(null);
                    }}
                    onReset={(password) => setSecret({ kind: 'reset', username: u.username, password })}
                  />
                  {editing === u.id && (
                    <tr className="edit-row">
                      <td colSpan={6}>
                        <EditUserForm
                          account={u}
                          pds={pds}
                          onCancel={() => setEditing(null)}
                          onSaved={(next) => {
                            setEditing(null);
                            setSaved(next.username);
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

function UserRow({
  account: u,
  pds,
  editing,
  onEdit,
  onReset,
}: {
  account: Account;
  pds: PdOption[];
  editing: boolean;
  onEdit: () => void;
  onReset: (password: string) => void;
}) {
  const { t } = useT();
  const when = useWitaDateTime();
  const roleText = useRoleText(pds);
  const locked = !!u.lockedUntil && Date.parse(u.lockedUntil) > Date.now();
  return (
    <tr className={u.disabled ? 'user-disabled' : undefined} data-username={u.username}>
      <th scope="row">
        <code>{u.username}</code>
        {u.isDemo && <span className="badge user-badge">{t('users.demo')}</span>}
      </th>
      <td>{u.displayName}</td>
      <td>
        {u.roles.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="plain user-roles">
            {u.roles.map((r) => (
              <li key={`${r.role}:${r.pdKey ?? ''}`}>{roleText(r)}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <span className={`badge ${u.disabled ? 'user-off' : 'user-on'}`}>
          {t(u.disabled ? 'users.disabled' : 'users.active')}
        </span>
        {u.mustChangePassword && <div className="small muted">{t('users.mustChange')}</div>}
        {locked && u.lockedUntil && (
          <div className="small muted">{t('users.lockedUntil', { time: when(u.lockedUntil) })}</div>
        )}
      </td>
      <td>{u.lastLoginAt ? when(u.lastLoginAt) : <span className="muted">{t('users.neverLoggedIn')}</span>}</td>
      <td className="actions-cell">
        <button type="button" onClick={onEdit} disabled={editing} aria-expanded={editing}>
          {t('action.edit')}
        </button>
        <ResetPassword account={u} onReset={onReset} />
      </td>
    </tr>
  );
}

/** "Reset password" asks once more inline (no browser dialog), then shows the new temporary password. */
function ResetPassword({ account, onReset }: { account: Account; onReset: (password: string) => void }) {
  const { t } = useT();
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  const m = useMutation({
    mutationFn: () => usersApi.resetPassword(account.id),
    onSuccess: (res) => {
      setAsking(false);
      void qc.invalidateQueries({ queryKey: usersKeys.list });
      void qc.invalidateQueries({ queryKey: ['audit'] });
      onReset(res.temporaryPassword);
    },
  });
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {t('users.resetPassword')}
      </button>
    );
  }
  return (
    <ConfirmDialog
      className="reset-confirm"
      question={t('users.resetConfirm', { username: account.username })}
      confirmLabel={t('users.resetYes')}
      pending={m.isPending}
      onConfirm={() => m.mutate()}
      onCancel={() => setAsking(false)}
    >
      {m.isError && <ErrorBox error={m.error} />}
    </ConfirmDialog>
  );
}
