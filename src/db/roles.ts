// Production roles on PostgreSQL (issue #9, item 6): the owner role owns the schema and runs the
// migrations; the app role the server connects with gets ordinary rights on every table except the
// audit trail, where it may only INSERT and SELECT. As it owns nothing, it can neither UPDATE, DELETE
// nor TRUNCATE audit_event, nor disable its triggers, nor replace the trigger functions, nor reset the
// id sequence. Run as the owner role (docs/operations.md, "Database roles").
import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function appRoleStatements(appRole: string): string[] {
  if (!ROLE_NAME.test(appRole)) throw new Error(`Nama peran tidak valid: ${appRole} (huruf kecil, angka, _).`);
  const r = `"${appRole}"`;
  return [
    `grant usage on schema public to ${r}`,
    `grant select, insert, update, delete on all tables in schema public to ${r}`,
    `revoke all on audit_event from ${r}`,
    `grant select, insert on audit_event to ${r}`,
    // nextval only (the audit trigger draws ids); setval needs UPDATE, which it does not get.
    `grant usage on all sequences in schema public to ${r}`,
    // The app checks at start that no migration is pending.
    `grant usage on schema drizzle to ${r}`,
    `grant select on drizzle.__drizzle_migrations to ${r}`,
    // Tables added by later migrations (run by the owner) get the ordinary rights too.
    `alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`,
    `alter default privileges in schema public grant usage on sequences to ${r}`,
    `revoke create on schema public from public`,
  ];
}

/** Grants the app role its rights; the database must be migrated (by the owner) first. */
export async function grantAppRole(database: Database, appRole: string): Promise<void> {
  if (database.kind !== 'postgres') {
    throw new Error('Peran basis data hanya untuk PostgreSQL; PGlite punya satu pengguna. / PostgreSQL only.');
  }
  await database.db.transaction(async (tx) => {
    for (const statement of appRoleStatements(appRole)) await tx.execute(sql.raw(statement));
  });
}
