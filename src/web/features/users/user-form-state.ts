// Pure form state of account administration: role lines as edited and as sent, the checks the
// browser can make before asking the server (the username and email with the contract's own
// schemas, so the message is the server's), and server field errors placed by field.
import { PD_SCOPED_ROLES, type Role, type RoleAssignment } from '../../../domain/permissions.ts';
import { emailSchema, usernameSchema } from '../../../domain/contracts/users.ts';
import { ApiError } from '../../api/client.ts';

/** A role line while editing: the role may still be unchosen, the PD is kept as typed. */
export interface RoleRow {
  role: Role | '';
  pdKey: string;
}

export const isScoped = (role: Role | ''): boolean => role !== '' && PD_SCOPED_ROLES.has(role);

export function toRows(roles: RoleAssignment[]): RoleRow[] {
  return roles.map((r) => ({ role: r.role, pdKey: r.pdKey ?? '' }));
}

/** What the server expects: instansi-wide roles never carry a PD, whatever the picker last held. */
export function toAssignments(rows: RoleRow[]): RoleAssignment[] {
  return rows
    .filter((r): r is RoleRow & { role: Role } => r.role !== '')
    .map((r) => ({ role: r.role, pdKey: isScoped(r.role) && r.pdKey ? r.pdKey : null }));
}

/** The translator's signature (keys of the message catalogue). */
type T = (key: 'users.roleRequired' | 'users.pdRequired' | 'users.roleDuplicate') => string;

/** Problems the browser can see before asking the server, by role line. */
export function rowProblems(rows: RoleRow[], t: T): Record<number, string> {
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

export interface ServerErrors {
  username?: string;
  displayName?: string;
  email?: string;
  roles: Record<number, string>;
}

export const NO_SERVER_ERRORS: ServerErrors = { roles: {} };

/** Field errors of a 400 placed next to their field ("roles.2.pdKey" → role line 2). */
export function serverErrors(err: unknown): ServerErrors {
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

/** The server's message for a username it would refuse (undefined when acceptable or blank). */
export function usernameProblem(username: string): string | undefined {
  if (!username.trim()) return undefined;
  const r = usernameSchema.safeParse(username);
  return r.success ? undefined : r.error.issues[0]?.message;
}

/** The server's message for an email address it would refuse (blank clears the address). */
export function emailProblem(email: string): string | undefined {
  const r = emailSchema.safeParse(email.trim());
  return r.success ? undefined : r.error.issues[0]?.message;
}
