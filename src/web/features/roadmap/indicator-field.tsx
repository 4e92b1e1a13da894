// Pieces every fieldset of the indicator form shares: DOM ids of fields, the messages shown under a
// field (its error, then the findings about it), and the value input that follows the scale (a
// select of levels for an ordinal scale, Indonesian number text otherwise).
import type { ReactNode } from 'react';
import type { Polarity, Scale } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { IndicatorForm } from './indicator-form.ts';

/** DOM id of a form field: "targets.0.value" → "ind-targets-0-value". */
export const fid = (field: string) => `ind-${field.replace(/\./g, '-')}`;

/** What a fieldset needs of the form: its state, its edits and the messages of each field. */
export interface FieldKit {
  form: IndicatorForm;
  scale: Scale | undefined;
  /** Replace fields of the form; `field` is marked as touched. */
  set(field: string, patch: Partial<IndicatorForm>): void;
  /** Apply a whole-form edit (see indicator-form-rows.ts); `field` is marked as touched. */
  update(field: string, edit: (f: IndicatorForm) => IndicatorForm): void;
  msgs(field: string): ReactNode;
  invalid(field: string): boolean;
  describedBy(field: string, extra?: string): string | undefined;
  /** Id of the number-format hint, when the scale is numeric. */
  numberHintId: string | undefined;
}

export const POLARITIES: Polarity[] = ['higher_is_better', 'lower_is_better', 'target_band', 'ordinal'];

export function ValueInput({
  field,
  scale,
  value,
  label,
  onChange,
  describedBy,
  invalid,
}: {
  field: string;
  scale: Scale | undefined;
  value: string;
  label: string;
  onChange(v: string): void;
  describedBy: string | undefined;
  invalid: boolean;
}) {
  const { t } = useT();
  if (scale?.kind === 'ordinal') {
    const levels = [...scale.levels].sort((a, b) => b.rank - a.rank);
    const unknown = value !== '' && !levels.some((l) => l.code === value);
    return (
      <select
        id={fid(field)}
        name={field}
        aria-label={label}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('form.chooseLevel')}</option>
        {unknown && <option value={value}>{t('form.levelNotInScale', { code: value })}</option>}
        {levels.map((l) => (
          <option key={l.code} value={l.code}>
            {l.label && l.label !== l.code ? `${l.code} — ${l.label}` : l.code}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={fid(field)}
      name={field}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      aria-label={label}
      value={value}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
