// A Rupiah amount as typed ("Rp 12.500.000" or "12500000"): the text stays as typed, and
// `rupiahText` gives what the server parses (the Indonesian number without the "Rp" prefix).
import { rupiahText } from './money-text.ts';

export { rupiahText };

export interface MoneyInputProps {
  id: string;
  value: string;
  onChange(text: string): void;
  invalid?: boolean;
  describedBy?: string;
}

export function MoneyInput({ id, value, onChange, invalid, describedBy }: MoneyInputProps) {
  return (
    <input
      id={id}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      placeholder="Rp 0"
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={invalid}
      aria-describedby={describedBy}
    />
  );
}
