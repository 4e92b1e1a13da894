// One indicator value typed by its scale: a level picker for an ordinal scale, else a decimal text
// field that accepts the Indonesian comma (the value is parsed and checked by the caller with
// src/domain/roadmap/values.ts, the server's own rules).
import type { Scale } from '../../domain/roadmap/types.ts';
import { useT } from '../i18n/i18n.tsx';

export interface ValueInputProps {
  id: string;
  scale: Scale | undefined;
  value: string;
  onChange(text: string): void;
  /** First option of a level picker, e.g. "— pilih tingkat —". */
  chooseLabel: string;
  invalid?: boolean;
  describedBy?: string;
}

export function ValueInput({ id, scale, value, onChange, chooseLabel, invalid, describedBy }: ValueInputProps) {
  const { locale } = useT();
  if (scale?.kind === 'ordinal') {
    return (
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={describedBy}
      >
        <option value="">{chooseLabel}</option>
        {[...scale.levels]
          .sort((a, b) => a.rank - b.rank)
          .map((l) => (
            <option key={l.code} value={l.code}>
              {l.label && l.label !== l.code ? `${l.code} (${l.label})` : l.code}
            </option>
          ))}
      </select>
    );
  }
  return (
    <input
      id={id}
      inputMode="decimal"
      autoComplete="off"
      value={value}
      placeholder={locale === 'id' ? '0,00' : '0.00'}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={invalid}
      aria-describedby={describedBy}
    />
  );
}
