// The text of a Rupiah field both ways: as the server reads it (without the "Rp" prefix; empty is
// null) and as the field shows a stored amount (thousands grouped with dots, no decimals).
import { formatNumber } from '../../domain/format/number.ts';

export function rupiahText(text: string): string | null {
  const bare = text.trim().replace(/^Rp\.?\s*/i, '');
  return bare === '' ? null : bare;
}

/** A stored amount as the field shows it: 12500000 → "12.500.000"; none → "". */
export function rupiahFieldText(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : formatNumber(n, 'id', { decimals: 0 });
}
