// Account administration: list, create, change (name, disabled, roles) and reset passwords. Every
// change is audited without password hashes; disabling or resetting an account ends its sessions.
import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '../../../db/client.ts';
import { assignmentProblems, DEPLOYMENT_ROLE, type RoleAssignment } from '../../../domain/permissions.ts';
import { AppError, notFound, staleWrite, invalidData } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import type { Account } from '../../../domain/contracts/users.ts';
import { hashPassword, passwordProblems } from '../auth/password.ts';
import * as accounts from '../auth/auth.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import { firstInstansiId, listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';

const USER = { id: 'Pengguna', en: 'User' };

export function publicAccount(u: accounts.AccountRow, roles: RoleAssignment[]): Account {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    disabled: u.disabled,
    isDemo: u.isDemo,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    rowVersion: u.rowVersion,
    roles,
  };
}

/** A readable temporary password given once to the admin, who passes it on; it must be changed at first sign-in. */
export function temporaryPassword(): string {
  return `rb-${randomBytes(9).toString('base64url')}`;
}

async function checkRoles(
  db: Db,
  instansiId: string | null,
  roles: RoleAssignment[],
  deployment = instansiId === null,
) {
  const problems = assignmentProblems(roles).map((p) => ({
    field: `roles.${p.index}`,
    code: 'INVALID_ROLE',
    message: p.message,
  }));
  // The deployment role belongs to accounts of no instansi, and such accounts hold only it.
  roles.forEach((r, i) => {
    if ((r.role === DEPLOYMENT_ROLE) !== deployment)
      problems.push({
        field: `roles.${i}.role`,
        code: 'ROLE_NOT_ALLOWED',
        message: deployment
          ? 'Akun server (tanpa instansi) hanya dapat memegang peran super-administrator.'
          : 'Peran super-administrator hanya untuk akun server (tanpa instansi).',
      });
  });
  // Only PD roles name a perangkat daerah to look up (an instansi being created has none yet).
  const inst = roles.some((r) => r.pdKey) ? (instansiId ?? (await firstInstansiId(db))) : null;
  const known = inst ? new Set((await listPerangkatDaerahOf(db, inst)).map((p) => p.key)) : new Set<string>();
  roles.forEach((r, i) => {
    if (r.pdKey && !known.has(r.pdKey))
      problems.push({
        field: `roles.${i}.pdKey`,
        code: 'UNKNOWN_PD',
        message: `Perangkat daerah "${r.pdKey}" tidak dikenal.`,
      });
  });
  if (problems.length) throw invalidData(problems);
}

export async function listAccounts(db: Db, instansiId: string): Promise<Account[]> {
  const users = await accounts.listAccountRows(db, instansiId);
  const out = [];
  for (const u of users) out.push(publicAccount(u, await accounts.rolesOfAccount(db, u.id)));
  return out;
}

export interface CreateAccountInput {
  username: string;
  displayName: string;
  email?: string | null;
  password?: string;
  roles: RoleAssignment[];
  /** A deployment account (no instansi): the super-administrator, from the CLI only. */
  deployment?: boolean;
}

/** An account checked and hashed, ready to be inserted in the caller's transaction. */
export interface PreparedAccount {
  instansiId: string | null;
  username: string;
  displayName: string;
  email: string | null;
  passwordHash: string;
  temporaryPassword: string | null;
  roles: RoleAssignment[];
}

/**
 * The checks and the (slow) password hash of a new account, done before any transaction so none
 * holds a connection while hashing. `instansiId` is the instansi it will belong to (null: the
 * deployment's account). For an instansi created in the same command (`pending`), it is null
 * here and set by the caller before the insert.
 */
export async function prepareAccount(
  db: Db,
  instansiId: string | null,
  input: CreateAccountInput,
  opts: { pending?: boolean } = {},
): Promise<PreparedAccount> {
  const username = input.username.trim().toLowerCase();
  if (await accounts.findAccountByUsername(db, username)) {
    throw invalidData([{ field: 'username', code: 'USERNAME_TAKEN', message: 'Nama pengguna sudah dipakai.' }]);
  }
  await checkRoles(db, instansiId, input.roles, instansiId === null && !opts.pending);
  const temporary = input.password ? null : temporaryPassword();
  const password = input.password ?? temporary!;
  const problems = passwordProblems(password, username);
  if (problems.length)
    throw invalidData(problems.map((message) => ({ field: 'password', code: 'WEAK_PASSWORD', message })));
  return {
    instansiId,
    username,
    displayName: input.displayName,
    email: input.email ?? null,
    passwordHash: await hashPassword(password),
    temporaryPassword: temporary,
    roles: input.roles,
  };
}

