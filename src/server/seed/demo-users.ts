// One demo account per role for the embedded demo (documented in the README), so a first-time
// user can try every role. They are not created in production mode, and sign-in with them is
// refused there unless PETA_RB_DEMO_ACCOUNTS=1.
import type { Tx } from '../../db/client.ts';
import type { RoleAssignment } from '../../domain/permissions.ts';
import { hashPassword } from '../features/auth/password.ts';
import { findUserByUsername, insertUser, replaceRoles } from '../features/auth/auth.repository.ts';
import { insertAuditEvent } from '../audit-trail.repository.ts';
import { SYSTEM_ACTOR } from '../request-context.ts';

export const DEMO_PASSWORD = 'demo-petarb-2024';

export const DEMO_ACCOUNTS: {
  username: string;
  displayName: string;
  roles: RoleAssignment[];
  /** The deployment's account: belongs to no instansi. */
  deployment?: true;
}[] = [
  { username: 'admin', displayName: 'Administrator (demo)', roles: [{ role: 'admin', pdKey: null }] },
  {
    username: 'stu',
    displayName: 'Koordinator STU Bagian Organisasi (demo)',
    roles: [{ role: 'koordinator_stu', pdKey: null }],
  },
  {
    username: 'operator.bkpsdm',
    displayName: 'Operator BKPSDM (demo)',
    roles: [{ role: 'operator_pd', pdKey: 'bkpsdm' }],
  },
  { username: 'kepala.bkpsdm', displayName: 'Kepala BKPSDM (demo)', roles: [{ role: 'kepala_pd', pdKey: 'bkpsdm' }] },
  {
    username: 'evaluator',
    displayName: 'Evaluator Inspektorat (demo)',
    roles: [{ role: 'evaluator_apip', pdKey: null }],
  },
  { username: 'sekda', displayName: 'Sekretaris Daerah (demo)', roles: [{ role: 'pimpinan', pdKey: null }] },
  {
    username: 'superadmin',
    displayName: 'Super-administrator server (demo)',
    roles: [{ role: 'super_admin', pdKey: null }],
    deployment: true,
  },
];

export async function createDemoUsers(tx: Tx, instansiId: string): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) {
    if (await findUserByUsername(tx, a.username)) continue;
    const id = await insertUser(tx, {
      instansiId: a.deployment ? null : instansiId,
      username: a.username,
      displayName: a.displayName,
      passwordHash,
      isDemo: true,
    });
    await replaceRoles(tx, id, a.roles);
    await insertAuditEvent(tx, SYSTEM_ACTOR, {
      instansiId: a.deployment ? null : instansiId,
      action: 'user.create',
      entityType: 'user_account',
      entityId: id,
      before: null,
      after: { username: a.username, displayName: a.displayName, roles: a.roles, demo: true },
    });
  }
}
