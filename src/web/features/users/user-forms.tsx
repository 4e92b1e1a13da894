// The forms of account administration: the role picker (role + perangkat daerah where the role is
// PD-scoped), "new user", "edit user" (with the 409 conflict view) and the one-time notice that
// shows a temporary password.
import { RecordHistory } from '../audit/record-history.tsx';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PD_SCOPED_ROLES, ROLE_LABELS, ROLES, type Role, type RoleAssignment } from '../../../domain/permissions.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { usersApi, usersKeys, type Account, type PdOption, type StaleAccountDetails } from './users-api.ts';

/** A role line while editing: the role may still be unchosen, the PD is kept as typed. */
export interface RoleRow {
  role: Role | '';
  pdKey: string;
}

const isScoped = (role: Role | ''): boolean => role !== '' && PD_SCOPED_ROLES.has(role);

export function toRows(roles: RoleAssignment[]): RoleRow[] {
  return roles.map((r) => ({ role: r.role, pdKey: r.pdKey ?? '' }));
}

/** What the server expects: instansi-wide roles never carry a PD, whatever the picker last held. */
export function toAssignments(rows: RoleRow[]): RoleAssignment[] {
  return rows
    .filter((r): r is RoleRow & { role: Role } => r.role !== '')
    .map((r) => ({ role: r.role, pdKey: isScoped(r.role) && r.pdKey ? r.pdKey : null }));
}

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

type T = ReturnType<typeof useT>['t'];

/** Problems the browser can see before asking the server, by role line. */
function rowProblems(rows: RoleRow[], t: T): Record<number, string> {
  const out: Record<number, string> = {};
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (r.role === '') out[i] = t('users.roleRequired');
    else if (isScoped(r.role) && !r.pdKey) out[i] = t('users.pdRequired');
    const k = `${r.role}:${isScoped(r.role) ? r.pdKey : ''}`;
    if (r.role !== '' && seen.has(k)) out[i] ??= t('users.roleDuplicate');
    seen.add(k);
  });
  return out;
}

interface ServerErrors {
  username?: string;
  displayName?: string;
  email?: string;
  roles: Record<number, string>;
}

const NO_SERVER_ERRORS: ServerErrors = { roles: {} };

/** Field errors of a 400 placed next to their field ("roles.2.pdKey" → role line 2). */
function serverErrors(err: unknown): ServerErrors {
  const out: ServerErrors = { roles: {} };
  if (!(err instanceof ApiError)) return out;
  for (const f of err.fields) {
    const field = f.field.replace(/^body\./, '');
    const role = /^roles\.(\d+)/.exec(field);
    if (role) out.roles[Number(role[1])] ??= f.message;
    else if (field === 'username') out.username ??= f.message;
    else if (field === 'displayName') out.displayName ??= f.message;
    else if (field === 'email') out.email ??= f.message;
  }
  return out;
}

/** The account's full name (required). */
function NameField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const { t } = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('users.displayName')}</label>
      <input
        id={id}
        autoComplete="off"
        value={value}
        required
        maxLength={200}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldErrorText id={`${id}-err`} text={error} />
    </div>
  );
}

/** Optional address for notification emails; the server checks its form. */
function EmailField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const { t } = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('users.email')}</label>
      <input
        id={id}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={value}
        maxLength={200}
        aria-invalid={!!error}
        aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('users.emailHint')}
      </p>
      <FieldErrorText id={`${id}-err`} text={error} />
    </div>
  );
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

function FieldErrorText({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p className="field-error" id={id}>
      {text}
    </p>
  );
}

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
  const userErr = server.username ?? (missingUser ? t('users.required') : undefined);
  const nameErr = server.displayName ?? (missingName ? t('users.required') : undefined);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!username.trim() || !displayName.trim() || Object.keys(local).length > 0) return;
    setServer(NO_SERVER_ERRORS);
    m.mutate();
  };

  return (
    <form className="card user-form" aria-labelledby={`${uid}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${uid}-title`}>{t('users.createTitle')}</h2>
      <p className="hint">{t('users.createIntro')}</p>
      {m.isError && <ErrorBox error={m.error} />}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${uid}-user`}>{t('users.username')}</label>
          <input
            id={`${uid}-user`}
            autoComplete="off"
            spellCheck={false}
            value={username}
            required
            maxLength={50}
            aria-invalid={!!userErr}
            aria-describedby={`${uid}-user-hint${userErr ? ` ${uid}-user-err` : ''}`}
            onChange={(e) => {
              setUsername(e.target.value);
              setServer((s) => ({ ...s, username: undefined }));
            }}
          />
          <p className="hint" id={`${uid}-user-hint`}>
            {t('users.usernameHint')}
          </p>
          <FieldErrorText id={`${uid}-user-err`} text={userErr} />
        </div>
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
          error={server.email}
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
    if (!displayName.trim() || Object.keys(local).length > 0) return;
    setServer(NO_SERVER_ERRORS);
    setConflict(null);
    m.mutate();
  };

  return (
    <form className="user-form user-edit" aria-labelledby={`${uid}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${uid}-title`}>{t('users.editTitle', { username: account.username })}</h2>
      {conflict ? (
        <div className="notice notice-warning conflict" role="alert">
          <p>
            <strong>{t('users.conflictTitle')}</strong> {t('users.conflictHint')}
          </p>
          <p>{t('users.conflictCurrent')}</p>
          <dl className="conflict-values">
            <dt>{t('users.displayName')}</dt>
            <dd>{conflict.displayName}</dd>
            <dt>{t('users.status')}</dt>
            <dd>{t(conflict.disabled ? 'users.disabled' : 'users.active')}</dd>
            <dt>{t('users.roles')}</dt>
            <dd>{conflict.roles.length ? conflict.roles.map(roleText).join('; ') : '—'}</dd>
          </dl>
          <button type="button" className="primary" onClick={() => reload(conflict)}>
            {t('users.conflictReload')}
          </button>
        </div>
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
          error={server.email}
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

export interface Secret {
  kind: 'created' | 'reset';
  username: string;
  password: string;
}

/** The temporary password, shown once: focused on arrival so it is read out and seen. */
export function SecretNotice({ secret, onClose }: { secret: Secret; onClose: () => void }) {
  const { t } = useT();
  const uid = useId();
  const ref = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<'idle' | 'ok' | 'failed'>('idle');
  useEffect(() => {
    setCopy('idle');
    ref.current?.focus();
  }, [secret]);
  const doCopy = async () => {
    try {
      // Absent outside secure contexts (plain http on the office network): say so instead.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(secret.password);
      setCopy('ok');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section
      ref={ref}
      className="notice notice-success secret-notice"
      tabIndex={-1}
      aria-labelledby={`${uid}-title`}
      aria-describedby={`${uid}-hint`}
    >
      <p id={`${uid}-title`}>
        <strong>
          {t(secret.kind === 'created' ? 'users.createdNotice' : 'users.resetNotice', { username: secret.username })}
        </strong>
      </p>
      <p className="secret-line">
        <span>{t('users.tempPassword')}</span> <code className="secret-value">{secret.password}</code>{' '}
        <button type="button" onClick={() => void doCopy()}>
          {t('users.copy')}
        </button>{' '}
        <span role="status" className="small">
          {copy === 'ok' ? t('users.copied') : copy === 'failed' ? t('users.copyFailed') : ''}
        </span>
      </p>
      <p className="small" id={`${uid}-hint`}>
        {t('users.tempPasswordHint')}
      </p>
      <button type="button" onClick={onClose}>
        {t('users.dismiss')}
      </button>
    </section>
  );
}
