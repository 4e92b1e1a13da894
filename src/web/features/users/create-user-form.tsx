// "Pengguna baru": username, name, optional email and roles; the server answers with the account
// and, when no password was given, a temporary password shown once.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { RolesEditor } from './roles-editor.tsx';
import { EmailField, NameField, UsernameField } from './user-fields.tsx';
import {
  NO_SERVER_ERRORS,
  emailProblem,
  rowProblems,
  serverErrors,
  toAssignments,
  usernameProblem,
  type RoleRow,
  type ServerErrors,
} from './user-form-state.ts';
import { usersApi, usersKeys, type Account, type PdOption } from './users-api.ts';

export function CreateUserForm({
  pds,
  onCreated,
  onCancel,
}: {
  pds: PdOption[];
  onCreated: (username: string, temporaryPassword: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const qc = useQueryClient();
  const uid = useId();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [rows, setRows] = useState<RoleRow[]>([{ role: '', pdKey: '' }]);
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<ServerErrors>(NO_SERVER_ERRORS);
  const m = useMutation({
    mutationFn: () =>
      usersApi.create({
        username: username.trim(),
        displayName: displayName.trim(),
        email: email.trim() || null,
        roles: toAssignments(rows),
      }),
    onSuccess: (res) => {
      qc.setQueryData<Account[]>(usersKeys.list, (old) => (old ? [...old, res.user] : old));
      void qc.invalidateQueries({ queryKey: usersKeys.list });
      void qc.invalidateQueries({ queryKey: ['audit'] });
      onCreated(res.user.username, res.temporaryPassword);
    },
    onError: (err) => setServer(serverErrors(err)),
  });
  const local = rowProblems(rows, t);
  const problems = { ...server.roles, ...(tried ? local : {}) };
  const missingUser = tried && !username.trim();
  const missingName = tried && !displayName.trim();
  const userErr =
    server.username ?? (missingUser ? t('users.required') : tried ? usernameProblem(username) : undefined);
  const emailErr = server.email ?? (tried ? emailProblem(email) : undefined);
  const nameErr = server.displayName ?? (missingName ? t('users.required') : undefined);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!username.trim() || !displayName.trim() || Object.keys(local).length > 0) return;
    if (usernameProblem(username) || emailProblem(email)) return;
    setServer(NO_SERVER_ERRORS);
    m.mutate();
  };

  return (
    <form className="card user-form" aria-labelledby={`${uid}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${uid}-title`}>{t('users.createTitle')}</h2>
      <p className="hint">{t('users.createIntro')}</p>
      {m.isError && <ErrorBox error={m.error} />}
      <div className="field-row">
        <UsernameField
          id={`${uid}-user`}
          value={username}
          error={userErr}
          onChange={(v) => {
            setUsername(v);
            setServer((s) => ({ ...s, username: undefined }));
          }}
        />
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
          error={emailErr}
          onChange={(v) => {
            setEmail(v);
            setServer((s) => ({ ...s, email: undefined }));
          }}
        />
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
          {m.isPending ? t('state.working') : t('users.create')}
        </button>
        <button type="button" onClick={onCancel} disabled={m.isPending}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
