// The change-password form. The new password is checked with the server's own rules
// (src/domain/auth/password-rules.ts) before it is sent, so the form and the server say the same.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { newPasswordProblems } from '../../../domain/auth/password-rules.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { authApi, meKey } from './auth-api.ts';
import { Field } from '../../shared/field.tsx';

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
      <Field id={`${uid}-cur`} label={t('auth.currentPassword')} error={curErr}>
        {(c) => (
          <input
            {...c}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        )}
      </Field>
      <Field id={`${uid}-new`} label={t('auth.newPassword')} error={newErr}>
        {(c) => (
          <input
            {...c}
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        )}
      </Field>
      <Field id={`${uid}-rep`} label={t('auth.repeatPassword')} error={mismatch ? t('auth.mismatch') : null}>
        {(c) => (
          <input
            {...c}
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="primary" disabled={m.isPending || !current || !next || mismatch}>
        {m.isPending ? t('state.working') : t('action.save')}
      </button>
    </form>
  );
}
