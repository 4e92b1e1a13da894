// The text fields of the account forms: username (with its rule as a hint), full name, and the
// optional email for notifications, each with its error under it.
import { useT } from '../../i18n/i18n.tsx';
import { FieldError } from '../../shared/field.tsx';

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
    <div className="field">
      <label htmlFor={id}>{t('users.displayName')}</label>
      <input
        id={id}
        autoComplete="off"
        value={value}
        required
        maxLength={200}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={`${id}-err`} message={error} />
    </div>
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
    <div className="field">
      <label htmlFor={id}>{t('users.email')}</label>
      <input
        id={id}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={value}
        maxLength={200}
        aria-invalid={!!error}
        aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('users.emailHint')}
      </p>
      <FieldError id={`${id}-err`} message={error} />
    </div>
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
    <div className="field">
      <label htmlFor={id}>{t('users.username')}</label>
      <input
        id={id}
        autoComplete="off"
        spellCheck={false}
        value={value}
        required
        maxLength={50}
        aria-invalid={!!error}
        aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('users.usernameHint')}
      </p>
      <FieldError id={`${id}-err`} message={error} />
    </div>
  );
}
