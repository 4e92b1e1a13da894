// Calls of the auth feature by its contract (src/domain/contracts/auth.ts): who is signed in, signing
// in and out, changing one's own password. The CSRF token of the session is kept for later calls.
import { changePassword, login, logout, me, type Me } from '../../../domain/contracts/auth.ts';
import { ApiError, setCsrfToken } from '../../api/client.ts';
import { apiCall } from '../../api/call.ts';

export type { Me, SessionUser } from '../../../domain/contracts/auth.ts';

export const meKey = ['auth', 'me'] as const;

/** The signed-in user, or 'no-accounts' when the server runs without accounts (no /api/auth routes). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | 'no-accounts'> {
  try {
    const answer = await apiCall(me, {}, signal);
    setCsrfToken(answer.user?.csrfToken ?? null);
    return answer;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return 'no-accounts';
    throw e;
  }
}

export const authApi = {
  login: (username: string, password: string) => apiCall(login, { body: { username: username.trim(), password } }),
  logout: () => apiCall(logout, {}),
  changePassword: (currentPassword: string, newPassword: string) =>
    apiCall(changePassword, { body: { currentPassword, newPassword } }),
};
