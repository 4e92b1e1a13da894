// SQL for accounts, role assignments and sessions.
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { roleAssignment, userAccount, userSession } from '../../../db/schema.ts';
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

export async function listUsers(tx: Tx): Promise<UserRow[]> {
  return tx.select().from(userAccount).orderBy(asc(userAccount.username));
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

export async function recordFailedLogin(tx: Tx, userId: string, lockUntil: Date | null) {
  await tx
    .update(userAccount)
    .set(
      lockUntil
        ? { failedAttempts: 0, lockedUntil: lockUntil }
        : { failedAttempts: sql`${userAccount.failedAttempts} + 1` },
    )
    .where(eq(userAccount.id, userId));
}

export async function recordSuccessfulLogin(tx: Tx, userId: string) {
  await tx
    .update(userAccount)
    .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(eq(userAccount.id, userId));
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
