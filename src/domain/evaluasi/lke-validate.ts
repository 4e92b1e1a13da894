// Checks an LKE configuration before it is saved or used: weights that do not add up to their
// parent, impossible ranges, unknown or cyclic multiplier lines, duplicate codes, predikat bands
// with gaps, rencana aksi criteria weights. Each finding names the place and says why, in
// Indonesian, with a stable code, so an admin editing a cloned year sees what to fix.
import { componentsOf, linesOf } from './lke-tree.ts';
import type { LkeConfig } from './lke-types.ts';

export type LkeConfigCode =
  | 'LKE_DUPLICATE_CODE'
  | 'LKE_WEIGHT_SUM'
  | 'LKE_RANGE_INVALID'
  | 'LKE_WEIGHT_INVALID'
  | 'LKE_MULTIPLIER_UNKNOWN'
  | 'LKE_MULTIPLIER_CYCLE'
  | 'LKE_MULTIPLIER_NEGATIVE'
  | 'LKE_LEVEL_OUT_OF_RANGE'
  | 'LKE_THEME_UNKNOWN'
  | 'LKE_BANDS_INVALID'
  | 'LKE_CRITERIA_WEIGHT_SUM'
  | 'LKE_EMPTY_COMPONENT';

export interface LkeConfigFinding {
  code: LkeConfigCode;
  /** Code of the line, component or band concerned. */
  where: string;
  message: string;
}

const EPS = 1e-6;
const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6).replace('.', ',');

export function validateLkeConfig(config: LkeConfig): LkeConfigFinding[] {
  const out: LkeConfigFinding[] = [];
  const add = (code: LkeConfigCode, where: string, message: string) => out.push({ code, where, message });

  const seen = new Set<string>();
  for (const { component } of componentsOf(config)) {
    if (seen.has(component.code))
      add('LKE_DUPLICATE_CODE', component.code, `Kode ${component.code} dipakai lebih dari sekali.`);
    seen.add(component.code);
    if (component.children.length === 0) {
      add('LKE_EMPTY_COMPONENT', component.code, `Komponen ${component.code} tidak memiliki baris.`);
      continue;
    }
    const sum = component.children.reduce((s, c) => s + c.weight, 0);
    if (Math.abs(sum - component.weight) > EPS)
      add(
        'LKE_WEIGHT_SUM',
        component.code,
        `Jumlah bobot di bawah ${component.code} adalah ${fmt(sum)}, padahal bobot ${component.code} ${fmt(component.weight)}.`,
      );
  }

  const lines = linesOf(config);
  const byCode = new Map(lines.map((e) => [e.line.code, e.line]));
  const themes = new Set(config.themes.map((t) => t.code));
  for (const { line } of lines) {
    if (seen.has(line.code)) add('LKE_DUPLICATE_CODE', line.code, `Kode ${line.code} dipakai lebih dari sekali.`);
    seen.add(line.code);
    if (!(line.weight > 0)) add('LKE_WEIGHT_INVALID', line.code, `Bobot baris ${line.code} harus lebih dari 0.`);
    if (!(line.max > line.min) || !(line.max > 0))
      add(
        'LKE_RANGE_INVALID',
        line.code,
        `Rentang nilai baris ${line.code} (${fmt(line.min)}–${fmt(line.max)}) tidak sah: maksimum harus lebih besar dari minimum dan dari 0.`,
      );
    for (const l of line.levels ?? [])
      if (l.value < line.min || l.value > line.max)
        add(
          'LKE_LEVEL_OUT_OF_RANGE',
          line.code,
          `Nilai tingkat ${l.code} (${fmt(l.value)}) di luar rentang baris ${line.code}.`,
        );
    if (line.theme !== undefined && !themes.has(line.theme))
      add('LKE_THEME_UNKNOWN', line.code, `Tema ${line.theme} pada baris ${line.code} tidak ada dalam konfigurasi.`);
    if (line.multiplier !== undefined) {
      const m = byCode.get(line.multiplier);
      if (!m)
        add(
          'LKE_MULTIPLIER_UNKNOWN',
          line.code,
          `Baris pengali ${line.multiplier} untuk ${line.code} tidak ada dalam konfigurasi.`,
        );
      else if (m.min < 0)
        add(
          'LKE_MULTIPLIER_NEGATIVE',
          line.code,
          `Baris pengali ${m.code} dapat bernilai negatif (minimum ${fmt(m.min)}); nilai pengali harus 0 atau lebih.`,
        );
    }
  }

  // A multiplier chain that comes back to where it started can never be computed.
  const reported = new Set<string>();
  for (const { line } of lines) {
    const path: string[] = [];
    let cur: string | undefined = line.code;
    while (cur !== undefined && byCode.has(cur)) {
      if (path.includes(cur)) {
        const cycle = path.slice(path.indexOf(cur));
        const key = [...cycle].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          add('LKE_MULTIPLIER_CYCLE', cur, `Baris pengali membentuk lingkaran: ${[...cycle, cur].join(' → ')}.`);
        }
        break;
      }
      path.push(cur);
      cur = byCode.get(cur)!.multiplier;
    }
  }

  if (!(config.koefisien.max >= config.koefisien.min))
    add('LKE_RANGE_INVALID', config.koefisien.code, 'Rentang koefisien tidak sah: maksimum lebih kecil dari minimum.');

  const bands = [...config.bands].sort((a, b) => a.min - b.min);
  if (bands.length === 0) add('LKE_BANDS_INVALID', 'predikat', 'Tidak ada rentang predikat.');
  else {
    if (bands[0]!.min > 0 || (bands[0]!.min === 0 && !bands[0]!.minInclusive))
      add('LKE_BANDS_INVALID', bands[0]!.code, 'Rentang predikat harus dimulai dari 0.');
    for (const b of bands)
      if (b.max < b.min)
        add('LKE_BANDS_INVALID', b.code, `Rentang predikat ${b.code} tidak sah (${fmt(b.min)}–${fmt(b.max)}).`);
    for (let i = 1; i < bands.length; i++) {
      const prev = bands[i - 1]!;
      const b = bands[i]!;
      // Two bands over the same range are allowed only as a conditional pair (A / A-).
      if (b.min === prev.min && b.max === prev.max && b.condition && prev.condition) continue;
      if (b.min > prev.max)
        add(
          'LKE_BANDS_INVALID',
          b.code,
          `Ada celah antara predikat ${prev.code} dan ${b.code} (${fmt(prev.max)}–${fmt(b.min)}).`,
        );
    }
  }

  const criteriaSum = config.renaksiCriteria.reduce((s, c) => s + c.weight, 0);
  if (config.renaksiCriteria.length > 0 && Math.abs(criteriaSum - 1) > EPS)
    add(
      'LKE_CRITERIA_WEIGHT_SUM',
      'renaksi',
      `Jumlah bobot kriteria rencana aksi adalah ${fmt(criteriaSum)}, harus 1.`,
    );
  return out;
}
