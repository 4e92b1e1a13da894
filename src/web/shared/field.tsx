// One form field the same way on every screen: the label tied to the control, the control told
// whether it is invalid and which message describes it, and the message under it (marked ✖ so it is
// not told by colour alone). Features keep their own state and checks; only the markup is here.
import type { ReactNode } from 'react';

/** The message under a field; nothing when there is none. `id` is what the control's aria-describedby names. */
export function FieldError({ id, message }: { id: string; message: ReactNode | null | undefined }): ReactNode {
  if (message === null || message === undefined || message === false || message === '') return null;
  return (
    <p className="field-error" id={id}>
      <span aria-hidden="true">✖ </span>
      {message}
    </p>
  );
}

/** The props of a control outside a Field (a table cell): its id, whether invalid, and its message's id. */
export const controlAria = (id: string, err: string | null): FieldControlProps => ({
  id,
  'aria-invalid': !!err,
  'aria-describedby': err ? `${id}-err` : undefined,
});

/** What the control inside a Field spreads onto itself. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  /** The control's DOM id; the message gets `${id}-err`. */
  id: string;
  label: ReactNode;
  error?: ReactNode | null | undefined;
  /** A hint under the control; its id is `${id}-hint` and is named by aria-describedby too. */
  hint?: ReactNode;
  /** Extra class beside `field` (e.g. `narrow`). */
  className?: string;
  children(control: FieldControlProps): ReactNode;
}

export function Field({ id, label, error, hint, className, children }: FieldProps) {
  const hasError = error !== null && error !== undefined && error !== false && error !== '';
  const describedBy = [hint ? `${id}-hint` : '', hasError ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': hasError, 'aria-describedby': describedBy })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-err`} message={error} />
    </div>
  );
}
