// Signing in and out, sessions and password changes. Failed sign-ins get one generic answer
// whatever the cause (unknown user, wrong password, locked, disabled), so the API does not reveal
// which accounts exist; repeated failures lock the account for a while, for the addresses that failed
// (per account and source: docs/security.md).
import { createHash, randomBytes } from 'node:crypto';
import type { Db, Tx } from '../../../db/client.ts';
import type { RoleAssignment } from '../../../domain/permissions.ts';
import { AppError, invalidData } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { escapeHostileText } from '../../hostile-text.ts';
import * as repo from './auth.repository.ts';
import { newPasswordProblems } from '../../../domain/auth/password-rules.ts';
import { hashPassword, verifyPassword } from './password.ts';

export const SESSION_COOKIE = 'petarb_sid';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  instansiId: string | null;
  roles: RoleAssignment[];
  mustChangePassword: boolean;
  isDemo: boolean;
  sessionId: string;
  csrfToken: string;
}

export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

const loginFailed = () =>
  new AppError(
    'LOGIN_FAILED',
    'Nama pengguna atau kata sandi salah, atau akun sedang dikunci sementara.',
    'Wrong username or password, or the account is temporarily locked.',
  );

/** Audit context of a user acting in a request. */
export function auditOf(
  user: Pick<SessionUser, 'username' | 'roles'> | null,
  ip: string | null,
  requestId: string | null,
): AuditContext {
  return {
    actor: user?.username ?? 'anonim',
    actorRole: user ? [...new Set(user.roles.map((r) => r.role))].join(',') || null : null,
    ip,
    requestId,
  };
}

export interface LoginMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

type FailReason = 'unknown_user' | 'disabled' | 'locked' | 'wrong_password' | 'invalid_text';

/** The audit row of a refused sign-in; written whatever the cause, so guessing leaves a trail. */
export async function auditFailedLogin(
  tx: Tx,
  name: string,
  user: { id: string; instansiId: string | null } | null,
  meta: LoginMeta,
  reason: FailReason,
) {
  await insertAuditEvent(
    tx,
    { actor: name || '(kosong)', actorRole: null, ip: meta.ip, requestId: meta.requestId },
    {
      instansiId: user?.instansiId ?? null,
      action: 'auth.login_failed',
      entityType: 'user_account',
      entityId: user?.id ?? name,
      before: null,
      after: { reason },
    },
  );
}

/**
 * A sign-in refused at the edge for hostile text (src/server/hostile-text.ts): still audited, with the
 * name as sent made storable ("\u0000" spelled out), so the attempt is visible in the trail.
 */
export async function auditRefusedLogin(db: Db, username: unknown, meta: LoginMeta) {
  const name = typeof username === 'string' ? escapeHostileText(username.trim().toLowerCase()).slice(0, 200) : '';
  await db.transaction((tx) => auditFailedLogin(tx, name, null, meta, 'invalid_text'));
}

async function refuse(db: Db, name: string, user: repo.UserRow | null, meta: LoginMeta, now: Date): Promise<never> {
  await db.transaction(async (tx) => {
    let reason: FailReason = !user ? 'unknown_user' : user.disabled ? 'disabled' : 'wrong_password';
    if (user && !user.disabled) {
      // Counted atomically in the database: parallel attempts each see the count the others left.
      const counted = await repo.recordFailedLogin(tx, user.id, {
        now,
        lockAfter: LOCK_AFTER_FAILURES,
        lockUntil: new Date(now.getTime() + LOCK_MS),
      });
      if (!counted) reason = 'locked';
    }
    await auditFailedLogin(tx, name, user, meta, reason);
  });
  throw loginFailed();
}

