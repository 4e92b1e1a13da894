// The one-time notice of a temporary password (after creating an account, an instansi's first
// admin, or resetting a password), with a copy button.
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import './secret-notice.css';

export interface Secret {
  kind: 'created' | 'reset';
  username: string;
  password: string;
}

/** The temporary password, shown once: focused on arrival so it is read out and seen. */
export function SecretNotice({ secret, onClose }: { secret: Secret; onClose: () => void }) {
  const { t } = useT();
  const uid = useId();
  const ref = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<'idle' | 'ok' | 'failed'>('idle');
  useEffect(() => {
    setCopy('idle');
    ref.current?.focus();
  }, [secret]);
  const doCopy = async () => {
    try {
      // Absent outside secure contexts (plain http on the office network): say so instead.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(secret.password);
      setCopy('ok');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section
      ref={ref}
      className="notice notice-success secret-notice"
      tabIndex={-1}
      aria-labelledby={`${uid}-title`}
      aria-describedby={`${uid}-hint`}
    >
      <p id={`${uid}-title`}>
        <strong>
          {t(secret.kind === 'created' ? 'users.createdNotice' : 'users.resetNotice', { username: secret.username })}
        </strong>
      </p>
      <p className="secret-line">
        <span>{t('users.tempPassword')}</span> <code className="secret-value">{secret.password}</code>{' '}
        <button type="button" onClick={() => void doCopy()}>
          {t('users.copy')}
        </button>{' '}
        <span role="status" className="small">
          {copy === 'ok' ? t('users.copied') : copy === 'failed' ? t('users.copyFailed') : ''}
        </span>
      </p>
      <p className="small" id={`${uid}-hint`}>
        {t('users.tempPasswordHint')}
      </p>
      <button type="button" onClick={onClose}>
        {t('users.dismiss')}
      </button>
    </section>
  );
}
