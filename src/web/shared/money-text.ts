// The text of a Rupiah field as the server reads it: without the "Rp" prefix; empty is null.
export function rupiahText(text: string): string | null {
  const bare = text.trim().replace(/^Rp\.?\s*/i, '');
  return bare === '' ? null : bare;
}
