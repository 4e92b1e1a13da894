// Extra accounts for tests that need a PD the demo accounts do not cover (the demo has BKPSDM's
// operator and kepala only): an operator of any PD, signed in.
import { createAccount } from '../../src/server/features/users/users.service.ts';
import { SYSTEM_ACTOR } from '../../src/server/request-context.ts';
import type { TestApp } from './app.ts';
import { login, type Session } from './session.ts';

export const OPERATOR_PASSWORD = 'Operator-PD-2026!';

/** Creates `operator.<pdKey>` in the test app's instansi and signs in as them. */
export async function operatorOf(t: TestApp, pdKey: string): Promise<Session> {
  const username = `operator.${pdKey}`;
  await createAccount(t.database.db, SYSTEM_ACTOR, null, {
    username,
    displayName: `Operator ${pdKey.toUpperCase()}`,
    password: OPERATOR_PASSWORD,
    roles: [{ role: 'operator_pd', pdKey }],
  });
  return login(t.app, username, OPERATOR_PASSWORD);
}
