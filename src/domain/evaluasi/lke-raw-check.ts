// What a worksheet accepts: as a line's raw value, a level of its list for level lines (Opini
// BPK), otherwise a number within the line's published range; as the koefisien, a number within
// the configuration's range. One rule for the server (which refuses the save with these messages)
// and the worksheet forms (which show them before saving).
import type { FieldError } from '../contracts/http.ts';
import type { LkeKoefisien, LkeLine, LkeRaw } from './lke-types.ts';

const id = (n: number) => n.toLocaleString('id-ID');

/** The refusals of a raw value for a line (empty: accepted); field is always `raw`. */
export function checkLineRaw(line: LkeLine, raw: LkeRaw): FieldError[] {
  if (raw === null) return [];
  if (line.levels?.length) {
    const codes = line.levels.map((l) => l.code).join(', ');
    if (raw.kind !== 'level')
      return [{ field: 'raw', code: 'LEVEL_REQUIRED', message: `Baris ${line.code} diisi dengan tingkat: ${codes}.` }];
    if (!line.levels.some((l) => l.code === raw.code))
      return [
        {
          field: 'raw',
          code: 'UNKNOWN_LEVEL',
          message: `Tingkat "${raw.code}" tidak dikenal untuk baris ${line.code}; pilih ${codes}.`,
        },
      ];
    return [];
  }
  const range = `${id(line.min)}–${id(line.max)}`;
  if (raw.kind !== 'number')
    return [{ field: 'raw', code: 'NUMBER_REQUIRED', message: `Baris ${line.code} diisi dengan angka ${range}.` }];
  if (raw.value < line.min || raw.value > line.max)
    return [
      {
        field: 'raw',
        code: 'OUT_OF_RANGE',
        message: `Nilai ${id(raw.value)} di luar rentang baris ${line.code} (${range}).`,
      },
    ];
  return [];
}

/** The refusal of a koefisien outside the configuration's range (empty: accepted or not given). */
export function checkKoefisien(k: Pick<LkeKoefisien, 'min' | 'max'>, value: number | null): FieldError[] {
  if (value === null || (value >= k.min && value <= k.max)) return [];
  return [
    { field: 'koefisien', code: 'OUT_OF_RANGE', message: `Koefisien harus antara ${id(k.min)} dan ${id(k.max)}.` },
  ];
}
