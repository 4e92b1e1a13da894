// Loading, error and empty states shared by every screen, so each one says the same thing the same
// way: a spinner with text, and for errors the server's own message with a retry button.
import { useEffect, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </p>
  );
}

/** The message of any error in the reader's language. */
export function useErrorText(): (err: unknown) => string {
  const { t, locale } = useT();
  return (err) => {
    if (err instanceof ApiError) return err.text(locale);
    return t('state.unexpected');
  };
}

export function ErrorBox({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useT();
  const text = useErrorText();
  const code = error instanceof ApiError ? error.code : null;
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>{title ?? t('state.errorTitle')}</strong> {text(error)}
      </p>
      {code && <p className="muted small">{t('state.errorCode', { code })}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('action.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** Sets the browser tab's title: "Tabel 2 · Peta RB". */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Peta RB` : 'Peta RB';
  }, [title]);
}