/** Inserts a prepared account and its audit event in the caller's transaction. */
export async function insertPreparedAccountTx(tx: Tx, audit: AuditContext, a: PreparedAccount): Promise<string> {
  const id = await accounts.insertAccount(
    tx,
    {
      instansiId: a.instansiId,
      username: a.username,
      displayName: a.displayName,
      email: a.email,
      passwordHash: a.passwordHash,
      mustChangePassword: a.temporaryPassword !== null,
    },
    a.roles,
  );
  await insertAuditEvent(tx, audit, {
    instansiId: a.instansiId,
    action: 'user.create',
    entityType: 'user_account',
    entityId: id,
    before: null,
    after: { username: a.username, displayName: a.displayName, email: a.email, roles: a.roles },
  });
  return id;
}

export async function createAccount(db: Db, audit: AuditContext, admin: SessionUser | null, input: CreateAccountInput) {
  const instansiId = input.deployment ? null : (admin?.instansiId ?? (await firstInstansiId(db)));
  const prepared = await prepareAccount(db, instansiId, input);
  const id = await db.transaction((tx) => insertPreparedAccountTx(tx, audit, prepared));
  const row = (await accounts.findAccountById(db, id))!;
  return { user: publicAccount(row, input.roles), temporaryPassword: prepared.temporaryPassword };
}

export interface UpdateAccountInput {
  rowVersion: number;
  displayName: string;
  /** Absent: unchanged (older clients); null clears it. */
  email?: string | null;
  disabled: boolean;
  roles: RoleAssignment[];
}

export async function updateAccount(
  db: Db,
  audit: AuditContext,
  admin: SessionUser,
  id: string,
  input: UpdateAccountInput,
) {
  const row = await accounts.findAccountById(db, id);
  if (!row) throw notFound(USER, id);
  await checkRoles(db, row.instansiId, input.roles);
  if (id === admin.id && (input.disabled || !input.roles.some((r) => r.role === 'admin'))) {
    throw new AppError(
      'SELF_LOCKOUT',
      'Anda tidak dapat menonaktifkan akun sendiri atau mencabut peran admin sendiri.',
      'You cannot disable yourself or drop your own admin role.',
    );
  }
  const beforeRoles = await accounts.rolesOfAccount(db, id);
  return db.transaction(async (tx) => {
    const ok = await accounts.updateAccountRow(
      tx,
      id,
      {
        displayName: input.displayName,
        disabled: input.disabled,
        ...(input.email === undefined ? {} : { email: input.email }),
      },
      input.rowVersion,
      input.roles,
    );
    if (!ok) throw staleWrite({ user: publicAccount(row, beforeRoles) });
    if (input.disabled) await accounts.endSessionsOf(tx, id);
    await insertAuditEvent(tx, audit, {
      instansiId: row.instansiId,
      action: 'user.update',
      entityType: 'user_account',
      entityId: id,
      before: { displayName: row.displayName, email: row.email, disabled: row.disabled, roles: beforeRoles },
      after: {
        displayName: input.displayName,
        email: input.email === undefined ? row.email : input.email,
        disabled: input.disabled,
        roles: input.roles,
      },
    });
    const next = (await accounts.findAccountById(tx, id))!;
    return { user: publicAccount(next, input.roles) };
  });
}

export async function resetPassword(db: Db, audit: AuditContext, id: string) {
  const row = await accounts.findAccountById(db, id);
  if (!row) throw notFound(USER, id);
  const temporary = temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  await db.transaction(async (tx) => {
    await accounts.setAccountPassword(tx, id, passwordHash, true);
    await insertAuditEvent(tx, audit, {
      instansiId: row.instansiId,
      action: 'user.reset_password',
      entityType: 'user_account',
      entityId: id,
      before: null,
      after: { mustChangePassword: true },
    });
  });
  return { temporaryPassword: temporary };
}
