// SQL for accounts, role assignments and sessions.
import { and, asc, eq, gt, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { auditEvent, roleAssignment, userAccount, userSession } from '../../../db/schema.ts';
import type { Role, RoleAssignment } from '../../../domain/permissions.ts';

export type UserRow = typeof userAccount.$inferSelect;

export async function findUserByUsername(tx: Tx, username: string): Promise<UserRow | null> {
  const rows = await tx.select().from(userAccount).where(eq(userAccount.username, username.toLowerCase()));
  return rows[0] ?? null;
}

export async function findUserById(tx: Tx, id: string): Promise<UserRow | null> {
  const rows = await tx.select().from(userAccount).where(eq(userAccount.id, id));
  return rows[0] ?? null;
}

/** The accounts of one instansi (deployment-wide accounts have none and are not listed there). */
export async function listUsers(tx: Tx, instansiId: string): Promise<UserRow[]> {
  return tx.select().from(userAccount).where(eq(userAccount.instansiId, instansiId)).orderBy(asc(userAccount.username));
}

export async function countUsers(tx: Tx): Promise<number> {
  const rows = await tx.select({ n: sql<number>`count(*)::int` }).from(userAccount);
  return rows[0]!.n;
}

export interface NewUser {
  instansiId: string | null;
  username: string;
  displayName: string;
  email?: string | null;
  passwordHash: string;
  isDemo?: boolean;
  mustChangePassword?: boolean;
}

export async function insertUser(tx: Tx, u: NewUser): Promise<string> {
  const rows = await tx
    .insert(userAccount)
    .values({
      instansiId: u.instansiId,
      username: u.username.toLowerCase(),
      displayName: u.displayName,
      email: u.email ?? null,
      passwordHash: u.passwordHash,
      isDemo: u.isDemo ?? false,
      mustChangePassword: u.mustChangePassword ?? false,
    })
    .returning({ id: userAccount.id });
  return rows[0]!.id;
}

export async function rolesOf(tx: Tx, userId: string): Promise<RoleAssignment[]> {
  const rows = await tx
    .select({ role: roleAssignment.role, pdKey: roleAssignment.pdKey })
    .from(roleAssignment)
    .where(eq(roleAssignment.userId, userId))
    .orderBy(asc(roleAssignment.role), asc(roleAssignment.pdKey));
  return rows.map((r) => ({ role: r.role as Role, pdKey: r.pdKey }));
}

export async function replaceRoles(tx: Tx, userId: string, roles: readonly RoleAssignment[]) {
  await tx.delete(roleAssignment).where(eq(roleAssignment.userId, userId));
  if (roles.length)
    await tx.insert(roleAssignment).values(roles.map((r) => ({ userId, role: r.role, pdKey: r.pdKey })));
}

/**
 * Counts one failed sign-in in a single UPDATE … RETURNING, so parallel attempts cannot read the same
 * count: the attempt that reaches `lockAfter` sets the lock (and restarts the count). Null when the
 * account is already locked (nothing counted).
 */
export async function recordFailedLogin(
  tx: Tx,
  userId: string,
  opts: { now: Date; lockAfter: number; lockUntil: Date },
): Promise<{ lockedNow: boolean } | null> {
  const reached = sql`${userAccount.failedAttempts} + 1 >= ${opts.lockAfter}`;
  const rows = await tx
    .update(userAccount)
    .set({
      failedAttempts: sql`case when ${reached} then 0 else ${userAccount.failedAttempts} + 1 end`,
      lockedUntil: sql`case when ${reached} then ${opts.lockUntil.toISOString()}::timestamptz else ${userAccount.lockedUntil} end`,
    })
    .where(and(eq(userAccount.id, userId), notLocked(opts.now)))
    .returning({ lockedUntil: userAccount.lockedUntil });
  return rows[0] ? { lockedNow: rows[0].lockedUntil !== null && rows[0].lockedUntil > opts.now } : null;
}

const notLocked = (now: Date) =>
  or(isNull(userAccount.lockedUntil), lte(userAccount.lockedUntil, sql`${now.toISOString()}::timestamptz`));

/**
 * Records a sign-in with the right password, in one statement, unless the account is locked for this
 * source: a lock refuses only the addresses that failed against the account since `failedSince`
 * (per account and source), so guessing cannot lock the owner out from their own desk. Admitting a
 * clean source resets the count but keeps the lock for the guessing ones. False when refused.
 */
export async function admitLogin(
  tx: Tx,
  userId: string,
  opts: { now: Date; ip: string | null; failedSince: Date },
): Promise<boolean> {
  const guessedFromHere = sql`exists (
    select 1 from ${auditEvent}
    where ${auditEvent.action} = 'auth.login_failed' and ${auditEvent.entityType} = 'user_account'
      and ${auditEvent.entityId} = ${userId} and ${auditEvent.ip} is not distinct from ${opts.ip}
      and ${auditEvent.at} > ${opts.failedSince.toISOString()}::timestamptz)`;
  const rows = await tx
    .update(userAccount)
    .set({ failedAttempts: 0, lastLoginAt: opts.now })
    .where(and(eq(userAccount.id, userId), or(notLocked(opts.now), sql`not ${guessedFromHere}`)))
    .returning({ id: userAccount.id });
  return rows.length === 1;
}

export interface UserUpdate {
  displayName?: string;
  email?: string | null;
  disabled?: boolean;
  passwordHash?: string;
  mustChangePassword?: boolean;
}

/** Optimistic update: false when the row version no longer matches. */
export async function updateUser(
  tx: Tx,
  userId: string,
  patch: UserUpdate,
  expectedRowVersion: number,
): Promise<boolean> {
  const rows = await tx
    .update(userAccount)
    .set({ ...patch, rowVersion: expectedRowVersion + 1 })
    .where(and(eq(userAccount.id, userId), eq(userAccount.rowVersion, expectedRowVersion)))
    .returning({ id: userAccount.id });
  return rows.length === 1;
}

export async function setPassword(tx: Tx, userId: string, passwordHash: string, mustChange: boolean) {
  await tx
    .update(userAccount)
    .set({
      passwordHash,
      mustChangePassword: mustChange,
      failedAttempts: 0,
      lockedUntil: null,
      rowVersion: sql`${userAccount.rowVersion} + 1`,
    })
    .where(eq(userAccount.id, userId));
}

// ---------------------------------------------------------------- sessions

export async function insertSession(
  tx: Tx,
  s: { id: string; userId: string; csrfToken: string; expiresAt: Date; ip: string | null; userAgent: string | null },
) {
  await tx.insert(userSession).values(s);
}

export async function findLiveSession(tx: Tx, id: string) {
  const rows = await tx
    .select()
    .from(userSession)
    .where(and(eq(userSession.id, id), gt(userSession.expiresAt, new Date())));
  return rows[0] ?? null;
}

export async function touchSession(tx: Tx, id: string) {
  await tx.update(userSession).set({ lastSeenAt: new Date() }).where(eq(userSession.id, id));
}

export async function deleteSession(tx: Tx, id: string) {
  await tx.delete(userSession).where(eq(userSession.id, id));
}

/** Ends every session of a user (password change, disabling, reset), optionally keeping one. */
export async function deleteSessionsOfUser(tx: Tx, userId: string, keepId?: string) {
  const rows = await tx.select({ id: userSession.id }).from(userSession).where(eq(userSession.userId, userId));
  for (const r of rows) if (r.id !== keepId) await tx.delete(userSession).where(eq(userSession.id, r.id));
}

export async function deleteExpiredSessions(tx: Tx) {
  await tx.delete(userSession).where(lt(userSession.expiresAt, new Date()));
}
