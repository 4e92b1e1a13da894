// A Rupiah amount field: "Rp" before it, thousands grouped with dots once the field is left.
import { readNumberId } from '../../../domain/roadmap/values.ts';
import { rupiahText } from './rencana-aksi-form-state.ts';

/** A Rupiah amount: "Rp" before the field, thousands grouped with dots once the field is left. */
export function RupiahInput({
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  value: string;
  onChange(v: string): void;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  return (
    <span className="rupiah-input">
      <span className="rupiah-prefix" aria-hidden="true">
        Rp
      </span>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        placeholder="0"
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          const r = readNumberId(value, { wholeNumbers: true });
          if (r.ok && Number.isInteger(r.value) && r.value >= 0) onChange(rupiahText(r.value));
        }}
      />
    </span>
  );
}
