// A Rupiah amount field: "Rp" before it, thousands grouped with dots once the field is left. The text
// stays as typed otherwise; `rupiahText` gives what the server parses (the number without "Rp").
import { readNumberId } from '../../domain/roadmap/values.ts';
import { rupiahFieldText, rupiahText } from './money-text.ts';
import './money-input.css';

export { rupiahText, rupiahFieldText };

export interface MoneyInputProps {
  id: string;
  value: string;
  onChange(text: string): void;
  invalid?: boolean;
  describedBy?: string | undefined;
}

export function MoneyInput({ id, value, onChange, invalid, describedBy }: MoneyInputProps) {
  return (
    <span className="money-input">
      <span className="money-prefix" aria-hidden="true">
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
          // Only a whole, non-negative amount is regrouped; anything else stays for the check to name.
          const r = readNumberId(rupiahText(value) ?? '', { wholeNumbers: true });
          if (r.ok && Number.isInteger(r.value) && r.value >= 0) onChange(rupiahFieldText(r.value));
        }}
      />
    </span>
  );
}
