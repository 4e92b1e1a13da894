// The change-password form. The new password is checked with the server's own rules
// (src/domain/auth/password-rules.ts) before it is sent, so the form and the server say the same.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { newPasswordProblems } from '../../../domain/auth/password-rules.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { authApi, meKey } from './auth-api.ts';

/**
 * Changing one's own password: forced after a temporary password (AuthGate), and voluntary from the
 * user menu (features/auth/password-page.tsx), which passes its own intro.
 */
export function ChangePasswordForm({
  username,
  onDone,
  intro,
}: {
  /** The signed-in user's name (a password may not contain it). */
  username: string;
  onDone?: () => void;
  intro?: string;
}) {
  const { t } = useT();
  const qc = useQueryClient();
  const uid = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const mismatch = repeat !== '' && next !== repeat;
  const ruleProblems = tried && next ? newPasswordProblems(current, next, username) : [];
  const m = useMutation({
    mutationFn: () => authApi.changePassword(current, next),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: meKey });
      onDone?.();
    },
  });
  // The server's reason ("Kata sandi saat ini salah.", too short…) under the field it concerns.
  const fieldError = (name: string) =>
    m.error instanceof ApiError
      ? m.error.fields
          .filter((f) => f.field.replace(/^body\./, '') === name)
          .map((f) => f.message)
          .join(' ')
      : '';
  const curErr = fieldError('currentPassword');
  const newErr = ruleProblems.length ? ruleProblems.join(' ') : fieldError('newPassword');
  return (
    <form
      className="card login"
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (current && next && !mismatch && newPasswordProblems(current, next, username).length === 0) m.mutate();
      }}
    >
      <h1 id={`${uid}-title`}>{t('auth.changePassword')}</h1>
      <p className="muted small">{intro ?? t('auth.changePasswordIntro')}</p>
      {m.isError && <ErrorBox error={m.error} />}
      <div className="field">
        <label htmlFor={`${uid}-cur`}>{t('auth.currentPassword')}</label>
        <input
          id={`${uid}-cur`}
          type="password"
          autoComplete="current-password"
          value={current}
          aria-invalid={!!curErr}
          aria-describedby={curErr ? `${uid}-cur-err` : undefined}
          onChange={(e) => setCurrent(e.target.value)}
        />
        {curErr && (
          <p className="field-error" id={`${uid}-cur-err`}>
            {curErr}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-new`}>{t('auth.newPassword')}</label>
        <input
          id={`${uid}-new`}
          type="password"
          autoComplete="new-password"
          value={next}
          aria-invalid={!!newErr}
          aria-describedby={newErr ? `${uid}-new-err` : undefined}
          onChange={(e) => setNext(e.target.value)}
        />
        {newErr && (
          <p className="field-error" id={`${uid}-new-err`}>
            {newErr}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-rep`}>{t('auth.repeatPassword')}</label>
        <input
          id={`${uid}-rep`}
          type="password"
          autoComplete="new-password"
          value={repeat}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? `${uid}-rep-err` : undefined}
          onChange={(e) => setRepeat(e.target.value)}
        />
        {mismatch && (
          <p className="field-error" id={`${uid}-rep-err`}>
            {t('auth.mismatch')}
          </p>
        )}
      </div>
      <button type="submit" className="primary" disabled={m.isPending || !current || !next || mismatch}>
        {m.isPending ? t('state.working') : t('action.save')}
      </button>
    </form>
  );
}
