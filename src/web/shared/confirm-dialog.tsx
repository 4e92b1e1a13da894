// The one way a screen asks "are you sure?" before an action that cannot be taken back (delete,
// activate, close a year, reset a password): the question, the confirming button and Cancel, shown
// in place of the button that asked. Inline rather than window.confirm, so it reads in Indonesian,
// can be reached by keyboard and screen reader, and shows the refusal next to the question.
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';

export interface ConfirmDialogProps {
  /** The question; also the group's accessible name. */
  question: string;
  /** Show the question as text too (a table cell may have no room: then only its accessible name). */
  showQuestion?: boolean;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** The action is running: both buttons wait, the confirming one says so. */
  pending?: boolean;
  /** `danger` for deleting and resetting, `primary` for the other irreversible steps. */
  tone?: 'danger' | 'primary';
  /** Extra class, e.g. for a wider layout in one table. */
  className?: string;
  /** Shown after the buttons: usually the refusal of the last attempt. */
  children?: ReactNode;
}

export function ConfirmDialog({
  question,
  showQuestion = true,
  confirmLabel,
  onConfirm,
  onCancel,
  pending = false,
  tone = 'danger',
  className,
  children,
}: ConfirmDialogProps) {
  const { t } = useT();
  return (
    <span className={className ? `confirm ${className}` : 'confirm'} role="group" aria-label={question}>
      {showQuestion && <span className="small">{question}</span>}{' '}
      <button type="button" className={tone} disabled={pending} onClick={onConfirm}>
        {pending ? t('state.working') : confirmLabel}
      </button>{' '}
      <button type="button" onClick={onCancel} disabled={pending}>
        {t('action.cancel')}
      </button>
      {children}
    </span>
  );
}
