// The text fields of the account forms: username (with its rule as a hint), full name, and the
// optional email for notifications, each with its error under it.
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';

/** The account's full name (required). */
export function NameField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const { t } = useT();
  return (
    <Field id={id} label={t('users.displayName')} error={error}>
      {(c) => (
        <input
          {...c}
          autoComplete="off"
          value={value}
          required
          maxLength={200}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** Optional address for notification emails; the server checks its form. */
export function EmailField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const { t } = useT();
  return (
    <Field id={id} label={t('users.email')} hint={t('users.emailHint')} error={error}>
      {(c) => (
        <input
          {...c}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={value}
          maxLength={200}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** The login name (new accounts only: it cannot be changed later). */
export function UsernameField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const { t } = useT();
  return (
    <Field id={id} label={t('users.username')} hint={t('users.usernameHint')} error={error}>
      {(c) => (
        <input
          {...c}
          autoComplete="off"
          spellCheck={false}
          value={value}
          required
          maxLength={50}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
