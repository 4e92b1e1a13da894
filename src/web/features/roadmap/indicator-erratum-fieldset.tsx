// The erratum choice of a draft edit: the edit corrects a data-entry error so that the stored text
// matches the printed regulation. A mistake of the regulation itself is kept as printed (a finding
// flags it) and is not an erratum (docs/decisions/0011-enacted-text.md).
import { useT } from '../../i18n/i18n.tsx';

export interface ErratumState {
  on: boolean;
  reason: string;
}

export function ErratumFieldset({
  value,
  onChange,
  error,
}: {
  value: ErratumState;
  onChange(next: ErratumState): void;
  error: string | undefined;
}) {
  const { t } = useT();
  return (
    <fieldset className="erratum">
      <div className="field checkbox">
        <label>
          <input
            type="checkbox"
            checked={value.on}
            aria-describedby="erratum-hint"
            onChange={(e) => onChange({ ...value, on: e.target.checked })}
          />{' '}
          {t('form.erratum')}
        </label>
        <p id="erratum-hint" className="hint small">
          {t('form.erratumHint')}
        </p>
      </div>
      {value.on && (
        <div className="field">
          <label htmlFor="erratum-reason">{t('form.erratumReason')}</label>
          <textarea
            id="erratum-reason"
            rows={2}
            value={value.reason}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'erratum-reason-err' : undefined}
            onChange={(e) => onChange({ ...value, reason: e.target.value })}
          />
          {error && (
            <p className="field-error" id="erratum-reason-err">
              <span aria-hidden="true">✖ </span>
              {error}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