export async function login(db: Db, username: string, password: string, meta: LoginMeta, opts: { allowDemo: boolean }) {
  const name = username.trim().toLowerCase();
  const user = await repo.findUserByUsername(db, name);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  const now = new Date();
  if (!user || user.disabled || !ok) return refuse(db, name, user, meta, now);
  if (user.isDemo && !opts.allowDemo) {
    throw new AppError(
      'DEMO_ACCOUNT_DISABLED',
      'Akun demo tidak dapat dipakai pada mode produksi. Minta administrator membuatkan akun Anda.',
      'Demo accounts are disabled in production mode.',
    );
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const roles = await db.transaction(async (tx) => {
    // The lock is decided here, in the same statement that records the sign-in, not from the row
    // read before the password check (another attempt may have locked the account since).
    const admitted = await repo.admitLogin(tx, user.id, {
      now,
      ip: meta.ip,
      failedSince: new Date(now.getTime() - 2 * LOCK_MS),
    });
    if (!admitted) {
      await auditFailedLogin(tx, name, user, meta, 'locked');
      return null;
    }
    await repo.insertSession(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    const roles = await repo.rolesOf(tx, user.id);
    await insertAuditEvent(tx, auditOf({ username: user.username, roles }, meta.ip, meta.requestId), {
      instansiId: user.instansiId,
      action: 'auth.login',
      entityType: 'user_account',
      entityId: user.id,
      before: null,
      after: null,
    });
    return roles;
  });
  if (!roles) throw loginFailed();
  const sessionUser: SessionUser = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    instansiId: user.instansiId,
    roles,
    mustChangePassword: user.mustChangePassword,
    isDemo: user.isDemo,
    sessionId: sessionIdOf(token),
    csrfToken,
  };
  return { token, user: sessionUser };
}

/** The signed-in user behind a cookie token, or null (unknown, expired, disabled). */
export async function resolveSession(db: Db, token: string): Promise<SessionUser | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const id = sessionIdOf(token);
  const session = await repo.findLiveSession(db, id);
  if (!session) return null;
  const user = await repo.findUserById(db, session.userId);
  if (!user || user.disabled) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(db, id);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    instansiId: user.instansiId,
    roles: await repo.rolesOf(db, user.id),
    mustChangePassword: user.mustChangePassword,
    isDemo: user.isDemo,
    sessionId: id,
    csrfToken: session.csrfToken,
  };
}

export async function logout(db: Db, user: SessionUser, audit: AuditContext) {
  await db.transaction(async (tx) => {
    await repo.deleteSession(tx, user.sessionId);
    await insertAuditEvent(tx, audit, {
      instansiId: user.instansiId,
      action: 'auth.logout',
      entityType: 'user_account',
      entityId: user.id,
      before: null,
      after: null,
    });
  });
}

export async function changePassword(db: Db, user: SessionUser, audit: AuditContext, current: string, next: string) {
  const row = await repo.findUserById(db, user.id);
  if (!row || !(await verifyPassword(row.passwordHash, current))) {
    throw invalidData([{ field: 'currentPassword', code: 'WRONG_PASSWORD', message: 'Kata sandi saat ini salah.' }]);
  }
  const problems = newPasswordProblems(current, next, user.username);
  if (problems.length)
    throw invalidData(problems.map((message) => ({ field: 'newPassword', code: 'WEAK_PASSWORD', message })));
  const hashed = await hashPassword(next);
  await db.transaction(async (tx: Tx) => {
    await repo.setPassword(tx, user.id, hashed, false);
    // Other browsers signed in with the old password are signed out.
    await repo.deleteSessionsOfUser(tx, user.id, user.sessionId);
    await insertAuditEvent(tx, audit, {
      instansiId: user.instansiId,
      action: 'user.password_change',
      entityType: 'user_account',
      entityId: user.id,
      before: null,
      after: { mustChangePassword: false },
    });
  });
}

// ——— Account records, for account administration (the users feature, which may not import the
// repository). Writes take the caller's transaction so an account change is one transaction. ———

export type AccountRow = repo.UserRow;
export type NewAccount = repo.NewUser;

export const findAccountByUsername = (db: Tx, username: string) => repo.findUserByUsername(db, username);
export const findAccountById = (db: Tx, id: string) => repo.findUserById(db, id);
export const listAccountRows = (db: Tx, instansiId: string) => repo.listUsers(db, instansiId);
export const rolesOfAccount = (db: Tx, id: string) => repo.rolesOf(db, id);

/** A new account with its roles; its id. */
export async function insertAccount(tx: Tx, account: NewAccount, roles: readonly RoleAssignment[]): Promise<string> {
  const id = await repo.insertUser(tx, account);
  await repo.replaceRoles(tx, id, roles);
  return id;
}

/** Name, email and disabled flag at the expected row version (false when stale), then the roles. */
export async function updateAccountRow(
  tx: Tx,
  id: string,
  patch: repo.UserUpdate,
  rowVersion: number,
  roles: readonly RoleAssignment[],
): Promise<boolean> {
  if (!(await repo.updateUser(tx, id, patch, rowVersion))) return false;
  await repo.replaceRoles(tx, id, roles);
  return true;
}

/** Sets a password hash (mustChange: a temporary one) and ends every session of the account. */
export async function setAccountPassword(tx: Tx, id: string, passwordHash: string, mustChange: boolean) {
  await repo.setPassword(tx, id, passwordHash, mustChange);
  await repo.deleteSessionsOfUser(tx, id);
}

/** Ends every session of an account (when it is disabled). */
export const endSessionsOf = (tx: Tx, id: string) => repo.deleteSessionsOfUser(tx, id);
