// Account administration: list, create, change (name, disabled, roles) and reset passwords. Every
// change is audited without password hashes; disabling or resetting an account ends its sessions.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import { assignmentProblems, type RoleAssignment } from '../../../domain/permissions.ts';
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

async function checkRoles(db: Db, instansiId: string | null, roles: RoleAssignment[]) {
  const problems = assignmentProblems(roles).map((p) => ({
    field: `roles.${p.index}`,
    code: 'INVALID_ROLE',
    message: p.message,
  }));
  const inst = instansiId ?? (await firstInstansiId(db));
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
}

export async function createAccount(db: Db, audit: AuditContext, admin: SessionUser | null, input: CreateAccountInput) {
  const username = input.username.trim().toLowerCase();
  if (await accounts.findAccountByUsername(db, username)) {
    throw invalidData([{ field: 'username', code: 'USERNAME_TAKEN', message: 'Nama pengguna sudah dipakai.' }]);
  }
  const instansiId = admin?.instansiId ?? (await firstInstansiId(db));
  await checkRoles(db, instansiId, input.roles);
  const temporary = input.password ? null : temporaryPassword();
  const password = input.password ?? temporary!;
  const problems = passwordProblems(password, username);
  if (problems.length)
    throw invalidData(problems.map((message) => ({ field: 'password', code: 'WEAK_PASSWORD', message })));
  const passwordHash = await hashPassword(password);
  const id = await db.transaction(async (tx) => {
    const id = await accounts.insertAccount(
      tx,
      {
        instansiId,
        username,
        displayName: input.displayName,
        email: input.email ?? null,
        passwordHash,
        mustChangePassword: temporary !== null,
      },
      input.roles,
    );
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'user.create',
      entityType: 'user_account',
      entityId: id,
      before: null,
      after: { username, displayName: input.displayName, email: input.email ?? null, roles: input.roles },
    });
    return id;
  });
  const row = (await accounts.findAccountById(db, id))!;
  return { user: publicAccount(row, input.roles), temporaryPassword: temporary };
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
